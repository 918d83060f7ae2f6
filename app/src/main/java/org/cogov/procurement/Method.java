package org.cogov.procurement;

import java.util.EnumSet;
import java.util.Set;

import org.cogov.shared.Domain;

/**
 * The procurement methods (采购方式) of GPL Art. 26–32, and the small-purchase path below the
 * procurement limit. Each names the justifications the law accepts for choosing it.
 */
@Domain
public enum Method {
    PUBLIC_TENDER(EnumSet.noneOf(Justification.class)),
    INVITATIONAL_TENDER(EnumSet.of(Justification.SPECIAL_NATURE, Justification.DISPROPORTIONATE_COST)),
    COMPETITIVE_NEGOTIATION(EnumSet.of(Justification.TENDER_FAILED, Justification.SPECIFICATIONS_NOT_FIXABLE,
            Justification.URGENCY, Justification.PRICE_NOT_CALCULABLE)),
    COMPETITIVE_CONSULTATION(EnumSet.of(Justification.PURCHASE_OF_SERVICES, Justification.COMPLEX_OR_SPECIAL,
            Justification.PRICE_NOT_CALCULABLE, Justification.TENDER_FAILED)),
    SINGLE_SOURCE(EnumSet.of(Justification.ONLY_ONE_SUPPLIER, Justification.EMERGENCY, Justification.ADD_ON)),
    /** Below the procurement limit: at least three written quotations compared. */
    SMALL_PURCHASE(EnumSet.noneOf(Justification.class)),
    /** Goods only (GPL Art. 32): always refused for services. */
    INQUIRY(EnumSet.noneOf(Justification.class)),
    /** MoF Order No. 110: a later stage of cogov. */
    FRAMEWORK_AGREEMENT(EnumSet.noneOf(Justification.class));

    /** Why a method other than public tender was chosen (GPL Art. 29–31; 财库〔2014〕214号 Art. 3). */
    public enum Justification {
        SPECIAL_NATURE, DISPROPORTIONATE_COST,
        TENDER_FAILED, SPECIFICATIONS_NOT_FIXABLE, URGENCY, PRICE_NOT_CALCULABLE,
        PURCHASE_OF_SERVICES, COMPLEX_OR_SPECIAL,
        ONLY_ONE_SUPPLIER, EMERGENCY, ADD_ON
    }

    private final Set<Justification> justifications;

    Method(Set<Justification> justifications) {
        this.justifications = justifications;
    }

    public Set<Justification> justifications() {
        return justifications;
    }

    public boolean needsJustification() {
        return !justifications.isEmpty();
    }

    public boolean isTender() {
        return this == PUBLIC_TENDER || this == INVITATIONAL_TENDER;
    }

    /** Bids are sealed and opened by custodians: every competitive method, not single source or small purchases. */
    public boolean sealsBids() {
        return this == PUBLIC_TENDER || this == INVITATIONAL_TENDER || this == COMPETITIVE_NEGOTIATION
                || this == COMPETITIVE_CONSULTATION;
    }
}
