package org.cogov.registry;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.cogov.shared.Csv;
import org.cogov.shared.Domain;
import org.cogov.shared.FileRejected;
import org.cogov.shared.LineProblem;
import org.jspecify.annotations.Nullable;

/**
 * A registrar's file of people and their posts, one post a line:
 * {@code person,name,organization,post,from,until,official_of,retired_on}. The first column groups
 * the lines of one person: a key of the registrar's choosing for someone new (the same key, the same
 * name, on each of their lines), or the id of a person already in the registry. Organizations are
 * named by credit code, posts by code or statutory name (会长), dates as yyyy-mm-dd; {@code
 * official_of} is the state organ the person serves or served as an official, {@code retired_on} the
 * day they retired from it. Every line is checked before anything is kept: a file with one wrong line
 * is refused whole, with every reason.
 */
@Domain
final class PeopleFile {

    static final String HEADER = "person,name,organization,post,from,until,official_of,retired_on";
    static final String KIND = "people-file";
    static final int MAX_LINES = 5_000;

    /** What the file is checked against: the organizations and people already registered. */
    interface Registers {
        Optional<Organization> organization(String creditCode);

        Optional<String> personName(PersonId person);

        List<CivilService> services(PersonId person);
    }

    /** A person of the file: new (no id yet) or already registered. */
    record Person(String key, @Nullable PersonId existing, String name) {
    }

    record Appointment(String person, OrganizationId organization, Post post, Tenure tenure) {
    }

    record Service(String person, OrganizationId organ, @Nullable LocalDate retiredOn) {
    }

    record Plan(List<Person> people, List<Appointment> positions, List<Service> services) {
    }

    private PeopleFile() {
    }

    /** @throws FileRejected naming every wrong line */
    static Plan read(String text, LocalDate today, Registers registers) {
        Reading reading = new Reading(today, registers);
        int number = 0;
        for (String raw : Csv.withoutByteOrderMark(text).lines().toList()) {
            number++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.replace(" ", "").equalsIgnoreCase(HEADER)) {
                continue;
            }
            if (reading.lines >= MAX_LINES) {
                reading.problems.add(new LineProblem(number, "file", "registry.file.too-long", MAX_LINES));
                break;
            }
            reading.line(number, Csv.fields(line));
        }
        if (reading.lines == 0 && reading.problems.isEmpty()) {
            reading.problems.add(new LineProblem(Math.max(number, 1), "file", "registry.people-file.empty"));
        }
        if (!reading.problems.isEmpty()) {
            throw new FileRejected(KIND, reading.problems, false);
        }
        return new Plan(List.copyOf(reading.people.values()), List.copyOf(reading.positions),
                List.copyOf(reading.services.values()));
    }

    private static final class Reading {

        private final LocalDate today;
        private final Registers registers;
        private final List<LineProblem> problems = new ArrayList<>();
        private final Map<String, Person> people = new LinkedHashMap<>();
        private final Map<String, Integer> personLine = new HashMap<>();
        private final List<Appointment> positions = new ArrayList<>();
        private final Map<String, Integer> positionLine = new HashMap<>();
        private final Map<String, Service> services = new LinkedHashMap<>();
        private final Map<String, Integer> serviceLine = new HashMap<>();
        private int lines;

        Reading(LocalDate today, Registers registers) {
            this.today = today;
            this.registers = registers;
        }

        void line(int number, List<String> fields) {
            lines++;
            if (fields.size() < 5 || fields.size() > 8) {
                problems.add(new LineProblem(number, "line", "registry.people-file.columns", fields.size()));
                return;
            }
            int before = problems.size();
            Person person = person(number, column(fields, 0), column(fields, 1));
            Organization organization = organization(number, "organization", column(fields, 2));
            Post post = Post.named(fields.get(3)).orElse(null);
            if (post == null) {
                problems.add(new LineProblem(number, "post", "registry.people-file.post", fields.get(3).strip()));
            }
            LocalDate from = date(number, "from", column(fields, 4), true);
            LocalDate until = date(number, "until", column(fields, 5), false);
            if (from != null && from.isAfter(today)) {
                problems.add(new LineProblem(number, "from", "registry.people-file.future"));
            }
            if (from != null && until != null && until.isBefore(from)) {
                problems.add(new LineProblem(number, "until", "registry.tenure.order"));
            }
            Service service = service(number, person, column(fields, 6), column(fields, 7));
            if (problems.size() > before || person == null || organization == null || post == null || from == null) {
                return;
            }
            Appointment appointment = new Appointment(person.key(), organization.id(), post, new Tenure(from, until));
            String same = person.key() + '\n' + organization.id().value() + '\n' + post + '\n' + from;
            Integer first = positionLine.putIfAbsent(same, number);
            if (first != null) {
                problems.add(new LineProblem(number, "post", "registry.people-file.duplicate", first));
                return;
            }
            people.putIfAbsent(person.key(), person);
            positions.add(appointment);
            if (service != null) {
                services.putIfAbsent(person.key() + '\n' + service.organ().value(), service);
            }
        }

        /** The person a line is about, consistent with the person's other lines and the registry. */
        private @Nullable Person person(int number, @Nullable String key, @Nullable String name) {
            if (key == null || key.length() > 60) {
                problems.add(new LineProblem(number, "person", "registry.people-file.key"));
                return null;
            }
            PersonId existing = personId(key);
            Person person;
            if (existing != null) {
                String recorded = registers.personName(existing).orElse(null);
                if (recorded == null) {
                    problems.add(new LineProblem(number, "person", "registry.people-file.unknown-person", key));
                    return null;
                }
                if (name != null && !name.equals(recorded)) {
                    problems.add(new LineProblem(number, "name", "registry.people-file.name-differs", recorded));
                    return null;
                }
                person = new Person(key, existing, recorded);
            } else {
                if (name == null || name.length() > 60) {
                    problems.add(new LineProblem(number, "name", "registry.person.name"));
                    return null;
                }
                person = new Person(key, null, name);
            }
            Person earlier = people.get(key);
            if (earlier != null && !earlier.name().equals(person.name())) {
                problems.add(new LineProblem(number, "name", "registry.people-file.key-reused", key,
                        personLine.get(key)));
                return null;
            }
            personLine.putIfAbsent(key, number);
            return person;
        }

        /** The person's service as an official, once per organ however many of their lines repeat it. */
        private @Nullable Service service(int number, @Nullable Person person, @Nullable String organCode,
                @Nullable String retired) {
            LocalDate retiredOn = date(number, "retired_on", retired, false);
            if (organCode == null) {
                if (retired != null) {
                    problems.add(new LineProblem(number, "retired_on", "registry.people-file.retired-without-organ"));
                }
                return null;
            }
            Organization organ = organization(number, "official_of", organCode);
            if (organ == null) {
                return null;
            }
            if (!organ.kind().mayPurchase()) {
                problems.add(new LineProblem(number, "official_of", "registry.civil-service.not-an-organ", organCode));
                return null;
            }
            if (retiredOn != null && retiredOn.isAfter(today)) {
                problems.add(new LineProblem(number, "retired_on", "registry.people-file.future"));
                return null;
            }
            if (person == null) {
                return null;
            }
            if (person.existing() != null) {
                for (CivilService recorded : registers.services(person.existing())) {
                    if (recorded.organ().equals(organ.id())) {
                        if (!Objects.equals(recorded.retiredOn(), retiredOn)) {
                            problems.add(new LineProblem(number, "retired_on", "registry.people-file.service-recorded",
                                    String.valueOf(recorded.retiredOn())));
                        }
                        return null;
                    }
                }
            }
            Service service = new Service(person.key(), organ.id(), retiredOn);
            String same = person.key() + '\n' + organ.id().value();
            Service earlier = services.get(same);
            if (earlier != null && !Objects.equals(earlier.retiredOn(), retiredOn)) {
                problems.add(new LineProblem(number, "retired_on", "registry.people-file.retired-differs",
                        serviceLine.get(same)));
                return null;
            }
            serviceLine.putIfAbsent(same, number);
            return service;
        }

        private @Nullable Organization organization(int number, String column, @Nullable String code) {
            if (code == null) {
                problems.add(new LineProblem(number, column, "registry.people-file.organization-required"));
                return null;
            }
            String normalized = code.toUpperCase(Locale.ROOT);
            if (!CreditCode.isValid(normalized)) {
                problems.add(new LineProblem(number, column, "registration.credit-code-invalid"));
                return null;
            }
            Optional<Organization> organization = registers.organization(normalized);
            if (organization.isEmpty()) {
                problems.add(new LineProblem(number, column, "registry.people-file.unknown-organization", normalized));
            }
            return organization.orElse(null);
        }

        private @Nullable LocalDate date(int number, String column, @Nullable String text, boolean required) {
            if (text == null) {
                if (required) {
                    problems.add(new LineProblem(number, column, "registry.people-file.date-required"));
                }
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problems.add(new LineProblem(number, column, "registry.file.date", text));
                return null;
            }
        }
    }

    private static @Nullable PersonId personId(String key) {
        try {
            UUID id = UUID.fromString(key);
            return id.toString().equalsIgnoreCase(key) ? new PersonId(id) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable String column(List<String> fields, int index) {
        return index < fields.size() && !fields.get(index).isBlank() ? fields.get(index).strip() : null;
    }
}
