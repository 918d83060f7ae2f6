package org.cogov.procurement;

import java.util.Locale;
import java.util.function.BiFunction;

import org.cogov.shared.Domain;

/**
 * Renders the notice of a procedure's end, or of a decision on an objection, in one language. Like
 * {@link NoticeText}, both languages walk the same facts in the same order with the same labels
 * ({@code procurement.notice.*}), so that the two texts differ in their words only.
 */
@Domain
public final class EndingNoticeText {

    private EndingNoticeText() {
    }

    /** @param labels the message of a key with its arguments, in the language of {@code locale} */
    public static String render(EndingNoticeFacts facts, Locale locale, BiFunction<String, Object[], String> labels) {
        NoticeWriter out = new NoticeWriter(locale, labels).heading(facts.kind(), facts.number(), facts.reference(),
                facts.publishedOn(), facts.title(), null, facts.purchaser(), facts.agency());
        out.line("procurement.notice.method", out.label("procurement.method." + facts.method().name()));
        if (facts.singleSourceSupplier() != null) {
            out.line("procurement.notice.supplier", out.name(facts.singleSourceSupplier()));
        }
        EndingNoticeFacts.What what = facts.what();
        if (what instanceof EndingNoticeFacts.Cancelled cancelled) {
            out.line("procurement.notice.cancellation.reason", cancelled.reason()).sentence("procurement.notice.cancellation.effect");
        } else if (what instanceof EndingNoticeFacts.Failed failed) {
            out.line("procurement.notice.failure.reason", out.label(failed.reasonKey())).sentence("procurement.notice.failure.next");
        } else if (what instanceof EndingNoticeFacts.LotFailed lot) {
            out.line("procurement.notice.failure.lot", out.label("procurement.notice.lot.name", lot.lot(), lot.lotTitle()))
                    .line("procurement.notice.failure.reason", out.label(lot.reasonKey()))
                    .line("procurement.notice.failure.standing", out.label("procurement.notice.failure.standing-of", lot.standing(),
                            lot.needed()))
                    .sentence("procurement.notice.failure.lot-next");
        } else if (what instanceof EndingNoticeFacts.ObjectionDecided decided) {
            out.sentence("procurement.notice.objection.lodged-on", decided.lodgedOn().toString())
                    .line("procurement.notice.objection.decision", out.label(decided.upheld()
                            ? "procurement.notice.objection.upheld" : "procurement.notice.objection.dismissed"))
                    .line("procurement.notice.objection.reason", decided.reason())
                    .sentence(decided.upheld() ? "procurement.notice.objection.fails" : "procurement.notice.objection.resumes");
        } else if (what instanceof EndingNoticeFacts.Result result) {
            out.append(out.label("procurement.notice.result.lots")).append('\n');
            for (EndingNoticeFacts.LotResult lot : result.lots()) {
                out.append(out.label("procurement.notice.lot.name", lot.lot(), lot.lotTitle())).append('\n');
                out.indented("procurement.notice.result.winner", out.name(lot.winner()));
                out.indented("procurement.notice.result.price", NoticeText.amount(lot.price()));
                if (lot.total() != null) {
                    out.indented("procurement.notice.result.total", lot.total().toPlainString());
                }
                if (!lot.panel().isEmpty()) {
                    out.indented("procurement.notice.result.panel", String.join(out.chinese() ? "、" : ", ", lot.panel()));
                }
            }
            out.sentence("procurement.notice.result.display", facts.publishedOn().toString(), result.displayUntil().toString())
                    .sentence("procurement.notice.result.challenges", result.challengesUntil().toString());
        } else if (what instanceof EndingNoticeFacts.AwardCancelled cancelled) {
            out.line("procurement.notice.award-cancelled.lot", out.label("procurement.notice.lot.name", cancelled.lot(),
                    cancelled.lotTitle()))
                    .line("procurement.notice.award-cancelled.winner", out.name(cancelled.winner()));
            if (cancelled.resultNotice() != null) {
                out.line("procurement.notice.award-cancelled.result-notice", cancelled.resultNotice());
            }
            out.line("procurement.notice.award-cancelled.remedy", out.label("procurement.award.remedy." + cancelled.remedy().name()))
                    .line("procurement.notice.award-cancelled.reason", cancelled.reason())
                    .sentence("procurement.notice.award-cancelled.effect");
        } else if (what instanceof EndingNoticeFacts.LotFailedOnReview lot) {
            out.line("procurement.notice.failure.lot", out.label("procurement.notice.lot.name", lot.lot(), lot.lotTitle()))
                    .line("procurement.notice.failure.reason", lot.reason())
                    .sentence("procurement.notice.failure.lot-next");
        } else if (what instanceof EndingNoticeFacts.ComplaintDecided complaint) {
            out.sentence("procurement.notice.complaint.lodged-on", complaint.lodgedOn().toString())
                    .line("procurement.notice.complaint.complainant", out.name(complaint.complainant()));
            if (complaint.lot() != null) {
                out.line("procurement.notice.complaint.lot", out.label("procurement.notice.lot.name", complaint.lot(),
                        complaint.lotTitle() == null ? "" : complaint.lotTitle()));
            }
            out.line("procurement.notice.complaint.decision", out.label(complaint.remedy() == null
                    ? "procurement.notice.complaint.dismissed" : "procurement.notice.complaint.upheld"));
            if (complaint.remedy() != null) {
                out.line("procurement.notice.complaint.remedy", out.label("procurement.challenge.remedy." + complaint.remedy().name()));
            }
            out.line("procurement.notice.complaint.reason", complaint.reason())
                    .sentence(complaint.remedy() == null ? "procurement.notice.complaint.goes-on"
                            : "procurement.notice.complaint.applied");
        }
        return out.toString();
    }
}
