package org.cogov.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The e-mails waiting to be sent. A node claims due ones in a transaction of their own, skipping rows
 * another node holds locked, and moves them out of reach for the lease; it then sends, and marks each
 * sent, to be retried, or abandoned. (On PostgreSQL a claim locks only the rows it takes; H2 locks every
 * due row it reads, so that a second node waits for the first's commit — no matter, as H2 serves one node.)
 */
@Repository
class Outbox {

    /** A claimed e-mail: its message, and how many attempts were made with this one. */
    record Claimed(UUID id, UUID message, int attempts) {
    }

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID message, Instant now) {
        jdbc.sql("""
                INSERT INTO notification_mail (id, message_id, state, attempts, next_attempt_at, created_at)
                VALUES (:id, :message, 'PENDING', 0, :now, :now)""")
                .param("id", UUID.randomUUID()).param("message", message).param("now", Messages.utc(now)).update();
    }

    /** Claims up to {@code size} due e-mails until {@code leaseEnd}, counting the attempt; call it in a transaction. */
    List<Claimed> claim(Instant now, Instant leaseEnd, int size) {
        List<UUID> due = jdbc.sql("""
                SELECT id FROM notification_mail WHERE state = 'PENDING' AND next_attempt_at <= :now
                ORDER BY next_attempt_at, id FETCH FIRST :size ROWS ONLY FOR UPDATE SKIP LOCKED""")
                .param("now", Messages.utc(now)).param("size", size).query(UUID.class).list();
        if (due.isEmpty()) {
            return List.of();
        }
        // The rows are locked by this transaction until it commits: no other node changes them meanwhile.
        jdbc.sql("UPDATE notification_mail SET attempts = attempts + 1, next_attempt_at = :lease WHERE id IN (:ids)")
                .param("lease", Messages.utc(leaseEnd)).param("ids", due).update();
        return jdbc.sql("SELECT id, message_id, attempts FROM notification_mail WHERE id IN (:ids) ORDER BY next_attempt_at, id")
                .param("ids", due)
                .query((rs, n) -> new Claimed(rs.getObject("id", UUID.class), rs.getObject("message_id", UUID.class),
                        rs.getInt("attempts")))
                .list();
    }

    void sent(UUID id, Instant at) {
        jdbc.sql("UPDATE notification_mail SET state = 'SENT', sent_at = :at, last_error = NULL WHERE id = :id AND state = 'PENDING'")
                .param("at", Messages.utc(at)).param("id", id).update();
    }

    void retryAt(UUID id, Instant at, String error) {
        jdbc.sql("UPDATE notification_mail SET next_attempt_at = :at, last_error = :error WHERE id = :id AND state = 'PENDING'")
                .param("at", Messages.utc(at)).param("error", clip(error)).param("id", id).update();
    }

    void abandon(UUID id, String error) {
        jdbc.sql("UPDATE notification_mail SET state = 'ABANDONED', last_error = :error WHERE id = :id AND state = 'PENDING'")
                .param("error", clip(error)).param("id", id).update();
    }

    private static String clip(String error) {
        return error.length() > 200 ? error.substring(0, 200) : error;
    }
}
