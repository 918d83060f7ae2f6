package org.cogov.shared.time;

import org.cogov.shared.Domain;

/**
 * What the calendar says of a day that departs from the weekly rhythm: a weekday that is off (a
 * public holiday), or a weekend day that is worked (an adjusted working day, 调休上班).
 */
@Domain
public enum DayKind {
    OFF,
    WORK
}
