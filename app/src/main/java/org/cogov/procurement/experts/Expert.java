package org.cogov.procurement.experts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.cogov.registry.OrganizationId;
import org.cogov.registry.PersonId;
import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/**
 * An expert of the pool (评审专家): a person of the registry, who signs in with an account of role EXPERT, works
 * for an employer, and evaluates purchases in its specialties — catalogue codes. A specialty covers its own code
 * and every code under it: an expert of category {@code 03} (industry management) is drawn for a procedure buying
 * item {@code 030102}, one of {@code 0301} too, one of {@code 030201} not. Available unless marked otherwise or
 * inside one of its periods of unavailability.
 */
@Domain
public record Expert(ExpertId id, PersonId person, UUID userId, String name, OrganizationId employer, Set<String> specialties,
        boolean available, List<Unavailability> unavailability, Instant enrolledAt, @Nullable Instant retiredAt,
        @Nullable String retiredWhy, int version) {

    /** Days, first and last included, on which the expert cannot evaluate. */
    public record Unavailability(UUID id, LocalDate firstDay, LocalDate lastDay, String reason) {

        public Unavailability {
            if (lastDay.isBefore(firstDay)) {
                throw new IllegalArgumentException("a period cannot end before it starts");
            }
        }

        public boolean covers(LocalDate day) {
            return !day.isBefore(firstDay) && !day.isAfter(lastDay);
        }
    }

    public Expert {
        Objects.requireNonNull(id, "id");
        specialties = Collections.unmodifiableSortedSet(new TreeSet<>(specialties));
        unavailability = List.copyOf(unavailability);
    }

    /** Whether one of its specialties is the code or a category above it. */
    public boolean covers(String catalogueCode) {
        return covers(specialties, catalogueCode);
    }

    /** Whether one of the specialties is the code or a category above it (a prefix of it, two digits per level). */
    public static boolean covers(Set<String> specialties, String catalogueCode) {
        return specialties.stream().anyMatch(catalogueCode::startsWith);
    }

    /** Available, and in no period of unavailability, on the day. */
    public boolean availableOn(LocalDate day) {
        return available && unavailability.stream().noneMatch(period -> period.covers(day));
    }

    public boolean retired() {
        return retiredAt != null;
    }
}
