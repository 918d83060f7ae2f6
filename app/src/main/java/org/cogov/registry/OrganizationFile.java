package org.cogov.registry;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.cogov.shared.Csv;
import org.cogov.shared.Domain;
import org.cogov.shared.FileRejected;
import org.cogov.shared.LineProblem;
import org.cogov.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * A registrar's file of organizations, one a line:
 * {@code credit_code,kind,name_zh,name_en,legal_representative,registration_authority,registered_on,address,contact_name,contact_phone,contact_email}
 * (the header line and {@code #} comments allowed; the last seven columns may be empty). Every line is
 * checked before anything is kept: a file with one wrong line is refused whole, with every reason.
 */
@Domain
final class OrganizationFile {

    static final String HEADER = "credit_code,kind,name_zh,name_en,legal_representative,registration_authority,"
            + "registered_on,address,contact_name,contact_phone,contact_email";
    static final String KIND = "organization-file";
    static final int MAX_LINES = 5_000;

    record Entry(Organization organization, Profile profile) {
    }

    private OrganizationFile() {
    }

    /**
     * @param known the credit codes already in the registry
     * @throws FileRejected naming every wrong line
     */
    static List<Entry> read(String text, LocalDate today, Predicate<String> known) {
        List<Entry> entries = new ArrayList<>();
        List<LineProblem> problems = new ArrayList<>();
        Map<String, Integer> firstLineOf = new HashMap<>();
        int number = 0;
        for (String raw : Csv.withoutByteOrderMark(text).lines().toList()) {
            number++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.replace(" ", "").equalsIgnoreCase(HEADER)) {
                continue;
            }
            if (entries.size() + problems.size() >= MAX_LINES) {
                problems.add(new LineProblem(number, "file", "registry.file.too-long", MAX_LINES));
                break;
            }
            Entry entry = readLine(number, Csv.fields(line), today, known, firstLineOf, problems);
            if (entry != null) {
                entries.add(entry);
            }
        }
        if (entries.isEmpty() && problems.isEmpty()) {
            problems.add(new LineProblem(Math.max(number, 1), "file", "registry.file.empty"));
        }
        if (!problems.isEmpty()) {
            throw new FileRejected(KIND, problems, false);
        }
        return List.copyOf(entries);
    }

    private static @Nullable Entry readLine(int number, List<String> fields, LocalDate today,
            Predicate<String> known, Map<String, Integer> firstLineOf, List<LineProblem> problems) {
        if (fields.size() < 4 || fields.size() > 11) {
            problems.add(new LineProblem(number, "line", "registry.file.columns", fields.size()));
            return null;
        }
        int before = problems.size();
        String code = fields.get(0).strip().toUpperCase(Locale.ROOT);
        if (!CreditCode.isValid(code)) {
            problems.add(new LineProblem(number, "credit_code", "registration.credit-code-invalid"));
        } else if (firstLineOf.containsKey(code)) {
            problems.add(new LineProblem(number, "credit_code", "registry.file.duplicate", code, firstLineOf.get(code)));
        } else if (known.test(code)) {
            problems.add(new LineProblem(number, "credit_code", "organization.credit-code-taken", code));
        } else {
            firstLineOf.put(code, number);
        }
        OrganizationKind kind = null;
        try {
            kind = OrganizationKind.valueOf(fields.get(1).strip());
        } catch (IllegalArgumentException e) {
            problems.add(new LineProblem(number, "kind", "registry.file.kind", fields.get(1).strip()));
        }
        String nameZh = fields.get(2).strip();
        String nameEn = fields.get(3).strip();
        if (nameZh.isEmpty() || nameZh.length() > 200) {
            problems.add(new LineProblem(number, "name_zh", "registry.file.name"));
        }
        if (nameEn.isEmpty() || nameEn.length() > 200) {
            problems.add(new LineProblem(number, "name_en", "registry.file.name"));
        }
        LocalDate registeredOn = null;
        String date = column(fields, 6);
        if (date != null) {
            try {
                registeredOn = LocalDate.parse(date);
                if (registeredOn.isAfter(today)) {
                    problems.add(new LineProblem(number, "registered_on", "organization.registered-in-future"));
                }
            } catch (DateTimeParseException e) {
                problems.add(new LineProblem(number, "registered_on", "registry.file.date", date));
            }
        }
        Profile profile = null;
        try {
            profile = new Profile(column(fields, 4), column(fields, 5), registeredOn, column(fields, 7), column(fields, 8),
                    column(fields, 9), column(fields, 10));
        } catch (RuleViolation violation) {
            problems.add(new LineProblem(number, String.valueOf(violation.field()), violation.messageKey(),
                    violation.arguments()));
        }
        if (problems.size() > before || kind == null || profile == null) {
            return null;
        }
        return new Entry(new Organization(new OrganizationId(UUID.randomUUID()), code, nameZh, nameEn, kind), profile);
    }

    private static @Nullable String column(List<String> fields, int index) {
        return index < fields.size() && !fields.get(index).isBlank() ? fields.get(index).strip() : null;
    }
}
