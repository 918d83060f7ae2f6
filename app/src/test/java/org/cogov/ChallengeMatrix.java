package org.cogov;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cogov.identity.Role;
import org.cogov.procurement.ChallengeKind;
import org.cogov.procurement.Deadlines;
import org.cogov.procurement.Method;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.ReadyDraft;
import org.cogov.procurement.bidding.Bidders;
import org.cogov.procurement.bidding.Bidding;
import org.cogov.procurement.bidding.Opening;
import org.cogov.procurement.challenges.ChallengeId;
import org.cogov.procurement.challenges.Challenges;
import org.cogov.procurement.challenges.Complaints;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Verdict;
import org.cogov.shared.Actor;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Challenges and complaints for the access matrix, made once: an opened tender of the demo purchaser on which both demo
 * providers and a third supplier bid, with
 * <ul>
 * <li>{@code readable}: the demo provider's pending challenge of the documents, which its parties read;</li>
 * <li>{@code toAnswer}: the demo provider's pending challenge of lot 1's opening, which the purchaser answers;</li>
 * <li>{@code foreign}: the software association's pending challenge, which the demo provider never sees;</li>
 * <li>{@code answered}: the demo provider's answered challenge of the whole process, which it complains of;</li>
 * <li>{@code complaint}: the software association's complaint of its answered challenge, on which the finance bureau
 * suspends the procedure.</li>
 * </ul>
 */
final class ChallengeMatrix {

    /** Those who read challenges and complaints, each as far as its own: providers, runners, the finance bureau, auditors. */
    static final Set<Role> READERS = EnumSet.of(Role.PROVIDER, Role.PURCHASER, Role.AGENT, Role.FINANCE, Role.AUDITOR);
    /** The parties of the demo provider's challenge: itself, the purchaser, the finance bureau and auditors. */
    static final Set<Role> PARTIES = EnumSet.of(Role.PROVIDER, Role.PURCHASER, Role.FINANCE, Role.AUDITOR);

    private static final Map<String, Object> MADE = new HashMap<>();

    private ChallengeMatrix() {
    }

    private record Made(ProcedureId procedure, UUID readable, UUID toAnswer, UUID foreign, UUID answered, UUID complaint) {
    }

    private static synchronized Made made(AccessMatrixTests t) {
        return (Made) MADE.computeIfAbsent("challenges", m -> make(t));
    }

    private static Made make(AccessMatrixTests t) {
        Actor purchaser = t.users.user("purchaser");
        Actor provider = t.users.user("provider");
        Actor software = t.users.user("provider2");
        String third = Bidders.ofVerdict(t.context, new OrganizationId(purchaser.organizationId()), Verdict.ELIGIBLE,
                provider.organizationId(), software.organizationId());
        ProcedureId id = ReadyDraft.published(t.context, t.users, Method.PUBLIC_TENDER, null, 2_500_000, "provider", "provider2", third);
        Bidding bidding = t.context.getBean(Bidding.class);
        int price = 100_000;
        for (String bidder : List.of("provider", "provider2", third)) {
            bidding.submit(t.users.user(bidder), id, 1, new Bidding.Proposal(new BigDecimal(price += 1_000), "矩阵质疑投标", List.of()),
                    true, null);
        }
        Deadlines.passNow(t.context, List.of(id));
        for (String custodian : List.of("auditor", "registrar", "purchaser")) {
            t.context.getBean(Opening.class).present(t.users.user(custodian), id, (custodian + "-opening-key").toCharArray());
        }
        Challenges challenges = t.context.getBean(Challenges.class);
        UUID readable = challenges.lodge(provider, id, ChallengeKind.DOCUMENTS, null, "评分因素与采购需求无关。").id();
        UUID toAnswer = challenges.lodge(provider, id, ChallengeKind.PROCESS, 1, "开标记录遗漏我方声明。").id();
        UUID foreign = challenges.lodge(software, id, ChallengeKind.PROCESS, 1, "软件协会的质疑。").id();
        Challenges.ChallengeView process = challenges.lodge(provider, id, ChallengeKind.PROCESS, null, "开标时间推迟未通知。");
        UUID answered = challenges.answer(purchaser, new ChallengeId(process.id()), process.version(), false, null, "已按规定通知。").id();
        Challenges.ChallengeView ofSoftware = challenges.lodge(software, id, ChallengeKind.DOCUMENTS, null, "技术要求指向特定品牌。");
        challenges.answer(purchaser, new ChallengeId(ofSoftware.id()), ofSoftware.version(), false, null, "技术要求合理。");
        UUID complaint = t.context.getBean(Complaints.class).complain(software, new ChallengeId(ofSoftware.id()), "答复未说明理由。").id();
        return new Made(id, readable, toAnswer, foreign, answered, complaint);
    }

    static AbstractMockHttpServletRequestBuilder<?> apiLodge(AccessMatrixTests t, String actor, UUID target) {
        return post("/api/v1/procedures/" + made(t).procedure().value() + "/challenges").with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"PROCESS\",\"statement\":\"开标程序违法。\"}");
    }

    static AbstractMockHttpServletRequestBuilder<?> apiRead(AccessMatrixTests t, String actor, UUID target) {
        return get("/api/v1/challenges/" + made(t).readable());
    }

    static AbstractMockHttpServletRequestBuilder<?> pageRead(AccessMatrixTests t, String actor, UUID target) {
        return get("/challenges/" + made(t).readable());
    }

    static AbstractMockHttpServletRequestBuilder<?> apiReadForeign(AccessMatrixTests t, String actor, UUID target) {
        return get("/api/v1/challenges/" + made(t).foreign());
    }

    static AbstractMockHttpServletRequestBuilder<?> apiAnswer(AccessMatrixTests t, String actor, UUID target) {
        return post("/api/v1/challenges/" + made(t).toAnswer() + "/answer").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":0,\"upheld\":false,\"reply\":\"开标记录完整。\"}");
    }

    static AbstractMockHttpServletRequestBuilder<?> apiComplain(AccessMatrixTests t, String actor, UUID target) {
        return post("/api/v1/challenges/" + made(t).answered() + "/complaint").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"statement\":\"答复与事实不符。\"}");
    }

    static AbstractMockHttpServletRequestBuilder<?> apiSuspend(AccessMatrixTests t, String actor, UUID target) {
        return post("/api/v1/complaints/" + made(t).complaint() + "/suspension").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"暂停采购活动。\"}");
    }

    static AbstractMockHttpServletRequestBuilder<?> apiComplaint(AccessMatrixTests t, String actor, UUID target) {
        return get("/api/v1/complaints/" + made(t).complaint());
    }
}
