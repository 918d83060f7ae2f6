package org.cogov.procurement.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.groups.Tuple;
import org.cogov.procurement.Deadlines;
import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.procurement.Method;
import org.cogov.procurement.Procedure;
import org.cogov.procurement.ProcedureDrafts;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.ReadyDraft;
import org.cogov.procurement.bidding.Bidders;
import org.cogov.procurement.bidding.Bidding;
import org.cogov.procurement.bidding.FinalQuotation;
import org.cogov.procurement.bidding.FinalQuotations;
import org.cogov.procurement.bidding.Opening;
import org.cogov.procurement.custody.OpeningKeys;
import org.cogov.procurement.evaluation.LotEvaluation.EvaluatedBid;
import org.cogov.procurement.evaluation.LotEvaluation.Question;
import org.cogov.procurement.evaluation.LotEvaluation.Stage;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Verdict;
import org.cogov.sealing.BidContent;
import org.cogov.sealing.BidEnvelope;
import org.cogov.sealing.Binding;
import org.cogov.shared.Actor;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.time.SettableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Competitive negotiation and consultation after the reviews: rounds of talks with each supplier recorded, the
 * requirements amended for all, sealed final quotations that nobody reads or counts before the custodians open them
 * with the procedure's key rebuilt again, a supplier without one invalid, then scoring on the final prices
 * (consultation) or the lowest final price (negotiation).
 */
@DatabaseTest
class NegotiationTests {

    /** The procedures, made at one moment and opened together: the clock then moves forward only. */
    private static final Map<String, ProcedureId> MADE = new HashMap<>();
    private static final Map<String, List<String>> SUPPLIERS = new HashMap<>();

    @Autowired
    Evaluation evaluation;
    @Autowired
    Negotiation negotiation;
    @Autowired
    EvaluationViews views;
    @Autowired
    FinalQuotations finalQuotations;
    @Autowired
    OpeningKeys openingKeys;
    @Autowired
    Opening opening;
    @Autowired
    Bidding bidding;
    @Autowired
    ProcedureDrafts drafts;
    @Autowired
    TestUsers users;
    @Autowired
    ApplicationContext context;
    @Autowired
    SettableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Test
    void aConsultationForServicesGoesOnWithTheTwoSuppliersWhoGaveFinalQuotationsAndScoresTheirFinalPrices() {
        ProcedureId id = negotiating("consultation");
        List<String> suppliers = SUPPLIERS.get("consultation");
        UUID first = organization(suppliers.get(0));
        UUID second = organization(suppliers.get(1));
        UUID third = organization(suppliers.get(2));
        List<Actor> panel = SeatedPanels.seat(context, users, id, 3);
        assertThat(views.of(purchaser(), id, 1).stage()).isEqualTo(Stage.NEGOTIATION);

        // Step 1: the panel talks with each supplier separately; a member records the minutes of each round.
        for (String supplier : suppliers) {
            negotiation.recordMinutes(panel.get(0), id, 1, organization(supplier), 1, "第一轮磋商：" + supplier + " 说明服务方案与人员安排。");
        }
        negotiation.recordMinutes(panel.get(1), id, 1, first, 2, "第二轮磋商：同意增加季度报告。");
        assertThatThrownBy(() -> negotiation.recordMinutes(panel.get(2), id, 1, first, 2, "重复记录"))
                .as("a round's talk with a supplier has one record").isInstanceOf(RuleViolation.class);

        LotEvaluation talks = views.of(purchaser(), id, 1);
        assertThat(talks.negotiation().minutes()).hasSize(4);
        assertThat(views.mine(users.user(suppliers.get(1)), id, 1).minutes()).as("a supplier reads its own talks only")
                .singleElement().satisfies(m -> assertThat(m.bidder()).isEqualTo(second));

        // Step 2: the requirements amended for all, and every remaining supplier told.
        negotiation.amendRequirements(panel.get(0), id, 1, "服务内容增加：每季度提交一次监测分析报告。");
        for (String supplier : suppliers) {
            String user = users.user(supplier).userId().toString();
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                    SELECT COUNT(*) FROM notification_message WHERE recipient_id = CAST(:u AS UUID) AND kind = 'EVALUATION'
                    AND link = :link""").param("u", user).param("link", "/evaluations/" + id.value() + "/lots/1")
                    .query(Long.class).single() >= 1);
            assertThat(views.mine(users.user(supplier), id, 1).amendments()).hasSize(1);
        }

        // Step 3: the call for final quotations, due after the setting's day.
        Instant called = clock.instant();
        LotEvaluation calling = negotiation.callForFinalQuotations(panel.get(0), id, 1, null);
        assertThat(calling.stage()).isEqualTo(Stage.FINAL_QUOTATIONS);
        assertThat(calling.negotiation().dueAt()).isEqualTo(called.plus(Duration.ofDays(1)));
        assertThatThrownBy(() -> negotiation.recordMinutes(panel.get(0), id, 1, first, 3, "第三轮"))
                .as("the talks are over").isInstanceOf(RuleViolation.class);

        // Step 4: two suppliers give final quotations, one of them twice; the third gives none.
        FinalQuotation replaced = finalQuotations.submit(users.user(suppliers.get(0)), id, 1,
                new FinalQuotations.GivenQuotation(new BigDecimal("1250000.00"), "含季度报告"));
        FinalQuotation last = finalQuotations.submit(users.user(suppliers.get(0)), id, 1,
                new FinalQuotations.GivenQuotation(new BigDecimal("1200000"), null));
        finalQuotations.submit(users.user(suppliers.get(1)), id, 1, new FinalQuotations.GivenQuotation(new BigDecimal("1300000.00"), "最终报价"));
        assertThat(replaced.number()).isEqualTo(1);
        assertThat(last.number()).isEqualTo(2);
        assertThat(last.version()).isEqualTo(FinalQuotation.VERSIONS + 2);
        assertThat(last.receivedAt()).isEqualTo(clock.instant());

        // Step 5: after the due time three custodians present their shares again, and the third opens them.
        advanceTo(calling.negotiation().dueAt());
        assertThatThrownBy(() -> finalQuotations.submit(users.user(suppliers.get(2)), id, 1,
                new FinalQuotations.GivenQuotation(new BigDecimal("1100000.00"), null))).as("too late").isInstanceOf(RuleViolation.class);
        presentAll(id);
        assertThat(finalQuotations.status(id, 1).orElseThrow().openedAt()).isNotNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM final_quotation_presentation WHERE procedure_id = :p AND sealed_share IS NOT NULL")
                .param("p", id.value()).query(Long.class).single()).as("the kept shares are wiped").isZero();
        assertThat(finalQuotations.opened(id, 1)).extracting(FinalQuotations.OpenedFinalQuotation::bidder, o -> o.price().toPlainString(),
                FinalQuotations.OpenedFinalQuotation::number).containsExactlyInAnyOrder(Tuple.tuple(first, "1200000.00", 2),
                        Tuple.tuple(second, "1300000.00", 1));

        LotEvaluation scoring = views.of(purchaser(), id, 1);
        assertThat(scoring.stage()).as("a consultation for services goes on with two").isEqualTo(Stage.SCORING);
        assertThat(scoring.bids()).filteredOn(b -> b.bidder().equals(third)).singleElement()
                .satisfies(b -> assertThat(b.invalidReason()).isEqualTo("procurement.evaluation.invalid.no-final-quotation"));

        // Step 6: the panel scores the final responses; the price score uses the final quotations.
        List<UUID> valid = scoring.bids().stream().filter(EvaluatedBid::valid).map(EvaluatedBid::bidder).toList();
        assertThat(valid).containsExactlyInAnyOrder(first, second);
        panel.forEach(member -> evaluation.submitScores(member, id, 1, sheet(valid, "80")));

        LotEvaluation compiled = views.of(purchaser(), id, 1);
        assertThat(compiled.stage()).isEqualTo(Stage.COMPILED);
        // Price weight 20: benchmark 1,200,000 → 20.00 and 18.46; technical 80 × 80 % = 64.
        assertThat(compiled.bids()).filteredOn(EvaluatedBid::valid)
                .extracting(EvaluatedBid::bidder, b -> b.evaluatedPrice().toPlainString(),
                        b -> b.priceScore().setScale(2, RoundingMode.HALF_UP).toPlainString(), b -> b.shownTotal().toPlainString(),
                        EvaluatedBid::ranking)
                .containsExactlyInAnyOrder(Tuple.tuple(first, "1200000.00", "20.00", "84.00", 1),
                        Tuple.tuple(second, "1300000.00", "18.46", "82.46", 2));
        panel.forEach(member -> evaluation.sign(member, id, 1, null));
        assertThat(views.mine(users.user(suppliers.get(0)), id, 1).finalPrice()).isEqualByComparingTo("1200000");
        assertThat(procedure(id).state()).isEqualTo(Procedure.State.AWARD_PENDING);

        // Step 7: the report speaks the consultation's words and tells its rounds and final quotations.
        LotEvaluation.NegotiationRounds rounds = views.of(purchaser(), id, 1).negotiation();
        assertThat(rounds.calledAt()).isEqualTo(called);
        assertThat(rounds.finalQuotations()).extracting(LotEvaluation.FinalQuotationGiven::bidder, LotEvaluation.FinalQuotationGiven::number,
                LotEvaluation.FinalQuotationGiven::receivedAt).contains(Tuple.tuple(first, 2, last.receivedAt()));
        assertThat(EvaluationTests.text(views.report(users.user("auditor"), id, 1, Locale.SIMPLIFIED_CHINESE)))
                .contains("评审报告", "磋商小组", "供应商", "响应文件与审查", "评审基准价", "1,200,000.00", "磋商记录",
                        "第一轮磋商：" + suppliers.get(2), "第二轮磋商：同意增加季度报告。", "服务内容增加：每季度提交一次监测分析报告。",
                        "要求最后报价", "最后报价截止", "最后报价", "1,300,000.00", "送达时间", "未提交最后报价", "84.00", "82.46")
                .doesNotContain("投标人", "评标基准价", "评标委员会");
        assertThat(EvaluationTests.text(views.report(users.user("auditor"), id, 1, Locale.ENGLISH)))
                .contains("Consultation panel", "Supplier", "Benchmark price", "Rounds of consultation", "Final quotations called",
                        "Final quotation", "Gave no final quotation")
                .doesNotContain("Bidder");
    }

    @Test
    void aNegotiationRanksByTheLowestFinalQuotation() {
        ProcedureId id = negotiating("negotiation");
        List<String> suppliers = SUPPLIERS.get("negotiation");
        List<Actor> panel = SeatedPanels.seat(context, users, id, 3);
        assertThat(views.of(purchaser(), id, 1).criteria().lowestPrice()).isTrue();
        for (String supplier : suppliers) {
            negotiation.recordMinutes(panel.get(0), id, 1, organization(supplier), 1, "第一轮谈判");
        }
        LotEvaluation calling = negotiation.callForFinalQuotations(panel.get(0), id, 1, clock.instant().plus(Duration.ofHours(6)));
        // Their bids were 1,400,000 / 1,350,000 / 1,300,000; the final quotations reverse the order.
        List<String> finals = List.of("1050000.00", "1100000.00", "1150000.00");
        for (int i = 0; i < suppliers.size(); i++) {
            finalQuotations.submit(users.user(suppliers.get(i)), id, 1, new FinalQuotations.GivenQuotation(new BigDecimal(finals.get(i)), null));
        }
        advanceTo(calling.negotiation().dueAt());
        presentAll(id);

        LotEvaluation compiled = views.of(purchaser(), id, 1);
        assertThat(compiled.stage()).isEqualTo(Stage.COMPILED);
        assertThat(compiled.bids()).extracting(EvaluatedBid::bidder, b -> b.evaluatedPrice().toPlainString(), EvaluatedBid::ranking)
                .containsExactlyInAnyOrder(Tuple.tuple(organization(suppliers.get(0)), "1050000.00", 1),
                        Tuple.tuple(organization(suppliers.get(1)), "1100000.00", 2),
                        Tuple.tuple(organization(suppliers.get(2)), "1150000.00", 3));
    }

    @Test
    void aFinalQuotationIsNeitherReadNorCountedByAnyoneButItsSupplierBeforeTheOpening() {
        ProcedureId id = negotiating("secrecy");
        List<String> suppliers = SUPPLIERS.get("secrecy");
        List<Actor> panel = SeatedPanels.seat(context, users, id, 3);
        negotiation.callForFinalQuotations(panel.get(0), id, 1, null);
        finalQuotations.submit(users.user(suppliers.get(0)), id, 1, new FinalQuotations.GivenQuotation(new BigDecimal("999999.00"), "秘密"));

        assertThat(finalQuotations.mine(users.user(suppliers.get(0)), id, 1).arrivals()).as("its supplier sees its receipt").hasSize(1);
        assertThat(finalQuotations.mine(users.user(suppliers.get(1)), id, 1).arrivals()).as("another supplier sees nothing").isEmpty();
        assertThat(finalQuotations.opened(id, 1)).as("nothing is opened").isEmpty();
        LotEvaluation seen = views.of(purchaser(), id, 1);
        assertThat(seen.bids()).allSatisfy(b -> {
            assertThat(b.finalPrice()).isNull();
            assertThat(b.evaluatedPrice().toPlainString()).isNotEqualTo("999999.00");
        });
        assertThat(views.of(panel.get(0), id, 1).negotiation().presented()).isZero();
        assertThatThrownBy(() -> finalQuotations.present(users.user("auditor"), id, 1, "auditor-opening-key".toCharArray()))
                .as("no custodian may present before the due time").isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).messageKey()).isEqualTo("procurement.final-quotation.before-due"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM final_quotation WHERE routing LIKE :p OR routing LIKE :price")
                .param("p", "%" + id.value() + "%").param("price", "%999999%").query(Long.class).single())
                .as("no row names the procedure or the price in clear").isZero();
    }

    @Test
    void aBidEnvelopeReplayedAsAFinalQuotationIsRefused() throws IOException {
        ProcedureId id = negotiating("replay");
        List<String> suppliers = SUPPLIERS.get("replay");
        List<Actor> panel = SeatedPanels.seat(context, users, id, 3);
        negotiation.callForFinalQuotations(panel.get(0), id, 1, null);
        Actor supplier = users.user(suppliers.get(0));
        UUID bidder = supplier.organizationId();

        byte[] bid = sealed(id, new Binding(id.value(), 1, bidder, 1), "800000.00");
        assertThatThrownBy(() -> finalQuotations.submitSealed(supplier, id, 1, new ByteArrayInputStream(bid)))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).messageKey()).isEqualTo("procurement.final-quotation.envelope-binding"));

        byte[] quotation = sealed(id, FinalQuotation.binding(id, 1, new OrganizationId(bidder), 1), "800000.00");
        assertThat(finalQuotations.submitSealed(supplier, id, 1, new ByteArrayInputStream(quotation)).version())
                .as("one sealed on the supplier's machine in the reserved range is taken").isEqualTo(FinalQuotation.VERSIONS + 1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM final_quotation WHERE version <= :base").param("base", FinalQuotation.VERSIONS)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aCustodianWhoDoesNotReadTheEvaluationPresentsItsShareForTheFinalQuotationsOnTheOpeningPage() throws Exception {
        ProcedureId id = negotiating("opening page");
        List<String> suppliers = SUPPLIERS.get("opening page");
        List<Actor> panel = SeatedPanels.seat(context, users, id, 3);
        LotEvaluation calling = negotiation.callForFinalQuotations(panel.get(0), id, 1, null);
        finalQuotations.submit(users.user(suppliers.get(0)), id, 1, new FinalQuotations.GivenQuotation(new BigDecimal("1200000.00"), null));
        assertThat(page(id, "registrar")).as("nothing to present before the due time").doesNotContain("final-quotations-1");

        advanceTo(calling.negotiation().dueAt());
        assertThat(page(id, "registrar")).contains("id=\"final-quotations-1\"", "final-present-form", "0 / 3");
        assertThat(page(id, suppliers.get(0))).as("a supplier sees where the shares stand, and no form")
                .contains("id=\"final-quotations-1\"").doesNotContain("final-present-form");

        mvc.perform(post("/openings/{id}/final-quotations/shares", id.value()).with(users.as("registrar")).with(csrf())
                .param("lot", "1").param("passphrase", "registrar-opening-key"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is3xxRedirection());

        assertThat(finalQuotations.status(id, 1).orElseThrow().presented()).singleElement()
                .satisfies(p -> assertThat(p.custodian()).isEqualTo(users.user("registrar").userId()));
        assertThat(page(id, "registrar")).as("presented once").contains("final-presented", "1 / 3").doesNotContain("final-present-form");
        assertThat(page(id, "auditor")).contains("final-present-form");

        // The two other custodians present theirs on the page too, and the third share opens the final quotations.
        for (String custodian : List.of("auditor", "purchaser")) {
            mvc.perform(post("/openings/{id}/final-quotations/shares", id.value()).with(users.as(custodian)).with(csrf())
                    .param("lot", "1").param("passphrase", custodian + "-opening-key"))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is3xxRedirection());
        }
        assertThat(finalQuotations.status(id, 1).orElseThrow().openedAt()).isNotNull();
        assertThat(finalQuotations.opened(id, 1)).singleElement().satisfies(o -> assertThat(o.price()).isEqualByComparingTo("1200000"));
        assertThat(page(id, "registrar")).as("nothing left to present").doesNotContain("final-quotations-1");
    }

    private String page(ProcedureId id, String user) throws Exception {
        return mvc.perform(get("/openings/{id}", id.value()).with(users.as(user)).header("Accept-Language", "zh-CN")).andReturn()
                .getResponse().getContentAsString();
    }

    private byte[] sealed(ProcedureId id, Binding binding, String price) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream envelope = BidEnvelope.sealing(openingKeys.of(id).orElseThrow().publicKey(), binding, out);
                BidContent.Writer content = new BidContent.Writer(envelope)) {
            content.price(new BigDecimal(price), "CNY").proposal("投标方案");
        }
        return out.toByteArray();
    }

    /** The procedure of the scenario, opened, qualified and reviewed by its panel: in rounds of talks. */
    private ProcedureId negotiating(String scenario) {
        ProcedureId id = opened(scenario);
        for (EvaluatedBid bid : bidsOf(id)) {
            if (bid.qualified() == null) {
                evaluation.qualify(purchaser(), id, 1, bid.bidder(), true, null);
            }
        }
        List<Actor> panel = SeatedPanels.seat(context, users, id, 3);
        for (Actor member : panel) {
            for (EvaluatedBid bid : views.of(member, id, 1).bids()) {
                evaluation.vote(member, id, 1, bid.bidder(), Question.COMPLIANCE, true, null);
            }
        }
        return id;
    }

    private synchronized ProcedureId opened(String scenario) {
        if (MADE.isEmpty()) {
            make("consultation", Method.COMPETITIVE_CONSULTATION, Method.Justification.PURCHASE_OF_SERVICES);
            make("negotiation", Method.COMPETITIVE_NEGOTIATION, Method.Justification.SPECIFICATIONS_NOT_FIXABLE);
            make("secrecy", Method.COMPETITIVE_CONSULTATION, Method.Justification.PURCHASE_OF_SERVICES);
            make("replay", Method.COMPETITIVE_CONSULTATION, Method.Justification.PURCHASE_OF_SERVICES);
            make("opening page", Method.COMPETITIVE_CONSULTATION, Method.Justification.PURCHASE_OF_SERVICES);
            SeatedPanels.enrolExperts(context, users, 7);
            Deadlines.passNow(context, MADE.values());
            for (ProcedureId id : MADE.values()) {
                presentAllForTheBids(id);
            }
        }
        return MADE.get(scenario);
    }

    private void make(String scenario, Method method, Method.Justification justification) {
        List<String> suppliers = new ArrayList<>(List.of("provider", "provider2"));
        suppliers.add(Bidders.ofVerdict(context, new OrganizationId(purchaser().organizationId()), Verdict.ELIGIBLE,
                organization("provider"), organization("provider2")));
        ProcedureId id = ReadyDraft.published(context, users, method, justification, 1_500_000, suppliers.toArray(String[]::new));
        List<String> prices = List.of("1400000.00", "1350000.00", "1300000.00");
        for (int i = 0; i < suppliers.size(); i++) {
            bidding.submit(users.user(suppliers.get(i)), id, 1, new Bidding.Proposal(new BigDecimal(prices.get(i)), "服务方案", List.of()),
                    true, null);
        }
        MADE.put(scenario, id);
        SUPPLIERS.put(scenario, suppliers);
    }

    private void presentAllForTheBids(ProcedureId id) {
        for (String custodian : List.of("auditor", "registrar", "purchaser")) {
            opening.present(users.user(custodian), id, (custodian + "-opening-key").toCharArray());
        }
    }

    /** The same custodians present their shares again, which stayed in custody after the bids' opening. */
    private void presentAll(ProcedureId id) {
        for (String custodian : List.of("auditor", "registrar", "purchaser")) {
            finalQuotations.present(users.user(custodian), id, 1, (custodian + "-opening-key").toCharArray());
        }
    }

    private void advanceTo(Instant instant) {
        if (clock.instant().isBefore(instant)) {
            clock.set(instant);
        }
    }



    private List<EvaluatedBid> bidsOf(ProcedureId id) {
        try {
            return views.of(purchaser(), id, 1).bids();
        } catch (RuleViolation notStarted) {
            return opening.record(id).lots().get(0).bids().stream()
                    .map(b -> new EvaluatedBid(b.bidder(), b.bidderZh(), b.bidderEn(), b.price(), b.price(), null, null, null, null,
                            null, false, false, null, null, null, null))
                    .toList();
        }
    }

    private static Map<UUID, List<BigDecimal>> sheet(List<UUID> bids, String score) {
        Map<UUID, List<BigDecimal>> sheet = new LinkedHashMap<>();
        bids.forEach(bid -> sheet.put(bid, List.of(new BigDecimal(score))));
        return sheet;
    }

    private Actor purchaser() {
        return users.user("purchaser");
    }

    private Procedure procedure(ProcedureId id) {
        return drafts.draft(purchaser(), id).procedure();
    }

    private UUID organization(String user) {
        return users.user(user).organizationId();
    }
}
