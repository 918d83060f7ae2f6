package org.cogov.contracting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cogov.shared.Domain;
import org.cogov.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * How a milestone of a signed contract stands: its deliverable submitted by the provider, round after round until the
 * purchaser accepts it, with the beneficiaries' representatives' opinions heard at acceptance.
 *
 * @param amount what its acceptance orders paid: its share of the price, plus the add-ons delivered with it
 */
@Domain
public record MilestoneDelivery(int ordinal, String deliverable, LocalDate due, BigDecimal share, boolean advance, Money amount,
        State state, List<Submission> submissions) {

    public enum State {
        /** Nothing submitted yet. */
        PENDING,
        /** Submitted, awaiting the purchaser's acceptance. */
        SUBMITTED,
        /** The last submission was rejected: the provider submits again. */
        REJECTED,
        /** Accepted: its payment is ordered. */
        ACCEPTED,
        /** An advance: paid on signature, without a delivery to accept. */
        ADVANCE
    }

    public enum Decision {
        ACCEPTED, REJECTED
    }

    /** One submission of the deliverable, and the purchaser's decision on it. */
    public record Submission(int round, Instant submittedAt, UUID submittedBy, String report, @Nullable UUID documentId,
            @Nullable Decision decision, @Nullable Instant decidedAt, @Nullable LocalDate decidedOn, @Nullable String reason,
            List<BeneficiaryOpinion> opinions) {

        public Submission {
            opinions = List.copyOf(opinions);
        }
    }

    /**
     * The opinion of a beneficiaries' representative invited to the acceptance.
     *
     * @param representative the person's name: personal data, never published
     * @param represents whom the person speaks for (a member firm, a residents' committee)
     * @param rating 1 (very dissatisfied) to 5 (very satisfied)
     */
    public record BeneficiaryOpinion(String representative, String represents, int rating, String opinion) {

        public static final int NAME_MAX = 100;
        public static final int REPRESENTS_MAX = 200;
        public static final int OPINION_MAX = 2000;
    }

    public MilestoneDelivery {
        submissions = List.copyOf(submissions);
    }

    /** The latest submission, if any. */
    public @Nullable Submission latest() {
        return submissions.isEmpty() ? null : submissions.get(submissions.size() - 1);
    }

    /** The day it was accepted, if it was. */
    public @Nullable LocalDate acceptedOn() {
        Submission latest = latest();
        return state == State.ACCEPTED && latest != null ? latest.decidedOn() : null;
    }

    /** Due and not accepted by its day. */
    public boolean overdue(LocalDate today) {
        return (state == State.PENDING || state == State.REJECTED) && today.isAfter(due);
    }
}
