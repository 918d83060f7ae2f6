package org.cogov.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.shared.time.SettableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The platform closes a tendering procedure to bids at its deadline, from the scheduler, once: not
 * before, at a moved deadline only when it comes, and never once the close is taken off the agenda.
 * The test clock moves; the scheduler, woken by the move, does the rest in its own threads, so each
 * test waits (bounded) for what it did. A procedure published in the same test is the witness that the
 * scheduler has looked at the new time. Past the first, the tests bring their deadlines within hours,
 * so that the suite's clock stays inside the calendars shipped.
 */
@DatabaseTest
class ClosingTests {

    /** Far more than the scheduler needs to notice a move of the clock and close a procedure. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    ProcedureDrafts drafts;
    @Autowired
    Publication publication;
    @Autowired
    Closing closing;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    SettableClock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    PlatformTransactionManager transactions;

    private ProcedureId publishedTender() {
        ProcedureId id = ReadyDraft.of(context, users, Method.PUBLIC_TENDER, null, 2_500_000);
        publication.publish(users.user("purchaser"), id, ReadyDraft.version(drafts, users.user("purchaser"), id));
        return id;
    }

    /** A published tender whose deadline a clarification brought to {@code in} from now, its close moved with it. */
    private ProcedureId tenderClosingIn(Duration in) {
        ProcedureId id = publishedTender();
        Instant deadline = clock.instant().plus(in);
        moveDeadline(id, deadline);
        closing.schedule(id, deadline);
        return id;
    }

    private Procedure.State state(ProcedureId id) {
        return Procedure.State.valueOf(jdbc.sql("SELECT state FROM procurement_procedure WHERE id = :id").param("id", id.value())
                .query(String.class).single());
    }

    private Instant deadline(ProcedureId id) {
        return drafts.draft(users.user("purchaser"), id).procedure().timetable().deadline();
    }

    private int closedEntries(ProcedureId id) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'procurement.procedure.closed' AND object_id = :id")
                .param("id", id.value().toString()).query(Integer.class).single();
    }

    /** What a clarification or an amendment does to the deadline, without the rest of it. */
    private void moveDeadline(ProcedureId id, Instant deadline) {
        jdbc.sql("UPDATE procurement_procedure SET deadline = :deadline, version = version + 1 WHERE id = :id")
                .param("deadline", deadline.atOffset(ZoneOffset.UTC)).param("id", id.value()).update();
    }

    private void awaitClosed(ProcedureId id) {
        await().atMost(PATIENCE).until(() -> state(id) == Procedure.State.CLOSED);
    }

    @Test
    void aTenderClosesAtItsDeadlineOnceWithItsAuditEntry() throws Exception {
        ProcedureId id = publishedTender();
        Instant deadline = deadline(id);
        assertThat(closing.scheduledAt(id)).contains(deadline);

        // As an administrator of the demo moves its clock.
        mvc.perform(post("/api/v1/test-clock").with(users.as("admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"instant\":\"" + deadline + "\"}")).andExpect(status().isOk());

        awaitClosed(id);
        await().atMost(PATIENCE).until(() -> closing.scheduledAt(id).isEmpty());
        closing.closePastDeadline();
        assertThat(closing.closeAtDeadline(id.value().toString())).isEmpty();
        assertThat(closedEntries(id)).isEqualTo(1);
        assertThat(state(id)).isEqualTo(Procedure.State.CLOSED);
    }

    @Test
    void aTenderStillTendersASecondBeforeItsDeadline() {
        ProcedureId tender = tenderClosingIn(Duration.ofHours(2));
        ProcedureId witness = tenderClosingIn(Duration.ofHours(1));
        Instant deadline = deadline(tender);

        clock.set(deadline.minusSeconds(1));

        awaitClosed(witness);
        assertThat(state(tender)).isEqualTo(Procedure.State.TENDERING);
        assertThat(closedEntries(tender)).isZero();
        assertThat(closing.scheduledAt(tender)).contains(deadline);
    }

    @Test
    void aPostponedDeadlineClosesTheTenderOnlyWhenItComes() {
        ProcedureId tender = tenderClosingIn(Duration.ofHours(1));
        ProcedureId witness = tenderClosingIn(Duration.ofHours(1));
        Instant first = deadline(tender);
        Instant postponed = first.plus(Duration.ofHours(3));
        moveDeadline(tender, postponed);
        closing.schedule(tender, postponed);
        assertThat(closing.scheduledAt(tender)).contains(postponed);

        clock.set(first);
        awaitClosed(witness);
        assertThat(state(tender)).isEqualTo(Procedure.State.TENDERING);

        clock.set(postponed);
        awaitClosed(tender);
        assertThat(closedEntries(tender)).isEqualTo(1);
    }

    @Test
    void aDeadlineMovedWithoutTellingTheAgendaStillClosesTheTenderAtTheNewTime() {
        ProcedureId tender = tenderClosingIn(Duration.ofHours(1));
        ProcedureId witness = tenderClosingIn(Duration.ofHours(1));
        Instant first = deadline(tender);
        Instant postponed = first.plus(Duration.ofHours(3));
        moveDeadline(tender, postponed);

        clock.set(first);
        awaitClosed(witness);
        await().atMost(PATIENCE).until(() -> closing.scheduledAt(tender).filter(postponed::equals).isPresent());
        assertThat(state(tender)).isEqualTo(Procedure.State.TENDERING);

        clock.set(postponed);
        awaitClosed(tender);
        assertThat(closedEntries(tender)).isEqualTo(1);
    }

    @Test
    void aCloseScheduledInAChangeThatRollsBackIsNotOnTheAgenda() {
        ProcedureId id = new ProcedureId(UUID.randomUUID());

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            closing.schedule(id, clock.instant().plus(Duration.ofDays(20)));
            assertThat(closing.scheduledAt(id)).isPresent();
            status.setRollbackOnly();
        });

        assertThat(closing.scheduledAt(id)).isEmpty();
    }

    @Test
    void aCancelledProcedureIsNeverClosed() {
        ProcedureId cancelled = tenderClosingIn(Duration.ofHours(1));
        ProcedureId witness = tenderClosingIn(Duration.ofHours(1));
        Instant deadline = deadline(cancelled);
        // What the cancellation of a published procedure will do: its state, and its close off the agenda.
        jdbc.sql("UPDATE procurement_procedure SET state = 'CANCELLED', version = version + 1 WHERE id = :id")
                .param("id", cancelled.value()).update();
        closing.cancel(cancelled);
        assertThat(closing.scheduledAt(cancelled)).isEmpty();

        clock.set(deadline.plus(Closing.CATCH_UP_EVERY).plusSeconds(1));

        awaitClosed(witness);
        closing.closePastDeadline();
        assertThat(state(cancelled)).isEqualTo(Procedure.State.CANCELLED);
        assertThat(closedEntries(cancelled)).isZero();
    }
}
