package org.cogov.registry;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.cogov.shared.Domain;
import org.cogov.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * The facts of an organization beyond its name and code: its legal representative (法定代表人), the
 * authority that registered it and when, its address and its contact. Empty until someone records them.
 */
@Domain
public record Profile(@Nullable String legalRepresentative, @Nullable String registrationAuthority,
        @Nullable LocalDate registeredOn, @Nullable String address, @Nullable String contactName,
        @Nullable String contactPhone, @Nullable String contactEmail) {

    public static final Profile EMPTY = new Profile(null, null, null, null, null, null, null);

    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{5,30}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public Profile {
        legalRepresentative = clean(legalRepresentative, 60, "legalRepresentative");
        registrationAuthority = clean(registrationAuthority, 200, "registrationAuthority");
        address = clean(address, 300, "address");
        contactName = clean(contactName, 60, "contactName");
        contactPhone = clean(contactPhone, 30, "contactPhone");
        contactEmail = clean(contactEmail, 200, "contactEmail");
        if (contactPhone != null && !PHONE.matcher(contactPhone).matches()) {
            throw RuleViolation.refused("organization.profile.phone", "contactPhone");
        }
        if (contactEmail != null && !EMAIL.matcher(contactEmail).matches()) {
            throw RuleViolation.refused("organization.profile.email", "contactEmail");
        }
    }

    private static @Nullable String clean(@Nullable String text, int max, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw RuleViolation.refused("organization.profile.too-long", field, max);
        }
        return stripped;
    }
}
