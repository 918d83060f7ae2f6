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
import java.util.function.Supplier;

import org.cogov.identity.Role;
import org.cogov.identity.UserProvisioning;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.experts.Expert;
import org.cogov.procurement.experts.ExpertPool;
import org.cogov.procurement.experts.PanelFixtures;
import org.cogov.procurement.experts.PanelMember;
import org.cogov.procurement.experts.Panels;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The expert pool and panels for the access matrix: opened procedures of the demo purchaser, made once, some with a
 * panel whose representative is the demo purchaser; fresh experts for the rows that change one. The finance bureau
 * keeps the pool and auditors read it; an expert sees its own entry only; the purchaser draws and runs its panels,
 * the finance bureau and auditors read them, and for an agency or an expert not drawn they do not exist.
 */
final class PanelMatrix {

    static final Set<Role> POOL_READERS = EnumSet.of(Role.FINANCE, Role.AUDITOR);
    static final Set<Role> PANEL_READERS = EnumSet.of(Role.PURCHASER, Role.FINANCE, Role.AUDITOR);
    /** Those who read panels, but only their own: the demo agency runs none of these procedures, the demo expert sits on none. */
    static final Set<Role> NOT_THEIRS = EnumSet.of(Role.AGENT, Role.EXPERT);
    static final Set<Role> WITH_PANELS = EnumSet.of(Role.PURCHASER, Role.AGENT, Role.EXPERT, Role.FINANCE, Role.AUDITOR);

    private static final Map<String, Object> MADE = new HashMap<>();

    private PanelMatrix() {
    }

    @SuppressWarnings("unchecked")
    private static synchronized <T> T once(String what, Supplier<T> make) {
        return (T) MADE.computeIfAbsent(what, w -> make.get());
    }

    /** Five opened procedures, made at one moment: one read, one declined on, one whose representative's seat fell vacant, two to draw. */
    private static List<ProcedureId> opened(AccessMatrixTests t) {
        return once("opened", () -> PanelFixtures.opened(t.context, t.users, 5));
    }

    private static Panels.PanelFacts panel(AccessMatrixTests t, String which) {
        return once("panel " + which, () -> {
            int index = List.of("read", "decline", "vacant").indexOf(which);
            UUID representative = which.equals("vacant") ? official(t) : t.users.user("purchaser").userId();
            Panels panels = t.context.getBean(Panels.class);
            Panels.PanelFacts drawn = panels.draw(t.users.user("purchaser"), opened(t).get(index), new Panels.DrawRequest(1, 3,
                    false, null, PanelFixtures.today(t.context).plusDays(2), List.of(representative)));
            if (which.equals("vacant")) {
                panels.decline(t.users.user(PanelFixtures.username(t.context, representative)), drawn.panel().id(), "公务冲突", false);
            }
            return drawn;
        });
    }

    /** Another official of the commerce bureau, to sit as its representative. */
    private static UUID official(AccessMatrixTests t) {
        String username = "purchaser-panel-matrix";
        UserProvisioning provisioning = t.context.getBean(UserProvisioning.class);
        if (!provisioning.exists(username)) {
            provisioning.provision(t.users.user("purchaser").organizationId(), username, "商务局评审代表", "Lanjiang-demo-2026",
                    Set.of(Role.PURCHASER), "zh-CN", null);
        }
        return t.users.user(username).userId();
    }

    static UUID readPanel(AccessMatrixTests t) {
        return panel(t, "read").panel().id();
    }

    static ProcedureId readProcedure(AccessMatrixTests t) {
        return panel(t, "read").panel().procedure();
    }

    /** The demo expert's own entry in the pool. */
    static UUID ownExpert(AccessMatrixTests t) {
        return t.context.getBean(ExpertPool.class).mine(t.users.user("expert")).orElseThrow().id().value();
    }

    /** Another expert's entry: a lecturer of the demo pool. */
    static UUID otherExpert(AccessMatrixTests t) {
        return t.context.getBean(ExpertPool.class).experts(t.users.user("finance")).stream().filter(e -> e.name().equals("杜晓光"))
                .findFirst().orElseThrow().id().value();
    }

    private static Expert freshExpert(AccessMatrixTests t) {
        return PanelFixtures.enrol(t.context, t.users, "矩阵专家", "澜江职业技术学院", "03");
    }

    static AbstractMockHttpServletRequestBuilder<?> apiEnrol(AccessMatrixTests t, String actor, UUID target) {
        UUID person = t.people.record(t.users.user("registrar"), "矩阵入库专家").value();
        String username = "expert-matrix-" + UUID.randomUUID().toString().substring(0, 8);
        UUID employer = PanelFixtures.organization(t.context, "澜江职业技术学院").id().value();
        UUID user = t.context.getBean(UserProvisioning.class).provision(employer, username, "矩阵入库专家", "Lanjiang-demo-2026",
                Set.of(Role.EXPERT), "zh-CN", null);
        return post("/api/v1/experts").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"person\":\"" + person
                + "\",\"user\":\"" + user + "\",\"employer\":\"" + employer + "\",\"specialties\":[\"0301\"],\"available\":true}");
    }

    static AbstractMockHttpServletRequestBuilder<?> pageEnrol(AccessMatrixTests t, String actor, UUID target) {
        String name = "矩阵页面专家" + UUID.randomUUID().toString().substring(0, 4);
        t.people.record(t.users.user("registrar"), name);
        String username = "expert-matrix-" + UUID.randomUUID().toString().substring(0, 8);
        UUID employer = PanelFixtures.organization(t.context, "澜江职业技术学院").id().value();
        UUID user = t.context.getBean(UserProvisioning.class).provision(employer, username, name, "Lanjiang-demo-2026",
                Set.of(Role.EXPERT), "zh-CN", null);
        return post("/experts").with(csrf()).param("personName", name).param("user", user.toString())
                .param("employer", employer.toString()).param("specialties", "0301").param("available", "true");
    }

    static AbstractMockHttpServletRequestBuilder<?> apiChange(AccessMatrixTests t, String actor, UUID target) {
        Expert expert = freshExpert(t);
        return put("/api/v1/experts/" + expert.id().value()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"employer\":\"" + expert.employer().value() + "\",\"specialties\":[\"0302\"],\"available\":true,"
                        + "\"version\":" + expert.version() + "}");
    }

    static AbstractMockHttpServletRequestBuilder<?> apiRetire(AccessMatrixTests t, String actor, UUID target) {
        Expert expert = freshExpert(t);
        return post("/api/v1/experts/" + expert.id().value() + "/retirement").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"矩阵退出\",\"version\":" + expert.version() + "}");
    }

    static AbstractMockHttpServletRequestBuilder<?> apiUnavailability(UUID expert) {
        return post("/api/v1/experts/" + expert + "/unavailability").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"firstDay\":\"2030-02-01\",\"lastDay\":\"2030-02-03\",\"reason\":\"矩阵请假\"}");
    }

    static AbstractMockHttpServletRequestBuilder<?> apiForeignUnavailability(AccessMatrixTests t, String actor, UUID target) {
        return apiUnavailability(freshExpert(t).id().value());
    }

    /** Only the purchaser draws: for it a procedure of its own not drawn yet; the others are refused on any. */
    static AbstractMockHttpServletRequestBuilder<?> apiDraw(AccessMatrixTests t, String actor, UUID target) {
        ProcedureId id = actor.equals("purchaser") ? opened(t).get(3) : readProcedure(t);
        return post("/api/v1/procedures/" + id.value() + "/panels").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"lot\":1,\"seats\":3,\"complex\":false,\"evaluationDay\":\"" + PanelFixtures.today(t.context).plusDays(2)
                        + "\",\"representatives\":[]}");
    }

    static AbstractMockHttpServletRequestBuilder<?> pageDraw(AccessMatrixTests t, String actor, UUID target) {
        ProcedureId id = actor.equals("purchaser") ? opened(t).get(4) : readProcedure(t);
        return post("/procedures/" + id.value() + "/panels").with(csrf()).param("lot", "1").param("seats", "3")
                .param("evaluationDay", PanelFixtures.today(t.context).plusDays(2).toString());
    }

    /** The demo purchaser is the representative on the panel it declares on. */
    static AbstractMockHttpServletRequestBuilder<?> apiDeclare(AccessMatrixTests t, String actor, UUID target) {
        return post("/api/v1/panels/" + readPanel(t) + "/declaration").with(csrf());
    }

    static AbstractMockHttpServletRequestBuilder<?> apiDecline(AccessMatrixTests t, String actor, UUID target) {
        return post("/api/v1/panels/" + panel(t, "decline").panel().id() + "/decline").with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"另有公务\",\"conflict\":false}");
    }

    /** The purchaser replaces an expert who has not declared on the panel whose representative declined. */
    static AbstractMockHttpServletRequestBuilder<?> apiReplace(AccessMatrixTests t, String actor, UUID target) {
        Panels.PanelFacts panel = panel(t, "vacant");
        UUID member = t.context.getBean(Panels.class).panel(t.users.user("purchaser"), panel.panel().id()).panel().members().stream()
                .filter(m -> m.kind() == PanelMember.Kind.EXPERT && m.status() == PanelMember.Status.DRAWN).findFirst()
                .orElseThrow().user();
        return post("/api/v1/panels/" + panel.panel().id() + "/replacements").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"member\":\"" + member + "\",\"reason\":\"联系不上\"}");
    }

    /** The purchaser names itself to the seat its other official left vacant. */
    static AbstractMockHttpServletRequestBuilder<?> apiName(AccessMatrixTests t, String actor, UUID target) {
        return post("/api/v1/panels/" + panel(t, "vacant").panel().id() + "/representatives").with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"user\":\"" + t.users.user("purchaser").userId() + "\"}");
    }
}
