package org.cogov.procurement;

import java.util.Objects;

import org.cogov.shared.Domain;
import org.cogov.shared.Money;
import org.jspecify.annotations.Nullable;

/** One lot (包) of a procedure: its own budget share, description and award criteria. */
@Domain
public record Lot(int number, String title, @Nullable String description, Money budget, AwardCriteria criteria) {

    public Lot {
        if (number < 1) {
            throw new IllegalArgumentException("lots are numbered from 1");
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(criteria, "criteria");
    }
}
