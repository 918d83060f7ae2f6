package org.cogov.registry;

import java.util.Objects;

import org.cogov.shared.Domain;

/** A tie for which an expert withdraws from evaluating an organization's bid. */
@Domain
public record Tie(Kind kind, OrganizationId organization, Tenure tenure, String detail) {

    public enum Kind {
        EMPLOYED,
        DIRECTOR_OR_SUPERVISOR,
        CONTROLLING_SHAREHOLDER,
        ACTUAL_CONTROLLER,
        CLOSE_RELATIVE_OF_HEAD,
        OTHER_DECLARED;

        public String messageKey() {
            return "avoidance.tie." + name();
        }
    }

    public Tie {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(tenure, "tenure");
        Objects.requireNonNull(detail, "detail");
    }
}
