package org.cogov;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.cogov.identity.Role;
import org.cogov.procurement.EndingFixtures;
import org.cogov.procurement.Method;
import org.cogov.procurement.ObjectionId;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.ReadyDraft;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Procedures at their end for the access matrix's rows of cancellation, follow-up and objections: one
 * object per operation, made once, which only the row of the role allowed changes — the others are
 * refused before anything is read from it.
 */
final class EndingMatrix {

    /** Those who read a procedure of the commerce bureau: itself, the finance bureau, the auditors. */
    static final Set<Role> READERS = EnumSet.of(Role.PURCHASER, Role.FINANCE, Role.AUDITOR);

    private static final Map<String, Object> MADE = new HashMap<>();

    private EndingMatrix() {
    }

    @SuppressWarnings("unchecked")
    private static synchronized <T> T once(String operation, Supplier<T> make) {
        return (T) MADE.computeIfAbsent(operation, o -> make.get());
    }

    private static ProcedureId publishedTender(AccessMatrixTests t) {
        ProcedureId id = ReadyDraft.of(t.context, t.users, Method.PUBLIC_TENDER, null, 2_500_000);
        t.publication.publish(t.users.user("purchaser"), id, version(t, id.value()));
        return id;
    }

    static int version(AccessMatrixTests t, UUID id) {
        return t.jdbc.sql("SELECT version FROM procurement_procedure WHERE id = :id").param("id", id).query(Integer.class).single();
    }

    /** A tendering procedure of the commerce bureau, for the operation's purchaser row to cancel. */
    static UUID toCancel(AccessMatrixTests t, String operation) {
        return once("cancel " + operation, () -> publishedTender(t)).value();
    }

    /** A procedure of the commerce bureau that failed, for the operation's purchaser row to follow. */
    static UUID failed(AccessMatrixTests t, String operation) {
        return once("failed " + operation, () -> EndingFixtures.failedOnAnUpheldObjection(t.context, t.users))
                .value();
    }

    /** A single-source procedure in its publicity period, for the operation's provider row to object to. */
    static UUID inPublicity(AccessMatrixTests t, String operation) {
        return once("publicity " + operation, () -> EndingFixtures.singleSourceInPublicity(t.context, t.users))
                .value();
    }

    /** An objection of the second provider (foreign to the demo provider), and the procedure it concerns. */
    static String objection(AccessMatrixTests t, String operation) {
        return once("objection " + operation, () -> {
            ProcedureId procedure = EndingFixtures.singleSourceInPublicity(t.context, t.users);
            ObjectionId objection = EndingFixtures.objection(t.context, t.users, "provider2", procedure);
            return procedure.value() + "/objections/" + objection.value();
        });
    }

    static MockHttpServletRequestBuilder apiCancel(AccessMatrixTests t, String actor, UUID target) {
        UUID id = toCancel(t, "API: cancel");
        return post("/api/v1/procedures/" + id + "/cancellation").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + version(t, id) + ",\"reason\":\"矩阵终止\"}");
    }

    static MockHttpServletRequestBuilder pageCancel(AccessMatrixTests t, String actor, UUID target) {
        UUID id = toCancel(t, "page: cancel");
        return post("/procedures/" + id + "/cancellation").with(csrf()).param("version", Integer.toString(version(t, id)))
                .param("reason", "矩阵终止").param("confirmed", "true");
    }

    static MockHttpServletRequestBuilder apiFollowUp(AccessMatrixTests t, String actor, UUID target) {
        return post("/api/v1/procedures/" + failed(t, "API: follow-up") + "/follow-up").with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"矩阵重新采购\",\"description\":null,"
                        + "\"method\":\"PUBLIC_TENDER\",\"justification\":null,\"justificationText\":null,\"singleSourceSupplier\":null}");
    }

    static MockHttpServletRequestBuilder pageFollowUp(AccessMatrixTests t, String actor, UUID target) {
        return post("/procedures/" + failed(t, "page: follow-up") + "/follow-up").with(csrf()).param("title", "矩阵重新采购")
                .param("method", "PUBLIC_TENDER");
    }

    static MockHttpServletRequestBuilder apiObject(AccessMatrixTests t, String actor, UUID target) {
        return post("/api/v1/procedures/" + inPublicity(t, "API: object") + "/objections").with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reasons\":\"矩阵异议\",\"document\":null}");
    }

    static MockHttpServletRequestBuilder pageObject(AccessMatrixTests t, String actor, UUID target) {
        return post("/procedures/" + inPublicity(t, "page: object") + "/objections").with(csrf()).param("reasons", "矩阵异议");
    }

    static MockHttpServletRequestBuilder apiDecide(AccessMatrixTests t, String actor, UUID target) {
        return post("/api/v1/procedures/" + objection(t, "API: decide") + "/decision").with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"uphold\":false,\"reason\":\"矩阵：异议不成立\"}");
    }

    static MockHttpServletRequestBuilder pageDecide(AccessMatrixTests t, String actor, UUID target) {
        return post("/procedures/" + objection(t, "page: decide") + "/decision").with(csrf()).param("version", "0")
                .param("uphold", "false").param("reason", "矩阵：异议不成立");
    }
}
