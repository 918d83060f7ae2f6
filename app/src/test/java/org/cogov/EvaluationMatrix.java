package org.cogov;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.cogov.procurement.Deadlines;
import org.cogov.identity.Role;
import org.cogov.procurement.Method;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.ReadyDraft;
import org.cogov.procurement.bidding.Bidders;
import org.cogov.procurement.bidding.Bidding;
import org.cogov.procurement.bidding.FinalQuotations;
import org.cogov.procurement.bidding.Opening;
import org.cogov.procurement.evaluation.Evaluation;
import org.cogov.procurement.evaluation.EvaluationViews;
import org.cogov.procurement.evaluation.LotEvaluation;
import org.cogov.procurement.evaluation.Negotiation;
import org.cogov.procurement.experts.Panel;
import org.cogov.procurement.experts.PanelFixtures;
import org.cogov.procurement.experts.PanelMember;
import org.cogov.procurement.experts.Panels;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Verdict;
import org.cogov.shared.Actor;
import org.cogov.shared.time.SettableClock;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Evaluations for the access matrix, made once and at one moment, so that the clock moves to their deadline once:
 * <ul>
 * <li>{@code voting}: a lot in its compliance review, its panel seated — the demo expert, the only other expert the
 * pool has for information systems (0402) and the demo purchaser as its representative;</li>
 * <li>{@code compiled}: a lot like it whose ranking is compiled (after its call for final quotations, due a minute later,
 * and their opening), for the rows that read the evaluation and its report;</li>
 * <li>{@code qualifying}: a lot in its qualification review, begun on a third bid, on which the demo providers bid.</li>
 * </ul>
 * The purchaser runs them; its seated representative and the demo expert sit on the first two; the finance bureau and
 * auditors read them; for the others they do not exist. Only the demo expert's own bidders avoid it: the demo logistics
 * association, on whose council it sat, bids on none of the panels' lots.
 */
final class EvaluationMatrix {

    /** Those who read a lot's evaluation: its purchaser, the members of its seated panel, the finance bureau, auditors. */
    static final Set<Role> READERS = EnumSet.of(Role.PURCHASER, Role.EXPERT, Role.FINANCE, Role.AUDITOR);
    /** The members of the panels: the demo purchaser as the representative and the demo expert. */
    static final Set<Role> MEMBERS = EnumSet.of(Role.PURCHASER, Role.EXPERT);
    /** Information systems operation and maintenance: the demo expert and one other expert of the pool cover it. */
    private static final String INFORMATION_SYSTEMS = "040201";

    private static final Map<String, Object> MADE = new HashMap<>();

    private EvaluationMatrix() {
    }

    /** Every role but these, for the rows where the service answers the others as if the evaluation did not exist. */
    static Set<Role> allBut(Set<Role> roles) {
        return EnumSet.complementOf(EnumSet.copyOf(roles));
    }

    private record Made(ProcedureId voting, ProcedureId compiled, ProcedureId qualifying, List<UUID> panelBidders,
            List<UUID> providers) {
    }

    private static synchronized Made made(AccessMatrixTests t) {
        return (Made) MADE.computeIfAbsent("evaluations", w -> make(t));
    }

    private static Made make(AccessMatrixTests t) {
        Actor purchaser = t.users.user("purchaser");
        UUID logistics = t.users.user("provider").organizationId();
        UUID software = t.users.user("provider2").organizationId();
        // A third bidder employing neither expert of the panels: an expert employed by a bidder is set aside.
        String third = Bidders.ofVerdict(t.context, new OrganizationId(purchaser.organizationId()), Verdict.ELIGIBLE, logistics, software,
                PanelFixtures.organization(t.context, "澜江职业技术学院").id().value(),
                PanelFixtures.organization(t.context, "澜江数智科技有限公司").id().value());
        ProcedureId voting = published(t, INFORMATION_SYSTEMS, Map.of("provider2", "1400000.00", third, "1350000.00"));
        ProcedureId compiled = published(t, INFORMATION_SYSTEMS, Map.of("provider2", "1400000.00", third, "1350000.00"));
        ProcedureId qualifying = published(t, "030102",
                Map.of("provider", "1420000.00", "provider2", "1400000.00", third, "1350000.00"));
        open(t, List.of(voting, compiled, qualifying));

        Evaluation evaluation = t.context.getBean(Evaluation.class);
        Negotiation negotiation = t.context.getBean(Negotiation.class);
        EvaluationViews views = t.context.getBean(EvaluationViews.class);
        UUID thirdOne = t.users.user(third).organizationId();
        evaluation.qualify(purchaser, qualifying, 1, thirdOne, true, null);
        for (ProcedureId id : List.of(voting, compiled)) {
            seat(t, id);
            for (UUID bidder : List.of(software, thirdOne)) {
                evaluation.qualify(purchaser, id, 1, bidder, true, null);
            }
        }
        List<Actor> members = members(t, compiled);
        for (Actor member : members) {
            for (UUID bidder : List.of(software, thirdOne)) {
                evaluation.vote(member, compiled, 1, bidder, LotEvaluation.Question.COMPLIANCE, true, null);
            }
        }
        // A consultation talks with its suppliers in rounds, then opens their final quotations before it scores.
        SettableClock clock = t.context.getBean(SettableClock.class);
        java.time.Instant due = clock.instant().plus(java.time.Duration.ofMinutes(1));
        negotiation.callForFinalQuotations(members.get(0), compiled, 1, due);
        FinalQuotations finalQuotations = t.context.getBean(FinalQuotations.class);
        finalQuotations.submit(t.users.user("provider2"), compiled, 1, new FinalQuotations.GivenQuotation(new BigDecimal("1400000.00"), null));
        finalQuotations.submit(t.users.user(third), compiled, 1, new FinalQuotations.GivenQuotation(new BigDecimal("1350000.00"), null));
        clock.set(due);
        for (String custodian : List.of("auditor", "registrar", "purchaser")) {
            finalQuotations.present(t.users.user(custodian), compiled, 1, (custodian + "-opening-key").toCharArray());
        }
        for (Actor member : members) {
            Map<UUID, List<BigDecimal>> sheet = new LinkedHashMap<>();
            sheet.put(software, List.of(new BigDecimal("85")));
            sheet.put(thirdOne, List.of(new BigDecimal("80")));
            evaluation.submitScores(member, compiled, 1, new LinkedHashMap<>(sheet));
        }
        if (views.of(purchaser, compiled, 1).stage() != LotEvaluation.Stage.COMPILED) {
            throw new AssertionError("the matrix's evaluation is compiled once every member submitted");
        }
        return new Made(voting, compiled, qualifying, List.of(software, thirdOne), List.of(logistics, software));
    }

    /** A competitive consultation for purchase of services of the item, with the bids of the users at their prices. */
    private static ProcedureId published(AccessMatrixTests t, String catalogueCode, Map<String, String> bids) {
        ProcedureId id = ReadyDraft.publishedUnder(t.context, t.users, catalogueCode, Method.COMPETITIVE_CONSULTATION,
                Method.Justification.PURCHASE_OF_SERVICES, 1_500_000, bids.keySet().toArray(String[]::new));
        Bidding bidding = t.context.getBean(Bidding.class);
        bids.forEach((bidder, price) -> bidding.submit(t.users.user(bidder), id, 1, new Bidding.Proposal(new BigDecimal(price),
                "矩阵评审投标", List.of()), true, null));
        return id;
    }

    /** The clock moves to their shared deadline, and their custodians open them. */
    private static void open(AccessMatrixTests t, List<ProcedureId> ids) {
        Deadlines.passNow(t.context, ids);
        for (ProcedureId id : ids) {
            for (String custodian : List.of("auditor", "registrar", "purchaser")) {
                t.context.getBean(Opening.class).present(t.users.user(custodian), id, (custodian + "-opening-key").toCharArray());
            }
        }
    }

    /** A panel of three for the lot: both experts of the item and the demo purchaser, each declaring no conflict. */
    private static void seat(AccessMatrixTests t, ProcedureId id) {
        Panels panels = t.context.getBean(Panels.class);
        Actor purchaser = t.users.user("purchaser");
        UUID panel = panels.draw(purchaser, id, new Panels.DrawRequest(1, 3, false, null, PanelFixtures.today(t.context).plusDays(2),
                List.of(purchaser.userId()))).panel().id();
        for (Actor member : members(t, id)) {
            panels.declare(member, panel);
        }
        Panel seated = panels.of(id, 1).orElseThrow();
        if (!seated.complete() || seated.members().stream().noneMatch(m -> m.user().equals(t.users.user("expert").userId()))) {
            throw new AssertionError("the demo expert sits on the matrix's panel: " + seated.members());
        }
    }

    private static List<Actor> members(AccessMatrixTests t, ProcedureId id) {
        return t.context.getBean(Panels.class).of(id, 1).orElseThrow().members().stream().filter(PanelMember::holdsSeat)
                .<Actor>map(m -> t.users.user(m.user())).toList();
    }

    static String lot(ProcedureId id) {
        return "/procedures/" + id.value() + "/lots/1/evaluation";
    }

    /** The compiled evaluation, for the rows that read it. */
    static ProcedureId compiled(AccessMatrixTests t) {
        return made(t).compiled();
    }

    /** The evaluation in its qualification review, on which the demo providers bid. */
    static ProcedureId qualifying(AccessMatrixTests t) {
        return made(t).qualifying();
    }

    /** The purchaser passes the demo logistics association's bid; the others are refused before anything is read. */
    static AbstractMockHttpServletRequestBuilder<?> apiQualify(AccessMatrixTests t, String actor, UUID target) {
        Made made = made(t);
        return post("/api/v1" + lot(made.qualifying()) + "/qualifications").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"bidder\":\"" + made.providers().get(0) + "\",\"passed\":true}");
    }

    static AbstractMockHttpServletRequestBuilder<?> pageQualify(AccessMatrixTests t, String actor, UUID target) {
        Made made = made(t);
        return post("/evaluations/" + made.qualifying().value() + "/lots/1/qualifications").with(csrf())
                .param("bidder", made.providers().get(1).toString()).param("passed", "true");
    }

    /** A seated member votes the software association's bid compliant; each member votes once on it. */
    static AbstractMockHttpServletRequestBuilder<?> apiVote(AccessMatrixTests t, String actor, UUID target) {
        Made made = made(t);
        return post("/api/v1" + lot(made.voting()) + "/votes").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"bidder\":\"" + made.panelBidders().get(0) + "\",\"question\":\"COMPLIANCE\",\"inFavour\":true}");
    }

    /** On the page, the same member votes the third bid, against, with its reason. */
    static AbstractMockHttpServletRequestBuilder<?> pageVote(AccessMatrixTests t, String actor, UUID target) {
        Made made = made(t);
        return post("/evaluations/" + made.voting().value() + "/lots/1/votes").with(csrf())
                .param("bidder", made.panelBidders().get(1).toString()).param("question", "COMPLIANCE").param("inFavour", "false")
                .param("reason", "服务方案未响应运维时限要求");
    }
}
