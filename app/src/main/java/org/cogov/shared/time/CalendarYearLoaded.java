package org.cogov.shared.time;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;
import org.jspecify.annotations.Nullable;

/**
 * A calendar year was loaded, or replaced. Deadlines computed before a replacement keep the
 * calendar they were computed with; a module that must revisit them can listen for this.
 *
 * @param actorId null when the platform loaded its shipped calendar
 * @param source  where the days came from: the shipped file, or an upload and its SHA-256
 */
public record CalendarYearLoaded(@Nullable UUID actorId, @Nullable UUID organizationId, int year, boolean replaced,
        int offDays, int workDays, String source) implements Auditable {

    @Override
    public String action() {
        return replaced ? "calendar.year.replaced" : "calendar.year.loaded";
    }

    @Override
    public String objectType() {
        return "calendar-year";
    }

    @Override
    public String objectId() {
        return String.valueOf(year);
    }

    @Override
    public Map<String, String> payload() {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("year", String.valueOf(year));
        payload.put("replaced", String.valueOf(replaced));
        payload.put("offDays", String.valueOf(offDays));
        payload.put("workDays", String.valueOf(workDays));
        payload.put("source", source);
        return payload;
    }
}
