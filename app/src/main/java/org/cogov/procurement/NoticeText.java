package org.cogov.procurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.BiFunction;

import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/**
 * Renders a notice's facts as text in one language. Both languages walk the same facts in the same
 * order and print every number, date and hash the same way, so that the two texts differ in their
 * words only. The labels come from the caller (the message bundles), keyed {@code procurement.notice.*}.
 */
@Domain
public final class NoticeText {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private final NoticeFacts facts;
    private final Locale locale;
    private final BiFunction<String, Object[], String> labels;
    private final StringBuilder text = new StringBuilder();

    private NoticeText(NoticeFacts facts, Locale locale, BiFunction<String, Object[], String> labels) {
        this.facts = facts;
        this.locale = locale;
        this.labels = labels;
    }

    /** @param labels the message of a key with its arguments, in the language of {@code locale} */
    public static String render(NoticeFacts facts, Locale locale, BiFunction<String, Object[], String> labels) {
        return new NoticeText(facts, locale, labels).render();
    }

    private String render() {
        text.append(label("procurement.notice.kind." + facts.kind().name())).append('\n');
        line("procurement.notice.number", facts.number());
        line("procurement.notice.reference", facts.reference());
        line("procurement.notice.published-on", facts.publishedOn().toString());
        line("procurement.notice.title", facts.title());
        if (facts.description() != null) {
            line("procurement.notice.description", facts.description());
        }
        line("procurement.notice.purchaser", name(facts.purchaser()));
        if (facts.agency() != null) {
            line("procurement.notice.agency", name(facts.agency()));
        }
        line("procurement.notice.method", label("procurement.method." + facts.method().name()));
        if (facts.justification() != null) {
            line("procurement.notice.justification", label("procurement.justification." + facts.justification().name())
                    + (facts.justificationText() == null ? "" : " — " + facts.justificationText()));
        }
        if (facts.singleSourceSupplier() != null) {
            line("procurement.notice.supplier", name(facts.singleSourceSupplier()));
        }
        lots();
        dates();
        documents();
        if (facts.method().sealsBids()) {
            text.append(label("procurement.notice.sealed", facts.custodiansNeeded(), facts.custodiansNamed())).append('\n');
        }
        return text.toString();
    }

    private void lots() {
        text.append(label("procurement.notice.lots")).append('\n');
        for (Lot lot : facts.lots()) {
            text.append("  ").append(label("procurement.notice.lot", lot.number(), lot.title(), amount(lot.budget().amount())))
                    .append('\n');
            if (lot.description() != null) {
                text.append("    ").append(lot.description()).append('\n');
            }
            if (lot.criteria() instanceof AwardCriteria.ComprehensiveScoring scoring) {
                text.append("    ").append(label("procurement.notice.scoring", percent(scoring.priceWeight()))).append('\n');
                for (AwardCriteria.Factor factor : scoring.factors()) {
                    text.append("    - ").append(factor.name()).append(" ").append(percent(factor.weight())).append(percentSign())
                            .append(colon()).append(factor.guidance());
                    if (factor.kind() == AwardCriteria.Factor.Kind.PAST_PERFORMANCE) {
                        text.append(" (").append(label("procurement.notice.past-performance")).append(')');
                    }
                    text.append('\n');
                }
            } else {
                text.append("    ").append(label("procurement.notice.lowest-price")).append('\n');
            }
        }
    }

    private void dates() {
        Timetable dates = facts.dates();
        text.append(label("procurement.notice.dates")).append('\n');
        if (dates.prequalificationOn() != null && dates.prequalificationUntil() != null) {
            indented("procurement.notice.prequalification", dates.prequalificationOn().toString(),
                    dates.prequalificationUntil().toString());
        }
        if (dates.publicityFrom() != null && dates.publicityUntil() != null) {
            indented("procurement.notice.publicity", dates.publicityFrom().toString(), dates.publicityUntil().toString());
        }
        if (dates.noticeOn() != null && dates.documentsUntil() != null) {
            indented("procurement.notice.documents-available", dates.noticeOn().toString(), dates.documentsUntil().toString());
        }
        if (dates.deadline() != null) {
            indented("procurement.notice.deadline", minute(dates.deadline()), facts.zone().getId());
        }
        if (dates.openingFrom() != null && dates.openingUntil() != null) {
            indented("procurement.notice.opening", minute(dates.openingFrom()), minute(dates.openingUntil()));
        }
    }

    private void documents() {
        if (facts.documents().isEmpty()) {
            return;
        }
        text.append(label("procurement.notice.documents")).append('\n');
        for (NoticeFacts.Document document : facts.documents()) {
            text.append("  ").append(label("procurement.document." + document.kind().name())).append(" ")
                    .append(label("procurement.notice.version", document.version())).append(colon()).append(document.filename())
                    .append(" (SHA-256 ").append(document.sha256()).append(")\n");
        }
    }

    private void line(String key, String value) {
        text.append(label(key)).append(colon()).append(value).append('\n');
    }

    private boolean chinese() {
        return "zh".equals(locale.getLanguage());
    }

    /** Chinese text takes the full-width colon. */
    private String colon() {
        return chinese() ? "：" : ": ";
    }

    private String percentSign() {
        return chinese() ? "%" : " %";
    }

    private void indented(String key, Object... arguments) {
        text.append("  ").append(label(key, arguments)).append('\n');
    }

    private String label(String key, Object... arguments) {
        return labels.apply(key, arguments);
    }

    private String name(NoticeFacts.Names names) {
        return chinese() ? names.zh() : names.en();
    }

    private String minute(Instant instant) {
        return MINUTE.format(instant.atZone(facts.zone()));
    }

    /** Two decimals and thousands commas in both languages, so that the amounts read the same. */
    static String amount(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
    }

    private static String percent(@Nullable BigDecimal value) {
        return value == null ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
