package org.cogov;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cogov.contracting.Contract;
import org.cogov.contracting.ContractId;
import org.cogov.contracting.Milestone;
import org.cogov.contracting.MilestoneDelivery;
import org.cogov.contracting.drafting.ContractDrafts;
import org.cogov.contracting.drafting.ContractSignatures;
import org.cogov.contracting.drafting.SignerKeys;
import org.cogov.contracting.implementation.Implementation;
import org.cogov.identity.Role;
import org.cogov.procurement.award.Awards;
import org.cogov.procurement.evaluation.EvaluatedLots;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * A contract for the access matrix: a tender evaluated at one moment and awarded to the demo logistics association
 * (the lowest price), whose draft the award made. The demo purchaser's department reads and edits it, the association
 * reads it, the finance bureau and auditors read all; the other roles hold no contract permission.
 */
final class ContractMatrix {

    /** Those who read a contract: its purchaser, its provider, the finance bureau, auditors. */
    static final Set<Role> READERS = EnumSet.of(Role.PURCHASER, Role.PROVIDER, Role.FINANCE, Role.AUDITOR);

    private static final Map<String, UUID> MADE = new HashMap<>();

    private ContractMatrix() {
    }

    static synchronized UUID contract(AccessMatrixTests t) {
        return MADE.computeIfAbsent("contract", k -> {
            EvaluatedLots.Evaluated lot = EvaluatedLots.evaluate(t.context, t.users,
                    Map.of("contract", List.of("88000.00", "90000.00", "95000.00"))).get("contract");
            t.context.getBean(Awards.class).confirm(t.users.user("purchaser"), lot.id(), 1,
                    t.users.user(lot.bidders().get(0)).organizationId(), null);
            return t.jdbc.sql("SELECT id FROM contract WHERE procedure_id = :p").param("p", lot.id().value()).query(UUID.class).single();
        });
    }

    /**
     * Two contracts signed by the demo purchaser and the demo logistics association, each with an advance of 20 % and two
     * milestones of 30 % and 50 %: the first carried out by the matrix's operations, the second terminated by it.
     */
    static synchronized UUID signed(AccessMatrixTests t, String which) {
        if (!MADE.containsKey("carried-out")) {
            Map<String, EvaluatedLots.Evaluated> lots = EvaluatedLots.evaluate(t.context, t.users, Map.of(
                    "carried-out", List.of("88000.00", "90000.00", "95000.00"), "terminated", List.of("88000.00", "90000.00", "95000.00")));
            t.context.getBean(SignerKeys.class).enrol(t.users.user("purchaser"), "matrix purchaser signs".toCharArray());
            t.context.getBean(SignerKeys.class).enrol(t.users.user("provider"), "matrix provider signs".toCharArray());
            for (Map.Entry<String, EvaluatedLots.Evaluated> lot : lots.entrySet()) {
                t.context.getBean(Awards.class).confirm(t.users.user("purchaser"), lot.getValue().id(), 1,
                        t.users.user(lot.getValue().bidders().get(0)).organizationId(), null);
                ContractDrafts drafts = t.context.getBean(ContractDrafts.class);
                Contract draft = drafts.contracts(t.users.user("purchaser")).stream()
                        .filter(c -> c.procedureId().equals(lot.getValue().id().value())).findFirst().orElseThrow();
                LocalDate start = draft.term().start();
                drafts.changeMilestones(t.users.user("purchaser"), draft.id(), draft.version(), List.of(
                        new Milestone("预付款", start, new BigDecimal("20"), true),
                        new Milestone("中期报告", start.plusDays(60), new BigDecimal("30"), false),
                        new Milestone("终期报告", draft.term().end(), new BigDecimal("50"), false)));
                ContractSignatures signatures = t.context.getBean(ContractSignatures.class);
                signatures.sign(t.users.user("purchaser"), draft.id(), "matrix purchaser signs".toCharArray());
                signatures.sign(t.users.user("provider"), draft.id(), "matrix provider signs".toCharArray());
                MADE.put(lot.getKey(), draft.id().value());
            }
        }
        return MADE.get(which);
    }

    /** Acceptance of the carried-out contract's second milestone, its deliverable submitted first. */
    static AbstractMockHttpServletRequestBuilder<?> apiAccept(AccessMatrixTests t, String actor, UUID target) {
        UUID id = signed(t, "carried-out");
        Implementation implementation = t.context.getBean(Implementation.class);
        if (implementation.of(t.users.user("purchaser"), new ContractId(id)).milestone(2).state() == MilestoneDelivery.State.PENDING) {
            implementation.submit(t.users.user("provider"), new ContractId(id), 2, "中期报告", null);
        }
        return post("/api/v1/contracts/" + id + "/milestones/2/acceptance").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"opinions\":[{\"representative\":\"王敏\",\"represents\":\"物流企业代表\",\"rating\":5,\"opinion\":\"满意\"}]}");
    }

    static AbstractMockHttpServletRequestBuilder<?> apiImplementation(AccessMatrixTests t, String path, String body) {
        return post("/api/v1/contracts/" + signed(t, "carried-out") + path).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    static int version(AccessMatrixTests t) {
        return t.jdbc.sql("SELECT version FROM contract WHERE id = :id").param("id", contract(t)).query(Integer.class).single();
    }

    static AbstractMockHttpServletRequestBuilder<?> apiMilestones(AccessMatrixTests t, String actor, UUID target) {
        return put("/api/v1/contracts/" + contract(t) + "/milestones").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + version(t) + ",\"milestones\":[{\"deliverable\":\"全部成果\",\"due\":\""
                        + t.jdbc.sql("SELECT due_on FROM contract_milestone WHERE contract_id = :id").param("id", contract(t))
                                .query(java.time.LocalDate.class).list().get(0)
                        + "\",\"share\":100}]}");
    }

    static AbstractMockHttpServletRequestBuilder<?> pageMilestones(AccessMatrixTests t, String actor, UUID target) {
        return post("/contracts/" + contract(t) + "/milestones").with(csrf()).param("version", Integer.toString(version(t)))
                .param("milestones[0].deliverable", "全部成果")
                .param("milestones[0].due", t.jdbc.sql("SELECT due_on FROM contract_milestone WHERE contract_id = :id")
                        .param("id", contract(t)).query(java.time.LocalDate.class).list().get(0).toString())
                .param("milestones[0].share", "100");
    }
}
