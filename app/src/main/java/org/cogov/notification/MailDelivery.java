package org.cogov.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.cogov.identity.Addressees;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's e-mails through the configured SMTP server, or knows that there is none
 * ({@code spring.mail.host} unset: e-mail is off and only in-app messages are made).
 *
 * <p>An e-mail is marked sent only once the server accepted it. A node that dies between the two
 * leaves it claimed until its lease ends; it is then sent again — the one case where a recipient may
 * get an e-mail twice, since SMTP cannot be part of a database transaction. A failed send is tried
 * again later, a bounded number of times. Logs name the e-mail by its id, never its address or text.
 */
@Service
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final @Nullable JavaMailSender sender;
    private final Outbox outbox;
    private final Messages messages;
    private final Addressees addressees;
    private final Phrasebook phrasebook;
    private final NotificationSettings settings;
    private final Clock clock;
    private final TransactionTemplate apart;

    MailDelivery(ObjectProvider<JavaMailSender> sender, Outbox outbox, Messages messages, Addressees addressees,
            Phrasebook phrasebook, NotificationSettings settings, Clock clock, PlatformTransactionManager transactions) {
        this.sender = sender.getIfAvailable();
        this.outbox = outbox;
        this.messages = messages;
        this.addressees = addressees;
        this.phrasebook = phrasebook;
        this.settings = settings;
        this.clock = clock;
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        if (this.sender == null) {
            log.info("E-mail is off: no SMTP server is configured (spring.mail.host), so messages are made in-app only");
        } else {
            log.info("E-mail is on: messages also go by e-mail to those who want them, from {}", settings.from());
        }
    }

    boolean on() {
        return sender != null;
    }

    /** Sends every e-mail that is due, batch after batch; answers how many were sent. */
    int sendDue() {
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        while (true) {
            Instant now = clock.instant();
            List<Outbox.Claimed> batch = apart.execute(status -> outbox.claim(now, now.plus(settings.mail().lease()),
                    settings.mail().batch()));
            if (batch == null || batch.isEmpty()) {
                return sent;
            }
            for (Outbox.Claimed mail : batch) {
                if (send(sender, mail)) {
                    sent++;
                }
            }
            if (batch.size() < settings.mail().batch()) {
                return sent;
            }
        }
    }

    private boolean send(JavaMailSender sender, Outbox.Claimed mail) {
        Optional<Messages.Mailable> message = messages.mailable(mail.message());
        Optional<String> address = message.flatMap(m -> addressees.of(m.recipient())).map(Addressees.Addressee::email);
        if (message.isEmpty() || address.isEmpty()) {
            // The account was disabled or lost its address since: nobody to write to.
            outbox.abandon(mail.id(), "no address");
            log.info("e-mail {} abandoned: its recipient has no address any more", mail.id());
            return false;
        }
        try {
            sender.send(mime(sender, message.get(), address.get()));
            outbox.sent(mail.id(), clock.instant());
            return true;
        } catch (MailException | MessagingException e) {
            failed(mail, e);
            return false;
        }
    }

    private MimeMessage mime(JavaMailSender sender, Messages.Mailable message, String address) throws MessagingException {
        Locale locale = Locale.forLanguageTag(message.locale());
        String text = message.body() + "\n\n"
                + phrasebook.say(Wording.of("notification.mail.link", settings.linkTo(message.link())), locale) + "\n\n-- \n"
                + phrasebook.say(Wording.of("notification.mail.footer", settings.linkTo("/messages/preferences")), locale)
                + "\n";
        MimeMessage mime = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(address);
        helper.setSubject(message.subject());
        helper.setText(text, false);
        helper.setSentDate(Date.from(clock.instant()));
        mime.setHeader("Content-Language", message.locale());
        // RFC 3834: written by a machine; auto-responders leave it be.
        mime.setHeader("Auto-Submitted", "auto-generated");
        return mime;
    }

    private void failed(Outbox.Claimed mail, Exception e) {
        // The exception's class only: its message may quote the address.
        String error = e.getClass().getSimpleName();
        Instant now = clock.instant();
        Optional<Instant> next = settings.mail().retry().next(mail.attempts(), now);
        if (next.isPresent()) {
            outbox.retryAt(mail.id(), next.get(), error);
            log.warn("e-mail {} not sent (attempt {} of {}, {}); tried again at {}", mail.id(), mail.attempts(),
                    settings.mail().retry().attempts(), error, next.get());
        } else {
            outbox.abandon(mail.id(), error);
            log.error("e-mail {} abandoned after {} attempts ({})", mail.id(), mail.attempts(), error);
        }
    }
}
