package org.cogov.contracting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A reminder of a contract's day: sent once when the day comes (the day itself, or a few days before for a milestone and
 * a payment) and once when it passed with nothing done, to the purchaser's staff — and, for a milestone, the provider's.
 * The platform raises it, and the audit log keeps that it did.
 *
 * @param milestone the milestone or payment it is about, from 1
 * @param day the day it is about
 */
public record ContractReminder(UUID contractId, String reference, int lot, UUID purchaserId, UUID providerId, Subject subject,
        @Nullable Integer milestone, LocalDate day) implements ContractEvent {

    /** How many days before its due day a milestone or a payment is recalled. */
    public static final int LEAD_DAYS = 3;

    public enum Subject {
        SIGNATURE_DUE, SIGNATURE_OVERDUE, PUBLICATION_DUE, PUBLICATION_OVERDUE, FILING_DUE, FILING_OVERDUE, MILESTONE_DUE, MILESTONE_OVERDUE, PAYMENT_DUE, PAYMENT_OVERDUE;

        /** Whether it tells the provider as well as the purchaser: both sign, the provider delivers. */
        public boolean forProvider() {
            return this == SIGNATURE_DUE || this == SIGNATURE_OVERDUE || this == MILESTONE_DUE || this == MILESTONE_OVERDUE;
        }
    }

    @Override
    public @Nullable UUID actorId() {
        return null;
    }

    @Override
    public UUID organizationId() {
        return purchaserId;
    }

    @Override
    public String action() {
        return "contracting.contract.reminded";
    }

    @Override
    public Map<String, String> payload() {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("reference", reference);
        payload.put("lot", Integer.toString(lot));
        payload.put("subject", subject.name());
        payload.put("milestone", milestone == null ? "" : milestone.toString());
        payload.put("day", day.toString());
        return payload;
    }

    /** What to remind of a contract on a day; the sweep sends each (subject, milestone, day) once. */
    public static List<ContractReminder> due(ContractImplementation implementation, LocalDate today) {
        Contract c = implementation.contract();
        List<ContractReminder> due = new ArrayList<>();
        if (c.status() == Contract.Status.WITHDRAWN) {
            return due;
        }
        if (c.status() == Contract.Status.DRAFT) {
            day(c, today, c.signBy(), LEAD_DAYS, Subject.SIGNATURE_DUE, Subject.SIGNATURE_OVERDUE, null, due);
            return due;
        }
        if (c.publishedOn() == null && c.publishBy() != null) {
            day(c, today, c.publishBy(), 0, Subject.PUBLICATION_DUE, Subject.PUBLICATION_OVERDUE, null, due);
        }
        if (c.filedOn() == null && c.fileBy() != null) {
            day(c, today, c.fileBy(), 0, Subject.FILING_DUE, Subject.FILING_OVERDUE, null, due);
        }
        if (c.inForce()) {
            for (MilestoneDelivery m : implementation.milestones()) {
                if (m.state() == MilestoneDelivery.State.PENDING || m.state() == MilestoneDelivery.State.REJECTED) {
                    day(c, today, m.due(), LEAD_DAYS, Subject.MILESTONE_DUE, Subject.MILESTONE_OVERDUE, m.ordinal(), due);
                }
            }
        }
        for (ContractPayment p : implementation.payments()) {
            if (p.open()) {
                day(c, today, p.dueOn(), LEAD_DAYS, Subject.PAYMENT_DUE, Subject.PAYMENT_OVERDUE, p.ordinal(), due);
            }
        }
        return due;
    }

    private static void day(Contract c, LocalDate today, LocalDate day, int lead, Subject coming, Subject missed,
            @Nullable Integer milestone, List<ContractReminder> due) {
        Subject subject = today.isAfter(day) ? missed : today.isBefore(day.minusDays(lead)) ? null : coming;
        if (subject != null) {
            due.add(new ContractReminder(c.id().value(), c.procedureReference(), c.lot(), c.purchaser().organizationId(),
                    c.provider().organizationId(), subject, milestone, day));
        }
    }
}
