package org.cogov.planning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cogov.registry.CreditCode;
import org.cogov.registry.OrganizationId;
import org.cogov.shared.Csv;
import org.cogov.shared.Domain;
import org.cogov.shared.FileRejected;
import org.cogov.shared.LineProblem;
import org.cogov.shared.Money;
import org.cogov.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * The finance bureau's file of approved budget lines, one a line:
 * {@code department_credit_code,fiscal_year,code,name,amount} (the header line and {@code #} comments
 * allowed; amounts in yuan, at most two decimals, no thousands separators). Every line is read and
 * checked by the rules a line recorded by hand must keep before anything is kept: a file with one wrong
 * line is refused whole, naming every wrong line and column.
 */
@Domain
final class BudgetFile {

    static final String HEADER = "department_credit_code,fiscal_year,code,name,amount";
    static final String KIND = "budget-file";
    static final int MAX_LINES = 5_000;
    static final int MAX_CODE = 40;
    static final int MAX_NAME = 200;
    /** NUMERIC(18, 2): sixteen digits before the decimal point. */
    private static final int MAX_INTEGER_DIGITS = 16;

    /** What the file cannot know by itself: the registry's departments and the budget's rules. */
    interface Rules {

        Optional<OrganizationId> departmentOf(String creditCode);

        /** @throws RuleViolation naming the field that the rules refuse */
        void check(OrganizationId department, Budgets.NewLine line);
    }

    /** A line to record, approved at once, for the department of the credit code on line {@code number}. */
    record Entry(int number, OrganizationId department, Budgets.NewLine line) {
    }

    private BudgetFile() {
    }

    /** @throws FileRejected naming every wrong line, with its column */
    static List<Entry> read(String text, Rules rules) {
        List<Entry> entries = new ArrayList<>();
        List<LineProblem> problems = new ArrayList<>();
        Map<String, Integer> firstLineOf = new HashMap<>();
        int number = 0;
        boolean truncated = false;
        for (String raw : Csv.withoutByteOrderMark(text).lines().toList()) {
            number++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.replace(" ", "").equalsIgnoreCase(HEADER)) {
                continue;
            }
            if (entries.size() + problems.size() >= MAX_LINES) {
                problems.add(new LineProblem(number, "file", "planning.budget-file.too-long", MAX_LINES));
                truncated = true;
                break;
            }
            Entry entry = readLine(number, Csv.fields(line), rules, firstLineOf, problems);
            if (entry != null) {
                entries.add(entry);
            }
        }
        if (entries.isEmpty() && problems.isEmpty()) {
            problems.add(new LineProblem(Math.max(number, 1), "file", "planning.budget-file.empty"));
        }
        if (!problems.isEmpty()) {
            throw new FileRejected(KIND, problems, truncated);
        }
        return List.copyOf(entries);
    }

    private static @Nullable Entry readLine(int number, List<String> fields, Rules rules, Map<String, Integer> firstLineOf,
            List<LineProblem> problems) {
        if (fields.size() != 5) {
            problems.add(new LineProblem(number, "line", "planning.budget-file.columns", fields.size()));
            return null;
        }
        int before = problems.size();
        String creditCode = fields.get(0).strip().toUpperCase(Locale.ROOT);
        if (!CreditCode.isValid(creditCode)) {
            problems.add(new LineProblem(number, "department_credit_code", "registration.credit-code-invalid"));
        }
        Integer year = year(fields.get(1).strip());
        if (year == null) {
            problems.add(new LineProblem(number, "fiscal_year", "planning.budget-file.year", fields.get(1).strip()));
        }
        String code = fields.get(2).strip();
        if (code.isEmpty() || code.length() > MAX_CODE) {
            problems.add(new LineProblem(number, "code", "planning.budget-file.code", MAX_CODE));
        }
        String name = fields.get(3).strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            problems.add(new LineProblem(number, "name", "planning.budget-file.name", MAX_NAME));
        }
        BigDecimal amount = amount(fields.get(4).strip());
        if (amount == null) {
            problems.add(new LineProblem(number, "amount", "planning.budget-file.amount", fields.get(4).strip()));
        }
        if (year != null && !code.isEmpty()) {
            String key = creditCode + "/" + year + "/" + code;
            Integer first = firstLineOf.putIfAbsent(key, number);
            if (first != null) {
                // Years as text: a message would print 2027 as "2,027".
                problems.add(new LineProblem(number, "code", "planning.budget-file.duplicate", code, year.toString(), first));
            }
        }
        if (problems.size() > before || year == null || amount == null) {
            return null;
        }
        Optional<OrganizationId> department = rules.departmentOf(creditCode);
        if (department.isEmpty()) {
            problems.add(new LineProblem(number, "department_credit_code", "planning.budget-file.department-unknown", creditCode));
            return null;
        }
        Budgets.NewLine budgetLine = new Budgets.NewLine(year, code, name, new Money(amount));
        try {
            rules.check(department.get(), budgetLine);
        } catch (RuleViolation refused) {
            problems.add(new LineProblem(number, column(refused.field()), refused.messageKey(), refused.arguments()));
            return null;
        }
        return new Entry(number, department.get(), budgetLine);
    }

    private static @Nullable Integer year(String text) {
        if (!text.matches("[0-9]{4}")) {
            return null;
        }
        int year = Integer.parseInt(text);
        return year >= Budgets.FIRST_YEAR && year <= Budgets.LAST_YEAR ? year : null;
    }

    /** An amount exactly as written: a fen more precise than the budget keeps is an error, not a rounding. */
    private static @Nullable BigDecimal amount(String text) {
        if (!text.matches("-?[0-9]+(\\.[0-9]+)?")) {
            return null;
        }
        BigDecimal amount = new BigDecimal(text);
        if (amount.scale() > 2 || amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            return null;
        }
        return amount;
    }

    /** The file's column for a field that a rule names. */
    private static String column(@Nullable String field) {
        if (field == null) {
            return "line";
        }
        return switch (field) {
            case "department" -> "department_credit_code";
            case "fiscalYear" -> "fiscal_year";
            case "code", "name", "amount" -> field;
            default -> "line";
        };
    }
}
