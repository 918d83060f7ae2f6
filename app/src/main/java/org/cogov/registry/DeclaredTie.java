package org.cogov.registry;

import java.util.Objects;

import org.cogov.shared.Domain;

/**
 * A tie between a person and an organization that is not a post: control of it, kinship with its head,
 * or any other relationship the person declared as one that may affect fairness.
 */
@Domain
public record DeclaredTie(PersonId person, OrganizationId organization, Kind kind, Tenure tenure, String description) {

    public enum Kind {
        CONTROLLING_SHAREHOLDER,
        ACTUAL_CONTROLLER,
        /** Spouse, lineal relative, collateral relative within three generations or close in-law of its head. */
        CLOSE_RELATIVE_OF_HEAD,
        OTHER
    }

    public DeclaredTie {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(tenure, "tenure");
        Objects.requireNonNull(description, "description");
    }
}
