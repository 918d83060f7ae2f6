package org.cogov.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cogov.TestUsers;
import org.cogov.identity.Role;
import org.cogov.identity.UserProvisioning;
import org.cogov.procurement.Method;
import org.cogov.procurement.ProcedureDrafts;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.Publication;
import org.cogov.procurement.ReadyDraft;
import org.cogov.shared.Actor;
import org.cogov.shared.document.DocumentId;
import org.cogov.shared.document.Documents;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the notification scenarios need around them: people of their own (so that no other test's
 * messages are counted), a published procedure, someone who obtained its documents, an event published
 * as the business modules publish it — in the transaction of a change — and the patience to wait for
 * the listener, which runs after the commit, on another thread.
 */
final class Recipients {

    private final ApplicationContext context;
    private final JdbcClient jdbc;
    private final TestUsers users;

    Recipients(ApplicationContext context) {
        this.context = context;
        this.jdbc = context.getBean(JdbcClient.class);
        this.users = context.getBean(TestUsers.class);
    }

    /** A new user of the demo provider's association, with this language and e-mail address (or none). */
    UUID provider(String locale, @Nullable String email) {
        return person("provider", Role.PROVIDER, locale, email);
    }

    /** A new user of the demo purchaser's department, holding PURCHASER. */
    UUID purchaser(String locale, @Nullable String email) {
        return person("purchaser", Role.PURCHASER, locale, email);
    }

    private UUID person(String colleagueOf, Role role, String locale, @Nullable String email) {
        String username = "n-" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = context.getBean(UserProvisioning.class).provision(users.user(colleagueOf).organizationId(), username,
                "通知测试 " + username, "Notification-test-2026", Set.of(role), locale, null);
        jdbc.sql("UPDATE app_user SET email = :email WHERE id = :id").param("email", email).param("id", id).update();
        return id;
    }

    String username(UUID user) {
        return jdbc.sql("SELECT username FROM app_user WHERE id = :id").param("id", user).query(String.class).single();
    }

    /** A tender of the demo purchaser, published today. */
    ProcedureId publishedProcedure() {
        ProcedureId id = ReadyDraft.of(context, users, Method.PUBLIC_TENDER, null, 2_500_000);
        ProcedureDrafts drafts = context.getBean(ProcedureDrafts.class);
        context.getBean(Publication.class).publish(users.user("purchaser"), id,
                ReadyDraft.version(drafts, users.user("purchaser"), id));
        return id;
    }

    String reference(ProcedureId procedure) {
        return jdbc.sql("SELECT reference FROM procurement_procedure WHERE id = :id").param("id", procedure.value())
                .query(String.class).single();
    }

    /** The user obtains the procedure's newest tender documents, as a provider's download does. */
    void download(ProcedureId procedure, UUID user) {
        UUID document = jdbc.sql("SELECT document_id FROM procedure_document WHERE procedure_id = :p ORDER BY version DESC")
                .param("p", procedure.value()).query(UUID.class).list().get(0);
        Actor reader = context.getBean(UserProvisioning.class).actingAs(username(user));
        try (java.io.InputStream content = context.getBean(Documents.class).open(reader, new DocumentId(document)).stream()) {
            content.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Publishes the event in a transaction of its own, as a change does. */
    void publish(Object event) {
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
                .executeWithoutResult(status -> context.publishEvent(event));
    }

    /** The user's messages, newest first, once there are at least {@code count}. */
    List<Messages.Message> awaitMessages(UUID user, int count) {
        Messages messages = context.getBean(Messages.class);
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        List<Messages.Message> found = messages.page(user, null, 100);
        while (found.size() < count && System.nanoTime() < until) {
            sleep();
            found = messages.page(user, null, 100);
        }
        assertThat(found).as("messages of the user").hasSizeGreaterThanOrEqualTo(count);
        return found;
    }

    List<Messages.Message> messagesOf(UUID user) {
        return context.getBean(Messages.class).page(user, null, 100);
    }

    Clock clock() {
        return context.getBean(Clock.class);
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
