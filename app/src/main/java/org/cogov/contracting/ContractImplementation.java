package org.cogov.contracting;

import java.math.BigDecimal;
import java.util.List;

import org.cogov.shared.Domain;
import org.cogov.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * A signed contract as it is carried out: each milestone's delivery and acceptance, the payments, the add-ons, the
 * provider's progress reports, and the flags of what was missed.
 *
 * @param addOnPercent all the add-ons, in percent of the original amount
 * @param paid what was paid so far
 * @param finalSettlement how the final payment was settled after the evaluation, when the contract ties it to the grade
 */
@Domain
public record ContractImplementation(Contract contract, List<MilestoneDelivery> milestones, List<ContractPayment> payments,
        List<AddOn> addOns, List<ProgressReport> reports, Money addOnTotal, BigDecimal addOnPercent, Money paid,
        List<ContractFlag> flags, @Nullable FinalSettlement finalSettlement) {

    public ContractImplementation(Contract contract, List<MilestoneDelivery> milestones, List<ContractPayment> payments,
            List<AddOn> addOns, List<ProgressReport> reports, Money addOnTotal, BigDecimal addOnPercent, Money paid,
            List<ContractFlag> flags) {
        this(contract, milestones, payments, addOns, reports, addOnTotal, addOnPercent, paid, flags, null);
    }

    public ContractImplementation {
        milestones = List.copyOf(milestones);
        payments = List.copyOf(payments);
        addOns = List.copyOf(addOns);
        reports = List.copyOf(reports);
        flags = List.copyOf(flags);
    }

    /** The ordinal of the final milestone: the last that is not the advance. */
    public int finalMilestone() {
        for (int ordinal = milestones.size(); ordinal > 1; ordinal--) {
            if (!milestone(ordinal).advance()) {
                return ordinal;
            }
        }
        return 1;
    }

    /**
     * Whether the final payment waits for the performance grade: the contract ties it to the grade, the final milestone is
     * accepted, and it is not settled yet.
     */
    public boolean finalAwaitsGrade() {
        return contract.delivery().finalInstalment() != null && finalSettlement == null && !milestones.isEmpty()
                && milestone(finalMilestone()).state() == MilestoneDelivery.State.ACCEPTED;
    }

    /**
     * Whether the delivery is over, so that the contract may be evaluated: every milestone accepted (or the advance), or the
     * contract ended.
     */
    public boolean deliveryEnded() {
        return contract.status() == Contract.Status.COMPLETED || contract.status() == Contract.Status.TERMINATED
                || contract.status() == Contract.Status.SIGNED && milestones.stream().allMatch(m -> m.state() == MilestoneDelivery.State.ACCEPTED
                        || m.state() == MilestoneDelivery.State.ADVANCE);
    }

    /** The milestone of that ordinal, from 1. */
    public MilestoneDelivery milestone(int ordinal) {
        return milestones.get(ordinal - 1);
    }
}
