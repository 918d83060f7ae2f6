package org.cogov.registry;

import java.util.Locale;
import java.util.Objects;

import org.cogov.shared.Domain;

/**
 * An organization of the registry. Its unified social credit code (统一社会信用代码) is its identity
 * outside cogov.
 */
@Domain
public record Organization(OrganizationId id, String creditCode, String nameZh, String nameEn, OrganizationKind kind) {

    public Organization {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        if (!CreditCode.isValid(creditCode)) {
            throw new IllegalArgumentException("not a unified social credit code: " + creditCode);
        }
        if (nameZh.isBlank() || nameEn.isBlank()) {
            throw new IllegalArgumentException("an organization needs a Chinese and an English name");
        }
    }

    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
