package org.cogov.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.identity.Addressees;
import org.cogov.procurement.Procedure;
import org.cogov.procurement.ProcedureCancelled;
import org.cogov.procurement.ProcedureClosed;
import org.cogov.procurement.ProcedureFailed;
import org.cogov.procurement.ProcedureId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The inbox of each user, on the application every database test shares (no SMTP server there, so
 * e-mail is off and messages are in-app only): who is told what about a procedure, that nobody reads
 * another's messages, the unread count in the navigation bar, and the e-mail choices.
 */
@DatabaseTest
class MessagesTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Messenger messenger;
    @Autowired
    Addressees addressees;

    private Recipients recipients;

    @BeforeEach
    void setUp() {
        recipients = new Recipients(context);
    }

    @Test
    void theDeadlineReachesTheStaffOfThePurchaserButNotThoseWhoDownloaded() {
        ProcedureId procedure = recipients.publishedProcedure();
        String reference = recipients.reference(procedure);
        UUID official = recipients.purchaser("zh-CN", null);
        UUID provider = recipients.provider("zh-CN", null);
        recipients.download(procedure, provider);

        recipients.publish(new ProcedureClosed(users.user("purchaser").organizationId(), procedure.value(), reference,
                Instant.parse("2026-08-03T01:30:00Z")));

        Messages.Message deadline = recipients.awaitMessages(official, 1).get(0);
        assertThat(deadline.kind()).isEqualTo(MessageKind.DEADLINE);
        assertThat(deadline.subject()).isEqualTo(reference + "「行业运行监测服务采购」：投标已截止");
        assertThat(deadline.body()).contains("投标截止时间 2026-08-03 09:30（Asia/Shanghai）已到");
        assertThat(deadline.link()).isEqualTo("/procedures/" + procedure.value());
        assertThat(recipients.messagesOf(provider)).isEmpty();
    }

    @Test
    void aCancellationReachesDownloadersAndStaffButNotTheOneWhoCancelledAndSaysNothingOfHowManyDownloaded() {
        ProcedureId procedure = recipients.publishedProcedure();
        String reference = recipients.reference(procedure);
        UUID canceller = recipients.purchaser("zh-CN", null);
        UUID colleague = recipients.purchaser("en", null);
        UUID provider = recipients.provider("en", null);
        recipients.download(procedure, provider);
        var actor = users.user(recipients.username(canceller));

        recipients.publish(new ProcedureCancelled(actor.userId(), actor.organizationId(), procedure.value(), reference,
                Procedure.State.TENDERING, "Budget withdrawn", reference + "-02", "0".repeat(64)));

        Messages.Message toStaff = recipients.awaitMessages(colleague, 1).get(0);
        Messages.Message toProvider = recipients.awaitMessages(provider, 1).get(0);
        assertThat(toStaff.link()).isEqualTo("/procedures/" + procedure.value());
        assertThat(toProvider.link()).isEqualTo("/public/procedures/" + procedure.value());
        assertThat(toStaff.body()).isEqualTo(toProvider.body()).isEqualTo("Procedure " + reference
                + " \u201c行业运行监测服务采购\u201d was cancelled. Reason: Budget withdrawn\nNotice No. " + reference + "-02.");
        assertThat(recipients.messagesOf(canceller)).isEmpty();
    }

    @Test
    void anEventDeliveredTwiceTellsNobodyTwice() {
        ProcedureId procedure = recipients.publishedProcedure();
        String reference = recipients.reference(procedure);
        UUID provider = recipients.provider("zh-CN", null);
        recipients.download(procedure, provider);
        ProcedureFailed failed = new ProcedureFailed(null, users.user("purchaser").organizationId(), procedure.value(), reference,
                "procurement.notice.kind.FAILURE", reference + "-02", "0".repeat(64));

        recipients.publish(failed);
        recipients.awaitMessages(provider, 1);
        recipients.publish(failed);
        UUID witness = recipients.provider("zh-CN", null);
        recipients.download(procedure, witness);
        recipients.publish(failed);
        recipients.awaitMessages(witness, 1);

        assertThat(recipients.messagesOf(provider)).hasSize(1).first()
                .satisfies(m -> assertThat(m.body()).contains("已废标：废标公告"));
    }

    @Test
    void nobodyReadsAnotherUsersMessages() throws Exception {
        UUID owner = recipients.provider("zh-CN", null);
        UUID other = recipients.provider("zh-CN", null);
        UUID message = letterTo(owner, "first");
        String prying = recipients.username(other);
        long refusals = users.refusalsOf(prying);

        mvc.perform(get("/api/v1/messages").with(users.as(prying))).andExpect(status().isOk())
                .andExpect(jsonPath("$.messages").isEmpty()).andExpect(jsonPath("$.unread").value(0));
        mvc.perform(post("/api/v1/messages/" + message + "/read").with(users.as(prying)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/messages").param("before", message.toString()).with(users.as(prying)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/messages/" + message + "/open").with(users.as(prying)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/messages/" + UUID.randomUUID() + "/read").with(users.as(prying)).with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(users.refusalsOf(prying)).isEqualTo(refusals + 3);
        assertThat(recipients.messagesOf(owner)).singleElement().satisfies(m -> assertThat(m.unread()).isTrue());
        mvc.perform(post("/api/v1/messages/" + message + "/read").with(users.as(recipients.username(owner))).with(csrf()))
                .andExpect(status().isNoContent());
        assertThat(recipients.messagesOf(owner)).singleElement().satisfies(m -> assertThat(m.unread()).isFalse());
    }

    @Test
    void theNavigationBarCountsTheUnreadMessages() throws Exception {
        UUID reader = recipients.provider("zh-CN", null);
        String username = recipients.username(reader);
        mvc.perform(get("/").with(users.as(username))).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("id=\"messages-link\"")
                        .doesNotContain("id=\"unread-badge\""));
        UUID first = letterTo(reader, "first");
        letterTo(reader, "second");
        letterTo(reader, "third");

        assertThat(badge(username)).isEqualTo("3");
        mvc.perform(post("/messages/" + first + "/open").with(users.as(username)).with(csrf()))
                .andExpect(redirectedUrlPattern("/public/procedures/*"));
        assertThat(badge(username)).isEqualTo("2");
        mvc.perform(post("/messages/read-all").with(users.as(username)).with(csrf())).andExpect(redirectedUrl("/messages"));
        assertThat(badge(username)).isNull();
    }

    @Test
    void messagesComeNewestFirstAPageAtATime() throws Exception {
        UUID reader = recipients.provider("en", null);
        String username = recipients.username(reader);
        UUID first = letterTo(reader, "first");
        UUID second = letterTo(reader, "second");
        UUID third = letterTo(reader, "third");

        String page = mvc.perform(get("/api/v1/messages").param("size", "2").with(users.as(username)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unread").value(3))
                .andExpect(jsonPath("$.messages.length()").value(2)).andReturn().getResponse().getContentAsString();
        List<String> ids = com.jayway.jsonpath.JsonPath.read(page, "$.messages[*].id");
        String next = com.jayway.jsonpath.JsonPath.read(page, "$.next");
        String rest = mvc.perform(get("/api/v1/messages").param("size", "2").param("before", next).with(users.as(username)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.next").doesNotExist()).andReturn().getResponse()
                .getContentAsString();
        List<String> restIds = com.jayway.jsonpath.JsonPath.read(rest, "$.messages[*].id");

        assertThat(ids).doesNotContainAnyElementsOf(restIds);
        assertThat(concat(ids, restIds)).containsExactlyInAnyOrder(first.toString(), second.toString(), third.toString());
        assertThat(page).doesNotContain("seq").doesNotContain("recipient");
    }

    @Test
    void emailPreferencesAreSavedThroughThePage() throws Exception {
        UUID user = recipients.provider("zh-CN", null);
        String username = recipients.username(user);
        mvc.perform(get("/messages/preferences").with(users.as(username)).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("id=\"by-email-AMENDMENT\"").contains("checked").contains("id=\"mail-off\""));

        mvc.perform(post("/messages/preferences").with(users.as(username)).with(csrf()).param("byEmail", "DEADLINE", "FAILURE"))
                .andExpect(redirectedUrl("/messages/preferences"));

        mvc.perform(get("/api/v1/messages/preferences").with(users.as(username))).andExpect(status().isOk())
                .andExpect(jsonPath("$.kinds[?(@.kind == 'DEADLINE')].byEmail").value(true))
                .andExpect(jsonPath("$.kinds[?(@.kind == 'FAILURE')].byEmail").value(true))
                .andExpect(jsonPath("$.kinds[?(@.kind == 'AMENDMENT')].byEmail").value(false))
                .andExpect(jsonPath("$.kinds[?(@.kind == 'CANCELLATION')].byEmail").value(false))
                .andExpect(jsonPath("$.mailOn").value(false));
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM audit_entry WHERE action = 'notification.preferences.changed' AND object_id = :user""")
                .param("user", user.toString()).query(Long.class).single()).isEqualTo(1);

        mvc.perform(post("/messages/preferences").with(users.as(username)).with(csrf())).andExpect(redirectedUrl("/messages/preferences"));
        mvc.perform(put("/api/v1/messages/preferences").with(users.as(username)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"byEmail\":[\"ANSWER\"]}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.kinds[?(@.kind == 'ANSWER')].byEmail").value(true))
                .andExpect(jsonPath("$.kinds[?(@.kind == 'DEADLINE')].byEmail").value(false));
    }

    /** A message to the user, made at once (no event, no waiting), of a source of its own; answers its id. */
    private UUID letterTo(UUID user, String what) {
        String source = "test:" + UUID.randomUUID();
        messenger.send(new Letter(MessageKind.ANSWER, source, "/public/procedures/" + source.substring(5),
                Wording.of("notification.notice", what), List.of(Wording.of("notification.notice", what))),
                addressees.of(List.of(user)));
        return jdbc.sql("SELECT id FROM notification_message WHERE source = :source").param("source", source)
                .query(UUID.class).single();
    }

    private String badge(String username) throws Exception {
        String page = mvc.perform(get("/messages").with(users.as(username))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        var matcher = java.util.regex.Pattern.compile("id=\"unread-badge\"[^>]*>(\\d+)<").matcher(page);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
