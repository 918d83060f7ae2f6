package org.cogov.shared;

import java.util.List;

/**
 * Several rules refuse one request at once — a purchase request off the catalogue and over its
 * budget — and the caller is told every reason, so that it is corrected in one pass. Nothing of the
 * request is kept.
 */
@Domain
public class RuleViolations extends RuntimeException {

    private final List<RuleViolation> violations;

    public RuleViolations(List<RuleViolation> violations) {
        super(violations.size() + " rule(s) refuse the request");
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs a reason");
        }
        this.violations = List.copyOf(violations);
    }

    public List<RuleViolation> violations() {
        return violations;
    }
}
