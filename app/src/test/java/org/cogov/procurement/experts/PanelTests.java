package org.cogov.procurement.experts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.identity.Role;
import org.cogov.identity.UserProvisioning;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.ReadyDraft;
import org.cogov.registry.DeclaredTie;
import org.cogov.registry.People;
import org.cogov.registry.Tenure;
import org.cogov.registry.Tie;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.RuleViolations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Panels drawn for opened consultations of the demo purchaser, on which the logistics and software associations bid:
 * the draw sets aside the purchaser's staff, experts tied to a bidder and those away on the evaluation day, with
 * the reasons; a declining expert is replaced by the next of the recorded order; members declare and the panel is
 * seated; each reader sees only the panels that are theirs to see.
 */
@DatabaseTest
class PanelTests {

    private static final Map<String, Object> MADE = new HashMap<>();

    @Autowired
    Panels panels;
    @Autowired
    ExpertPool pool;
    @Autowired
    People people;
    @Autowired
    TestUsers users;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    /** Four opened procedures and three experts of the item's specialty, made once for every scenario. */
    private synchronized void make() {
        if (!MADE.isEmpty()) {
            return;
        }
        Expert tied = PanelFixtures.enrol(context, users, "蒋可欣", "澜江公正绩效评价研究院", "030102");
        people.declare(users.user("registrar"), new DeclaredTie(tied.person(),
                PanelFixtures.organization(context, "澜江市软件行业协会").id(), DeclaredTie.Kind.OTHER,
                Tenure.since(LocalDate.of(2020, 1, 1)), "为该协会年度报告的执笔人 (writes its annual report)"));
        Expert away = PanelFixtures.enrol(context, users, "汪海峰", "澜江信达第三方评估有限公司", "0301");
        LocalDate today = PanelFixtures.today(context);
        pool.addUnavailability(users.user("finance"), away.id(), today, today.plusDays(400), "借调外地 (seconded elsewhere)");
        Expert plain = PanelFixtures.enrol(context, users, "邱明哲", "澜江数智科技有限公司", "03");
        MADE.put("tied", tied);
        MADE.put("away", away);
        MADE.put("plain", plain);
        // Nobody of the pool covers work-safety training (020301): a panel of it finds no candidate.
        List<ProcedureId> opened = PanelFixtures.opened(context, users, List.of("030102", "030102", "030102", "030102", "020301"));
        MADE.put("drawn", opened.get(0));
        MADE.put("declines", opened.get(1));
        MADE.put("seated", opened.get(2));
        MADE.put("whole", opened.get(3));
        MADE.put("uncovered", opened.get(4));
        MADE.put("drawn panel", draw(opened.get(0), 1, 3, List.of(users.user("purchaser").userId())));
    }

    private ProcedureId procedure(String name) {
        make();
        return (ProcedureId) MADE.get(name);
    }

    private Expert expert(String name) {
        make();
        return (Expert) MADE.get(name);
    }

    private Panels.PanelFacts drawnPanel() {
        make();
        return (Panels.PanelFacts) MADE.get("drawn panel");
    }

    @Test
    void theDrawSetsAsideThePurchasersStaffTheTiedAndTheAwayAndSaysWhy() {
        Panels.DrawRecord record = panels.record(users.user("purchaser"), drawnPanel().panel().id());

        assertThat(record.exclusions()).anySatisfy(e -> {
            assertThat(e.name()).isEqualTo("邓立群");
            assertThat(e.reason()).isEqualTo(PanelDraw.Reason.STAFF_OF_PURCHASER);
        });
        assertThat(record.exclusions()).anySatisfy(e -> {
            assertThat(e.name()).isEqualTo("吴文博");
            assertThat(e.reason()).isEqualTo(PanelDraw.Reason.TIED_TO_BIDDER);
            assertThat(e.organizationZh()).isEqualTo("澜江市物流行业协会");
            assertThat(e.tie()).isEqualTo(Tie.Kind.DIRECTOR_OR_SUPERVISOR);
        });
        assertThat(record.exclusions()).anySatisfy(e -> {
            assertThat(e.expert()).isEqualTo(expert("tied").id());
            assertThat(e.reason()).isEqualTo(PanelDraw.Reason.TIED_TO_BIDDER);
            assertThat(e.organizationZh()).isEqualTo("澜江市软件行业协会");
            assertThat(e.tie()).isEqualTo(Tie.Kind.OTHER_DECLARED);
        });
        assertThat(record.exclusions()).anySatisfy(e -> {
            assertThat(e.expert()).isEqualTo(expert("away").id());
            assertThat(e.reason()).isEqualTo(PanelDraw.Reason.UNAVAILABLE);
        });
        assertThat(record.candidates()).extracting(Panels.Candidate::expert).contains(expert("plain").id())
                .doesNotContain(expert("tied").id(), expert("away").id());
    }

    @Test
    void thePanelHasTwoDrawnExpertsAndTheNamedRepresentative() {
        Panel panel = drawnPanel().panel();

        assertThat(panel.seats()).isEqualTo(3);
        assertThat(panel.lot()).isEqualTo(1);
        assertThat(panel.seed()).matches("[0-9a-f]{64}");
        assertThat(panel.members()).extracting(PanelMember::kind).containsExactly(PanelMember.Kind.EXPERT, PanelMember.Kind.EXPERT,
                PanelMember.Kind.REPRESENTATIVE);
        assertThat(panel.members()).allSatisfy(m -> assertThat(m.status()).isEqualTo(PanelMember.Status.DRAWN));
        assertThat(panel.complete()).isFalse();
    }

    @Test
    void aReplayedDrawGivesThePanelItRecorded() {
        Panels.DrawRecord record = panels.record(users.user("finance"), drawnPanel().panel().id());

        assertThat(record.replay().matches()).isTrue();
        assertThat(record.replay().problems()).isEmpty();
        assertThat(record.candidates()).filteredOn(c -> c.status() != null).extracting(Panels.Candidate::rank)
                .containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void aDecliningExpertIsReplacedByTheNextOfTheRecordedOrder() {
        ProcedureId id = procedure("declines");
        Panels.PanelFacts drawn = draw(id, 1, 3, List.of());
        PanelMember second = drawn.panel().members().get(1);

        Panels.PanelFacts after = panels.decline(actor(second.user()), drawn.panel().id(), "与投标人存在合作关系", true);

        assertThat(after.panel().members()).hasSize(4);
        assertThat(after.panel().members().get(1).status()).isEqualTo(PanelMember.Status.DECLINED);
        Panels.DrawRecord record = panels.record(users.user("purchaser"), drawn.panel().id());
        PanelMember replacement = after.panel().members().get(3);
        assertThat(replacement.status()).isEqualTo(PanelMember.Status.DRAWN);
        assertThat(record.candidates()).filteredOn(c -> c.rank() == 4).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(PanelMember.Status.DRAWN));
        assertThat(after.seats().get(1).holder()).isEqualTo(replacement);
        assertThat(record.replay().matches()).isTrue();
    }

    @Test
    void whenEveryMemberHasDeclaredThePanelIsSeatedAndTheEvaluationKnowsIt() {
        ProcedureId id = procedure("seated");
        Panels.PanelFacts drawn = draw(id, 1, 3, List.of(users.user("purchaser").userId()));
        long seatedEntries = entries("procurement.panel.seated", drawn.panel().id());

        for (PanelMember member : drawn.panel().members()) {
            panels.declare(actor(member.user()), drawn.panel().id());
        }

        Panel panel = panels.of(id, 1).orElseThrow();
        assertThat(panel.complete()).isTrue();
        assertThat(panel.seated()).hasSize(3).allSatisfy(m -> assertThat(m.declaredAt()).isNotNull());
        assertThat(panels.seated(drawn.panel().members().get(0).user(), id, 1)).isTrue();
        assertThat(panels.seated(users.user("provider").userId(), id, 1)).isFalse();
        assertThat(entries("procurement.panel.seated", drawn.panel().id())).isEqualTo(seatedEntries + 1);
        assertThatThrownBy(() -> panels.declare(actor(drawn.panel().members().get(0).user()), drawn.panel().id()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("procurement.panel.declared-already"));
    }

    @Test
    void aPanelForTheWholeProcedureEvaluatesEveryLotAndNoOtherPanelIsDrawn() {
        ProcedureId id = procedure("whole");
        Panels.PanelFacts whole = draw(id, null, 3, List.of());

        assertThat(panels.of(id, 1)).hasValueSatisfying(p -> {
            assertThat(p.id()).isEqualTo(whole.panel().id());
            assertThat(p.wholeProcedure()).isTrue();
        });
        assertThatThrownBy(() -> draw(id, 1, 3, List.of())).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.messageKey()).isEqualTo("procurement.panel.drawn-already"));
    }

    @Test
    void tooFewCandidatesIsAConflictNamingHowManyAreNeededAndFound() throws Exception {
        ProcedureId id = procedure("uncovered");

        String body = mvc.perform(post("/api/v1/procedures/{id}/panels", id.value()).with(users.as("purchaser")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"lot\":1,\"seats\":3,\"complex\":false,\"evaluationDay\":\""
                        + PanelFixtures.today(context).plusDays(2) + "\",\"representatives\":[]}"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(body).containsPattern("3 are needed, 0 are candidates|需要 3 人，符合条件的候选人 0 人");
    }

    @Test
    void anEvenPanelWithTooManyRepresentativesIsRefusedForBothReasons() {
        RuleViolations refused = org.assertj.core.api.Assertions.catchThrowableOfType(RuleViolations.class,
                () -> draw(procedure("whole"), 1, 4, List.of(users.user("purchaser").userId(), users.user("purchaser").userId())));

        assertThat(refused.violations()).extracting(RuleViolation::messageKey).contains("procurement.panel.even",
                "procurement.panel.representative-not-of-purchaser");
    }

    @Test
    void aPanelIsDrawnOnlyAfterTheOpening() {
        ProcedureId tendering = ReadyDraft.tenderingWithDocumentsObtainedBy(context, users, 2_500_000, "provider");

        assertThatThrownBy(() -> draw(tendering, 1, 5, List.of())).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.messageKey()).isEqualTo("procurement.panel.not-opened"));
    }

    @Test
    void anExpertSeesOnlyThePanelsItWasDrawnFor() throws Exception {
        Panel panel = drawnPanel().panel();
        String drawn = PanelFixtures.username(context, panel.members().get(0).user());
        String notDrawn = PanelFixtures.username(context, expert("away").userId());

        mvc.perform(get("/api/v1/panels/{id}", panel.id()).with(users.as(drawn))).andExpect(status().isOk())
                .andExpect(jsonPath("$.seats").value(3));
        mvc.perform(get("/api/v1/panels/{id}", panel.id()).with(users.as(notDrawn))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/panels/{id}/draw", panel.id()).with(users.as(drawn))).andExpect(status().isNotFound());
        assertThat(panels.mine(users.user(drawn))).extracting(f -> f.panel().id()).contains(panel.id());
        assertThat(panels.mine(users.user(notDrawn))).extracting(f -> f.panel().id()).doesNotContain(panel.id());
        mvc.perform(get("/panels/{id}", panel.id()).with(users.as(drawn))).andExpect(status().isOk());
    }

    @Test
    void aPurchaserSeesOnlyThePanelsOfItsOwnProcedures() throws Exception {
        Panel panel = drawnPanel().panel();
        String otherDepartment = "purchaser-ndrc-panels";
        if (!context.getBean(UserProvisioning.class).exists(otherDepartment)) {
            context.getBean(UserProvisioning.class).provision(
                    PanelFixtures.organization(context, "澜江市发展和改革委员会").id().value(), otherDepartment, "发改委采购员",
                    "Lanjiang-demo-2026", Set.of(Role.PURCHASER), "zh-CN", null);
        }

        mvc.perform(get("/api/v1/panels/{id}", panel.id()).with(users.as("purchaser"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/panels/{id}", panel.id()).with(users.as(otherDepartment))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/procedures/{id}/panels", procedure("drawn").value()).with(users.as(otherDepartment)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/procedures/{id}/panels", procedure("drawn").value()).with(users.as("purchaser")))
                .andExpect(status().isOk());
    }

    private Panels.PanelFacts draw(ProcedureId id, Integer lot, int seats, List<UUID> representatives) {
        return panels.draw(users.user("purchaser"), id, new Panels.DrawRequest(lot, seats, false, null,
                PanelFixtures.today(context).plusDays(2), representatives));
    }

    private org.cogov.shared.Actor actor(UUID user) {
        return users.user(PanelFixtures.username(context, user));
    }

    private long entries(String action, UUID panel) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = :a AND object_id = :id").param("a", action)
                .param("id", panel.toString()).query(Long.class).single();
    }
}
