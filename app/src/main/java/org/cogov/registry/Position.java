package org.cogov.registry;

import java.util.Objects;

import org.cogov.shared.Domain;

/** A person's post in an organization over a tenure, as the registry records it. */
@Domain
public record Position(PersonId person, OrganizationId organization, Post post, Tenure tenure) {

    public Position {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(tenure, "tenure");
    }
}
