package org.cogov.procurement.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cogov.procurement.AwardCriteria;
import org.cogov.procurement.Lot;
import org.cogov.procurement.Method;
import org.cogov.procurement.Deadlines;
import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.procurement.Procedure;
import org.cogov.procurement.ProcedureDrafts;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.ReadyDraft;
import org.cogov.procurement.bidding.Bidders;
import org.cogov.procurement.bidding.Bidding;
import org.cogov.procurement.bidding.Opening;
import org.cogov.procurement.evaluation.LotEvaluation.EvaluatedBid;
import org.cogov.procurement.evaluation.LotEvaluation.Question;
import org.cogov.procurement.evaluation.LotEvaluation.Stage;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Verdict;
import org.cogov.shared.Actor;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.time.SettableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A lot's evaluation from the opened bids to the signed ranking: the purchaser's qualification review, the
 * panel's compliance votes, an abnormally low price explained or not, score sheets nobody else reads
 * before all are in, the Order 87 ranking, a mended score, the signatures, and the procedure's next state.
 */
@DatabaseTest
class EvaluationTests {

    /** The procedures the scenarios evaluate, made at one moment so that one move of the clock opens them all. */
    private static final Map<String, ProcedureId> MADE = new HashMap<>();
    private static final Map<String, List<String>> BIDDERS = new HashMap<>();

    @Autowired
    Evaluation evaluation;
    @Autowired
    EvaluationViews views;
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
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theWorkedExampleRanksTheDearestBidFirstOnItsTechnicalMerit() {
        ProcedureId id = opened("worked example");
        List<String> bidders = BIDDERS.get("worked example");
        qualifyAll(id);
        List<Actor> panel = SeatedPanels.seat(context, users, id, 5);
        voteAllCompliant(id, panel);

        // Three experts' technical scores average 70, 85 and 90 for the 95,000, 100,000 and 120,000 bids.
        Map<String, List<String>> technical = Map.of(bidders.get(0), List.of("60", "70", "80", "70", "70"),
                bidders.get(1), List.of("85", "80", "90", "85", "85"), bidders.get(2), List.of("90", "95", "85", "90", "90"));
        for (int m = 0; m < panel.size(); m++) {
            Map<UUID, List<BigDecimal>> sheet = new LinkedHashMap<>();
            for (String bidder : bidders) {
                sheet.put(organization(bidder), List.of(new BigDecimal(technical.get(bidder).get(m))));
            }
            evaluation.submitScores(panel.get(m), id, 1, sheet);
        }
        LotEvaluation compiled = views.of(purchaser(), id, 1);

        assertThat(compiled.stage()).isEqualTo(Stage.COMPILED);
        assertThat(compiled.bids()).extracting(b -> b.price().toPlainString(), b -> b.shownTotal().toPlainString(), EvaluatedBid::ranking)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("95000.00", "76.00", 3),
                        org.assertj.core.groups.Tuple.tuple("100000.00", "87.00", 2),
                        org.assertj.core.groups.Tuple.tuple("120000.00", "87.83", 1));

        panel.forEach(member -> evaluation.sign(member, id, 1, null));

        assertThat(views.of(purchaser(), id, 1).stage()).isEqualTo(Stage.COMPLETED);
        assertThat(procedure(id).state()).isEqualTo(Procedure.State.AWARD_PENDING);
        assertThat(views.mine(users.user(bidders.get(2)), id, 1).ranking()).isEqualTo(1);
        assertThat(text(views.report(users.user("auditor"), id, 1, java.util.Locale.SIMPLIFIED_CHINESE)))
                .contains("评审报告", "87.83", "76.00", "120,000.00", "投标人", "投标与审查", "评标基准价", "95,000.00")
                .as("a tender's report speaks of bids, not of responses and final quotations")
                .doesNotContain("评审基准价", "响应文件", "最后报价", "磋商小组", "谈判小组");
    }

    static String text(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aMemberReadsNoOtherMembersScoresUntilEveryMemberHasSubmitted() {
        ProcedureId id = opened("secrecy");
        qualifyAll(id);
        List<Actor> panel = SeatedPanels.seat(context, users, id, 5);
        voteAllCompliant(id, panel);
        List<UUID> bids = views.of(purchaser(), id, 1).bids().stream().map(EvaluatedBid::bidder).toList();

        for (int m = 0; m < panel.size() - 1; m++) {
            evaluation.submitScores(panel.get(m), id, 1, sheet(bids, "80"));
        }
        Actor last = panel.get(panel.size() - 1);

        assertThat(views.of(last, id, 1).scores()).as("the last member sees nobody's scores").isEmpty();
        assertThat(views.of(panel.get(0), id, 1).scores()).as("a member sees only their own")
                .allSatisfy(s -> assertThat(s.member()).isEqualTo(panel.get(0).userId())).hasSize(bids.size());
        assertThat(views.of(purchaser(), id, 1).scores()).as("nor does the purchaser").isEmpty();

        evaluation.submitScores(last, id, 1, sheet(bids, "75"));

        assertThat(views.of(last, id, 1).scores()).hasSize(bids.size() * panel.size());
    }

    @Test
    void anAbnormallyLowPriceLeftUnjustifiedMakesItsBidInvalidAndTheBenchmarkMoves() {
        ProcedureId id = opened("abnormally low");
        List<String> bidders = BIDDERS.get("abnormally low");
        qualifyAll(id);
        List<Actor> panel = SeatedPanels.seat(context, users, id, 5);
        voteAllCompliant(id, panel);

        LotEvaluation clarifying = views.of(purchaser(), id, 1);
        assertThat(clarifying.stage()).isEqualTo(Stage.CLARIFICATION);
        UUID low = organization(bidders.get(3));
        assertThat(clarifying.explanations()).singleElement().satisfies(e -> {
            assertThat(e.bidder()).isEqualTo(low);
            assertThat(e.meanPrice()).isEqualByComparingTo("98000");
            assertThat(e.nextPrice()).isEqualByComparingTo("96000");
        });
        String lowBidder = users.user(bidders.get(3)).userId().toString();
        await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                SELECT COUNT(*) FROM notification_message WHERE recipient_id = CAST(:u AS UUID) AND kind = 'EVALUATION'
                AND link = :link""").param("u", lowBidder).param("link", "/evaluations/" + id.value() + "/lots/1")
                .query(Long.class).single() == 1);
        assertThatThrownBy(() -> evaluation.vote(panel.get(0), id, 1, low, Question.EXPLANATION, false, "未说明"))
                .as("the panel waits for the explanation or its time").isInstanceOf(RuleViolation.class);

        evaluation.explain(users.user(bidders.get(3)), id, 1, "我会承担部分费用。");
        panel.forEach(member -> evaluation.vote(member, id, 1, low, Question.EXPLANATION, false, "说明不足以证明其合理性"));
        LotEvaluation scoring = views.of(purchaser(), id, 1);

        assertThat(scoring.stage()).isEqualTo(Stage.SCORING);
        assertThat(scoring.bids()).filteredOn(b -> b.bidder().equals(low)).singleElement()
                .satisfies(b -> assertThat(b.invalidReason()).isEqualTo("procurement.evaluation.invalid.abnormally-low"));

        List<UUID> valid = scoring.bids().stream().filter(EvaluatedBid::valid).map(EvaluatedBid::bidder).toList();
        panel.forEach(member -> evaluation.submitScores(member, id, 1, sheet(valid, "80")));

        // Price weight 20: the benchmark is now 96,000.
        assertThat(views.of(purchaser(), id, 1).bids()).filteredOn(EvaluatedBid::valid)
                .extracting(b -> b.price().toPlainString(), b -> b.priceScore().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("96000.00", "20.00"),
                        org.assertj.core.groups.Tuple.tuple("98000.00", "19.59"),
                        org.assertj.core.groups.Tuple.tuple("100000.00", "19.20"));
    }

    @Test
    void aLotLeftWithFewerValidBidsThanTheMethodNeedsFailsAndSoDoesItsProcedure() {
        ProcedureId id = opened("too few");
        List<String> bidders = BIDDERS.get("too few");

        evaluation.qualify(purchaser(), id, 1, organization(bidders.get(0)), false, "营业执照已过期");
        evaluation.qualify(purchaser(), id, 1, organization(bidders.get(1)), true, null);
        evaluation.qualify(purchaser(), id, 1, organization(bidders.get(2)), true, null);

        assertThat(views.of(purchaser(), id, 1).stage()).isEqualTo(Stage.FAILED);
        assertThat(procedure(id).state()).isEqualTo(Procedure.State.FAILED);
    }

    @Test
    void aScoreChangesAfterCompilationOnlyWithItsReasonAndTheSignaturesGivenBeforeNoLongerCount() {
        ProcedureId id = opened("mended");
        qualifyAll(id);
        List<Actor> panel = SeatedPanels.seat(context, users, id, 5);
        voteAllCompliant(id, panel);
        List<UUID> bids = views.of(purchaser(), id, 1).bids().stream().map(EvaluatedBid::bidder).toList();
        panel.forEach(member -> evaluation.submitScores(member, id, 1, sheet(bids, "80")));
        evaluation.sign(panel.get(1), id, 1, "价格分计算无误，但技术分偏高");

        assertThatThrownBy(() -> evaluation.correctScore(panel.get(0), id, 1, bids.get(0), 0, new BigDecimal("85"), " "))
                .isInstanceOf(RuleViolation.class);
        LotEvaluation mended = evaluation.correctScore(panel.get(0), id, 1, bids.get(0), 0, new BigDecimal("85"), "合计时少计 5 分");

        assertThat(mended.scoreCorrections()).singleElement().satisfies(c -> {
            assertThat(c.before()).isEqualByComparingTo("80");
            assertThat(c.after()).isEqualByComparingTo("85");
        });
        assertThat(mended.members()).allSatisfy(m -> assertThat(m.signedAt()).isNull());
        assertThat(mended.bids()).filteredOn(b -> b.bidder().equals(bids.get(0))).singleElement()
                .satisfies(b -> assertThat(b.ranking()).isEqualTo(1));
    }

    @Test
    void bidsEqualOnTotalAndPriceRankByTheTieRuleTheDocumentsStateInsteadOfADraw() {
        ProcedureId id = opened("tie rule");
        qualifyAll(id);
        List<Actor> panel = SeatedPanels.seat(context, users, id, 5);
        voteAllCompliant(id, panel);
        List<UUID> bids = views.of(purchaser(), id, 1).bids().stream().map(EvaluatedBid::bidder).toList();
        panel.forEach(member -> evaluation.submitScores(member, id, 1, sheet(bids, "80")));

        LotEvaluation compiled = views.of(purchaser(), id, 1);

        List<UUID> inOrderOfReceipt = BIDDERS.get("tie rule").stream().map(this::organization).toList();
        assertThat(compiled.criteria().tieBreaks()).containsExactly(AwardCriteria.TieBreak.earlierReceipt());
        assertThat(compiled.bids()).allSatisfy(b -> {
            assertThat(b.tieSettled()).isTrue();
            assertThat(b.drawn()).isFalse();
            assertThat(b.ranking()).isEqualTo(inOrderOfReceipt.indexOf(b.bidder()) + 1);
        });
        assertThat(text(views.report(users.user("auditor"), id, 1, java.util.Locale.SIMPLIFIED_CHINESE)))
                .contains("采购文件规定的并列规则", "递交时间在先者优先", "20.00 84.00 并列规则");
    }

    @Test
    void onlyThoseWhoRunItSitOnItOrSuperviseItReadTheEvaluation() {
        ProcedureId id = opened("access");
        evaluation.qualify(purchaser(), id, 1, organization("provider"), true, null);

        assertThatThrownBy(() -> views.of(users.user("provider"), id, 1)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> views.of(users.user("expert"), id, 1)).isInstanceOf(RuleViolation.class);
        assertThat(views.of(users.user("auditor"), id, 1).bids()).isNotEmpty();
    }

    private synchronized ProcedureId opened(String scenario) {
        if (MADE.isEmpty()) {
            make("worked example", "95000.00", "100000.00", "120000.00");
            make("secrecy", "90000.00", "91000.00", "92000.00");
            make("abnormally low", "100000.00", "96000.00", "98000.00", "45000.00");
            make("too few", "90000.00", "91000.00", "92000.00");
            make("mended", "90000.00", "90000.00", "90000.00");
            make("access", "90000.00", "91000.00", "92000.00");
            make("tie rule", List.of(AwardCriteria.TieBreak.earlierReceipt()), "90000.00", "90000.00", "90000.00");
            SeatedPanels.enrolExperts(context, users, 7);
            Deadlines.passNow(context, MADE.values());
            for (ProcedureId id : MADE.values()) {
                for (String custodian : List.of("auditor", "registrar", "purchaser")) {
                    opening.present(users.user(custodian), id, (custodian + "-opening-key").toCharArray());
                }
            }
        }
        return MADE.get(scenario);
    }


    private void make(String scenario, String... prices) {
        make(scenario, List.of(), prices);
    }

    /** A tender whose lot's documents state these tie rules, with a bid at each price, submitted a second apart. */
    private void make(String scenario, List<AwardCriteria.TieBreak> tieBreaks, String... prices) {
        List<String> bidders = new ArrayList<>(List.of("provider", "provider2"));
        while (bidders.size() < prices.length) {
            bidders.add(Bidders.ofVerdict(context, new OrganizationId(purchaser().organizationId()), Verdict.ELIGIBLE,
                    bidders.stream().map(this::organization).toArray(UUID[]::new)));
        }
        ProcedureId id = ReadyDraft.of(context, users, Method.PUBLIC_TENDER, null, 2_500_000);
        if (!tieBreaks.isEmpty()) {
            Lot lot = drafts.draft(purchaser(), id).lots().get(0);
            AwardCriteria.ComprehensiveScoring criteria = (AwardCriteria.ComprehensiveScoring) lot.criteria();
            drafts.divide(purchaser(), id, ReadyDraft.version(drafts, purchaser(), id), List.of(new Lot(1, lot.title(),
                    lot.description(), lot.budget(), new AwardCriteria.ComprehensiveScoring(criteria.priceWeight(),
                            criteria.priceFixed(), criteria.factors(), tieBreaks))));
        }
        ReadyDraft.publish(context, users, id, bidders.toArray(String[]::new));
        for (int i = 0; i < prices.length; i++) {
            clock.advance(java.time.Duration.ofSeconds(1));
            bidding.submit(users.user(bidders.get(i)), id, 1, new Bidding.Proposal(new BigDecimal(prices[i]), "投标方案", List.of()),
                    true, null);
        }
        MADE.put(scenario, id);
        BIDDERS.put(scenario, bidders);
    }

    private void qualifyAll(ProcedureId id) {
        for (EvaluatedBid bid : bidsOf(id)) {
            if (bid.qualified() == null) {
                evaluation.qualify(purchaser(), id, 1, bid.bidder(), true, null);
            }
        }
    }


    private void voteAllCompliant(ProcedureId id, List<Actor> panel) {
        for (Actor member : panel) {
            for (EvaluatedBid bid : views.of(member, id, 1).bids()) {
                if (Boolean.TRUE.equals(bid.qualified())) {
                    evaluation.vote(member, id, 1, bid.bidder(), Question.COMPLIANCE, true, null);
                }
            }
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
