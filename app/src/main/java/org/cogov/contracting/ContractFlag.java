package org.cogov.contracting;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.cogov.shared.Domain;

/**
 * What a contract missed, as anyone supervising it sees at a glance: each flag is computed from the days the contract
 * is held to and the day it acted, so that it is raised the day after a missed day and stays raised when the act comes
 * late.
 */
@Domain
public enum ContractFlag {
    /** Signed after its sign-by day, or still a draft past it. */
    SIGNED_LATE,
    /** Published after its publish-by day, or still unpublished past it. */
    PUBLICATION_LATE,
    /** Filed with the finance bureau after its file-by day, or still unfiled past it. */
    FILING_LATE,
    /** A milestone not accepted by its due day while the contract is in force. */
    MILESTONE_OVERDUE,
    /** A payment made after its due day, or still unpaid past it. */
    PAYMENT_LATE;

    /** The flags of a contract on a day. */
    public static Set<ContractFlag> of(Contract contract, List<MilestoneDelivery> milestones, List<ContractPayment> payments,
            LocalDate today) {
        Set<ContractFlag> flags = EnumSet.noneOf(ContractFlag.class);
        if (contract.signedLate() || contract.status() == Contract.Status.DRAFT && today.isAfter(contract.signBy())) {
            flags.add(SIGNED_LATE);
        }
        if (late(contract.publishBy(), contract.publishedOn(), today)) {
            flags.add(PUBLICATION_LATE);
        }
        if (late(contract.fileBy(), contract.filedOn(), today)) {
            flags.add(FILING_LATE);
        }
        if (contract.inForce() && milestones.stream().anyMatch(m -> m.overdue(today))) {
            flags.add(MILESTONE_OVERDUE);
        }
        if (payments.stream().anyMatch(p -> p.late(today))) {
            flags.add(PAYMENT_LATE);
        }
        return flags;
    }

    private static boolean late(LocalDate by, LocalDate done, LocalDate today) {
        if (by == null) {
            return false;
        }
        return done != null ? done.isAfter(by) : today.isAfter(by);
    }
}
