package org.cogov.procurement;

import java.util.UUID;

import org.cogov.registry.OrganizationId;
import org.cogov.shared.Domain;

/** An official named to hold one share of a procedure's opening key (开标密钥保管人): a duty, not a role. */
@Domain
public record Custodian(UUID userId, OrganizationId organization, String displayName) {
}
