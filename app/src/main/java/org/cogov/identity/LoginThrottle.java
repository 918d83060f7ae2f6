package org.cogov.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed logins per client address, kept in the database so that every app node counts the same
 * attempts. Past the limit within the window, an address is refused before any password is checked.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final IdentitySettings settings;

    LoginThrottle(JdbcClient jdbc, Clock clock, IdentitySettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    boolean refuses(String clientIp) {
        Instant since = clock.instant().minus(settings.ipThrottle().window());
        long failures = jdbc.sql("SELECT COUNT(*) FROM login_failure WHERE client_ip = :ip AND failed_at > :since")
                .param("ip", clientIp).param("since", since.atOffset(ZoneOffset.UTC))
                .query(Long.class).single();
        return failures >= settings.ipThrottle().maxFailures();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void failed(String clientIp) {
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO login_failure (client_ip, failed_at) VALUES (:ip, :now)")
                .param("ip", clientIp).param("now", now.atOffset(ZoneOffset.UTC)).update();
        // Old rows are no use to the window; removing them here keeps the table small without a job.
        jdbc.sql("DELETE FROM login_failure WHERE failed_at < :before")
                .param("before", now.minus(settings.ipThrottle().window().multipliedBy(2)).atOffset(ZoneOffset.UTC))
                .update();
    }
}
