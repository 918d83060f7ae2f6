package org.cogov.procurement;

import java.time.Instant;
import java.util.UUID;

import org.cogov.shared.Sha256;
import org.springframework.context.ApplicationContext;

/**
 * A result notice for the challenges' tests, published through the notices' own store, numbered after the procedure's
 * notices: the award publishes the real ones, which this worktree does not have; a challenge of the result only reads
 * the kind and the day of the latest one.
 */
public final class ResultNotices {

    private ResultNotices() {
    }

    public static Notice publish(ApplicationContext context, ProcedureId id, Instant at) {
        Notices notices = context.getBean(Notices.class);
        Procedure procedure = context.getBean(Procedures.class).find(id).orElseThrow();
        String number = procedure.reference() + "-" + String.format("%02d", notices.count(id) + 1);
        String zh = "中标结果公告 " + number;
        String en = "Result notice " + number;
        Notice notice = new Notice(new NoticeId(UUID.randomUUID()), id, number, Notice.Kind.RESULT, at, zh, en, Sha256.hex(zh + "\n" + en));
        notices.add(notice);
        return notice;
    }
}
