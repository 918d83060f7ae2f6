package org.cogov.notification;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which kinds of message each user also wants by e-mail; a kind without a row goes by e-mail. */
@Repository
class Preferences {

    private final JdbcClient jdbc;

    Preferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean byEmail(UUID user, MessageKind kind) {
        return jdbc.sql("SELECT by_email FROM notification_preference WHERE user_id = :user AND kind = :kind")
                .param("user", user).param("kind", kind.name()).query(Boolean.class).optional().orElse(true);
    }

    /** Every kind, each with the user's choice or the default. */
    Map<MessageKind, Boolean> of(UUID user) {
        Map<MessageKind, Boolean> choices = new EnumMap<>(MessageKind.class);
        for (MessageKind kind : MessageKind.values()) {
            choices.put(kind, true);
        }
        jdbc.sql("SELECT kind, by_email FROM notification_preference WHERE user_id = :user").param("user", user)
                .query(rs -> {
                    choices.put(MessageKind.valueOf(rs.getString("kind")), rs.getBoolean("by_email"));
                });
        return choices;
    }

    void replace(UUID user, Map<MessageKind, Boolean> choices) {
        jdbc.sql("DELETE FROM notification_preference WHERE user_id = :user").param("user", user).update();
        choices.forEach((kind, byEmail) -> jdbc.sql(
                "INSERT INTO notification_preference (user_id, kind, by_email) VALUES (:user, :kind, :byEmail)")
                .param("user", user).param("kind", kind.name()).param("byEmail", byEmail).update());
    }
}
