package org.cogov.identity;

import java.util.EnumSet;
import java.util.Set;

import org.cogov.registry.OrganizationKind;
import org.cogov.shared.Domain;

/**
 * The roles of ARCHITECTURE.md "Actors and roles". A role carries permission strings (table
 * {@code role_permission}); which organizations may hold it keeps the provider and the producer apart:
 * a department's official is never a provider, an association's staff never a purchaser.
 */
@Domain
public enum Role {
    PURCHASER(EnumSet.of(OrganizationKind.DEPARTMENT, OrganizationKind.FINANCE_BUREAU,
            OrganizationKind.REGISTRATION_AUTHORITY, OrganizationKind.AUDIT_OFFICE)),
    AGENT(EnumSet.of(OrganizationKind.PROCUREMENT_AGENCY)),
    FINANCE(EnumSet.of(OrganizationKind.FINANCE_BUREAU)),
    REGISTRAR(EnumSet.of(OrganizationKind.REGISTRATION_AUTHORITY)),
    PROVIDER(EnumSet.copyOf(java.util.Arrays.stream(OrganizationKind.values())
            .filter(OrganizationKind::maySupply).toList())),
    EXPERT(EnumSet.allOf(OrganizationKind.class)),
    EVALUATOR(EnumSet.of(OrganizationKind.THIRD_PARTY_EVALUATOR)),
    AUDITOR(EnumSet.of(OrganizationKind.AUDIT_OFFICE)),
    ADMIN(EnumSet.of(OrganizationKind.PLATFORM_OPERATOR));

    private final Set<OrganizationKind> heldBy;

    Role(Set<OrganizationKind> heldBy) {
        this.heldBy = heldBy;
    }

    public boolean mayBeHeldBy(OrganizationKind kind) {
        return heldBy.contains(kind);
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
