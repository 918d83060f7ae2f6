package org.cogov;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cogov.identity.Role;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.evaluation.EvaluatedLots;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Awards for the access matrix: two tenders evaluated to the end at one moment, their rankings awaiting the demo
 * purchaser — one confirmed over the API, one from the page. The demo providers bid on both. The purchaser runs them
 * and decides; the finance bureau and auditors read them; a bidder reads its own place; for the others they do not exist.
 */
final class AwardMatrix {

    /** Those who read a procedure's awards: its purchaser, the finance bureau, auditors. */
    static final Set<Role> READERS = EnumSet.of(Role.PURCHASER, Role.FINANCE, Role.AUDITOR);

    private static final Map<String, EvaluatedLots.Evaluated> MADE = new HashMap<>();

    private AwardMatrix() {
    }

    private static synchronized EvaluatedLots.Evaluated made(AccessMatrixTests t, String which) {
        if (MADE.isEmpty()) {
            MADE.putAll(EvaluatedLots.evaluate(t.context, t.users, Map.of("api", List.of("90000.00", "88000.00", "95000.00"),
                    "page", List.of("90000.00", "88000.00", "95000.00"))));
        }
        return MADE.get(which);
    }

    static ProcedureId evaluated(AccessMatrixTests t) {
        return made(t, "api").id();
    }

    /** The first candidate of a made procedure: the second bidder, with the lowest price. */
    private static UUID first(AccessMatrixTests t, String which) {
        return t.users.user(made(t, which).bidders().get(1)).organizationId();
    }

    static AbstractMockHttpServletRequestBuilder<?> apiConfirm(AccessMatrixTests t, String actor, UUID target) {
        return post("/api/v1/procedures/" + evaluated(t).value() + "/lots/1/award").with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"bidder\":\"" + first(t, "api") + "\"}");
    }

    static AbstractMockHttpServletRequestBuilder<?> pageConfirm(AccessMatrixTests t, String actor, UUID target) {
        return post("/awards/" + made(t, "page").id().value() + "/lots/1").with(csrf()).param("bidder", first(t, "page").toString());
    }
}
