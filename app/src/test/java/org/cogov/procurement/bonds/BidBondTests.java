package org.cogov.procurement.bonds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.procurement.AwardDecided;
import org.cogov.procurement.Cancellation;
import org.cogov.procurement.Deadlines;
import org.cogov.procurement.Lot;
import org.cogov.procurement.Method;
import org.cogov.procurement.ProcedureDrafts;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.ReadyDraft;
import org.cogov.procurement.bidding.Bidders;
import org.cogov.procurement.bidding.Bidding;
import org.cogov.procurement.bidding.Opening;
import org.cogov.procurement.bidding.OpeningRecord;
import org.cogov.procurement.custody.OpeningKeys;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Verdict;
import org.cogov.sealing.BidContent;
import org.cogov.sealing.BidEnvelope;
import org.cogov.sealing.Binding;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.Money;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.RuleViolations;
import org.cogov.shared.time.SettableClock;
import org.cogov.shared.time.WorkingDays;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bid bonds from the lot that requires one to the refund: recorded no smaller than required, forfeited by a bid revoked
 * at the opening, due back to the bidders without an opened bid, to the losers after the award, to the winner after its
 * signature, to a bidder that withdrew, and to all when the procedure is cancelled; a refund after its due day is late.
 */
@DatabaseTest
class BidBondTests {

    /** 2 % of the 2,500,000 budget of {@link ReadyDraft}'s lot. */
    private static final String CAP = "50000.00";
    private static final Map<String, ProcedureId> MADE = new HashMap<>();
    private static final Map<String, List<String>> BIDDERS = new HashMap<>();

    @Autowired
    BidBonds bonds;
    @Autowired
    ProcedureDrafts drafts;
    @Autowired
    Bidding bidding;
    @Autowired
    Opening opening;
    @Autowired
    OpeningKeys openingKeys;
    @Autowired
    Cancellation cancellation;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    SettableClock clock;
    @Autowired
    TestUsers users;
    @Autowired
    ApplicationContext context;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    MockMvc mvc;

    @Test
    void aBondAboveTwoPercentOfTheBudgetIsRefused() {
        ProcedureId id = ReadyDraft.of(context, users, Method.PUBLIC_TENDER, null, 2_500_000);

        assertThatThrownBy(() -> requireBond(id, "50000.01")).isInstanceOfSatisfying(RuleViolations.class, refused ->
                assertThat(refused.violations()).singleElement().satisfies(v -> {
                    assertThat(v.messageKey()).isEqualTo("procurement.bond.above-cap");
                    assertThat(v.field()).isEqualTo("lots[0].bidBond");
                    assertThat(v.arguments()).contains(CAP);
                }));
        requireBond(id, CAP);

        assertThat(drafts.draft(purchaser(), id).lots().get(0).bidBond()).isEqualTo(Money.yuan(CAP));
        assertThat(drafts.draft(purchaser(), id).blockers()).as("a bond within the cap blocks nothing").isEmpty();
    }

    @Test
    void aProcedureWithoutABondAsksForNone() {
        ProcedureId id = ReadyDraft.published(context, users, Method.PUBLIC_TENDER, null, 2_500_000, "provider");

        BidBonds.BondLedger ledger = bonds.ledger(purchaser(), id);

        assertThat(ledger.requiresAny()).isFalse();
        assertThat(bonds.bondMissing(id, 1, organization("provider"))).isFalse();
        assertThatThrownBy(() -> record(id, "provider", CAP)).isInstanceOfSatisfying(RuleViolation.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("procurement.bond.not-required"));
    }

    @Test
    void aBondBelowTheRequiredAmountIsRefusedAndABidderSeesOnlyItsOwn() {
        ProcedureId id = tenderingWithBond("provider", "provider2");

        assertThatThrownBy(() -> record(id, "provider", "49999.99")).isInstanceOfSatisfying(RuleViolations.class,
                refused -> assertThat(refused.violations()).extracting(RuleViolation::field).containsExactly("amount"));
        assertThat(bonds.bondMissing(id, 1, organization("provider"))).as("who has no bond is known before the opening").isTrue();

        record(id, "provider", CAP);
        record(id, "provider2", "60000.00");

        assertThat(bonds.bondMissing(id, 1, organization("provider"))).isFalse();
        assertThat(bonds.mine(users.user("provider"), id).lots().get(0).bonds()).singleElement()
                .satisfies(e -> assertThat(e.bond().bidder()).isEqualTo(organization("provider")));
        assertThat(bonds.ledger(users.user("auditor"), id).lots().get(0).bonds()).hasSize(2);
        assertThatThrownBy(() -> bonds.ledger(users.user("provider"), id)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> record(id, "provider", CAP)).isInstanceOfSatisfying(RuleViolation.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("procurement.bond.already-recorded"));
    }

    @Test
    void aRevokedBidForfeitsItsBondAndABidderWithoutABidOpenedIsDueItsBondBack() {
        ProcedureId id = opened("forfeiture");
        List<String> bidders = BIDDERS.get("forfeiture");
        LocalDate openedOn = today();

        Map<UUID, BidBond> byBidder = byBidder(id);

        assertThat(byBidder.get(organization(bidders.get(2))).state()).as("the bid sealed with a forbidden file was revoked")
                .isEqualTo(BidBond.State.FORFEITED);
        BidBond neverBid = byBidder.get(organization(bidders.get(3)));
        assertThat(neverBid.state()).isEqualTo(BidBond.State.REFUND_DUE);
        assertThat(neverBid.refundGround()).isEqualTo(BidBond.RefundGround.NO_BID_OPENED);
        assertThat(neverBid.refundDue()).isEqualTo(workingDays.plusWorkingDays(openedOn, 5));
        assertThat(byBidder.get(organization("provider")).state()).as("an opened bid keeps its bond until the award")
                .isEqualTo(BidBond.State.HELD);
    }

    @Test
    void theLosersBondsAreDueBackFiveWorkingDaysAfterTheAwardAndTheWinnersAfterItsSignature() {
        ProcedureId id = opened("award");
        // Three weeks ago: its due day is past, whatever holidays the New Year brings.
        LocalDate awardedOn = today().minusDays(21);
        String reference = drafts.draft(purchaser(), id).procedure().reference();

        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(new AwardDecided(
                purchaser().userId(), purchaser().organizationId(), id.value(), reference, 1, organization("provider"), 1,
                new BigDecimal("2100000.00"), false, awardedOn.atTime(LocalTime.NOON).atZone(workingDays.zone()).toInstant())));

        Map<UUID, BidBond> byBidder = byBidder(id);
        BidBond loser = byBidder.get(organization("provider2"));
        assertThat(loser.state()).isEqualTo(BidBond.State.REFUND_DUE);
        assertThat(loser.refundGround()).isEqualTo(BidBond.RefundGround.AWARDED_TO_ANOTHER);
        assertThat(loser.refundDue()).isEqualTo(workingDays.plusWorkingDays(awardedOn, 5));
        assertThat(byBidder.get(organization("provider")).state()).as("the winner's bond waits for the signature")
                .isEqualTo(BidBond.State.HELD);
        assertThat(bonds.overdue(users.user("finance"))).extracting(e -> e.bond().id()).contains(loser.id());
        assertThat(bonds.overdue(purchaser())).extracting(e -> e.bond().id()).contains(loser.id());

        BidBond refunded = bonds.refund(purchaser(), id, 1, organization("provider2"), new BidBonds.RefundMade(today(), "退-001"));

        assertThat(refunded.state()).isEqualTo(BidBond.State.REFUNDED);
        assertThat(refunded.refundedLate()).as("refunded after its due day").isTrue();
        assertThat(bonds.overdue(purchaser())).extracting(e -> e.bond().id()).doesNotContain(loser.id());
        assertThatThrownBy(() -> bonds.refund(purchaser(), id, 1, organization("provider2"), new BidBonds.RefundMade(today(), "退-002")))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(refused.messageKey()).isEqualTo("procurement.bond.not-due"));

        assertThat(bonds.contractSigned(id, 1, today())).isEqualTo(1);
        assertThat(bonds.contractSigned(id, 1, today())).as("a second call changes nothing").isZero();

        BidBond winner = byBidder(id).get(organization("provider"));
        assertThat(winner.refundGround()).isEqualTo(BidBond.RefundGround.CONTRACT_SIGNED);
        assertThat(winner.refundDue()).isEqualTo(workingDays.plusWorkingDays(today(), 5));
        assertThat(bonds.refund(purchaser(), id, 1, organization("provider"), new BidBonds.RefundMade(today(), "退-003"))
                .refundedLate()).isFalse();
    }

    @Test
    void aBidderThatWithdrewItsBidGetsItsBondBackWithinFiveWorkingDaysOfAsking() {
        ProcedureId id = tenderingWithBond("provider2");
        record(id, "provider2", CAP);
        bid("provider2", id, "2000000.00");

        assertThatThrownBy(() -> bonds.askRefund(users.user("provider2"), id, 1)).isInstanceOfSatisfying(RuleViolation.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("procurement.bond.bid-stands"));

        bidding.withdraw(users.user("provider2"), id, 1, null);
        BidBond asked = bonds.askRefund(users.user("provider2"), id, 1);

        assertThat(asked.state()).isEqualTo(BidBond.State.REFUND_DUE);
        assertThat(asked.refundGround()).isEqualTo(BidBond.RefundGround.WITHDRAWN);
        assertThat(asked.refundDue()).isEqualTo(workingDays.plusWorkingDays(today(), 5));
        assertThat(bonds.bondMissing(id, 1, organization("provider2"))).as("a bond asked back no longer backs a bid").isTrue();
    }

    @Test
    void aCancelledProceduresBondsAreDueBack() {
        ProcedureId id = tenderingWithBond("provider", "provider2");
        record(id, "provider", CAP);
        record(id, "provider2", CAP);

        cancellation.cancel(purchaser(), id, ReadyDraft.version(drafts, purchaser(), id), "预算调整，项目取消");

        assertThat(bonds.ledger(purchaser(), id).lots().get(0).bonds()).hasSize(2).allSatisfy(e -> {
            assertThat(e.bond().state()).isEqualTo(BidBond.State.REFUND_DUE);
            assertThat(e.bond().refundGround()).isEqualTo(BidBond.RefundGround.PROCEDURE_CANCELLED);
            assertThat(e.due()).isEqualTo(workingDays.plusWorkingDays(today(), 5));
        });
    }

    @Test
    void theBidderSeesItsOwnBondAndTheStaffTheLedgerOnTheirPages() throws Exception {
        ProcedureId id = tenderingWithBond("provider", "provider2");
        record(id, "provider", CAP);

        mvc.perform(get("/tenders/{id}/bonds", id.value()).with(users.as("provider")).locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk()).andExpect(content().string(containsString("应交投标保证金：50,000.00 元")))
                .andExpect(content().string(containsString("保管中"))).andExpect(content().string(containsString("申请退还")));
        mvc.perform(get("/tenders/{id}/bonds", id.value()).with(users.as("provider2")).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andExpect(content().string(containsString("No bond of yours is recorded")));
        mvc.perform(get("/procedures/{id}/bonds", id.value()).with(users.as("purchaser")).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Bid bond required: CNY 50,000.00")))
                .andExpect(content().string(containsString("record-form")));
    }

    /** The procedures to open, made at one moment so that one move of the clock passes their deadlines. */
    private synchronized ProcedureId opened(String scenario) {
        if (MADE.isEmpty()) {
            String third = Bidders.ofVerdict(context, new OrganizationId(purchaser().organizationId()), Verdict.ELIGIBLE,
                    organization("provider"), organization("provider2"));
            String fourth = Bidders.ofVerdict(context, new OrganizationId(purchaser().organizationId()), Verdict.ELIGIBLE,
                    organization("provider"), organization("provider2"), organization(third));
            ProcedureId forfeiture = tenderingWithBond("provider", "provider2", third);
            for (String bidder : List.of("provider", "provider2", third, fourth)) {
                record(forfeiture, bidder, CAP);
            }
            bid("provider", forfeiture, "2100000.00");
            bid("provider2", forfeiture, "2050000.00");
            bidSealedOnTheBiddersMachineWithAForbiddenFile(third, forfeiture);
            MADE.put("forfeiture", forfeiture);
            BIDDERS.put("forfeiture", List.of("provider", "provider2", third, fourth));
            ProcedureId award = tenderingWithBond("provider", "provider2", third);
            for (String bidder : List.of("provider", "provider2")) {
                record(award, bidder, CAP);
            }
            bid("provider", award, "2100000.00");
            bid("provider2", award, "2050000.00");
            bid(third, award, "2080000.00");
            MADE.put("award", award);
            Deadlines.passNow(context, MADE.values());
            for (ProcedureId id : MADE.values()) {
                for (String custodian : List.of("auditor", "registrar", "purchaser")) {
                    opening.present(users.user(custodian), id, (custodian + "-opening-key").toCharArray());
                }
                assertThat(opening.record(id).lots()).singleElement()
                        .satisfies(l -> assertThat(l.outcome()).isEqualTo(OpeningRecord.LotOutcome.OPENED));
            }
        }
        return MADE.get(scenario);
    }

    /** A public tender whose lot requires a bond of 2 % of its budget, published, its documents obtained by the providers. */
    private ProcedureId tenderingWithBond(String... providers) {
        ProcedureId id = ReadyDraft.of(context, users, Method.PUBLIC_TENDER, null, 2_500_000);
        requireBond(id, CAP);
        return ReadyDraft.publish(context, users, id, providers);
    }

    private void requireBond(ProcedureId id, String bond) {
        Lot lot = drafts.draft(purchaser(), id).lots().get(0);
        drafts.divide(purchaser(), id, ReadyDraft.version(drafts, purchaser(), id), List.of(new Lot(1, lot.title(),
                lot.description(), lot.budget(), lot.criteria(), Money.yuan(bond))));
    }

    private BidBond record(ProcedureId id, String bidder, String amount) {
        return bonds.record(purchaser(), id, 1, new BidBonds.ReceivedBond(organization(bidder), Money.yuan(amount),
                today().minusDays(3), BidBond.Form.BANK_TRANSFER, "保证金-" + bidder));
    }

    private void bid(String provider, ProcedureId id, String price) {
        bidding.submit(users.user(provider), id, 1, new Bidding.Proposal(new BigDecimal(price), "投标方案", List.of()), true, null);
    }

    /** A bid its bidder sealed itself, carrying a program disguised as a PDF: the opening revokes it, the bidder's fault. */
    private void bidSealedOnTheBiddersMachineWithAForbiddenFile(String provider, ProcedureId id) {
        ByteArrayOutputStream envelope = new ByteArrayOutputStream();
        try (OutputStream plaintext = BidEnvelope.sealing(openingKeys.of(id).orElseThrow().publicKey(),
                new Binding(id.value(), 1, organization(provider), 1), envelope);
                BidContent.Writer content = new BidContent.Writer(plaintext)) {
            content.price(new BigDecimal("1990000.00"), "CNY").proposal("本机加密")
                    .attachment("方案.pdf", new ByteArrayInputStream("MZ\u0090\u0000program".getBytes(StandardCharsets.ISO_8859_1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bidding.submitSealed(users.user(provider), id, 1, new ByteArrayInputStream(envelope.toByteArray()), true, null);
    }

    private Map<UUID, BidBond> byBidder(ProcedureId id) {
        Map<UUID, BidBond> found = new HashMap<>();
        bonds.ledger(purchaser(), id).lots().get(0).bonds().forEach(e -> found.put(e.bond().bidder(), e.bond()));
        return found;
    }

    private Actor purchaser() {
        return users.user("purchaser");
    }

    private UUID organization(String user) {
        return users.user(user).organizationId();
    }

    private LocalDate today() {
        return clock.instant().atZone(workingDays.zone()).toLocalDate();
    }
}
