package org.cogov.shared.time;

import java.time.LocalDate;
import java.util.Objects;

import org.cogov.shared.Domain;

/** A day listed in a calendar year: a holiday (off) or an adjusted working day (work), with its name. */
@Domain
public record SpecialDay(LocalDate date, DayKind kind, String name) {

    public SpecialDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }
}
