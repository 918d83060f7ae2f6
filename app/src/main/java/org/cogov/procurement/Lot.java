package org.cogov.procurement;

import java.util.Objects;

import org.cogov.shared.Domain;
import org.cogov.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * One lot (包) of a procedure: its own budget share, description and award criteria, and the bid bond
 * (投标保证金) its documents require of each bidder — none by default, since the bond is waived unless the
 * documents ask for one, and at most the rule table's share of the lot's budget (checked when the lots are saved).
 */
@Domain
public record Lot(int number, String title, @Nullable String description, Money budget, AwardCriteria criteria,
        @Nullable Money bidBond) {

    public Lot {
        if (number < 1) {
            throw new IllegalArgumentException("lots are numbered from 1");
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(criteria, "criteria");
    }

    /** A lot that asks for no bid bond. */
    public Lot(int number, String title, @Nullable String description, Money budget, AwardCriteria criteria) {
        this(number, title, description, budget, criteria, null);
    }

    public boolean requiresBidBond() {
        return bidBond != null;
    }
}
