package org.cogov;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cogov.procurement.Deadlines;
import org.cogov.identity.Role;
import org.cogov.identity.UserProvisioning;
import org.cogov.procurement.Method;
import org.cogov.procurement.Procedure;
import org.cogov.procurement.ProcedureDrafts;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.ReadyDraft;
import org.cogov.procurement.bidding.Bidders;
import org.cogov.procurement.bidding.Bidding;
import org.cogov.procurement.bidding.Opening;
import org.cogov.procurement.evaluation.Evaluation;
import org.cogov.procurement.evaluation.EvaluationViews;
import org.cogov.procurement.evaluation.LotEvaluation;
import org.cogov.procurement.evaluation.Negotiation;
import org.cogov.procurement.evaluation.SmallPurchases;
import org.cogov.procurement.experts.ExpertPool;
import org.cogov.procurement.experts.Panel;
import org.cogov.procurement.experts.PanelFixtures;
import org.cogov.procurement.experts.PanelMember;
import org.cogov.procurement.experts.Panels;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.People;
import org.cogov.registry.PersonId;
import org.cogov.registry.Verdict;
import org.cogov.shared.Actor;
import org.cogov.shared.time.SettableClock;
import org.cogov.shared.time.WorkingDays;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The small-purchase path and the rounds of a consultation, for the access matrix, each set made once and at one moment
 * (the clock moves to their deadline once), after every row that needs a tendering procedure:
 * <ul>
 * <li>small purchases of the demo purchaser, closed at their deadline: {@code comparing}, where quotations are recorded
 * and read, and {@code choosing}, with the demo logistics association's quotation, where the supplier is chosen;</li>
 * <li>consultations in their rounds of talks ({@code NEGOTIATION}), panelled like {@link EvaluationMatrix}'s (the demo
 * expert and the demo purchaser seated), one for each member who calls for final quotations: the first also takes the
 * minutes and amendments;</li>
 * <li>{@code quoting}: a consultation in {@code FINAL_QUOTATIONS}, due in two months, to which the demo providers are
 * invited, panelled by experts of their own (the demo expert sat on the logistics association's council);</li>
 * <li>two consultations whose final quotations are due already, on each of which two of the four custodians present their
 * shares: three are needed, so neither opens, and every custodian's request is valid once.</li>
 * </ul>
 */
final class RoundsMatrix {

    /** The members of the consultations' panels: the demo purchaser as the representative and the demo expert. */
    static final Set<Role> MEMBERS = EvaluationMatrix.MEMBERS;
    /** The procedures' custodians: the demo purchaser, finance bureau, registrar and auditor (ReadyDraft). */
    static final Set<Role> CUSTODIANS = EnumSet.of(Role.PURCHASER, Role.FINANCE, Role.REGISTRAR, Role.AUDITOR);
    /** Those who read a small purchase: the purchaser running it, the finance bureau, auditors. */
    static final Set<Role> SMALL_PURCHASE_READERS = EnumSet.of(Role.PURCHASER, Role.FINANCE, Role.AUDITOR);

    private static final String INFORMATION_SYSTEMS = "040201";
    private static final Map<String, Object> MADE = new HashMap<>();

    private RoundsMatrix() {
    }

    private record SmallMade(ProcedureId comparing, ProcedureId choosing, UUID quoted) {
    }

    private record RoundsMade(ProcedureId talking, ProcedureId calling, ProcedureId quoting, ProcedureId sharesA,
            ProcedureId sharesB, UUID talkedWith) {
    }

    private static synchronized SmallMade small(AccessMatrixTests t) {
        return (SmallMade) MADE.computeIfAbsent("small", w -> makeSmall(t));
    }

    private static synchronized RoundsMade rounds(AccessMatrixTests t) {
        return (RoundsMade) MADE.computeIfAbsent("rounds", w -> makeRounds(t));
    }

    private static SmallMade makeSmall(AccessMatrixTests t) {
        ProcedureId comparing = ReadyDraft.published(t.context, t.users, Method.SMALL_PURCHASE, null, 400_000);
        ProcedureId choosing = ReadyDraft.published(t.context, t.users, Method.SMALL_PURCHASE, null, 400_000);
        Deadlines.passNow(t.context, List.of(comparing, choosing));
        long waitUntil = System.currentTimeMillis() + 30_000;
        while (procedure(t, comparing).state() != Procedure.State.CLOSED || procedure(t, choosing).state() != Procedure.State.CLOSED) {
            if (System.currentTimeMillis() > waitUntil) {
                throw new AssertionError("the platform closes the matrix's small purchases at their deadline");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        UUID logistics = t.users.user("provider").organizationId();
        t.context.getBean(SmallPurchases.class).quote(t.users.user("purchaser"), choosing, 1, logistics, new BigDecimal("350000.00"),
                PanelFixtures.today(t.context), "矩阵书面报价");
        return new SmallMade(comparing, choosing, logistics);
    }

    private static RoundsMade makeRounds(AccessMatrixTests t) {
        Actor purchaser = t.users.user("purchaser");
        UUID logistics = t.users.user("provider").organizationId();
        UUID software = t.users.user("provider2").organizationId();
        // As in EvaluationMatrix: a third bidder employing neither expert of the members' panels.
        String third = Bidders.ofVerdict(t.context, new OrganizationId(purchaser.organizationId()), Verdict.ELIGIBLE, logistics, software,
                PanelFixtures.organization(t.context, "澜江职业技术学院").id().value(),
                PanelFixtures.organization(t.context, "澜江数智科技有限公司").id().value());
        Map<String, String> twoBids = Map.of("provider2", "1400000.00", third, "1350000.00");
        ProcedureId talking = published(t, INFORMATION_SYSTEMS, twoBids);
        ProcedureId calling = published(t, INFORMATION_SYSTEMS, twoBids);
        Map<String, String> threeBids = Map.of("provider", "1420000.00", "provider2", "1400000.00", third, "1350000.00");
        ProcedureId quoting = published(t, "030102", threeBids);
        ProcedureId sharesA = published(t, "030102", threeBids);
        ProcedureId sharesB = published(t, "030102", threeBids);
        List<ProcedureId> all = List.of(talking, calling, quoting, sharesA, sharesB);
        open(t, all);
        enrolExperts(t);

        Evaluation evaluation = t.context.getBean(Evaluation.class);
        Negotiation negotiation = t.context.getBean(Negotiation.class);
        EvaluationViews views = t.context.getBean(EvaluationViews.class);
        Map<ProcedureId, List<Actor>> panels = new LinkedHashMap<>();
        for (ProcedureId id : all) {
            for (String bidder : (id.equals(talking) || id.equals(calling) ? twoBids : threeBids).keySet()) {
                evaluation.qualify(purchaser, id, 1, t.users.user(bidder).organizationId(), true, null);
            }
            List<Actor> members = id.equals(talking) || id.equals(calling) ? seatWithTheDemoExpert(t, id) : seatExperts(t, id);
            for (Actor member : members) {
                for (LotEvaluation.EvaluatedBid bid : views.of(member, id, 1).bids()) {
                    evaluation.vote(member, id, 1, bid.bidder(), LotEvaluation.Question.COMPLIANCE, true, null);
                }
            }
            if (views.of(purchaser, id, 1).stage() != LotEvaluation.Stage.NEGOTIATION) {
                throw new AssertionError("the matrix's consultation is in its rounds of talks: " + views.of(purchaser, id, 1).stage());
            }
            panels.put(id, members);
        }
        Instant now = t.context.getBean(Clock.class).instant();
        negotiation.callForFinalQuotations(panels.get(quoting).get(0), quoting, 1, now.plus(Duration.ofDays(60)));
        Instant due = now.plus(Duration.ofMinutes(1));
        negotiation.callForFinalQuotations(panels.get(sharesA).get(0), sharesA, 1, due);
        negotiation.callForFinalQuotations(panels.get(sharesB).get(0), sharesB, 1, due);
        t.context.getBean(SettableClock.class).set(due);
        return new RoundsMade(talking, calling, quoting, sharesA, sharesB, software);
    }

    /** A competitive consultation for purchase of services of the item, with the bids of the users at their prices. */
    private static ProcedureId published(AccessMatrixTests t, String catalogueCode, Map<String, String> bids) {
        ProcedureId id = ReadyDraft.publishedUnder(t.context, t.users, catalogueCode, Method.COMPETITIVE_CONSULTATION,
                Method.Justification.PURCHASE_OF_SERVICES, 1_500_000, bids.keySet().toArray(String[]::new));
        Bidding bidding = t.context.getBean(Bidding.class);
        bids.forEach((bidder, price) -> bidding.submit(t.users.user(bidder), id, 1, new Bidding.Proposal(new BigDecimal(price),
                "矩阵磋商投标", List.of()), true, null));
        return id;
    }

    /** The clock moves to their shared deadline, and three custodians open their bids. */
    private static void open(AccessMatrixTests t, List<ProcedureId> ids) {
        Deadlines.passNow(t.context, ids);
        for (ProcedureId id : ids) {
            for (String custodian : List.of("auditor", "registrar", "purchaser")) {
                t.context.getBean(Opening.class).present(t.users.user(custodian), id, (custodian + "-opening-key").toCharArray());
            }
        }
    }

    /** Experts of the item bought (0301) with no tie to a bidder, as NegotiationTests enrols them. */
    private static void enrolExperts(AccessMatrixTests t) {
        UserProvisioning provisioning = t.context.getBean(UserProvisioning.class);
        UUID college = t.users.user("expert").organizationId();
        for (int i = 1; i <= 7; i++) {
            String username = "evaluation-expert-" + i;
            if (provisioning.exists(username)) {
                continue;
            }
            UUID user = provisioning.provision(college, username, "评审专家" + i, "Lanjiang-demo-2026", Set.of(Role.EXPERT), "zh-CN", null);
            PersonId person = t.people.record(t.users.user("registrar"), "评审专家" + i);
            t.context.getBean(ExpertPool.class).enrol(t.users.user("finance"),
                    new ExpertPool.Enrolment(person, user, new OrganizationId(college), Set.of("0301"), true));
        }
    }

    /** A panel of three experts drawn from the pool, each declaring no conflict. */
    private static List<Actor> seatExperts(AccessMatrixTests t, ProcedureId id) {
        Panels panels = t.context.getBean(Panels.class);
        LocalDate today = PanelFixtures.today(t.context);
        panels.draw(t.users.user("purchaser"), id, new Panels.DrawRequest(1, 3, false, null, today, List.of()));
        return declared(t, id);
    }

    /** A panel of three: both experts of information systems and the demo purchaser, each declaring no conflict. */
    private static List<Actor> seatWithTheDemoExpert(AccessMatrixTests t, ProcedureId id) {
        Panels panels = t.context.getBean(Panels.class);
        Actor purchaser = t.users.user("purchaser");
        panels.draw(purchaser, id, new Panels.DrawRequest(1, 3, false, null, PanelFixtures.today(t.context).plusDays(2),
                List.of(purchaser.userId())));
        List<Actor> members = declared(t, id);
        if (members.stream().noneMatch(m -> m.userId().equals(t.users.user("expert").userId()))) {
            throw new AssertionError("the demo expert sits on the matrix's consultation");
        }
        return members;
    }

    private static List<Actor> declared(AccessMatrixTests t, ProcedureId id) {
        Panels panels = t.context.getBean(Panels.class);
        Panel panel = panels.of(id, 1).orElseThrow();
        List<Actor> members = panel.members().stream().filter(PanelMember::holdsSeat).<Actor>map(m -> t.users.user(m.user())).toList();
        for (PanelMember member : panel.members()) {
            if (member.holdsSeat() && member.status() == PanelMember.Status.DRAWN) {
                panels.declare(t.users.user(member.user()), panel.id());
            }
        }
        if (!panels.of(id, 1).orElseThrow().complete()) {
            throw new AssertionError("the matrix's panel is seated");
        }
        return members;
    }

    private static Procedure procedure(AccessMatrixTests t, ProcedureId id) {
        return t.context.getBean(ProcedureDrafts.class).draft(t.users.user("purchaser"), id).procedure();
    }

    private static String smallPurchase(ProcedureId id) {
        return "/api/v1/procedures/" + id.value() + "/lots/1/small-purchase";
    }

    private static String lot(ProcedureId id) {
        return "/api/v1/procedures/" + id.value() + "/lots/1";
    }

    // Small purchases.

    static AbstractMockHttpServletRequestBuilder<?> apiComparison(AccessMatrixTests t, String actor, UUID target) {
        return get(smallPurchase(small(t).comparing()));
    }

    static AbstractMockHttpServletRequestBuilder<?> pageComparison(AccessMatrixTests t, String actor, UUID target) {
        return get("/small-purchases/" + small(t).comparing().value() + "/lots/1");
    }

    /** A quotation of an association registered for the request: each supplier is quoted once. */
    static AbstractMockHttpServletRequestBuilder<?> apiQuote(AccessMatrixTests t, String actor, UUID target) {
        SmallMade made = small(t);
        return post(smallPurchase(made.comparing()) + "/quotations").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"supplier\":\"" + t.freshAssociation() + "\",\"price\":320000.00,\"receivedOn\":\""
                        + PanelFixtures.today(t.context) + "\",\"note\":\"矩阵报价\"}");
    }

    /** The purchaser chooses the only supplier quoted, saying why one quotation is enough; a lot is chosen once. */
    static AbstractMockHttpServletRequestBuilder<?> apiChoose(AccessMatrixTests t, String actor, UUID target) {
        SmallMade made = small(t);
        return post(smallPurchase(made.choosing()) + "/choice").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"supplier\":\"" + made.quoted() + "\",\"reason\":\"唯一报价且在预算内\","
                        + "\"fewerReason\":\"本市仅一家机构报价\"}");
    }

    // Rounds of talks and final quotations.

    /** A member records its own round with the software association: the purchaser the first, the expert the second. */
    static AbstractMockHttpServletRequestBuilder<?> apiMinutes(AccessMatrixTests t, String actor, UUID target) {
        RoundsMade made = rounds(t);
        int round = actor.equals("purchaser") ? 1 : actor.equals("expert") ? 2 : 3;
        return post(lot(made.talking()) + "/evaluation/minutes").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"bidder\":\"" + made.talkedWith() + "\",\"round\":" + round + ",\"text\":\"矩阵磋商纪要\"}");
    }

    static AbstractMockHttpServletRequestBuilder<?> apiAmend(AccessMatrixTests t, String actor, UUID target) {
        return post(lot(rounds(t).talking()) + "/evaluation/amendments").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"服务内容增加月度报告\"}");
    }

    /** Each member calls on a lot of its own (the purchaser after the minutes and amendments there): a lot is called once. */
    static AbstractMockHttpServletRequestBuilder<?> apiCall(AccessMatrixTests t, String actor, UUID target) {
        RoundsMade made = rounds(t);
        ProcedureId id = actor.equals("purchaser") ? made.talking() : made.calling();
        return post(lot(id) + "/evaluation/final-quotations/call").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"due\":null}");
    }

    static AbstractMockHttpServletRequestBuilder<?> apiStatus(AccessMatrixTests t, String actor, UUID target) {
        return get(lot(rounds(t).quoting()) + "/final-quotations");
    }

    static AbstractMockHttpServletRequestBuilder<?> apiMine(AccessMatrixTests t, String actor, UUID target) {
        return get(lot(rounds(t).quoting()) + "/final-quotations/mine");
    }

    /** An invited supplier's final quotation: a later one replaces it until the due time, two months away. */
    static AbstractMockHttpServletRequestBuilder<?> apiSubmit(AccessMatrixTests t, String actor, UUID target) {
        return post(lot(rounds(t).quoting()) + "/final-quotations").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"price\":1300000.00,\"text\":\"矩阵最后报价\"}");
    }

    /** A custodian presents its share again; the purchaser and finance on one lot, the registrar and auditor on another. */
    static AbstractMockHttpServletRequestBuilder<?> apiShare(AccessMatrixTests t, String actor, UUID target) {
        RoundsMade made = rounds(t);
        ProcedureId id = actor.equals("registrar") || actor.equals("auditor") ? made.sharesB() : made.sharesA();
        return post(lot(id) + "/final-quotations/shares").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"passphrase\":\"" + actor + "-opening-key\"}");
    }
}
