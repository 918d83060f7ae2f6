package org.cogov.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.procurement.Notice;
import org.cogov.procurement.ProcedureAmended;
import org.cogov.procurement.ProcedureCancelled;
import org.cogov.procurement.Procedure;
import org.cogov.procurement.ProcedureId;
import org.cogov.shared.time.SettableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Messages that also go by e-mail, through a real SMTP server in the test's process (GreenMail): each
 * recipient in its own language, only the kinds it wants, sent after the commit, and tried again
 * when the server is away. The one test class with an SMTP server, hence the one extra application
 * context; its sending loop is off, and the tests drive the outbox themselves.
 */
@DatabaseTest
class NotificationMailTests {

    private static final int SMTP_PORT = freePort();
    private static GreenMail smtp = smtpServer();
    private static final String TITLE = "行业运行监测服务采购";

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("cogov.notification.mail.sending", () -> "false");
        registry.add("cogov.notification.site", () -> "https://cogov.example");
    }

    @AfterAll
    static void stopSmtpServer() {
        smtp.stop();
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    MailDelivery delivery;
    @Autowired
    MailPreferences preferences;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SettableClock clock;

    private Recipients recipients;

    @BeforeEach
    void setUp() {
        recipients = new Recipients(context);
    }

    @Test
    void anAmendmentReachesEveryDownloaderInAppAndByEmailInTheirOwnLanguage() throws Exception {
        ProcedureId procedure = recipients.publishedProcedure();
        String reference = recipients.reference(procedure);
        String zhAddress = address("zh");
        String enAddress = address("en");
        UUID zh = recipients.provider("zh-CN", zhAddress);
        UUID en = recipients.provider("en", enAddress);
        recipients.download(procedure, zh);
        recipients.download(procedure, en);

        recipients.publish(amendment(procedure, reference, reference + "-02", Notice.Kind.AMENDMENT,
                Instant.parse("2026-08-03T01:30:00Z"), Instant.parse("2026-08-10T01:30:00Z")));

        Messages.Message chinese = recipients.awaitMessages(zh, 1).get(0);
        assertThat(chinese.kind()).isEqualTo(MessageKind.AMENDMENT);
        assertThat(chinese.subject()).isEqualTo(reference + "「" + TITLE + "」：更正公告");
        assertThat(chinese.body()).isEqualTo("采购项目 " + reference + "「" + TITLE + "」发布了新的公告：更正公告（编号 " + reference
                + "-02），请在投标前阅读。\n投标截止时间由 2026-08-03 09:30 变更为 2026-08-10 09:30（Asia/Shanghai）。");
        assertThat(chinese.link()).isEqualTo("/public/procedures/" + procedure.value());
        assertThat(chinese.unread()).isTrue();
        Messages.Message english = recipients.awaitMessages(en, 1).get(0);
        assertThat(english.subject()).isEqualTo(reference + " " + TITLE + ": Amendment notice");
        assertThat(english.body()).contains("Procedure " + reference + " \u201c" + TITLE + "\u201d has a new notice: Amendment notice No. "
                + reference + "-02.").contains("The deadline for bids moved from 2026-08-03 09:30 to 2026-08-10 09:30 (Asia/Shanghai).");

        delivery.sendDue();

        MimeMessage zhMail = single(mailsTo(zhAddress));
        assertThat(zhMail.getSubject()).isEqualTo(chinese.subject());
        assertThat(zhMail.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(zhMail.getHeader("Content-Language")).containsExactly("zh-CN");
        assertThat(text(zhMail)).startsWith(chinese.body())
                .contains("在平台上查看：https://cogov.example/public/procedures/" + procedure.value())
                .contains("https://cogov.example/messages/preferences");
        MimeMessage enMail = single(mailsTo(enAddress));
        assertThat(enMail.getSubject()).isEqualTo(english.subject());
        assertThat(enMail.getHeader("Content-Language")).containsExactly("en");
        assertThat(text(enMail)).startsWith(english.body())
                .contains("Open it on the platform: https://cogov.example/public/procedures/" + procedure.value());
        assertThat(Arrays.stream(enMail.getFrom()).map(Address::toString)).containsExactly("cogov <no-reply@cogov.localhost>");
    }

    @Test
    void aUserWhoTurnedEmailOffForAKindGetsOnlyTheInAppMessage() throws Exception {
        ProcedureId procedure = recipients.publishedProcedure();
        String reference = recipients.reference(procedure);
        String quietAddress = address("quiet");
        String keenAddress = address("keen");
        UUID quiet = recipients.provider("en", quietAddress);
        UUID keen = recipients.provider("zh-CN", keenAddress);
        recipients.download(procedure, quiet);
        recipients.download(procedure, keen);
        preferences.change(users.user(recipients.username(quiet)), EnumSet.complementOf(EnumSet.of(MessageKind.AMENDMENT)));

        recipients.publish(amendment(procedure, reference, reference + "-02", Notice.Kind.CLARIFICATION, null, null));

        Messages.Message inApp = recipients.awaitMessages(quiet, 1).get(0);
        assertThat(inApp.subject()).isEqualTo(reference + " " + TITLE + ": Clarification notice");
        recipients.awaitMessages(keen, 1);
        delivery.sendDue();
        assertThat(mailsTo(quietAddress)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification_mail WHERE message_id = :m").param("m", inApp.id())
                .query(Long.class).single()).isZero();
        assertThat(single(mailsTo(keenAddress)).getSubject()).isEqualTo(reference + "「" + TITLE + "」：澄清公告");
    }

    @Test
    void aFailedSendIsTriedAgainLaterAndSentOnce() throws Exception {
        ProcedureId procedure = recipients.publishedProcedure();
        String reference = recipients.reference(procedure);
        String address = address("patient");
        UUID patient = recipients.provider("zh-CN", address);
        recipients.download(procedure, patient);
        var purchaser = users.user("purchaser");
        smtp.stop();

        recipients.publish(new ProcedureCancelled(purchaser.userId(), purchaser.organizationId(), procedure.value(), reference,
                Procedure.State.TENDERING, "预算调整，项目不再实施", reference + "-02", "0".repeat(64)));
        Messages.Message message = recipients.awaitMessages(patient, 1).get(0);
        assertThat(message.body()).contains("已终止。原因：预算调整，项目不再实施");
        delivery.sendDue();

        Map<String, Object> failed = mailOf(message);
        assertThat(failed).containsEntry("state", "PENDING").containsEntry("attempts", 1);
        assertThat((String) failed.get("last_error")).isNotBlank().doesNotContain("@");

        smtp = smtpServer();
        delivery.sendDue();
        assertThat(mailsTo(address)).as("not before its retry is due").isEmpty();

        clock.advance(Duration.ofMinutes(1));
        delivery.sendDue();
        delivery.sendDue();
        assertThat(mailsTo(address)).hasSize(1);
        assertThat(mailOf(message)).containsEntry("state", "SENT").containsEntry("attempts", 2);
    }

    private static ProcedureAmended amendment(ProcedureId procedure, String reference, String notice, Notice.Kind kind,
            Instant deadlineBefore, Instant deadline) {
        return new ProcedureAmended(UUID.randomUUID(), UUID.randomUUID(), procedure.value(), reference, notice, kind,
                "0".repeat(64), deadlineBefore, deadline);
    }

    private Map<String, Object> mailOf(Messages.Message message) {
        return jdbc.sql("SELECT state, attempts, last_error FROM notification_mail WHERE message_id = :m")
                .param("m", message.id()).query().singleRow();
    }

    private static String address(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static List<MimeMessage> mailsTo(String address) throws MessagingException {
        List<MimeMessage> found = new java.util.ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            if (Arrays.stream(mail.getAllRecipients()).anyMatch(a -> a.toString().equals(address))) {
                found.add(mail);
            }
        }
        return found;
    }

    /** The plain text as the reader sees it: SMTP carries line ends as CR LF. */
    private static String text(MimeMessage mail) throws IOException, MessagingException {
        return ((String) mail.getContent()).replace("\r\n", "\n");
    }

    private static MimeMessage single(List<MimeMessage> mails) {
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private static GreenMail smtpServer() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
