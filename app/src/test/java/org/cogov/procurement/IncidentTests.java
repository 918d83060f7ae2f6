package org.cogov.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cogov.procurement.IncidentFixtures.freeWindow;
import static org.cogov.procurement.IncidentFixtures.tenderWithDeadline;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.procurement.IncidentFixtures.Window;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.time.SettableClock;
import org.cogov.shared.time.WorkingDays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A platform incident declared by the finance bureau extends every deadline that fell inside it — of a
 * procedure still tendering, or closed by the scheduler and not yet opened, which tenders again — with a
 * notice each and the close moved to the new deadline; it leaves everything else alone. Only the finance
 * bureau declares, after a preview computed by the same rule; bad windows are refused field by field; anyone
 * reads the incidents.
 */
@DatabaseTest
class IncidentTests {

    private static final String REASON = "电子交易平台数据库故障，投标文件无法上传。";

    @Autowired
    PlatformIncidents incidents;
    @Autowired
    ProcedureDrafts drafts;
    @Autowired
    Publication publication;
    @Autowired
    Closing closing;
    @Autowired
    Cancellation cancellation;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    SettableClock clock;
    @Autowired
    WorkingDays days;
    @Autowired
    MockMvc mvc;

    private Actor finance() {
        return users.user("finance");
    }

    private Procedure procedure(ProcedureId id) {
        return drafts.draft(users.user("purchaser"), id).procedure();
    }

    private List<Notice> notices(ProcedureId id) {
        return publication.published(id).orElseThrow().notices();
    }

    private Instant expected(Instant deadline, Window window, Instant declaredAt) {
        return incidents.rule().deadline(deadline, window.start(), window.end(), declaredAt);
    }

    private int audited(String action, Object objectId) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = :action AND object_id = :id").param("action", action)
                .param("id", objectId.toString()).query(Integer.class).single();
    }

    private int incidentCount() {
        return jdbc.sql("SELECT COUNT(*) FROM platform_incident").query(Integer.class).single();
    }

    private void putInState(ProcedureId id, Procedure.State state, Procedure.State suspendedFrom) {
        jdbc.sql("UPDATE procurement_procedure SET state = :state, suspended_from = :from, version = version + 1 WHERE id = :id")
                .param("state", state.name()).param("from", suspendedFrom == null ? null : suspendedFrom.name())
                .param("id", id.value()).update();
    }

    private static String json(Instant start, Instant end, String reason) {
        return "{\"start\":\"" + start.atOffset(ZoneOffset.ofHours(8)) + "\",\"end\":\"" + end.atOffset(ZoneOffset.ofHours(8))
                + "\",\"reason\":\"" + reason + "\"}";
    }

    @Test
    void aTenderingProcedureWhoseDeadlineFellInsideGetsANewDeadlineANoticeAndItsCloseThere() {
        Window window = freeWindow(context);
        Instant old = window.plus(Duration.ofMinutes(30));
        ProcedureId id = tenderWithDeadline(context, users, old);
        Procedure before = procedure(id);

        PlatformIncidents.Declared declared = incidents.declare(finance(), window.start(), window.end(), REASON);

        Procedure after = procedure(id);
        Instant deadline = expected(old, window, declared.incident().declaredAt());
        Duration moved = Duration.between(old, deadline);
        assertThat(after.state()).isEqualTo(Procedure.State.TENDERING);
        assertThat(after.timetable().deadline()).isEqualTo(deadline).isAfter(clock.instant()).isAfter(window.end());
        assertThat(deadline.atZone(days.zone()).toLocalTime()).isEqualTo(old.atZone(days.zone()).toLocalTime());
        assertThat(days.isWorkingDay(deadline.atZone(days.zone()).toLocalDate())).isTrue();
        assertThat(after.timetable().openingFrom()).isEqualTo(before.timetable().openingFrom().plus(moved));
        assertThat(after.timetable().openingUntil()).isEqualTo(before.timetable().openingUntil().plus(moved));
        assertThat(after.version()).isGreaterThan(before.version());
        assertThat(closing.scheduledAt(id)).contains(deadline);
        assertThat(declared.extended()).filteredOn(e -> e.procedure().equals(id)).singleElement().satisfies(e -> {
            assertThat(e.from()).isEqualTo(Procedure.State.TENDERING);
            assertThat(e.deadlineBefore()).isEqualTo(old);
            assertThat(e.deadline()).isEqualTo(deadline);
            assertThat(e.noticeNumber()).isEqualTo(before.reference() + "-02");
        });
        Notice notice = notices(id).get(notices(id).size() - 1);
        String shown = NoticeWriter.minute(deadline, days.zone());
        assertThat(notice.kind()).isEqualTo(Notice.Kind.DEADLINE_EXTENSION);
        assertThat(notice.number()).isEqualTo(before.reference() + "-02");
        assertThat(notice.textZh()).startsWith("延期公告").contains("顺延至 " + shown, declared.incident().reference(), REASON);
        assertThat(notice.textEn()).startsWith("Deadline extension notice").contains("to " + shown, "opening window moves")
                .doesNotContain("takes bids again");
        assertThat(audited("procurement.procedure.deadline-extended", id.value())).isEqualTo(1);
        assertThat(audited("procurement.incident.declared", declared.incident().id().value())).isEqualTo(1);
        assertThat(incidents.extensionsOf(id)).singleElement().satisfies(e -> assertThat(e.deadline()).isEqualTo(deadline));
        assertThat(incidents.incident(declared.incident().id()).extended()).extracting(PlatformIncidents.Extended::procedure)
                .contains(id);
    }

    @Test
    void aProcedureClosedAtADeadlineInsideTakesBidsAgainAndItsCloseIsBackOnTheAgenda() {
        Window window = freeWindow(context);
        Instant old = window.plus(Duration.ofMinutes(90));
        ProcedureId id = tenderWithDeadline(context, users, old);
        // The scheduler's close at the old deadline, done: the procedure closed, the close left the agenda.
        closing.closeAtDeadline(id.value().toString());
        closing.cancel(id);
        assertThat(procedure(id).state()).isEqualTo(Procedure.State.CLOSED);
        assertThat(closing.scheduledAt(id)).isEmpty();

        PlatformIncidents.Declared declared = incidents.declare(finance(), window.start(), window.end(), REASON);

        Instant deadline = expected(old, window, declared.incident().declaredAt());
        assertThat(procedure(id).state()).isEqualTo(Procedure.State.TENDERING);
        assertThat(procedure(id).timetable().deadline()).isEqualTo(deadline);
        assertThat(closing.scheduledAt(id)).contains(deadline);
        assertThat(declared.extended()).filteredOn(e -> e.procedure().equals(id)).singleElement()
                .satisfies(e -> assertThat(e.from()).isEqualTo(Procedure.State.CLOSED));
        assertThat(notices(id).get(notices(id).size() - 1).textEn()).contains("takes bids again until the new deadline");
        assertThat(jdbc.sql("""
                SELECT p.payload FROM audit_entry e JOIN audit_payload p ON p.entry_id = e.id
                WHERE e.action = 'procurement.procedure.deadline-extended' AND e.object_id = :id""")
                .param("id", id.value().toString()).query(String.class).single()).contains("CLOSED");
    }

    @Test
    void openedEndedAndSuspendedProceduresAndDeadlinesOutsideTheHalfOpenWindowAreLeftAlone() {
        Window window = freeWindow(context);
        Instant inside = window.plus(Duration.ofMinutes(45));
        ProcedureId atStart = tenderWithDeadline(context, users, window.start());
        ProcedureId atEnd = tenderWithDeadline(context, users, window.end());
        ProcedureId justBefore = tenderWithDeadline(context, users, window.start().minusSeconds(1));
        ProcedureId opened = tenderWithDeadline(context, users, inside);
        putInState(opened, Procedure.State.OPENED, null);
        ProcedureId failed = tenderWithDeadline(context, users, inside);
        putInState(failed, Procedure.State.FAILED, null);
        ProcedureId suspended = tenderWithDeadline(context, users, inside);
        putInState(suspended, Procedure.State.SUSPENDED, Procedure.State.TENDERING);
        ProcedureId cancelled = tenderWithDeadline(context, users, inside);
        cancellation.cancel(users.user("purchaser"), cancelled, procedure(cancelled).version(), "预算调整，终止采购");
        List<ProcedureId> untouched = List.of(atEnd, justBefore, opened, failed, suspended, cancelled);
        Map<ProcedureId, Procedure> before = new java.util.HashMap<>();
        Map<ProcedureId, Integer> noticesBefore = new java.util.HashMap<>();
        untouched.forEach(id -> {
            before.put(id, procedure(id));
            noticesBefore.put(id, notices(id).size());
        });

        PlatformIncidents.Declared declared = incidents.declare(finance(), window.start(), window.end(), REASON);

        assertThat(declared.extended()).extracting(PlatformIncidents.Extended::procedure).contains(atStart)
                .doesNotContainAnyElementsOf(untouched);
        assertThat(procedure(atStart).timetable().deadline())
                .isEqualTo(expected(window.start(), window, declared.incident().declaredAt()));
        for (ProcedureId id : untouched) {
            assertThat(procedure(id)).as("procedure %s", before.get(id).reference()).isEqualTo(before.get(id));
            assertThat(notices(id)).hasSize(noticesBefore.get(id));
            assertThat(incidents.extensionsOf(id)).isEmpty();
        }
    }

    @Test
    void thePreviewShowsWhatTheDeclarationDoesAndChangesNothing() {
        Window window = freeWindow(context);
        Instant old = window.plus(Duration.ofMinutes(10));
        ProcedureId closed = tenderWithDeadline(context, users, old);
        closing.closeAtDeadline(closed.value().toString());
        Procedure before = procedure(closed);
        int declaredBefore = incidentCount();

        PlatformIncidents.Preview preview = incidents.preview(finance(), window.start(), window.end(), REASON);

        assertThat(preview.extensions()).filteredOn(x -> x.procedure().id().equals(closed)).singleElement().satisfies(x -> {
            assertThat(x.deadlineBefore()).isEqualTo(old);
            assertThat(x.deadline()).isEqualTo(expected(old, window, clock.instant()));
            assertThat(x.reopens()).isTrue();
            assertThat(x.after().openingFrom()).isEqualTo(x.deadline());
        });
        assertThat(procedure(closed)).isEqualTo(before);
        assertThat(incidentCount()).isEqualTo(declaredBefore);

        PlatformIncidents.Declared declared = incidents.declare(finance(), window.start(), window.end(), REASON);

        assertThat(declared.extended()).extracting(PlatformIncidents.Extended::deadline)
                .containsExactlyElementsOf(preview.extensions().stream().map(PlatformIncidents.Extension::deadline).toList());
    }

    @Test
    void theFinanceBureauDeclaresOverTheApiAndEveryoneReadsTheIncident() throws Exception {
        Window window = freeWindow(context);
        ProcedureId id = tenderWithDeadline(context, users, window.plus(Duration.ofMinutes(20)));

        String created = mvc.perform(post("/api/v1/incidents").with(users.as("finance")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json(window.start(), window.end(), REASON)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.extended[*].procedure", hasItem(id.value().toString())))
                .andExpect(jsonPath("$.organization").value(finance().organizationId().toString()))
                .andReturn().getResponse().getContentAsString();
        String incident = created.replaceAll("(?s)^\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
        String reference = incidents.incident(new IncidentId(UUID.fromString(incident))).incident().reference();

        mvc.perform(get("/api/v1/incidents").with(users.as("auditor"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].reference", hasItem(reference)));
        mvc.perform(get("/api/v1/incidents/{id}", incident).with(users.as("provider"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.reference").value(reference))
                .andExpect(jsonPath("$.extended[*].procedure", hasItem(id.value().toString())));
        mvc.perform(get("/api/v1/public/incidents")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].reference", hasItem(reference)));
        mvc.perform(get("/api/v1/public/incidents/{id}", incident)).andExpect(status().isOk())
                .andExpect(jsonPath("$.extended[*].procedure", hasItem(id.value().toString())));
        mvc.perform(get("/public/incidents")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(reference)));
        mvc.perform(get("/public/incidents/{id}", incident)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(procedure(id).reference())));
        mvc.perform(get("/api/v1/incidents/{id}", UUID.randomUUID()).with(users.as("finance"))).andExpect(status().isNotFound());
        // Where the tender's deadline is shown, its extension is told.
        mvc.perform(get("/tenders/{id}", id.value()).with(users.as("provider"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(reference)));
        mvc.perform(get("/public/procedures/{id}", id.value())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(reference)));
    }

    @Test
    void onlyTheFinanceBureauDeclaresAndEveryOtherAttemptIsAnAuditEntry() throws Exception {
        Window window = freeWindow(context);
        ProcedureId id = tenderWithDeadline(context, users, window.plus(Duration.ofMinutes(20)));
        Procedure before = procedure(id);
        int declaredBefore = incidentCount();

        for (String user : List.of("purchaser", "auditor", "admin", "provider")) {
            long refusals = users.refusalsOf(user);
            mvc.perform(post("/api/v1/incidents").with(users.as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                    .content(json(window.start(), window.end(), REASON))).andExpect(status().isForbidden());
            assertThat(users.refusalsOf(user)).as(user).isGreaterThan(refusals);
        }
        long refusals = users.refusalsOf("purchaser");
        mvc.perform(post("/incidents").with(users.as("purchaser")).with(csrf()).param("start", "2026-01-01T09:00")
                .param("end", "2026-01-01T10:00").param("reason", REASON).param("confirmed", "true"))
                .andExpect(status().isForbidden());
        assertThat(users.refusalsOf("purchaser")).isGreaterThan(refusals);
        assertThatThrownBy(() -> incidents.declare(users.user("purchaser"), window.start(), window.end(), REASON))
                .isInstanceOf(Forbidden.class);

        assertThat(incidentCount()).isEqualTo(declaredBefore);
        assertThat(procedure(id)).isEqualTo(before);
    }

    @Test
    void badWindowsAreRefusedFieldByField() throws Exception {
        Instant now = clock.instant();
        Instant hourAgo = now.minus(Duration.ofHours(1));
        String declare = "/api/v1/incidents";

        mvc.perform(post(declare).with(users.as("finance")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json(hourAgo, now.plus(Duration.ofHours(1)), REASON))).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("end")));
        mvc.perform(post(declare).with(users.as("finance")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json(hourAgo, hourAgo.minusSeconds(60), REASON))).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("end"));
        mvc.perform(post(declare).with(users.as("finance")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json(now.minus(Duration.ofDays(8)), hourAgo, REASON))).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("start"));
        mvc.perform(post(declare).with(users.as("finance")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json(now.minus(Duration.ofDays(40)), now.minus(Duration.ofDays(39)), REASON)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("end"));
        mvc.perform(post(declare).with(users.as("finance")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json(hourAgo.minusSeconds(60), hourAgo, "   "))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post(declare).with(users.as("finance")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json(hourAgo.minusSeconds(60), hourAgo, "长".repeat(PlatformIncident.REASON_MAX + 1))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post(declare).with(users.as("finance")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"end\":\"" + hourAgo + "\",\"reason\":\"x\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("start"));

        Window window = freeWindow(context);
        incidents.declare(finance(), window.start(), window.end(), REASON);
        mvc.perform(post(declare).with(users.as("finance")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json(window.plus(Duration.ofMinutes(60)), window.end().plus(Duration.ofMinutes(10)), REASON)))
                .andExpect(status().isConflict());
    }

    @Test
    void theFinanceBureauSeesOnThePageWhatItWouldExtendBeforeItConfirms() throws Exception {
        Window window = freeWindow(context);
        ProcedureId id = tenderWithDeadline(context, users, window.plus(Duration.ofMinutes(40)));
        Procedure before = procedure(id);
        DateTimeFormatter minute = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");
        String start = minute.format(window.start().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1)).atZone(days.zone()));
        String end = minute.format(window.end().truncatedTo(ChronoUnit.MINUTES).atZone(days.zone()));

        mvc.perform(get("/incidents").with(users.as("finance"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"incident-form\"")));
        mvc.perform(get("/incidents").with(users.as("provider"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("incident-form"))));
        mvc.perform(post("/incidents/preview").with(users.as("finance")).with(csrf()).param("start", start).param("end", end)
                .param("reason", REASON)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(before.reference())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"confirm-incident\"")));
        mvc.perform(post("/incidents").with(users.as("finance")).with(csrf()).param("start", start).param("end", end)
                .param("reason", REASON)).andExpect(redirectedUrl("/incidents")).andExpect(flash().attributeExists("refused"));
        assertThat(procedure(id)).isEqualTo(before);

        String declared = mvc.perform(post("/incidents").with(users.as("finance")).with(csrf()).param("start", start)
                .param("end", end).param("reason", REASON).param("confirmed", "true"))
                .andExpect(redirectedUrlPattern("/incidents/*")).andExpect(flash().attribute("saved", "procurement.page.incident-declared"))
                .andReturn().getResponse().getRedirectedUrl();

        assertThat(procedure(id).timetable().deadline()).isAfter(before.timetable().deadline());
        mvc.perform(get(declared).with(users.as("auditor"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(before.reference())));
    }
}
