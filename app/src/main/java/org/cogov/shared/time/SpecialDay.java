package org.cogov.shared.time;

import java.time.LocalDate;
import java.util.Objects;

/** A day listed in a calendar year: a holiday (off) or an adjusted working day (work), with its name. */
public record SpecialDay(LocalDate date, DayKind kind, String name) {

    public SpecialDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }
}
