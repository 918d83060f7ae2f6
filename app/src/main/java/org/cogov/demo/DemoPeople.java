package org.cogov.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cogov.registry.DeclaredTie;
import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.People;
import org.cogov.registry.PersonId;
import org.cogov.registry.Tenure;
import org.cogov.shared.Actor;
import org.cogov.shared.Csv;
import org.springframework.core.io.ClassPathResource;

/**
 * The boards and staff of the demo city's organizations, imported from {@code demo/people.csv} with
 * the registrar's people import, and the ties two college lecturers who serve as evaluation experts
 * declared.
 */
final class DemoPeople {

    private DemoPeople() {
    }

    static void record(People people, Actor registrar, List<Organization> city) {
        Map<String, String> codes = city.stream().collect(Collectors.toMap(Organization::nameZh, Organization::creditCode));
        people.importPeople(registrar, withCreditCodes(codes));

        Function<String, OrganizationId> named = name -> city.stream().filter(o -> o.nameZh().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no organization " + name)).id();
        PersonId du = someone(people, registrar, "杜晓光");
        people.declare(registrar, new DeclaredTie(du, named.apply("澜江天平工程咨询有限公司"),
                DeclaredTie.Kind.CONTROLLING_SHAREHOLDER, Tenure.since(LocalDate.of(2018, 6, 1)), "持股 35%"));
        people.declare(registrar, new DeclaredTie(du, named.apply("澜江市人力资源服务行业协会"), DeclaredTie.Kind.OTHER,
                Tenure.since(LocalDate.of(2025, 1, 1)), "为该协会 2025 年度行业报告的合著者 (co-author of its 2025 industry report)"));
        PersonId dai = someone(people, registrar, "戴红梅");
        people.declare(registrar, new DeclaredTie(dai, named.apply("澜江市养老服务行业协会"),
                DeclaredTie.Kind.CLOSE_RELATIVE_OF_HEAD, Tenure.since(LocalDate.of(2010, 5, 1)), "配偶为该协会会长 (spouse of its president)"));
    }

    /** The file as a registrar would write it: organizations by credit code instead of the demo's names. */
    private static String withCreditCodes(Map<String, String> codes) {
        String text;
        try {
            text = new ClassPathResource("demo/people.csv").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.lines().map(line -> {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("person,")) {
                return line;
            }
            List<String> fields = new ArrayList<>(Csv.fields(line));
            for (int column : new int[] {2, 6}) {
                if (!fields.get(column).isEmpty()) {
                    fields.set(column, codes.get(fields.get(column)));
                }
            }
            return String.join(",", fields);
        }).collect(Collectors.joining("\n"));
    }

    private static PersonId someone(People people, Actor registrar, String name) {
        return new PersonId(people.find(registrar, name, null, 1).get(0).id());
    }
}
