package org.cogov.registry;

import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;

/** A registrar verified or rejected a self-registered organization. */
public record RegistrationDecided(UUID actorId, UUID organizationId, OrganizationId decided, RegistrationStatus status,
        String reason) implements Auditable {

    @Override
    public String action() {
        return "registry.organization.registration-decided";
    }

    @Override
    public String objectType() {
        return "organization";
    }

    @Override
    public String objectId() {
        return decided.value().toString();
    }

    @Override
    public Map<String, String> payload() {
        return Map.of("status", status.name(), "reason", reason);
    }
}
