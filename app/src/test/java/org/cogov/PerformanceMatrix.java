package org.cogov;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cogov.contracting.ContractId;
import org.cogov.contracting.Dimension;
import org.cogov.contracting.Indicator;
import org.cogov.contracting.IndicatorGroup;
import org.cogov.contracting.IndicatorSet;
import org.cogov.contracting.MilestoneDelivery;
import org.cogov.contracting.ScoringRule;
import org.cogov.contracting.SignedContracts;
import org.cogov.contracting.drafting.ContractDrafts;
import org.cogov.contracting.implementation.Implementation;
import org.cogov.identity.Role;
import org.cogov.performance.EvaluationKind;
import org.cogov.performance.Scoring;
import org.cogov.performance.evaluation.Evaluations;
import org.cogov.registry.OrganizationId;
import org.cogov.shared.Actor;
import org.cogov.shared.document.Documents;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Performance evaluations for the access matrix: contracts of the demo purchaser and the demo logistics association,
 * delivered in full, the demo evaluation centre assigned to each — one the matrix evaluates, two the centre evaluated for
 * the matrix to conclude (one by the purchaser, one by the finance bureau), one concluded before for the provider to
 * comment on. The parties, the assigned
 * evaluator, the finance bureau and auditors read an evaluation; each evaluates as what it is; the purchaser and the finance
 * bureau assign and conclude; everyone reads a published result.
 */
final class PerformanceMatrix {

    /** Those who read a contract's evaluation: its parties, its evaluator, the finance bureau, auditors. */
    static final Set<Role> READERS = EnumSet.of(Role.PURCHASER, Role.PROVIDER, Role.EVALUATOR, Role.FINANCE, Role.AUDITOR);

    private static Map<String, ContractId> made;

    private PerformanceMatrix() {
    }

    static synchronized UUID contract(AccessMatrixTests t, String which) {
        if (made == null) {
            made = SignedContracts.sign(t.context, t.users, "provider",
                    List.of("evaluated", "concluded-by-purchaser", "concluded-by-finance", "concluded"));
            Implementation implementation = t.context.getBean(Implementation.class);
            Evaluations evaluations = t.context.getBean(Evaluations.class);
            Actor purchaser = t.users.user("purchaser");
            for (Map.Entry<String, ContractId> contract : made.entrySet()) {
                ContractId id = contract.getValue();
                implementation.pay(purchaser, id, 1, "GK-M-1");
                for (int milestone = 2; milestone <= 3; milestone++) {
                    implementation.submit(t.users.user("provider"), id, milestone, "成果", null);
                    implementation.accept(purchaser, id, milestone, List.of(new MilestoneDelivery.BeneficiaryOpinion("王敏", "物流企业代表", 5,
                            "满意")), null);
                }
                evaluations.assign(purchaser, id, new OrganizationId(t.users.user("evaluator").organizationId()));
                if (!contract.getKey().equals("evaluated")) {
                    Actor evaluator = t.users.user("evaluator");
                    evaluations.submit(evaluator, id, EvaluationKind.THIRD_PARTY, submission(t, evaluator, id));
                }
                if (contract.getKey().equals("concluded")) {
                    evaluations.conclude(purchaser, id);
                }
            }
        }
        return made.get(which).value();
    }

    static AbstractMockHttpServletRequestBuilder<?> apiRead(AccessMatrixTests t, String actor, UUID target) {
        return get("/api/v1/contracts/" + contract(t, "evaluated") + "/evaluation");
    }

    static AbstractMockHttpServletRequestBuilder<?> pageRead(AccessMatrixTests t, String actor, UUID target) {
        return get("/contracts/" + contract(t, "evaluated") + "/performance");
    }

    static AbstractMockHttpServletRequestBuilder<?> apiAssign(AccessMatrixTests t, String actor, UUID target) {
        return put("/api/v1/contracts/" + contract(t, "evaluated") + "/evaluator").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"evaluator\":\"" + t.users.user("evaluator").organizationId() + "\"}");
    }

    static AbstractMockHttpServletRequestBuilder<?> apiSelf(AccessMatrixTests t, String actor, UUID target) {
        return evaluate(t, actor, "self");
    }

    static AbstractMockHttpServletRequestBuilder<?> apiThirdParty(AccessMatrixTests t, String actor, UUID target) {
        return evaluate(t, actor, "third-party");
    }

    static AbstractMockHttpServletRequestBuilder<?> apiConclude(AccessMatrixTests t, String actor, UUID target) {
        UUID id = contract(t, actor.equals("finance") ? "concluded-by-finance" : "concluded-by-purchaser");
        return post("/api/v1/contracts/" + id + "/evaluation/conclusion").with(csrf());
    }

    static AbstractMockHttpServletRequestBuilder<?> apiComment(AccessMatrixTests t, String actor, UUID target) {
        return post("/api/v1/contracts/" + contract(t, "concluded") + "/evaluation/comment").with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"感谢评价，我会将持续改进服务。\"}");
    }

    static AbstractMockHttpServletRequestBuilder<?> apiPublished(AccessMatrixTests t, String actor, UUID target) {
        return get("/api/v1/public/performance/" + contract(t, "concluded"));
    }

    static AbstractMockHttpServletRequestBuilder<?> pagePublished(AccessMatrixTests t, String actor, UUID target) {
        return get("/public/performance/" + contract(t, "concluded"));
    }

    /** An evaluation of every indicator of the contract, each on an evidence document the actor uploaded. */
    private static AbstractMockHttpServletRequestBuilder<?> evaluate(AccessMatrixTests t, String actor, String kind) {
        UUID id = contract(t, "evaluated");
        Actor by = t.users.user(actor);
        StringBuilder scores = new StringBuilder();
        for (Scoring.ScoreEntry entry : entries(t, by, new ContractId(id))) {
            scores.append(scores.isEmpty() ? "" : ",").append("{\"group\":").append(entry.group()).append(",\"indicator\":")
                    .append(entry.indicator()).append(entry.measured() == null ? "" : ",\"measured\":" + entry.measured())
                    .append(entry.points() == null ? "" : ",\"points\":" + entry.points())
                    .append(entry.reason() == null ? "" : ",\"reason\":\"" + entry.reason() + "\"")
                    .append(entry.evidence() == null ? "" : ",\"evidence\":\"" + entry.evidence() + "\"").append("}");
        }
        return post("/api/v1/contracts/" + id + "/evaluations/" + kind).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"summary\":\"按合同完成\",\"scores\":[" + scores + "]}");
    }

    private static Evaluations.Submission submission(AccessMatrixTests t, Actor by, ContractId id) {
        return new Evaluations.Submission("按合同完成", null, entries(t, by, id));
    }

    /**
     * A score for each indicator outside the satisfaction group: a judgement at half its weight, any other measured at 90.
     * The evidence is uploaded by the actor when it may upload; one who may not has none to cite.
     */
    private static List<Scoring.ScoreEntry> entries(AccessMatrixTests t, Actor by, ContractId id) {
        UUID evidence = by.can("document:upload") ? t.context.getBean(Documents.class).store(by, new ByteArrayInputStream(
                "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)), "佐证.pdf", "performance-evidence")
                .id().value() : null;
        IndicatorSet indicators = t.context.getBean(ContractDrafts.class).contract(id.value()).indicators();
        List<Scoring.ScoreEntry> entries = new ArrayList<>();
        for (int g = 0; g < indicators.groups().size(); g++) {
            IndicatorGroup group = indicators.groups().get(g);
            if (group.dimension() == Dimension.SATISFACTION) {
                continue;
            }
            for (int i = 0; i < group.indicators().size(); i++) {
                Indicator indicator = group.indicators().get(i);
                boolean judged = indicator.rule() instanceof ScoringRule.Judgement;
                entries.add(new Scoring.ScoreEntry(g, i, judged ? null : new BigDecimal("90"),
                        judged ? indicator.weight().divide(BigDecimal.valueOf(2)) : null, judged ? "基本达到目标" : null, evidence));
            }
        }
        return entries;
    }
}
