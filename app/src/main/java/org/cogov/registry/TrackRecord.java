package org.cogov.registry;

import java.time.LocalDate;
import java.util.List;

import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/**
 * What an organization did under earlier contracts: contracts won and delivered, performance grades,
 * upheld complaints. The registry shows it; the modules that know the facts supply them through
 * {@link Source}, so that the registry depends on none of them.
 */
@Domain
public record TrackRecord(List<Entry> entries) {

    public TrackRecord {
        entries = entries.stream().sorted((a, b) -> b.date().compareTo(a.date())).toList();
    }

    /** One fact of the record: its kind (a message key), when, what, and how it ended. */
    public record Entry(String kindKey, LocalDate date, String title, @Nullable String outcome, @Nullable String link) {
    }

    /** Implemented by a module that holds part of an organization's record (contracting, performance, …). */
    public interface Source {

        List<Entry> entriesFor(OrganizationId organization);
    }
}
