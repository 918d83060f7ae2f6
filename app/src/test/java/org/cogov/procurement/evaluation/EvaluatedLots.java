package org.cogov.procurement.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cogov.TestUsers;
import org.cogov.procurement.Deadlines;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.ReadyDraft;
import org.cogov.procurement.bidding.Bidders;
import org.cogov.procurement.bidding.Bidding;
import org.cogov.procurement.bidding.Opening;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Verdict;
import org.cogov.shared.Actor;
import org.springframework.context.ApplicationContext;

/**
 * Public tenders of one lot evaluated to the end for the tests that come after the evaluation: each bidder's price as
 * given, every bid qualified and compliant, five experts scoring every bid alike, so that the lower price ranks first,
 * and every member signed.
 */
public final class EvaluatedLots {

    /** A procedure and its bidders (demo users' names), in the order of the prices given. */
    public record Evaluated(ProcedureId id, List<String> bidders) {
    }

    private EvaluatedLots() {
    }

    /**
     * Makes, opens and evaluates one tender per entry, all at one moment (one move of the deadlines opens them all).
     *
     * @param prices per scenario, the bid prices of the first, second… bidder
     */
    public static Map<String, Evaluated> evaluate(ApplicationContext context, TestUsers users, Map<String, List<String>> prices) {
        Bidding bidding = context.getBean(Bidding.class);
        Opening opening = context.getBean(Opening.class);
        Actor purchaser = users.user("purchaser");
        Map<String, Evaluated> made = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> scenario : prices.entrySet()) {
            List<String> bidders = new ArrayList<>(List.of("provider", "provider2"));
            while (bidders.size() < scenario.getValue().size()) {
                bidders.add(Bidders.ofVerdict(context, new OrganizationId(purchaser.organizationId()), Verdict.ELIGIBLE,
                        bidders.stream().map(b -> users.user(b).organizationId()).toArray(UUID[]::new)));
            }
            ProcedureId id = ReadyDraft.tenderingWithDocumentsObtainedBy(context, users, 2_500_000, bidders.toArray(String[]::new));
            for (int i = 0; i < scenario.getValue().size(); i++) {
                bidding.submit(users.user(bidders.get(i)), id, 1, new Bidding.Proposal(new BigDecimal(scenario.getValue().get(i)),
                        "投标方案", List.of()), true, null);
            }
            made.put(scenario.getKey(), new Evaluated(id, List.copyOf(bidders)));
        }
        SeatedPanels.enrolExperts(context, users, 7);
        Deadlines.passNow(context, made.values().stream().map(Evaluated::id).toList());
        for (Evaluated lot : made.values()) {
            for (String custodian : List.of("auditor", "registrar", "purchaser")) {
                opening.present(users.user(custodian), lot.id(), (custodian + "-opening-key").toCharArray());
            }
            complete(context, users, lot.id());
        }
        return made;
    }

    /**
     * Evaluates lot 1 of an opened procedure to the end: every bid qualified and voted compliant, five experts scoring
     * every bid 80, every member signing; the lower price ranks first.
     */
    public static void complete(ApplicationContext context, TestUsers users, ProcedureId id) {
        complete(context, users, id, 1);
    }

    /** The same for another lot, with a panel of its own. */
    public static void complete(ApplicationContext context, TestUsers users, ProcedureId id, int lot) {
        Opening opening = context.getBean(Opening.class);
        Evaluation evaluation = context.getBean(Evaluation.class);
        EvaluationViews views = context.getBean(EvaluationViews.class);
        Actor purchaser = users.user("purchaser");
        SeatedPanels.enrolExperts(context, users, 7);
        opening.record(id).lots().stream().filter(l -> l.lot() == lot).findFirst().orElseThrow().bids()
                .forEach(b -> evaluation.qualify(purchaser, id, lot, b.bidder(), true, null));
        List<Actor> panel = SeatedPanels.seat(context, users, id, lot, 5);
        for (Actor member : panel) {
            for (LotEvaluation.EvaluatedBid bid : views.of(member, id, lot).bids()) {
                evaluation.vote(member, id, lot, bid.bidder(), LotEvaluation.Question.COMPLIANCE, true, null);
            }
        }
        for (Actor member : panel) {
            Map<UUID, List<BigDecimal>> sheet = new LinkedHashMap<>();
            views.of(member, id, lot).bids().forEach(b -> sheet.put(b.bidder(), List.of(new BigDecimal("80"))));
            evaluation.submitScores(member, id, lot, new LinkedHashMap<>(sheet));
        }
        panel.forEach(member -> evaluation.sign(member, id, lot, null));
        if (views.of(purchaser, id, lot).stage() != LotEvaluation.Stage.COMPLETED) {
            throw new IllegalStateException("the evaluation of lot " + lot + " of " + id + " did not complete");
        }
    }
}
