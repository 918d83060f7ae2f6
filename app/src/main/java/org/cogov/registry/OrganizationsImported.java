package org.cogov.registry;

import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;

/** A registrar imported a file of organizations: all of its lines, since a file is taken whole or not at all. */
public record OrganizationsImported(UUID actorId, UUID organizationId, int count, String fileHash) implements Auditable {

    @Override
    public String action() {
        return "registry.organization.imported";
    }

    @Override
    public String objectType() {
        return "organization-file";
    }

    @Override
    public String objectId() {
        return fileHash;
    }

    @Override
    public Map<String, String> payload() {
        return Map.of("count", Integer.toString(count), "sha256", fileHash);
    }
}
