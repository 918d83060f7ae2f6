package org.cogov.procurement.bidding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.procurement.Procedure;
import org.cogov.procurement.ProcedureDrafts;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.ReadyDraft;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.time.SettableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fewer custodians than the key needs in the opening window: the opening moves later, the shares
 * presented are forgotten, and after the last postponement the lots fail with every bid withdrawn —
 * not by its bidder's fault — and never opened.
 */
@DatabaseTest
class OpeningPostponementTests {

    @Autowired
    Opening opening;
    @Autowired
    OpeningWindows windows;
    @Autowired
    Bidding bidding;
    @Autowired
    ProcedureDrafts drafts;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    SettableClock clock;

    @Test
    void aPostponedOpeningFailsTheLotAfterTheSecondPostponement() {
        ProcedureId id = ReadyDraft.tenderingWithDocumentsObtainedBy(context, users, 2_500_000, "provider", "provider2");
        bid("provider", id, "1700000");
        bid("provider2", id, "1650000");
        Instant firstUntil = procedure(id).timetable().openingUntil();
        clock.set(procedure(id).timetable().deadline());
        opening.present(users.user("auditor"), id, "auditor-opening-key".toCharArray());

        clock.set(firstUntil);
        assertThat(windows.windowEnded(id.value().toString())).as("the end of the next window").isPresent();
        Procedure once = procedure(id);
        assertThat(once.timetable().openingUntil()).isAfter(firstUntil);
        assertThat(once.timetable().openingUntil().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalTime())
                .isEqualTo(firstUntil.atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalTime());
        assertThat(opening.record(id).presented()).as("the shares of the ended window are forgotten").isEmpty();

        clock.set(once.timetable().openingUntil());
        assertThat(windows.windowEnded(id.value().toString())).isPresent();
        clock.set(procedure(id).timetable().openingUntil());
        assertThat(windows.windowEnded(id.value().toString())).as("no third postponement").isEmpty();

        OpeningRecord record = opening.record(id);
        assertThat(record.lots()).singleElement().satisfies(lot -> {
            assertThat(lot.outcome()).isEqualTo(OpeningRecord.LotOutcome.FAILED);
            assertThat(lot.reason()).isEqualTo("procurement.failure.custodians-absent");
            assertThat(lot.bids()).hasSize(2).allSatisfy(b -> {
                assertThat(b.outcome()).isEqualTo(OpeningRecord.BidOutcome.WITHDRAWN);
                assertThat(b.price()).as("never opened").isNull();
            });
        });
        assertThat(procedure(id).state()).isEqualTo(Procedure.State.FAILED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM opening_postponement WHERE procedure_id = :p").param("p", id.value())
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aShareOutsideTheOpeningWindowIsRefused() {
        ProcedureId id = ReadyDraft.tenderingWithDocumentsObtainedBy(context, users, 2_500_000, "provider");
        clock.set(procedure(id).timetable().openingUntil().plus(Duration.ofMinutes(1)));

        assertThatThrownBy(() -> opening.present(users.user("auditor"), id, "auditor-opening-key".toCharArray()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("procurement.opening.outside-window"));
    }

    private void bid(String provider, ProcedureId id, String price) {
        bidding.submit(users.user(provider), id, 1, new Bidding.Proposal(new BigDecimal(price), "投标方案", List.of()), true, null);
    }

    private Procedure procedure(ProcedureId id) {
        return drafts.draft(users.user("purchaser"), id).procedure();
    }
}
