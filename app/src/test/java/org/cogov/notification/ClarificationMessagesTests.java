package org.cogov.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.identity.UserProvisioning;
import org.cogov.procurement.Clarifications;
import org.cogov.procurement.Enquiries;
import org.cogov.procurement.EnquiryId;
import org.cogov.procurement.ProcedureDrafts;
import org.cogov.procurement.ProcedureId;
import org.cogov.shared.time.SettableClock;
import org.cogov.shared.time.WorkingDays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The scenario end to end: a question answered eight days before a tender's deadline moves the
 * deadline, and every provider that obtained the documents is told, in its own language; the asker
 * also learns its question was answered.
 */
@DatabaseTest
class ClarificationMessagesTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestUsers users;
    @Autowired
    UserProvisioning provisioning;
    @Autowired
    Enquiries enquiries;
    @Autowired
    Clarifications clarifications;
    @Autowired
    ProcedureDrafts drafts;
    @Autowired
    SettableClock clock;
    @Autowired
    WorkingDays days;

    @Test
    void aLateClarificationMovesTheDeadlineAndEveryDownloaderIsToldInItsLanguage() {
        Recipients recipients = new Recipients(context);
        ProcedureId procedure = recipients.publishedProcedure();
        UUID chinese = recipients.provider("zh-CN", null);
        UUID english = recipients.provider("en", null);
        recipients.download(procedure, chinese);
        recipients.download(procedure, english);
        Instant deadline = drafts.draft(users.user("purchaser"), procedure).procedure().timetable().deadline();
        LocalDate eightDaysBefore = deadline.atZone(days.zone()).toLocalDate().minusDays(8);
        Instant morning = eightDaysBefore.atTime(10, 0).atZone(days.zone()).toInstant();
        if (morning.isAfter(clock.instant())) {
            clock.set(morning);
        }
        EnquiryId question = enquiries.ask(provisioning.actingAs(recipients.username(english)), procedure,
                "May the monthly reports be delivered in English?");

        Clarifications.Outcome outcome = clarifications.answer(users.user("purchaser"), question,
                drafts.draft(users.user("purchaser"), procedure).procedure().version(), "May the monthly reports be delivered in English?",
                "月度报告须以中文提交，可附英文摘要。", true);

        assertThat(outcome.deadlineMoved()).isTrue();
        String moved = outcome.deadline().atZone(days.zone()).toLocalDate().toString();
        assertThat(recipients.awaitMessages(chinese, 1)).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MessageKind.AMENDMENT);
            assertThat(m.subject()).contains("澄清公告");
            assertThat(m.body()).contains(moved, "变更为");
        });
        assertThat(recipients.awaitMessages(english, 2)).extracting(Messages.Message::kind)
                .containsExactlyInAnyOrder(MessageKind.AMENDMENT, MessageKind.ANSWER);
        assertThat(recipients.messagesOf(english)).filteredOn(m -> m.kind() == MessageKind.AMENDMENT).singleElement()
                .satisfies(m -> assertThat(m.body()).contains(moved, "moved"));
    }
}
