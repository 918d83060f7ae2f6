package org.cogov.registry;

import java.time.LocalDate;
import java.util.Objects;

import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/**
 * An organization's entry in one of the registration authority's credit lists: listed from the day
 * of entry, and no longer from the day of removal.
 */
@Domain
public record CreditListEntry(CreditList list, LocalDate listedOn, @Nullable LocalDate removedOn) {

    public enum CreditList {
        /** 活动异常名录. */
        ABNORMAL_ACTIVITY,
        /** 严重违法失信名单. */
        SERIOUS_DISHONESTY
    }

    public CreditListEntry {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(listedOn, "listedOn");
        if (removedOn != null && removedOn.isBefore(listedOn)) {
            throw new IllegalArgumentException("removed before listed: " + listedOn + " > " + removedOn);
        }
    }

    public boolean listedOn(LocalDate date) {
        return !listedOn.isAfter(date) && (removedOn == null || date.isBefore(removedOn));
    }
}
