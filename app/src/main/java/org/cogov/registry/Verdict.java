package org.cogov.registry;

import org.cogov.shared.Domain;

/** Whether an organization may bid, from best to worst: the order is the severity. */
@Domain
public enum Verdict {
    ELIGIBLE,
    WARNING,
    EXCLUDED;

    public Verdict worst(Verdict other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public String messageKey() {
        return "eligibility.verdict." + name();
    }
}
