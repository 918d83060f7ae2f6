package org.cogov.procurement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Registry;
import org.cogov.shared.Sha256;
import org.cogov.shared.time.WorkingDays;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Publishes the notices of a procedure's end and of decisions on objections: numbered after the
 * procedure's notices so far, in Chinese and English from the same facts, never changed once added. The
 * published hash covers both texts, the Chinese one, a line end, the English one, as for every notice.
 */
@Component
class EndingNotices {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final Locale ENGLISH = Locale.ENGLISH;

    private final Notices notices;
    private final Registry registry;
    private final WorkingDays workingDays;
    private final MessageSource messages;

    EndingNotices(Notices notices, Registry registry, WorkingDays workingDays, MessageSource messages) {
        this.notices = notices;
        this.registry = registry;
        this.workingDays = workingDays;
        this.messages = messages;
    }

    Notice publish(Procedure p, EndingNoticeFacts.What what, Instant now) {
        LocalDate today = now.atZone(workingDays.zone()).toLocalDate();
        String number = p.reference() + "-" + String.format("%02d", notices.count(p.id()) + 1);
        EndingNoticeFacts facts = new EndingNoticeFacts(number, today, p.reference(), p.title(), names(p.purchaser()),
                p.agency() == null ? null : names(p.agency()), p.method(),
                p.singleSourceSupplier() == null ? null : names(p.singleSourceSupplier()), what);
        String zh = EndingNoticeText.render(facts, CHINESE, (key, arguments) -> messages.getMessage(key, arguments, CHINESE));
        String en = EndingNoticeText.render(facts, ENGLISH, (key, arguments) -> messages.getMessage(key, arguments, ENGLISH));
        Notice notice = new Notice(new NoticeId(UUID.randomUUID()), p.id(), number, what.kind(), now, zh, en,
                Sha256.hex(zh + "\n" + en));
        notices.add(notice);
        return notice;
    }

    private NoticeFacts.Names names(OrganizationId id) {
        Organization organization = registry.organization(id).orElseThrow();
        return new NoticeFacts.Names(organization.nameZh(), organization.nameEn());
    }
}
