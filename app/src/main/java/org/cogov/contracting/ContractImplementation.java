package org.cogov.contracting;

import java.math.BigDecimal;
import java.util.List;

import org.cogov.shared.Domain;
import org.cogov.shared.Money;

/**
 * A signed contract as it is carried out: each milestone's delivery and acceptance, the payments, the add-ons, the
 * provider's progress reports, and the flags of what was missed.
 *
 * @param addOnPercent all the add-ons, in percent of the original amount
 * @param paid what was paid so far
 */
@Domain
public record ContractImplementation(Contract contract, List<MilestoneDelivery> milestones, List<ContractPayment> payments,
        List<AddOn> addOns, List<ProgressReport> reports, Money addOnTotal, BigDecimal addOnPercent, Money paid,
        List<ContractFlag> flags) {

    public ContractImplementation {
        milestones = List.copyOf(milestones);
        payments = List.copyOf(payments);
        addOns = List.copyOf(addOns);
        reports = List.copyOf(reports);
        flags = List.copyOf(flags);
    }

    /** The milestone of that ordinal, from 1. */
    public MilestoneDelivery milestone(int ordinal) {
        return milestones.get(ordinal - 1);
    }
}
