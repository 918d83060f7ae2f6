package org.cogov.registry;

import java.time.LocalDate;
import java.util.Objects;

import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/**
 * An association's attachment to a state organ: its host (挂靠单位) or supervising organ (业务主管单位),
 * and the day the decoupling took effect, if it has; from that day the organ is a former host.
 */
@Domain
public record HostTie(OrganizationId organ, Role role, @Nullable LocalDate decoupledOn) {

    public enum Role {
        HOST,
        SUPERVISING_ORGAN
    }

    public HostTie {
        Objects.requireNonNull(organ, "organ");
        Objects.requireNonNull(role, "role");
    }

    public boolean attachedOn(LocalDate date) {
        return decoupledOn == null || date.isBefore(decoupledOn);
    }
}
