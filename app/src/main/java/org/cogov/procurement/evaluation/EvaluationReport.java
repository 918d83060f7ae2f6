package org.cogov.procurement.evaluation;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cogov.procurement.AwardCriteria;
import org.cogov.procurement.Method;
import org.cogov.procurement.evaluation.LotEvaluation.EvaluatedBid;
import org.cogov.procurement.evaluation.LotEvaluation.FinalQuotationGiven;
import org.cogov.procurement.evaluation.LotEvaluation.MemberScore;
import org.cogov.procurement.evaluation.LotEvaluation.NegotiationRounds;
import org.cogov.procurement.evaluation.LotEvaluation.PriceCorrection;
import org.cogov.procurement.evaluation.LotEvaluation.PriceExplanation;
import org.cogov.procurement.evaluation.LotEvaluation.ScoreCorrection;
import org.cogov.procurement.evaluation.LotEvaluation.ScoringFactor;
import org.cogov.procurement.evaluation.LotEvaluation.SeatedMember;
import org.cogov.procurement.evaluation.LotEvaluation.TalkMinutes;
import org.cogov.shared.pdf.PdfDocument;
import org.cogov.shared.pdf.Table;
import org.cogov.shared.time.WorkingDays;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The evaluation report of a lot (评审报告) as a PDF, in the reader's language: the ranking criteria, the
 * panel, every bid with the verdicts on it and why any stopped counting, corrections and explanations,
 * every score by member, the price computation, the ranking with its tie draw, mended scores and dissent.
 * Anyone holding it can check the ranking from its figures.
 *
 * <p>It speaks the method's own words ({@link Terms}): a tender has bidders (投标人), bids and a benchmark price
 * (评标基准价) weighed by an evaluation committee (评标委员会); a competitive negotiation or consultation has suppliers
 * (供应商), responses (响应文件) and a benchmark price of the review (评审基准价) weighed by a negotiation (谈判小组) or
 * consultation panel (磋商小组), and its report also lists the rounds of talks, the amendments sent to all, the call
 * for final quotations and each supplier's final quotation, and ranks on the final prices.
 */
@Component
class EvaluationReport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The message keys whose words depend on the method: each has a {@code .negotiation} and a {@code .consultation} variant. */
    private static final Set<String> FINAL_QUOTATION_REASONS = Set.of("procurement.evaluation.invalid.no-final-quotation",
            "procurement.evaluation.invalid.final-quotation-refused");

    private static final Set<String> TERMED = Set.of("criteria", "lowest-price", "price-formula", "precision", "panel", "bids", "bidder",
            "evaluated-price", "answer", "below-mean", "benchmark", "tie-rule", "rounds");

    /** Whose words the report speaks: a tender's (and any other method's), a competitive negotiation's, a consultation's. */
    enum Terms {
        TENDER(""), NEGOTIATION(".negotiation"), CONSULTATION(".consultation");

        private final String suffix;

        Terms(String suffix) {
            this.suffix = suffix;
        }

        static Terms of(Method method) {
            return method == Method.COMPETITIVE_NEGOTIATION ? NEGOTIATION
                    : method == Method.COMPETITIVE_CONSULTATION ? CONSULTATION : TENDER;
        }
    }

    private final MessageSource messages;
    private final WorkingDays workingDays;
    private final Clock clock;

    EvaluationReport(MessageSource messages, WorkingDays workingDays, Clock clock) {
        this.messages = messages;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    void write(LotEvaluation evaluation, Terms terms, Locale locale, OutputStream out) throws IOException {
        ZoneId zone = workingDays.zone();
        Function<String, String> t = key -> messages.getMessage("procurement.evaluation.report." + key
                + (TERMED.contains(key) ? terms.suffix : ""), null, locale);
        boolean chinese = locale.getLanguage().equals("zh");
        Map<UUID, String> bidders = evaluation.bids().stream()
                .collect(Collectors.toMap(EvaluatedBid::bidder, b -> chinese || b.bidderEn().isBlank() ? b.bidderZh() : b.bidderEn()));
        Map<UUID, String> members = evaluation.members().stream().collect(Collectors.toMap(SeatedMember::user, SeatedMember::name));
        Function<UUID, String> bidder = id -> bidders.getOrDefault(id, id.toString());
        Function<UUID, String> member = id -> members.getOrDefault(id, id.toString());
        Function<@Nullable Instant, String> time = at -> at == null ? "—" : TIME.format(at.atZone(zone));

        PdfDocument report = new PdfDocument(t.apply("title") + " " + evaluation.reference() + " · " + t.apply("lot") + " "
                + evaluation.lot() + " " + evaluation.lotTitle(), locale, clock.instant().atZone(zone));
        report.keyValue(t.apply("procedure"), evaluation.reference())
                .keyValue(t.apply("lot"), evaluation.lot() + " " + evaluation.lotTitle())
                .keyValue(t.apply("stage"), messages.getMessage("procurement.evaluation.stage." + evaluation.stage().name(), null, locale))
                .keyValue(t.apply("started"), time.apply(evaluation.startedAt()))
                .keyValue(t.apply("compiled"), time.apply(evaluation.compiledAt()))
                .keyValue(t.apply("completed"), time.apply(evaluation.completedAt()));

        report.heading(t.apply("criteria"));
        if (evaluation.criteria().lowestPrice()) {
            report.paragraph(t.apply("lowest-price"));
        } else {
            Table criteria = Table.withColumns(new Table.Column(t.apply("factor"), 3), new Table.Column(t.apply("weight"), 1,
                    Table.Alignment.RIGHT), new Table.Column(t.apply("guidance"), 4));
            criteria.row(t.apply("price"), plain(evaluation.criteria().priceWeight()) + " %", t.apply("price-formula"));
            for (ScoringFactor factor : evaluation.criteria().factors()) {
                criteria.row(factor.name(), plain(factor.weight()) + " %", factor.guidance());
            }
            report.table(criteria).paragraph(t.apply("precision"));
        }
        List<AwardCriteria.TieBreak> tieBreaks = evaluation.criteria().tieBreaks();
        if (!tieBreaks.isEmpty()) {
            Table ties = Table.withColumns(new Table.Column("", 1), new Table.Column(t.apply("tie-breaks"), 7));
            for (int i = 0; i < tieBreaks.size(); i++) {
                AwardCriteria.TieBreak tieBreak = tieBreaks.get(i);
                Integer factor = tieBreak.factor();
                ties.row(String.valueOf(i + 1), factor == null
                        ? messages.getMessage("procurement.tie-break." + tieBreak.rule().name(), null, locale)
                        : messages.getMessage("procurement.tie-break." + tieBreak.rule().name(),
                                new Object[] {factor, evaluation.criteria().factors().get(factor - 1).name()}, locale));
            }
            report.table(ties);
        }

        report.heading(t.apply("panel"));
        Table panel = Table.withColumns(new Table.Column(t.apply("member"), 3), new Table.Column(t.apply("seat"), 2),
                new Table.Column(t.apply("submitted"), 2), new Table.Column(t.apply("signed"), 2));
        for (SeatedMember seated : evaluation.members()) {
            panel.row(seated.name(), t.apply(seated.expert() ? "expert" : "representative"), time.apply(seated.submittedAt()),
                    time.apply(seated.signedAt()));
        }
        report.table(panel);

        report.heading(t.apply("bids"));
        Table bids = Table.withColumns(new Table.Column(t.apply("bidder"), 4), new Table.Column(t.apply("price"), 2,
                Table.Alignment.RIGHT), new Table.Column(t.apply("evaluated-price"), 2, Table.Alignment.RIGHT),
                new Table.Column(t.apply("outcome"), 4));
        for (EvaluatedBid bid : evaluation.bids()) {
            String outcome = bid.valid() ? t.apply("valid")
                    : messages.getMessage(Objects.requireNonNullElse(bid.invalidReason(), "procurement.evaluation.invalid.compliance"),
                            null, locale);
            if (bid.qualificationReason() != null) {
                outcome += " — " + bid.qualificationReason();
            }
            bids.row(bidder.apply(bid.bidder()), money(bid.price()), money(bid.evaluatedPrice()), outcome);
        }
        report.table(bids);
        String reasons = evaluation.votes().stream().filter(v -> !v.inFavour() && v.reason() != null)
                .map(v -> member.apply(v.member()) + "（" + bidder.apply(v.bidder()) + "）：" + v.reason())
                .collect(Collectors.joining("\n"));
        if (!reasons.isEmpty()) {
            report.paragraph(t.apply("votes-against") + "\n" + reasons);
        }

        if (!evaluation.corrections().isEmpty()) {
            report.heading(t.apply("corrections"));
            Table corrections = Table.withColumns(new Table.Column(t.apply("bidder"), 3), new Table.Column(t.apply("original"), 2,
                    Table.Alignment.RIGHT), new Table.Column(t.apply("corrected"), 2, Table.Alignment.RIGHT),
                    new Table.Column(t.apply("reason"), 3), new Table.Column(t.apply("answer"), 2));
            for (PriceCorrection correction : evaluation.corrections()) {
                corrections.row(bidder.apply(correction.bidder()), money(correction.original()), money(correction.corrected()),
                        correction.reason(), correction.answer() == null ? "—" : t.apply("answer." + correction.answer().name()));
            }
            report.table(corrections);
        }

        if (!evaluation.explanations().isEmpty()) {
            report.heading(t.apply("abnormally-low"));
            Table explanations = Table.withColumns(new Table.Column(t.apply("bidder"), 3), new Table.Column(t.apply("grounds"), 4),
                    new Table.Column(t.apply("explanation"), 4));
            for (PriceExplanation explanation : evaluation.explanations()) {
                String grounds = (explanation.belowMean() == null ? "" : t.apply("below-mean") + " " + percent(explanation.belowMean())
                        + " (" + money(Objects.requireNonNull(explanation.meanPrice())) + ")")
                        + (explanation.belowNext() == null ? "" : "\n" + t.apply("below-next") + " " + percent(explanation.belowNext())
                        + " (" + money(Objects.requireNonNull(explanation.nextPrice())) + ")");
                explanations.row(bidder.apply(explanation.bidder()), grounds.strip(),
                        explanation.text() == null ? t.apply("not-explained") : explanation.text());
            }
            report.table(explanations);
        }

        NegotiationRounds negotiation = evaluation.negotiation();
        if (negotiation != null) {
            rounds(report, evaluation, negotiation, locale, t, bidder, member, time);
        }

        if (!evaluation.criteria().lowestPrice() && !evaluation.scores().isEmpty()) {
            report.heading(t.apply("scores"));
            Table scores = Table.withColumns(new Table.Column(t.apply("bidder"), 3), new Table.Column(t.apply("factor"), 3),
                    new Table.Column(t.apply("member"), 2), new Table.Column(t.apply("score"), 1, Table.Alignment.RIGHT));
            evaluation.scores().stream()
                    .sorted(Comparator.comparing((MemberScore s) -> bidder.apply(s.bidder())).thenComparingInt(MemberScore::factor)
                            .thenComparing(s -> member.apply(s.member())))
                    .forEach(s -> scores.row(bidder.apply(s.bidder()), factorName(evaluation, s.factor()), member.apply(s.member()),
                            plain(s.score())));
            report.table(scores);
        }

        report.heading(t.apply("ranking"));
        Optional<BigDecimal> benchmark = evaluation.bids().stream().filter(EvaluatedBid::valid).map(EvaluatedBid::evaluatedPrice)
                .min(Comparator.naturalOrder());
        benchmark.ifPresent(b -> report.keyValue(t.apply("benchmark"), money(b)));
        // After rounds of talks the ranking uses the final quotations: the price column says so.
        String rankedPrice = t.apply(negotiation != null ? "final-price" : "evaluated-price");
        Table ranking = evaluation.criteria().lowestPrice()
                ? Table.withColumns(new Table.Column(t.apply("rank"), 1), new Table.Column(t.apply("bidder"), 4),
                        new Table.Column(rankedPrice, 2, Table.Alignment.RIGHT), new Table.Column(t.apply("tie"), 2))
                : negotiation != null
                ? Table.withColumns(new Table.Column(t.apply("rank"), 1), new Table.Column(t.apply("bidder"), 3),
                        new Table.Column(rankedPrice, 2, Table.Alignment.RIGHT),
                        new Table.Column(t.apply("price-score"), 2, Table.Alignment.RIGHT),
                        new Table.Column(t.apply("total"), 2, Table.Alignment.RIGHT), new Table.Column(t.apply("tie"), 2))
                : Table.withColumns(new Table.Column(t.apply("rank"), 1), new Table.Column(t.apply("bidder"), 3),
                        new Table.Column(t.apply("price-score"), 2, Table.Alignment.RIGHT),
                        new Table.Column(t.apply("total"), 2, Table.Alignment.RIGHT), new Table.Column(t.apply("tie"), 2));
        evaluation.bids().stream().filter(b -> b.ranking() != null).sorted(Comparator.comparing(EvaluatedBid::ranking))
                .forEach(b -> {
                    String drawn = b.drawn() ? t.apply("drawn") : b.tieSettled() ? t.apply("tie-settled") : "";
                    if (evaluation.criteria().lowestPrice()) {
                        ranking.row(String.valueOf(b.ranking()), bidder.apply(b.bidder()), money(b.evaluatedPrice()), drawn);
                    } else if (negotiation != null) {
                        ranking.row(String.valueOf(b.ranking()), bidder.apply(b.bidder()), money(b.evaluatedPrice()),
                                Objects.requireNonNull(b.priceScore()).setScale(2, RoundingMode.HALF_UP).toPlainString(),
                                Objects.requireNonNull(b.shownTotal()).toPlainString(), drawn);
                    } else {
                        ranking.row(String.valueOf(b.ranking()), bidder.apply(b.bidder()),
                                Objects.requireNonNull(b.priceScore()).setScale(2, RoundingMode.HALF_UP).toPlainString(),
                                Objects.requireNonNull(b.shownTotal()).toPlainString(), drawn);
                    }
                });
        report.table(ranking);
        if (evaluation.tieSeed() != null) {
            report.keyValue(t.apply("tie-seed"), evaluation.tieSeed()).paragraph(t.apply("tie-rule"));
        }

        if (!evaluation.scoreCorrections().isEmpty()) {
            report.heading(t.apply("score-corrections"));
            Table corrections = Table.withColumns(new Table.Column(t.apply("member"), 2), new Table.Column(t.apply("bidder"), 3),
                    new Table.Column(t.apply("factor"), 2), new Table.Column(t.apply("change"), 1), new Table.Column(t.apply("reason"), 3));
            for (ScoreCorrection correction : evaluation.scoreCorrections()) {
                corrections.row(member.apply(correction.member()), bidder.apply(correction.bidder()),
                        factorName(evaluation, correction.factor()), plain(correction.before()) + " → " + plain(correction.after()),
                        correction.reason());
            }
            report.table(corrections);
        }

        String dissent = evaluation.members().stream().filter(m -> m.dissent() != null)
                .map(m -> m.name() + "：" + m.dissent()).collect(Collectors.joining("\n"));
        report.heading(t.apply("dissent")).paragraph(dissent.isEmpty() ? t.apply("no-dissent") : dissent);
        report.writeTo(out);
    }

    /**
     * The rounds of a negotiation or consultation: per supplier the minutes of each round, the amendments sent to all,
     * the call for final quotations, and what each supplier invited gave — its final price and when it arrived, or none.
     */
    private void rounds(PdfDocument report, LotEvaluation evaluation, NegotiationRounds negotiation, Locale locale, Function<String, String> t,
            Function<UUID, String> bidder, Function<UUID, String> member, Function<@Nullable Instant, String> time) {
        report.heading(t.apply("rounds"));
        if (negotiation.minutes().isEmpty()) {
            report.paragraph(t.apply("no-minutes"));
        } else {
            Table minutes = Table.withColumns(new Table.Column(t.apply("bidder"), 3), new Table.Column(t.apply("round"), 1,
                    Table.Alignment.RIGHT), new Table.Column(t.apply("date"), 2), new Table.Column(t.apply("minutes"), 6),
                    new Table.Column(t.apply("recorded-by"), 2));
            negotiation.minutes().stream()
                    .sorted(Comparator.comparing((TalkMinutes m) -> bidder.apply(m.bidder())).thenComparingInt(TalkMinutes::round))
                    .forEach(m -> minutes.row(bidder.apply(m.bidder()), Integer.toString(m.round()), time.apply(m.recordedAt()), m.text(),
                            member.apply(m.recordedBy())));
            report.table(minutes);
        }

        report.heading(t.apply("amendments"));
        if (negotiation.amendments().isEmpty()) {
            report.paragraph(t.apply("no-amendments"));
        } else {
            Table amendments = Table.withColumns(new Table.Column(t.apply("date"), 2), new Table.Column(t.apply("amendment"), 8),
                    new Table.Column(t.apply("recorded-by"), 2));
            negotiation.amendments().forEach(a -> amendments.row(time.apply(a.recordedAt()), a.text(), member.apply(a.recordedBy())));
            report.table(amendments);
        }

        report.heading(t.apply("final-quotations"));
        report.keyValue(t.apply("final-quotations-called"), time.apply(negotiation.calledAt()))
                .keyValue(t.apply("final-quotations-due"), time.apply(negotiation.dueAt()))
                .keyValue(t.apply("final-quotations-opened"), time.apply(negotiation.openedAt()));
        if (negotiation.openedAt() != null) {
            Map<UUID, FinalQuotationGiven> given = negotiation.finalQuotations().stream()
                    .collect(Collectors.toMap(FinalQuotationGiven::bidder, Function.identity(), (a, b) -> a));
            Table quotations = Table.withColumns(new Table.Column(t.apply("bidder"), 4), new Table.Column(t.apply("final-price"), 2,
                    Table.Alignment.RIGHT), new Table.Column(t.apply("received"), 2), new Table.Column(t.apply("outcome"), 4));
            // The suppliers invited: those still valid, and those that became invalid by their final quotation (or its absence).
            evaluation.bids().stream()
                    .filter(b -> b.valid() || given.containsKey(b.bidder()) 
                            || FINAL_QUOTATION_REASONS.contains(Objects.requireNonNullElse(b.invalidReason(), "")))
                    .forEach(b -> {
                        FinalQuotationGiven quotation = given.get(b.bidder());
                        if (quotation == null) {
                            quotations.row(bidder.apply(b.bidder()), "—", "—", t.apply("no-final-quotation"));
                        } else {
                            quotations.row(bidder.apply(b.bidder()), quotation.price() == null ? "—" : money(quotation.price()),
                                    time.apply(quotation.receivedAt()), quotation.invalidReason() == null ? t.apply("valid")
                                            : messages.getMessage(quotation.invalidReason(), null, quotation.invalidReason(), locale));
                        }
                    });
            report.table(quotations);
        }
    }

    private static String factorName(LotEvaluation evaluation, int index) {
        return evaluation.criteria().factors().stream().filter(f -> f.index() == index).map(ScoringFactor::name).findFirst()
                .orElse(Integer.toString(index + 1));
    }

    private static String money(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.2f", amount);
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    private static String percent(BigDecimal percent) {
        return percent.setScale(2, RoundingMode.HALF_UP).toPlainString() + " %";
    }
}
