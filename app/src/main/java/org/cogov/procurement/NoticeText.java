package org.cogov.procurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import org.cogov.sealing.OpeningKey;
import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/**
 * Renders a notice's facts as text in one language. Both languages walk the same facts in the same
 * order and print every number, date and hash the same way, so that the two texts differ in their
 * words only. The labels come from the caller (the message bundles), keyed {@code procurement.notice.*}.
 */
@Domain
public final class NoticeText {

    private final NoticeFacts facts;
    private final NoticeWriter out;

    private NoticeText(NoticeFacts facts, Locale locale, BiFunction<String, Object[], String> labels) {
        this.facts = facts;
        this.out = new NoticeWriter(locale, labels);
    }

    /** @param labels the message of a key with its arguments, in the language of {@code locale} */
    public static String render(NoticeFacts facts, Locale locale, BiFunction<String, Object[], String> labels) {
        return new NoticeText(facts, locale, labels).render();
    }

    private String render() {
        out.heading(facts.kind(), facts.number(), facts.reference(), facts.publishedOn(), facts.title(), facts.description(),
                facts.purchaser(), facts.agency());
        out.line("procurement.notice.method", out.label("procurement.method." + facts.method().name()));
        if (facts.justification() != null) {
            out.line("procurement.notice.justification", out.label("procurement.justification." + facts.justification().name())
                    + (facts.justificationText() == null ? "" : " — " + facts.justificationText()));
        }
        if (facts.singleSourceSupplier() != null) {
            out.line("procurement.notice.supplier", out.name(facts.singleSourceSupplier()));
        }
        lots();
        dates();
        documents();
        if (facts.method().sealsBids()) {
            out.sentence("procurement.notice.sealed", facts.custodiansNeeded(), facts.custodiansNamed());
        }
        openingKey();
        return out.toString();
    }

    /**
     * The opening key: its public key and fingerprint, and each share's commitment beside its custodian, so
     * that anyone can check at the opening that the shares presented are those given at publication.
     */
    private void openingKey() {
        NoticeFacts.OpeningKeyFacts key = facts.openingKey();
        if (key == null) {
            return;
        }
        out.append(out.label("procurement.notice.opening-key")).append('\n');
        out.indented("procurement.notice.opening-key.public-key", key.algorithm(), key.publicKey());
        out.indented("procurement.notice.opening-key.fingerprint", OpeningKey.grouped(key.fingerprint()));
        out.indented("procurement.notice.opening-key.shares", key.needed(), key.shares().size());
        for (NoticeFacts.ShareFacts share : key.shares()) {
            out.append("    ").append(out.label("procurement.notice.opening-key.share", share.index(), share.custodian(),
                    out.name(share.organization()))).append(out.colon()).append(share.commitment()).append('\n');
        }
    }

    private void lots() {
        out.append(out.label("procurement.notice.lots")).append('\n');
        for (Lot lot : facts.lots()) {
            out.append("  ").append(out.label("procurement.notice.lot", lot.number(), lot.title(), amount(lot.budget().amount())))
                    .append('\n');
            if (lot.description() != null) {
                out.append("    ").append(lot.description()).append('\n');
            }
            if (lot.criteria() instanceof AwardCriteria.ComprehensiveScoring scoring) {
                out.append("    ").append(out.label("procurement.notice.scoring", percent(scoring.priceWeight()))).append('\n');
                for (AwardCriteria.Factor factor : scoring.factors()) {
                    out.append("    - ").append(factor.name()).append(" ").append(percent(factor.weight())).append(percentSign())
                            .append(out.colon()).append(factor.guidance());
                    if (factor.kind() == AwardCriteria.Factor.Kind.PAST_PERFORMANCE) {
                        out.append(" (").append(out.label("procurement.notice.past-performance")).append(')');
                    }
                    out.append('\n');
                }
            } else {
                out.append("    ").append(out.label("procurement.notice.lowest-price")).append('\n');
            }
            out.append("    ").append(ties(lot.criteria())).append('\n');
            // Stated either way: a bidder must know before it bids whether a bond is asked of it, and how much.
            out.append("    ").append(lot.bidBond() == null ? out.label("procurement.notice.no-bid-bond")
                    : out.label("procurement.notice.bid-bond", amount(lot.bidBond().amount()))).append('\n');
        }
    }

    /** The tie rules the documents state, then the draw the rules fall back on. */
    private String ties(AwardCriteria criteria) {
        if (criteria.tieBreaks().isEmpty()) {
            return out.label("procurement.notice.ties-drawn");
        }
        List<String> rules = criteria.tieBreaks().stream().map(t -> t.factor() == null
                ? out.label("procurement.tie-break." + t.rule().name())
                : out.label("procurement.tie-break." + t.rule().name(), t.factor(),
                        ((AwardCriteria.ComprehensiveScoring) criteria).factors().get(t.factor() - 1).name())).toList();
        return out.label("procurement.notice.ties", String.join(out.chinese() ? "；" : "; ", rules));
    }

    private void dates() {
        Timetable dates = facts.dates();
        out.append(out.label("procurement.notice.dates")).append('\n');
        if (dates.prequalificationOn() != null && dates.prequalificationUntil() != null) {
            out.indented("procurement.notice.prequalification", dates.prequalificationOn().toString(),
                    dates.prequalificationUntil().toString());
        }
        if (dates.publicityFrom() != null && dates.publicityUntil() != null) {
            out.indented("procurement.notice.publicity", dates.publicityFrom().toString(), dates.publicityUntil().toString());
        }
        if (dates.noticeOn() != null && dates.documentsUntil() != null) {
            out.indented("procurement.notice.documents-available", dates.noticeOn().toString(), dates.documentsUntil().toString());
        }
        if (dates.deadline() != null) {
            out.indented("procurement.notice.deadline", minute(dates.deadline()), facts.zone().getId());
        }
        if (dates.openingFrom() != null && dates.openingUntil() != null) {
            out.indented("procurement.notice.opening", minute(dates.openingFrom()), minute(dates.openingUntil()));
        }
    }

    private void documents() {
        if (facts.documents().isEmpty()) {
            return;
        }
        out.append(out.label("procurement.notice.documents")).append('\n');
        for (NoticeFacts.Document document : facts.documents()) {
            out.append("  ").append(out.label("procurement.document." + document.kind().name())).append(" ")
                    .append(out.label("procurement.notice.version", document.version())).append(out.colon()).append(document.filename())
                    .append(" (SHA-256 ").append(document.sha256()).append(")\n");
        }
    }

    private String percentSign() {
        return out.chinese() ? "%" : " %";
    }

    private String minute(Instant instant) {
        return NoticeWriter.minute(instant, facts.zone());
    }

    /** Two decimals and thousands commas in both languages, so that the amounts read the same. */
    static String amount(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
    }

    private static String percent(@Nullable BigDecimal value) {
        return value == null ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
