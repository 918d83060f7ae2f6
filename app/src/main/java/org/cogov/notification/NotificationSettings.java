package org.cogov.notification;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The notification settings, {@code cogov.notification.*} in application.yml. The SMTP server itself
 * is Spring Boot's {@code spring.mail.*}: without {@code spring.mail.host} no e-mail is sent.
 *
 * @param from the sender address of every e-mail
 * @param site the address of the platform as its users reach it, for the links in e-mails
 * @param mail how the outbox sends
 */
@ConfigurationProperties("cogov.notification")
record NotificationSettings(String from, URI site, Mail mail) {

    /**
     * @param sending whether this node runs the sending loop (off, tests drive the outbox themselves)
     * @param sendEvery the pause between two runs of the loop
     * @param batch how many e-mails a node claims at once
     * @param lease how long a claimed e-mail stays with its node before another may claim it
     * @param retry how failed sends are tried again
     */
    record Mail(boolean sending, Duration sendEvery, int batch, Duration lease, RetryPolicy retry) {
    }

    /** The link to a page of the platform, as an e-mail shows it. */
    String linkTo(String path) {
        String base = site.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
