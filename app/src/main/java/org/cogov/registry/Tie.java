package org.cogov.registry;

import java.util.Objects;

import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/**
 * A tie for which an expert withdraws from evaluating an organization's bid: the post it comes from,
 * or the person's own description of a declared tie.
 */
@Domain
public record Tie(Kind kind, OrganizationId organization, Tenure tenure, @Nullable Post post, String description) {

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
        Objects.requireNonNull(description, "description");
    }

    static Tie of(Position position) {
        Kind kind = position.post() == Post.EMPLOYEE ? Kind.EMPLOYED : Kind.DIRECTOR_OR_SUPERVISOR;
        return new Tie(kind, position.organization(), position.tenure(), position.post(), "");
    }

    static Tie of(DeclaredTie declared) {
        Kind kind = switch (declared.kind()) {
            case CONTROLLING_SHAREHOLDER -> Kind.CONTROLLING_SHAREHOLDER;
            case ACTUAL_CONTROLLER -> Kind.ACTUAL_CONTROLLER;
            case CLOSE_RELATIVE_OF_HEAD -> Kind.CLOSE_RELATIVE_OF_HEAD;
            case OTHER -> Kind.OTHER_DECLARED;
        };
        return new Tie(kind, declared.organization(), declared.tenure(), null, declared.description());
    }
}
