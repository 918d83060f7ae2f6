package org.cogov.registry;

import java.time.LocalDate;
import java.util.Objects;

import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/**
 * A person's service as an official (公务员) of a state organ: serving until the day they retire, and
 * retired from that day on; no retirement date while they serve.
 */
@Domain
public record CivilService(PersonId person, OrganizationId organ, @Nullable LocalDate retiredOn) {

    public CivilService {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(organ, "organ");
    }

    public boolean servingOn(LocalDate date) {
        return retiredOn == null || date.isBefore(retiredOn);
    }
}
