package org.cogov.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The in-app messages. Every read is scoped by its recipient. A page is ordered by time and id, and
 * its cursor is the last message's id: nothing in an answer counts or numbers messages across users,
 * so that nobody learns from it how many others were told the same.
 */
@Repository
class Messages {

    /** A message as its recipient reads it. */
    record Message(UUID id, MessageKind kind, String subject, String body, String link, Instant createdAt,
            @Nullable Instant readAt) {

        public boolean unread() {
            return readAt == null;
        }
    }

    record NewMessage(UUID id, UUID recipient, MessageKind kind, String source, String locale, String subject, String body,
            String link, Instant createdAt) {
    }

    /** What the outbox needs of a message to mail it. */
    record Mailable(UUID recipient, String locale, String subject, String body, String link) {
    }

    private static final String COLUMNS = "id, kind, subject, body, link, created_at, read_at";

    private final JdbcClient jdbc;

    Messages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the message unless its recipient has one of the same source already; true when it was added. */
    boolean add(NewMessage m) {
        return jdbc.sql("""
                INSERT INTO notification_message (id, recipient_id, kind, source, locale, subject, body, link, created_at)
                VALUES (:id, :recipient, :kind, :source, :locale, :subject, :body, :link, :at)
                ON CONFLICT DO NOTHING""")
                .param("id", m.id()).param("recipient", m.recipient()).param("kind", m.kind().name())
                .param("source", m.source()).param("locale", m.locale()).param("subject", m.subject())
                .param("body", m.body()).param("link", m.link()).param("at", utc(m.createdAt())).update() == 1;
    }

    /** The recipient's messages, newest first, after the message {@code before} (which must be the recipient's). */
    List<Message> page(UUID recipient, @Nullable Message before, int size) {
        if (before == null) {
            return jdbc.sql("SELECT " + COLUMNS + """
                     FROM notification_message WHERE recipient_id = :me
                    ORDER BY created_at DESC, id DESC FETCH FIRST :size ROWS ONLY""")
                    .param("me", recipient).param("size", size).query(Messages::message).list();
        }
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM notification_message
                WHERE recipient_id = :me AND (created_at < :at OR created_at = :at AND id < :id)
                ORDER BY created_at DESC, id DESC FETCH FIRST :size ROWS ONLY""")
                .param("me", recipient).param("at", utc(before.createdAt())).param("id", before.id()).param("size", size)
                .query(Messages::message).list();
    }

    Optional<Message> find(UUID recipient, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification_message WHERE id = :id AND recipient_id = :me")
                .param("id", id).param("me", recipient).query(Messages::message).optional();
    }

    /** Whether a message of this id exists at all, whoever it is for: only to tell a prying request apart. */
    boolean exists(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM notification_message WHERE id = :id").param("id", id).query(Long.class)
                .single() > 0;
    }

    long unread(UUID recipient) {
        return jdbc.sql("SELECT COUNT(*) FROM notification_message WHERE recipient_id = :me AND read_at IS NULL")
                .param("me", recipient).query(Long.class).single();
    }

    void markRead(UUID recipient, UUID id, Instant at) {
        jdbc.sql("UPDATE notification_message SET read_at = :at WHERE id = :id AND recipient_id = :me AND read_at IS NULL")
                .param("at", utc(at)).param("id", id).param("me", recipient).update();
    }

    int markAllRead(UUID recipient, Instant at) {
        return jdbc.sql("UPDATE notification_message SET read_at = :at WHERE recipient_id = :me AND read_at IS NULL")
                .param("at", utc(at)).param("me", recipient).update();
    }

    Optional<Mailable> mailable(UUID id) {
        return jdbc.sql("SELECT recipient_id, locale, subject, body, link FROM notification_message WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new Mailable(rs.getObject("recipient_id", UUID.class), rs.getString("locale"),
                        rs.getString("subject"), rs.getString("body"), rs.getString("link")))
                .optional();
    }

    private static Message message(ResultSet rs, int row) throws SQLException {
        OffsetDateTime read = rs.getObject("read_at", OffsetDateTime.class);
        return new Message(rs.getObject("id", UUID.class), MessageKind.valueOf(rs.getString("kind")), rs.getString("subject"),
                rs.getString("body"), rs.getString("link"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                read == null ? null : read.toInstant());
    }

    /** To the microsecond, as both databases keep it: a time written and the same time compared are equal. */
    static OffsetDateTime utc(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
