package org.cogov.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the registry knows of a person: their posts over time, their service as an official, and
 * the ties they declared. Personal data, for the registrar, finance and auditors only.
 */
public record PersonRecord(UUID id, String name, List<Held> positions, List<Served> services, List<Declared> declarations) {

    public record Held(UUID id, UUID organization, String organizationZh, String organizationEn, Post post, LocalDate from,
            @Nullable LocalDate until) {
    }

    public record Served(UUID organ, String organZh, String organEn, @Nullable LocalDate retiredOn) {
    }

    public record Declared(UUID id, UUID organization, String organizationZh, String organizationEn, DeclaredTie.Kind kind,
            LocalDate from, @Nullable LocalDate until, String description, LocalDate declaredOn) {
    }

    /** A line of the list of people: enough to tell namesakes apart. */
    public record Summary(UUID id, String name, int posts, boolean official) {
    }
}
