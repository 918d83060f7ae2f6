package org.cogov.contracting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/**
 * A contract (政府购买服务合同) of one awarded lot: the parties, the service, the award price, the term, settlement and
 * liabilities, the milestones with their payment shares, the optional performance bond, and the indicator set its
 * performance will be evaluated against. Drafted when the award is decided; a remedy that cancels the award before
 * signature withdraws the draft, which is kept.
 *
 * @param awardNoticeOn the day the award's result notice was published, from which the signing period runs
 * @param signBy the last day to sign
 * @param signedOn the day the second party signed; publishBy and fileBy are counted from it
 * @param signedLate whether the second signature came after {@code signBy}: allowed, and flagged
 * @param signatures the parties' signatures so far, the purchaser's first when both signed
 * @param delivery the quantity, unit price, days to pay and public character the delivery is held to
 * @param publishedOn the day the purchaser published the signed contract
 * @param filedOn the day the purchaser filed it with the finance bureau
 * @param closedOn the day it was completed (every milestone accepted and paid) or terminated
 * @param terminationReason why it was terminated
 */
@Domain
public record Contract(ContractId id, UUID procedureId, String procedureReference, int lot, Party purchaser, Party provider,
        String catalogueCode, String serviceTitle, @Nullable String serviceDescription, BigDecimal price, Status status,
        Instant awardedAt, LocalDate awardNoticeOn, LocalDate signBy, ServicePeriod term, @Nullable String settlement,
        @Nullable String liabilities, @Nullable BigDecimal performanceBond, List<Milestone> milestones, IndicatorSet indicators,
        Instant draftedAt, @Nullable Instant withdrawnAt, @Nullable String withdrawnReason, int version, @Nullable LocalDate signedOn,
        @Nullable LocalDate publishBy, @Nullable LocalDate fileBy, boolean signedLate, List<ContractSignature> signatures, Delivery delivery,
        @Nullable LocalDate publishedOn, @Nullable LocalDate filedOn, @Nullable LocalDate closedOn, @Nullable String terminationReason) {

    public enum Status {
        /** Drafted from the award: the purchaser completes it before both parties sign. */
        DRAFT,
        /** The award was cancelled by a remedy before signature: kept, never signed. */
        WITHDRAWN,
        /** Both parties signed the same document: its clauses are fixed, and no remedy reaches its award. */
        SIGNED,
        /** Every milestone was accepted and paid. */
        COMPLETED,
        /** Ended early, with its reason; what was not spent went back to the budget line. */
        TERMINATED
    }

    /**
     * The clauses a delivery is held to beside the milestones.
     *
     * @param quantity how much service, in words ("12 monthly reports")
     * @param unitPrice the price of one unit, when the contract prices by the unit: an add-on must keep it
     * @param paymentDays the days after acceptance within which the purchaser pays (30, up to 60 when the contract says so)
     * @param servesPublic whether the service is delivered to the public: its acceptance then invites the beneficiaries
     * @param finalInstalment how much of the final milestone's payment each performance grade earns; none when the final
     *            payment does not depend on the evaluation
     */
    public record Delivery(@Nullable String quantity, @Nullable BigDecimal unitPrice, int paymentDays, boolean servesPublic,
            @Nullable FinalInstalment finalInstalment) {

        public Delivery(@Nullable String quantity, @Nullable BigDecimal unitPrice, int paymentDays, boolean servesPublic) {
            this(quantity, unitPrice, paymentDays, servesPublic, null);
        }

        /** The delivery clauses a draft starts with: the usual days to pay; public unless a service for the government's own use. */
        public static Delivery defaultFor(String catalogueCode, int paymentDays) {
            return new Delivery(null, null, paymentDays, !catalogueCode.startsWith(GOVERNMENT_SUPPORT_CATEGORY));
        }
    }

    /** The top-level catalogue category of services for the government's own functions (政府履职辅助性服务). */
    public static final String GOVERNMENT_SUPPORT_CATEGORY = "05";

    /** A party by its registry organization, named in both languages. */
    public record Party(UUID organizationId, String nameZh, String nameEn) {
    }

    public Contract {
        milestones = List.copyOf(milestones);
        signatures = List.copyOf(signatures);
    }

    /** Whether the contract binds the parties: signed, and not yet completed nor terminated. */
    public boolean inForce() {
        return status == Status.SIGNED;
    }

    /** Whether a party signed already: the draft is then fixed, so that the other signs the very same document. */
    public boolean signingBegun() {
        return !signatures.isEmpty();
    }
}
