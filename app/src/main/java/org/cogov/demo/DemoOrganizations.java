package org.cogov.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cogov.registry.CreditCode;
import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.OrganizationKind;
import org.cogov.registry.Profile;
import org.cogov.shared.Csv;
import org.springframework.core.io.ClassPathResource;

/**
 * The rest of the demo city, from {@code demo/organizations.csv}: the departments, agencies,
 * associations, foundations, social service agencies, enterprises and evaluators that give the
 * registry, and later the procedures, something to work on.
 */
final class DemoOrganizations {

    record Entry(Organization organization, Profile profile) {
    }

    private DemoOrganizations() {
    }

    static List<Entry> load() {
        List<Entry> entries = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("demo/organizations.csv").getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("credit_code"))
                    .forEach(line -> entries.add(entry(Csv.fields(line))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static Entry entry(List<String> f) {
        String creditCode = f.get(0) + CreditCode.checkCharacter(f.get(0));
        OrganizationKind kind = OrganizationKind.valueOf(f.get(1));
        Organization organization = new Organization(new OrganizationId(UUID.nameUUIDFromBytes(creditCode.getBytes(
                StandardCharsets.US_ASCII))), creditCode, f.get(2), f.get(3), kind);
        Profile profile = new Profile(f.get(4), DemoCity.authorityOf(creditCode), LocalDate.parse(f.get(6)),
                "澜江市" + f.get(5) + "区", null, null, null);
        return new Entry(organization, profile);
    }
}
