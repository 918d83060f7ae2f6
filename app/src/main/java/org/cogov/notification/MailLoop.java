package org.cogov.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due e-mails, a fixed pause after each run. Every node may run it: claims skip what another
 * node holds. Off with {@code cogov.notification.mail.sending=false}, as in tests that drive the outbox.
 */
@Component
@ConditionalOnProperty(name = "cogov.notification.mail.sending", havingValue = "true", matchIfMissing = true)
class MailLoop {

    private static final Logger log = LoggerFactory.getLogger(MailLoop.class);

    private final MailDelivery delivery;

    MailLoop(MailDelivery delivery) {
        this.delivery = delivery;
    }

    @Scheduled(fixedDelayString = "${cogov.notification.mail.send-every}", initialDelayString = "${cogov.notification.mail.send-every}")
    void run() {
        if (!delivery.on()) {
            return;
        }
        try {
            delivery.sendDue();
        } catch (RuntimeException e) {
            log.error("the e-mail outbox failed; it tries again after its pause", e);
        }
    }
}
