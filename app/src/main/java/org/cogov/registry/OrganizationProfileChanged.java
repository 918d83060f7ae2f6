package org.cogov.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;
import org.jspecify.annotations.Nullable;

/** An organization's profile was changed, by a registrar or by the organization itself. */
public record OrganizationProfileChanged(UUID actorId, UUID organizationId, OrganizationId changed, Profile profile)
        implements Auditable {

    @Override
    public String action() {
        return "registry.organization.profile-changed";
    }

    @Override
    public String objectType() {
        return "organization";
    }

    @Override
    public String objectId() {
        return changed.value().toString();
    }

    @Override
    public Map<String, String> payload() {
        Map<String, String> payload = new LinkedHashMap<>();
        put(payload, "legalRepresentative", profile.legalRepresentative());
        put(payload, "registrationAuthority", profile.registrationAuthority());
        put(payload, "registeredOn", profile.registeredOn() == null ? null : profile.registeredOn().toString());
        put(payload, "address", profile.address());
        put(payload, "contactName", profile.contactName());
        put(payload, "contactPhone", profile.contactPhone());
        put(payload, "contactEmail", profile.contactEmail());
        return payload;
    }

    private static void put(Map<String, String> payload, String key, @Nullable String value) {
        payload.put(key, value == null ? "" : value);
    }
}
