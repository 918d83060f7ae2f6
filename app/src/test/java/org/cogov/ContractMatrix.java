package org.cogov;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

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
