package org.cogov.procurement.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cogov.procurement.AwardCriteria;
import org.cogov.procurement.BidderAsked;
import org.cogov.procurement.EvaluationCompleted;
import org.cogov.procurement.EvaluationResults;
import org.cogov.procurement.Lot;
import org.cogov.procurement.LotFailed;
import org.cogov.procurement.Method;
import org.cogov.procurement.PastPerformance;
import org.cogov.procurement.Procedure;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.Publication;
import org.cogov.procurement.bidding.FinalQuotations;
import org.cogov.procurement.bidding.Opening;
import org.cogov.procurement.bidding.OpeningRecord;
import org.cogov.procurement.evaluation.LotEvaluation.MemberScore;
import org.cogov.procurement.evaluation.LotEvaluation.PanelVote;
import org.cogov.procurement.evaluation.LotEvaluation.PriceCorrection;
import org.cogov.procurement.evaluation.LotEvaluation.PriceExplanation;
import org.cogov.procurement.evaluation.LotEvaluation.Question;
import org.cogov.procurement.evaluation.LotEvaluation.SeatedMember;
import org.cogov.procurement.evaluation.LotEvaluation.Stage;
import org.cogov.procurement.experts.Panel;
import org.cogov.procurement.experts.PanelMember;
import org.cogov.procurement.experts.Panels;
import org.cogov.registry.OrganizationId;
import org.cogov.shared.Actor;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.time.WorkingDays;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * How a lot's evaluation moves from stage to stage once what each stage waits for is recorded: qualification,
 * compliance (the majority of the seated members deciding), clarification, the rounds of a negotiation and its final
 * quotations, scoring, the compiled ranking and the signatures that complete it. A lot left with fewer valid bids
 * than its method needs fails on the way; when every lot is complete or failed, the procedure waits for the award or
 * fails. Runs in the transaction of the command that recorded what moved the lot.
 */
@Component
class Stages {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Opening opening;
    private final FinalQuotations finalQuotations;
    private final Panels panels;
    private final EvaluationResults results;
    private final EvaluationRecords records;
    private final ObjectProvider<PastPerformance> pastPerformance;
    private final EvaluationSettings settings;
    private final ApplicationEventPublisher events;
    private final WorkingDays workingDays;
    private final Clock clock;

    Stages(Opening opening, FinalQuotations finalQuotations, Panels panels, EvaluationResults results, EvaluationRecords records,
            ObjectProvider<PastPerformance> pastPerformance, EvaluationSettings settings, ApplicationEventPublisher events,
            WorkingDays workingDays, Clock clock) {
        this.opening = opening;
        this.finalQuotations = finalQuotations;
        this.panels = panels;
        this.results = results;
        this.records = records;
        this.pastPerformance = pastPerformance;
        this.settings = settings;
        this.events = events;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** The first verdict on a lot begins its evaluation with the bids its opening opened. */
    void begin(Actor actor, Publication.PublishedProcedure published, Lot lot) {
        ProcedureId id = published.procedure().id();
        OpeningRecord.Lot opened = openedLot(id, lot.number());
        if (records.start(id, lot.number(), clock.instant())) {
            for (OpeningRecord.Bid bid : opened.bids()) {
                if (bid.outcome() == OpeningRecord.BidOutcome.OPENED) {
                    records.addBid(id, lot.number(), bid.bidder(), Objects.requireNonNull(bid.price()));
                }
            }
            results.started(id);
            step(actor, "procurement.evaluation.started", id, lot.number(), Map.of());
        }
    }

    /** Moves the lot on as far as what has been recorded allows. */
    void advance(Actor actor, Publication.PublishedProcedure published, Lot lot) {
        ProcedureId id = published.procedure().id();
        int n = lot.number();
        Stage stage = records.find(id, n).orElseThrow().stage();
        if (stage == Stage.QUALIFICATION) {
            List<EvaluationRecords.BidRow> bids = records.bids(id, n);
            if (bids.stream().anyMatch(b -> b.qualified() == null)) {
                return;
            }
            if (!enoughLeft(actor, published, lot)) {
                return;
            }
            records.stage(id, n, Stage.COMPLIANCE);
            stage = Stage.COMPLIANCE;
        }
        List<SeatedMember> seated = seated(id, n);
        if (stage == Stage.COMPLIANCE) {
            if (seated.isEmpty()) {
                return;
            }
            List<EvaluationRecords.BidRow> qualified = records.bids(id, n).stream().filter(b -> Boolean.TRUE.equals(b.qualified()))
                    .toList();
            List<PanelVote> votes = records.votes(id, n).stream().filter(v -> v.question() == Question.COMPLIANCE).toList();
            Map<UUID, Boolean> decided = new HashMap<>();
            for (EvaluationRecords.BidRow bid : qualified) {
                Boolean majority = majority(votes, bid.bidder(), seated);
                if (majority == null) {
                    return;
                }
                decided.put(bid.bidder(), majority);
            }
            decided.forEach((bidder, compliant) -> records.compliant(id, n, bidder, compliant));
            if (!enoughLeft(actor, published, lot)) {
                return;
            }
            requestExplanations(actor, published.procedure(), n);
            records.stage(id, n, Stage.CLARIFICATION);
            stage = Stage.CLARIFICATION;
        }
        if (stage == Stage.CLARIFICATION) {
            List<PriceCorrection> corrections = records.corrections(id, n);
            if (corrections.stream().anyMatch(c -> c.answer() == null)) {
                return;
            }
            List<PanelVote> votes = records.votes(id, n).stream().filter(v -> v.question() == Question.EXPLANATION).toList();
            Map<UUID, Boolean> justified = new HashMap<>();
            for (PriceExplanation explanation : records.explanations(id, n)) {
                Boolean majority = majority(votes, explanation.bidder(), seated);
                if (majority == null) {
                    return;
                }
                justified.put(explanation.bidder(), majority);
            }
            for (PriceCorrection correction : corrections) {
                if (correction.answer() == PriceCorrection.Answer.REFUSED) {
                    records.invalidate(id, n, correction.bidder(), "procurement.evaluation.invalid.correction-refused");
                }
            }
            justified.forEach((bidder, ok) -> {
                if (!ok) {
                    records.invalidate(id, n, bidder, "procurement.evaluation.invalid.abnormally-low");
                }
            });
            if (!enoughLeft(actor, published, lot)) {
                return;
            }
            if (Negotiation.negotiates(published.procedure().method())) {
                records.stage(id, n, Stage.NEGOTIATION);
                return;
            }
            if (lot.criteria() instanceof AwardCriteria.ComprehensiveScoring) {
                records.stage(id, n, Stage.SCORING);
                stage = Stage.SCORING;
            } else {
                compile(actor, published, lot);
                return;
            }
        }
        if (stage == Stage.NEGOTIATION) {
            return;
        }
        if (stage == Stage.FINAL_QUOTATIONS) {
            if (finalQuotations.status(id, n).map(FinalQuotations.FinalQuotationStatus::openedAt).isEmpty()) {
                return;
            }
            Map<UUID, FinalQuotations.OpenedFinalQuotation> opened = finalQuotations.opened(id, n).stream()
                    .collect(Collectors.toMap(FinalQuotations.OpenedFinalQuotation::bidder, Function.identity()));
            for (UUID bidder : validBids(id, n).keySet()) {
                FinalQuotations.OpenedFinalQuotation quotation = opened.get(bidder);
                if (quotation == null) {
                    records.invalidate(id, n, bidder, "procurement.evaluation.invalid.no-final-quotation");
                } else if (!quotation.valid() || quotation.price() == null) {
                    records.invalidate(id, n, bidder, "procurement.evaluation.invalid.final-quotation-refused");
                } else {
                    records.finalPrice(id, n, bidder, quotation.price());
                }
            }
            if (!enoughLeft(actor, published, lot)) {
                return;
            }
            step(actor, "procurement.evaluation.final-quotations-taken", id, n, Map.of("valid", Integer.toString(validBids(id, n).size())));
            if (byLowestPrice(published.procedure(), lot)) {
                compile(actor, published, lot);
                return;
            }
            records.stage(id, n, Stage.SCORING);
            return;
        }
        if (stage == Stage.SCORING) {
            Set<UUID> submitted = records.sheets(id, n).stream().filter(s -> s.submittedAt() != null)
                    .map(EvaluationRecords.Sheet::member).collect(Collectors.toSet());
            if (seated.stream().allMatch(m -> submitted.contains(m.user()))) {
                compile(actor, published, lot);
            }
            return;
        }
        if (stage == Stage.COMPILED) {
            Set<UUID> signed = records.sheets(id, n).stream().filter(s -> s.signedAt() != null)
                    .map(EvaluationRecords.Sheet::member).collect(Collectors.toSet());
            if (!seated.isEmpty() && seated.stream().allMatch(m -> signed.contains(m.user()))) {
                complete(actor, published, lot);
            }
        }
    }

    /** The majority of the seated members' votes on a bid, or none while a member has not voted. */
    private static @Nullable Boolean majority(List<PanelVote> votes, UUID bidder, List<SeatedMember> seated) {
        int inFavour = 0;
        for (SeatedMember member : seated) {
            Optional<PanelVote> vote = votes.stream().filter(v -> v.bidder().equals(bidder) && v.member().equals(member.user()))
                    .findFirst();
            if (vote.isEmpty()) {
                return null;
            }
            inFavour += vote.get().inFavour() ? 1 : 0;
        }
        return inFavour * 2 > seated.size();
    }

    /**
     * The abnormally low price triggers, applied once, to the compliant bids at their corrected prices (a
     * correction not yet answered counts at its corrected price: refused, it invalidates the bid anyway).
     */
    private void requestExplanations(Actor actor, Procedure procedure, int lot) {
        ProcedureId id = procedure.id();
        Map<UUID, BigDecimal> corrected = records.corrections(id, lot).stream()
                .filter(c -> c.answer() != PriceCorrection.Answer.REFUSED)
                .collect(Collectors.toMap(PriceCorrection::bidder, PriceCorrection::corrected));
        List<Offer> offers = records.bids(id, lot).stream().filter(b -> Boolean.TRUE.equals(b.compliant()) && b.invalidReason() == null)
                .map(b -> {
                    BigDecimal price = corrected.getOrDefault(b.bidder(), b.price());
                    return new Offer(b.bidder(), price, price);
                }).toList();
        Instant now = clock.instant();
        Instant due = now.plus(settings.explanationTime());
        for (AbnormallyLowPrices.Suspect suspect : AbnormallyLowPrices.suspects(offers, settings.abnormallyLowBelowMean(),
                settings.abnormallyLowBelowNext())) {
            records.requestExplanation(id, lot, suspect, now, due);
            Map<String, String> grounds = new LinkedHashMap<>();
            grounds.put("price", suspect.price().toPlainString());
            for (AbnormallyLowPrices.Trigger trigger : suspect.triggers()) {
                grounds.put(trigger.reference().name(), trigger.amount().toPlainString() + " -"
                        + trigger.percentBelow().setScale(2, RoundingMode.HALF_UP).toPlainString() + "%");
            }
            events.publishEvent(new BidderAsked(actor.userId(), actor.organizationId(), id.value(), procedure.reference(), lot,
                    suspect.bid(), BidderAsked.Request.PRICE_EXPLANATION, due, grounds));
        }
    }

    /** The valid bids at their evaluated prices: the confirmed corrected price, else the opened one. */
    Map<UUID, Offer> validBids(ProcedureId id, int lot) {
        Map<UUID, BigDecimal> corrected = confirmedCorrections(id, lot);
        Map<UUID, Offer> valid = new LinkedHashMap<>();
        for (EvaluationRecords.BidRow bid : records.bids(id, lot)) {
            if (Boolean.TRUE.equals(bid.qualified()) && Boolean.TRUE.equals(bid.compliant()) && bid.invalidReason() == null) {
                // The final quotation replaces the bid's price once opened; the low-price triggers are not applied to it.
                BigDecimal price = bid.finalPrice() != null ? bid.finalPrice() : corrected.getOrDefault(bid.bidder(), bid.price());
                valid.put(bid.bidder(), new Offer(bid.bidder(), price, price));
            }
        }
        return valid;
    }

    /**
     * Fails the lot when fewer bids than its method needs are still valid (or could still be: bids not yet
     * reviewed count), and says whether the lot goes on.
     */
    private boolean enoughLeft(Actor actor, Publication.PublishedProcedure published, Lot lot) {
        ProcedureId id = published.procedure().id();
        long left = records.bids(id, lot.number()).stream()
                .filter(b -> !Boolean.FALSE.equals(b.qualified()) && !Boolean.FALSE.equals(b.compliant()) && b.invalidReason() == null)
                .count();
        int needed = results.minimumResponses(published.procedure(), openedOn(id, lot.number())).value().intValue();
        if (left >= needed) {
            return true;
        }
        Instant now = clock.instant();
        records.fail(id, lot.number(), EvaluationResults.TOO_FEW_VALID_BIDS, now);
        events.publishEvent(new LotFailed(actor.userId(), published.procedure().purchaser().value(), id.value(),
                published.procedure().reference(), lot.number(), (int) left, needed, EvaluationResults.TOO_FEW_VALID_BIDS, now));
        if (conclude(published) != Conclusion.FAILED) {
            results.lotFailed(published.procedure(), lot, EvaluationResults.TOO_FEW_VALID_BIDS, (int) left, needed);
        }
        return false;
    }

    /** Computes and keeps the ranking, drawing the seed for ties once. */
    private void compile(Actor actor, Publication.PublishedProcedure published, Lot lot) {
        ProcedureId id = published.procedure().id();
        byte[] seed = new byte[32];
        RANDOM.nextBytes(seed);
        String tieSeed = HexFormat.of().formatHex(seed);
        records.compiled(id, lot.number(), tieSeed, clock.instant());
        rank(published, lot, tieSeed);
        step(actor, "procurement.evaluation.compiled", id, lot.number(), Map.of("tieSeed", tieSeed));
    }

    /** The ranking by the lot's criteria from the recorded scores, kept on the bids. */
    void rank(Publication.PublishedProcedure published, Lot lot, String tieSeed) {
        ProcedureId id = published.procedure().id();
        int n = lot.number();
        List<Offer> offers = List.copyOf(validBids(id, n).values());
        if (!byLowestPrice(published.procedure(), lot) && lot.criteria() instanceof AwardCriteria.ComprehensiveScoring criteria) {
            Map<UUID, Map<UUID, List<@Nullable BigDecimal>>> byMember = new LinkedHashMap<>();
            for (MemberScore score : records.scores(id, n)) {
                List<@Nullable BigDecimal> factors = byMember.computeIfAbsent(score.member(), m -> new LinkedHashMap<>())
                        .computeIfAbsent(score.bidder(), b -> {
                            List<@Nullable BigDecimal> empty = new ArrayList<>();
                            criteria.factors().forEach(f -> empty.add(null));
                            return empty;
                        });
                factors.set(score.factor(), score.score());
            }
            List<ExpertSheet> sheets = byMember.entrySet().stream()
                    .map(e -> new ExpertSheet(e.getKey(), Map.copyOf(e.getValue()))).toList();
            LocalDate day = openedOn(id, n);
            Map<UUID, BigDecimal> past = new HashMap<>();
            if (criteria.factors().stream().anyMatch(f -> f.kind() == AwardCriteria.Factor.Kind.PAST_PERFORMANCE)) {
                PastPerformance source = pastPerformance.getIfAvailable();
                for (Offer offer : offers) {
                    past.put(offer.bid(), Optional.ofNullable(source).flatMap(s -> s.score(new OrganizationId(offer.bid()), day))
                            .orElse(settings.neutralPastPerformance()));
                }
            }
            Scores scores = Scores.compute(criteria, offers, sheets, past);
            Map<UUID, Scores.BidScore> byBid = scores.bids().stream().collect(Collectors.toMap(Scores.BidScore::bid, Function.identity()));
            for (Ranking.RankedBid ranked : Ranking.byTotal(scores.bids(), criteria.tieBreaks(), receivedAt(id, n), tieSeed).order()) {
                Scores.BidScore score = byBid.get(ranked.bid());
                records.result(id, n, ranked, score.priceScore(), score.total(), score.shownTotal());
            }
        } else {
            for (Ranking.RankedBid ranked : Ranking.byLowestPrice(offers, lot.criteria().tieBreaks(), receivedAt(id, n), tieSeed).order()) {
                records.result(id, n, ranked, null, null, null);
            }
        }
    }

    /** When each opened bid was received, as the opening record lists it: what the earlier-receipt tie break compares. */
    private Map<UUID, Instant> receivedAt(ProcedureId id, int lot) {
        return openedLot(id, lot).bids().stream().filter(b -> b.outcome() == OpeningRecord.BidOutcome.OPENED)
                .collect(Collectors.toMap(OpeningRecord.Bid::bidder, OpeningRecord.Bid::receivedAt, (a, b) -> a));
    }

    private void complete(Actor actor, Publication.PublishedProcedure published, Lot lot) {
        ProcedureId id = published.procedure().id();
        Instant now = clock.instant();
        records.completed(id, lot.number(), now);
        List<EvaluationRecords.BidRow> ranked = records.bids(id, lot.number()).stream().filter(b -> b.ranking() != null)
                .sorted((a, b) -> Integer.compare(Objects.requireNonNull(a.ranking()), Objects.requireNonNull(b.ranking())))
                .toList();
        Map<UUID, BigDecimal> corrected = confirmedCorrections(id, lot.number());
        List<BigDecimal> prices = ranked.stream().map(b -> contractPrice(b, corrected)).toList();
        List<BigDecimal> totals = ranked.stream().allMatch(b -> b.shownTotal() != null)
                ? ranked.stream().map(b -> Objects.requireNonNull(b.shownTotal())).toList() : List.of();
        events.publishEvent(new EvaluationCompleted(actor.userId(), published.procedure().purchaser().value(), id.value(),
                published.procedure().reference(), lot.number(), ranked.stream().map(EvaluationRecords.BidRow::bidder).toList(),
                prices, totals, now));
        conclude(published);
    }

    /** The bidders' confirmed corrected prices. */
    Map<UUID, BigDecimal> confirmedCorrections(ProcedureId id, int lot) {
        return records.corrections(id, lot).stream().filter(c -> c.answer() == PriceCorrection.Answer.CONFIRMED)
                .collect(Collectors.toMap(PriceCorrection::bidder, PriceCorrection::corrected));
    }

    /** The price a bid's contract would say: its final quotation, else its confirmed corrected price, else the opened one. */
    static BigDecimal contractPrice(EvaluationRecords.BidRow bid, Map<UUID, BigDecimal> corrected) {
        return bid.finalPrice() != null ? bid.finalPrice() : corrected.getOrDefault(bid.bidder(), bid.price());
    }

    /** Where the procedure stands once a lot is complete or failed. */
    private enum Conclusion { LOTS_PENDING, AWARD_PENDING, FAILED }

    /**
     * Once every lot is complete or failed, the procedure waits for the award, or fails (with its own notice)
     * when no lot is left. A failed lot has its own notice unless the whole procedure failed with it.
     */
    private Conclusion conclude(Publication.PublishedProcedure published) {
        ProcedureId id = published.procedure().id();
        OpeningRecord record = opening.record(id);
        Map<Integer, Stage> stages = new HashMap<>();
        for (OpeningRecord.Lot lot : record.lots()) {
            if (lot.outcome() == OpeningRecord.LotOutcome.FAILED) {
                stages.put(lot.lot(), Stage.FAILED);
            } else {
                stages.put(lot.lot(), records.find(id, lot.lot()).map(EvaluationRecords.Row::stage).orElse(null));
            }
        }
        if (stages.size() < published.lots().size()
                || stages.values().stream().anyMatch(s -> s != Stage.COMPLETED && s != Stage.FAILED)) {
            return Conclusion.LOTS_PENDING;
        }
        if (stages.containsValue(Stage.COMPLETED)) {
            results.evaluated(id);
            return Conclusion.AWARD_PENDING;
        }
        results.failed(published.procedure(), EvaluationResults.TOO_FEW_VALID_BIDS);
        return Conclusion.FAILED;
    }

    /** A negotiation ranks by the lowest final price whatever the lot's criteria say (GPL Art. 38). */
    static boolean byLowestPrice(Procedure procedure, Lot lot) {
        return procedure.method() == Method.COMPETITIVE_NEGOTIATION || !(lot.criteria() instanceof AwardCriteria.ComprehensiveScoring);
    }

    /** The members seated on the lot's panel, once the panel is complete; none before. */
    List<SeatedMember> seated(ProcedureId id, int lot) {
        return panels.of(id, lot).filter(Panel::complete).map(panel -> panel.seated().stream()
                .map(m -> new SeatedMember(m.user(), m.name(), m.kind() == PanelMember.Kind.EXPERT, null, null, null)).toList())
                .orElse(List.of());
    }

    OpeningRecord.Lot openedLot(ProcedureId id, int lot) {
        return opening.record(id).lots().stream()
                .filter(l -> l.lot() == lot && l.outcome() == OpeningRecord.LotOutcome.OPENED).findFirst()
                .orElseThrow(() -> RuleViolation.conflict("procurement.evaluation.lot-not-opened", lot));
    }

    /** The day the lot was opened, in the working days' zone: the day eligibility and past performance are judged on. */
    LocalDate openedOn(ProcedureId id, int lot) {
        return openedLot(id, lot).decidedAt().atZone(workingDays.zone()).toLocalDate();
    }

    /** Refuses a command meant for another stage than the lot's. */
    static void expect(EvaluationRecords.Row row, Stage stage, Procedure procedure) {
        if (row.stage() != stage) {
            throw RuleViolation.conflict("procurement.evaluation.wrong-stage", procedure.reference(), row.stage().name());
        }
    }

    private void step(Actor actor, String action, ProcedureId id, int lot, Map<String, String> details) {
        events.publishEvent(new EvaluationStep(actor.userId(), actor.organizationId(), action, id.value(), lot, details));
    }
}
