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

    private final EndingNoticeFacts facts;
    private final Locale locale;
    private final BiFunction<String, Object[], String> labels;
    private final StringBuilder text = new StringBuilder();

    private EndingNoticeText(EndingNoticeFacts facts, Locale locale, BiFunction<String, Object[], String> labels) {
        this.facts = facts;
        this.locale = locale;
        this.labels = labels;
    }

    /** @param labels the message of a key with its arguments, in the language of {@code locale} */
    public static String render(EndingNoticeFacts facts, Locale locale, BiFunction<String, Object[], String> labels) {
        return new EndingNoticeText(facts, locale, labels).render();
    }

    private String render() {
        text.append(label("procurement.notice.kind." + facts.kind().name())).append('\n');
        line("procurement.notice.number", facts.number());
        line("procurement.notice.reference", facts.reference());
        line("procurement.notice.published-on", facts.publishedOn().toString());
        line("procurement.notice.title", facts.title());
        line("procurement.notice.purchaser", name(facts.purchaser()));
        if (facts.agency() != null) {
            line("procurement.notice.agency", name(facts.agency()));
        }
        line("procurement.notice.method", label("procurement.method." + facts.method().name()));
        if (facts.singleSourceSupplier() != null) {
            line("procurement.notice.supplier", name(facts.singleSourceSupplier()));
        }
        EndingNoticeFacts.What what = facts.what();
        if (what instanceof EndingNoticeFacts.Cancelled cancelled) {
            line("procurement.notice.cancellation.reason", cancelled.reason());
            text.append(label("procurement.notice.cancellation.effect")).append('\n');
        } else if (what instanceof EndingNoticeFacts.Failed failed) {
            line("procurement.notice.failure.reason", label(failed.reasonKey()));
            text.append(label("procurement.notice.failure.next")).append('\n');
        } else if (what instanceof EndingNoticeFacts.ObjectionDecided decided) {
            text.append(label("procurement.notice.objection.lodged-on", decided.lodgedOn().toString())).append('\n');
            line("procurement.notice.objection.decision", label(decided.upheld() ? "procurement.notice.objection.upheld"
                    : "procurement.notice.objection.dismissed"));
            line("procurement.notice.objection.reason", decided.reason());
            text.append(label(decided.upheld() ? "procurement.notice.objection.fails"
                    : "procurement.notice.objection.resumes")).append('\n');
        }
        return text.toString();
    }

    private void line(String key, String value) {
        text.append(label(key)).append(colon()).append(value).append('\n');
    }

    /** Chinese text takes the full-width colon. */
    private String colon() {
        return "zh".equals(locale.getLanguage()) ? "：" : ": ";
    }

    private String label(String key, Object... arguments) {
        return labels.apply(key, arguments);
    }

    private String name(NoticeFacts.Names names) {
        return "zh".equals(locale.getLanguage()) ? names.zh() : names.en();
    }
}
