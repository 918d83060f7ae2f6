package org.cogov.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.procurement.IncidentFixtures;
import org.cogov.procurement.PlatformIncidents;
import org.cogov.procurement.ProcedureId;
import org.cogov.shared.time.WorkingDays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The scenario end to end: a tender's deadline fell inside a platform incident; once the finance
 * bureau declares it, everyone who obtained the documents — the bidders among them, unnamed — is told of the
 * new deadline in its own language, and so is the procedure's staff; nobody else.
 */
@DatabaseTest
class IncidentMessagesTests {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    @Autowired
    ApplicationContext context;
    @Autowired
    TestUsers users;
    @Autowired
    PlatformIncidents incidents;
    @Autowired
    WorkingDays days;

    @Test
    void anExtendedDeadlineReachesEveryDownloaderInItsLanguageAndTheStaff() {
        Recipients recipients = new Recipients(context);
        ProcedureId procedure = recipients.publishedProcedure();
        UUID chinese = recipients.provider("zh-CN", null);
        UUID english = recipients.provider("en", null);
        UUID bystander = recipients.provider("en", null);
        UUID staff = recipients.purchaser("en", null);
        recipients.download(procedure, chinese);
        recipients.download(procedure, english);
        IncidentFixtures.Window window = IncidentFixtures.freeWindow(context);
        IncidentFixtures.moveDeadline(context, procedure, window.plus(Duration.ofMinutes(30)));

        PlatformIncidents.Declared declared = incidents.declare(users.user("finance"), window.start(), window.end(),
                "电子交易平台网络中断，投标文件无法上传。");

        PlatformIncidents.Extended extended = declared.extended().stream().filter(e -> e.procedure().equals(procedure))
                .findFirst().orElseThrow();
        String deadline = MINUTE.format(extended.deadline().atZone(days.zone()));
        String reference = declared.incident().reference();
        assertThat(recipients.awaitMessages(chinese, 1)).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MessageKind.EXTENSION);
            assertThat(m.subject()).contains(extended.reference(), "截止时间顺延");
            assertThat(m.body()).contains(reference, "顺延至 " + deadline, extended.noticeNumber());
            assertThat(m.link()).isEqualTo("/public/procedures/" + procedure.value());
        });
        assertThat(recipients.awaitMessages(english, 1)).singleElement().satisfies(m -> {
            assertThat(m.subject()).contains("deadline extended");
            assertThat(m.body()).contains("is extended from", "to " + deadline, reference);
        });
        assertThat(recipients.awaitMessages(staff, 1)).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MessageKind.EXTENSION);
            assertThat(m.link()).isEqualTo("/procedures/" + procedure.value());
        });
        assertThat(recipients.messagesOf(bystander)).isEmpty();
    }
}
