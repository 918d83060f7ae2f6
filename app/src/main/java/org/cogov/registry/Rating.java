package org.cogov.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.cogov.shared.Domain;
import org.cogov.shared.RuleViolation;

/**
 * A social organization's evaluation grade (社会组织评估等级), 1A to 5A, valid five years from the day
 * it was given. An organization on a credit list on that day cannot be rated.
 */
@Domain
public record Rating(int grade, LocalDate ratedOn, LocalDate validUntil) {

    public static final int VALID_YEARS = 5;

    public Rating {
        Objects.requireNonNull(ratedOn, "ratedOn");
        Objects.requireNonNull(validUntil, "validUntil");
        if (grade < 1 || grade > 5) {
            throw RuleViolation.refused("registry.rating.grade", "grade");
        }
    }

    /** The rating given on a day: valid to the day before the fifth anniversary. */
    public static Rating given(int grade, LocalDate ratedOn, List<CreditListEntry> creditListEntries) {
        if (creditListEntries.stream().anyMatch(entry -> entry.listedOn(ratedOn))) {
            throw RuleViolation.refused("registry.rating.on-credit-list", "ratedOn");
        }
        return new Rating(grade, ratedOn, ratedOn.plusYears(VALID_YEARS).minusDays(1));
    }

    public boolean validOn(LocalDate date) {
        return !ratedOn.isAfter(date) && !validUntil.isBefore(date);
    }

    /** As the registration authority writes it: 5A, 4A, … */
    public String label() {
        return grade + "A";
    }
}
