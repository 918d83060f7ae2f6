package org.cogov.registry;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

import org.cogov.shared.Domain;
import org.cogov.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * The days a post, holding or relationship lasted: from its first day to its last day, both held;
 * no last day while it lasts.
 */
@Domain
public record Tenure(LocalDate from, @Nullable LocalDate until) {

    public Tenure {
        Objects.requireNonNull(from, "from");
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("a tenure cannot end before it starts: " + from + " > " + until);
        }
    }

    /** A tenure as someone enters it on a form or in a request: a last day before the first is refused, named. */
    public static Tenure entered(LocalDate from, @Nullable LocalDate until) {
        if (until != null && until.isBefore(from)) {
            throw RuleViolation.refused("registry.tenure.order", "until");
        }
        return new Tenure(from, until);
    }

    public static Tenure since(LocalDate from) {
        return new Tenure(from, null);
    }

    public static Tenure between(LocalDate from, LocalDate until) {
        return new Tenure(from, until);
    }

    public boolean covers(LocalDate date) {
        return !from.isAfter(date) && (until == null || !until.isBefore(date));
    }

    /**
     * Whether it was held on some day of the look-back ending on {@code date}. As RULES.md counts
     * periods from the day after the event, a tenure whose last day was exactly {@code window} before
     * {@code date} is still inside: the window's last day is {@code date} itself.
     */
    public boolean heldWithin(Period window, LocalDate date) {
        return !from.isAfter(date) && (until == null || !until.plus(window).isBefore(date));
    }
}
