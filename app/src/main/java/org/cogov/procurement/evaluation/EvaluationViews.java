package org.cogov.procurement.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cogov.procurement.AwardCriteria;
import org.cogov.procurement.EvaluationAccess;
import org.cogov.procurement.Lot;
import org.cogov.procurement.Method;
import org.cogov.procurement.Procedure;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.Publication;
import org.cogov.procurement.bidding.FinalQuotations;
import org.cogov.procurement.bidding.Opening;
import org.cogov.procurement.bidding.OpeningRecord;
import org.cogov.procurement.evaluation.LotEvaluation.EvaluatedBid;
import org.cogov.procurement.evaluation.LotEvaluation.MemberScore;
import org.cogov.procurement.evaluation.LotEvaluation.PanelVote;
import org.cogov.procurement.evaluation.LotEvaluation.Question;
import org.cogov.procurement.evaluation.LotEvaluation.SeatedMember;
import org.cogov.procurement.evaluation.LotEvaluation.Stage;
import org.cogov.shared.Actor;
import org.cogov.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A lot's evaluation as each may read it: the whole of it ({@link LotEvaluation}) for its purchaser, a seated member,
 * FINANCE or an auditor — a member's scores and votes kept from the others until the question is decided — and its
 * report; a bidder's own part of it ({@link ProviderEvaluation}); which lots a caller may open the evaluation of.
 */
@Service
public class EvaluationViews implements EvaluationAccess {

    private final Publication publication;
    private final Opening opening;
    private final FinalQuotations finalQuotations;
    private final EvaluationRecords records;
    private final EvaluationReport report;
    private final LotAccess access;
    private final Stages stages;

    EvaluationViews(Publication publication, Opening opening, FinalQuotations finalQuotations, EvaluationRecords records,
            EvaluationReport report, LotAccess access, Stages stages) {
        this.publication = publication;
        this.opening = opening;
        this.finalQuotations = finalQuotations;
        this.records = records;
        this.report = report;
        this.access = access;
        this.stages = stages;
    }

    /** The lot's evaluation for its purchaser, a seated member, FINANCE or an auditor. */
    @Transactional(readOnly = true)
    public LotEvaluation of(Actor actor, ProcedureId id, int lot) {
        Publication.PublishedProcedure published = access.readBy(actor, id, lot);
        LotAccess.lotOf(published, lot);
        if (records.find(id, lot).isEmpty()) {
            throw RuleViolation.notFound("procurement.evaluation.not-started", id.value());
        }
        return view(published, lot, actor);
    }

    /**
     * An opened lot as its evaluation page shows it, before the evaluation begins as after: its opened bids,
     * whether the caller runs the procedure, and the evaluation once begun.
     */
    public record Opened(String reference, String title, String lotTitle, boolean runner, List<OpeningRecord.Bid> bids,
            @Nullable LotEvaluation evaluation) {

        public Opened {
            bids = List.copyOf(bids);
        }
    }

    @Transactional(readOnly = true)
    public Opened opened(Actor actor, ProcedureId id, int lot) {
        Publication.PublishedProcedure published = access.readBy(actor, id, lot);
        Lot theLot = LotAccess.lotOf(published, lot);
        List<OpeningRecord.Bid> bids = stages.openedLot(id, lot).bids().stream()
                .filter(b -> b.outcome() == OpeningRecord.BidOutcome.OPENED).toList();
        return new Opened(published.procedure().reference(), published.procedure().title(), theLot.title(),
                published.procedure().isRunBy(actor.organizationId()) && actor.can("procurement:evaluation:run"), bids,
                records.find(id, lot).isPresent() ? view(published, lot, actor) : null);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Integer> readableLots(Actor actor, ProcedureId id) {
        Optional<Publication.PublishedProcedure> published = publication.published(id);
        if (published.isEmpty()) {
            return Set.of();
        }
        return opening.record(id).lots().stream().filter(l -> l.outcome() == OpeningRecord.LotOutcome.OPENED)
                .map(OpeningRecord.Lot::lot).filter(lot -> access.reads(actor, published.get(), lot))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Integer> lotsEvaluatingBidOf(Actor actor, ProcedureId id) {
        if (!actor.can("procurement:evaluation:answer")) {
            return Set.of();
        }
        return publication.published(id).stream().flatMap(p -> p.lots().stream()).map(Lot::number)
                .filter(lot -> records.find(id, lot).isPresent()
                        && records.bids(id, lot).stream().anyMatch(b -> b.bidder().equals(actor.organizationId())))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The evaluation report of a compiled lot as a PDF in the reader's language, for those who may read the evaluation. */
    @Transactional(readOnly = true)
    public byte[] report(Actor actor, ProcedureId id, int lot, Locale locale) {
        Publication.PublishedProcedure published = access.readBy(actor, id, lot);
        LotEvaluation evaluation = of(actor, id, lot);
        if (evaluation.stage() != Stage.COMPILED && evaluation.stage() != Stage.COMPLETED) {
            throw RuleViolation.conflict("procurement.evaluation.no-report", evaluation.reference());
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            report.write(evaluation, EvaluationReport.Terms.of(published.procedure().method()), locale, pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    /**
     * What a bidder sees of the evaluation of its own bid: the correction and explanation asked of it, and,
     * once the lot's evaluation is complete, its scores, total and place.
     */
    @Transactional(readOnly = true)
    public ProviderEvaluation mine(Actor actor, ProcedureId id, int lot) {
        actor.require("procurement:evaluation:answer", "procurement.evaluation.mine", "procedure", id.value());
        Publication.PublishedProcedure published = access.bidderOn(actor, id, lot);
        EvaluationRecords.Row row = records.find(id, lot)
                .orElseThrow(() -> RuleViolation.notFound("procurement.evaluation.not-started", id.value()));
        UUID bidder = actor.organizationId();
        EvaluationRecords.BidRow bid = access.bidOf(id, lot, bidder);
        boolean complete = row.stage() == Stage.COMPLETED;
        return new ProviderEvaluation(id.value(), lot, row.stage(), bid.price(), bid.qualified(), bid.qualificationReason(),
                bid.compliant(), bid.invalidReason(),
                records.corrections(id, lot).stream().filter(c -> c.bidder().equals(bidder)).findFirst().orElse(null),
                records.explanations(id, lot).stream().filter(e -> e.bidder().equals(bidder)).findFirst().orElse(null),
                complete ? bid.ranking() : null, complete ? bid.priceScore() : null, complete ? bid.shownTotal() : null,
                complete ? records.scores(id, lot).stream().filter(s -> s.bidder().equals(bidder)).toList() : List.of(),
                Negotiation.negotiates(published.procedure().method()) ? records.amendments(id, lot) : List.of(),
                records.minutes(id, lot).stream().filter(m -> m.bidder().equals(bidder)).toList(), row.finalQuotationsDue(),
                bid.finalPrice());
    }

    /** The begun evaluation of the lot as the actor, already let in, may read it. */
    LotEvaluation view(Publication.PublishedProcedure published, int lot, Actor actor) {
        ProcedureId id = published.procedure().id();
        Lot theLot = LotAccess.lotOf(published, lot);
        EvaluationRecords.Row row = records.find(id, lot).orElseThrow();
        OpeningRecord.Lot opened = stages.openedLot(id, lot);
        Map<UUID, OpeningRecord.Bid> names = opened.bids().stream()
                .collect(Collectors.toMap(OpeningRecord.Bid::bidder, Function.identity(), (a, b) -> a));
        Map<UUID, BigDecimal> corrected = stages.confirmedCorrections(id, lot);
        List<EvaluatedBid> bids = records.bids(id, lot).stream().map(b -> {
            OpeningRecord.Bid name = names.get(b.bidder());
            return new EvaluatedBid(b.bidder(), name == null ? "" : name.bidderZh(), name == null ? "" : name.bidderEn(), b.price(),
                    Stages.contractPrice(b, corrected), b.qualified(),
                    b.qualificationReason(), b.compliant(), b.invalidReason(), b.ranking(), b.drawn(), b.tieSettled(), b.priceScore(), b.total(),
                    b.shownTotal(), b.finalPrice());
        }).toList();
        Map<UUID, EvaluationRecords.Sheet> sheets = records.sheets(id, lot).stream()
                .collect(Collectors.toMap(EvaluationRecords.Sheet::member, Function.identity()));
        List<SeatedMember> members = stages.seated(id, lot).stream().map(m -> {
            EvaluationRecords.Sheet sheet = sheets.get(m.user());
            return new SeatedMember(m.user(), m.name(), m.expert(), sheet == null ? null : sheet.submittedAt(),
                    sheet == null ? null : sheet.signedAt(), sheet == null ? null : sheet.dissent());
        }).toList();
        boolean allSubmitted = row.stage() == Stage.COMPILED || row.stage() == Stage.COMPLETED;
        List<MemberScore> scores = records.scores(id, lot).stream()
                .filter(s -> allSubmitted || s.member().equals(actor.userId())).toList();
        // Votes are the members' own until the question is decided: the stage has moved past it.
        List<PanelVote> votes = records.votes(id, lot).stream().filter(v -> v.member().equals(actor.userId())
                || v.question() == Question.COMPLIANCE && row.stage().compareTo(Stage.COMPLIANCE) > 0
                || v.question() == Question.EXPLANATION && row.stage().compareTo(Stage.CLARIFICATION) > 0).toList();
        return new LotEvaluation(id.value(), published.procedure().reference(), lot, theLot.title(),
                criteria(published.procedure(), theLot), row.stage(), row.startedAt(), row.compiledAt(), row.completedAt(),
                row.failureReason(), row.tieSeed(), bids, members, votes, records.corrections(id, lot), records.explanations(id, lot),
                scores, records.scoreCorrections(id, lot), negotiation(published.procedure(), lot, row));
    }

    /** The rounds and the final quotations' opening as the readers of the lot see them; none for other methods. */
    private LotEvaluation.@Nullable NegotiationRounds negotiation(Procedure procedure, int lot, EvaluationRecords.Row row) {
        if (!Negotiation.negotiates(procedure.method())) {
            return null;
        }
        Optional<FinalQuotations.FinalQuotationStatus> status = finalQuotations.status(procedure.id(), lot);
        // Once opened, what each supplier gave (nothing is read before the opening).
        List<LotEvaluation.FinalQuotationGiven> given = status.map(FinalQuotations.FinalQuotationStatus::openedAt).isEmpty() ? List.of()
                : finalQuotations.opened(procedure.id(), lot).stream().map(o -> new LotEvaluation.FinalQuotationGiven(o.bidder(), o.number(),
                        o.receivedAt(), o.valid() ? o.price() : null, o.valid() ? null : o.reason())).toList();
        return new LotEvaluation.NegotiationRounds(procedure.method() == Method.COMPETITIVE_CONSULTATION, records.minutes(procedure.id(), lot),
                records.amendments(procedure.id(), lot), status.map(FinalQuotations.FinalQuotationStatus::calledAt).orElse(null),
                row.finalQuotationsDue(), status.map(s -> s.presented().size()).orElse(0),
                status.map(FinalQuotations.FinalQuotationStatus::needed).orElse(0), status.map(FinalQuotations.FinalQuotationStatus::openedAt).orElse(null),
                given);
    }

    private static LotEvaluation.RankingCriteria criteria(Procedure procedure, Lot lot) {
        if (!Stages.byLowestPrice(procedure, lot) && lot.criteria() instanceof AwardCriteria.ComprehensiveScoring scoring) {
            List<LotEvaluation.ScoringFactor> factors = new ArrayList<>();
            for (int i = 0; i < scoring.factors().size(); i++) {
                AwardCriteria.Factor factor = scoring.factors().get(i);
                factors.add(new LotEvaluation.ScoringFactor(i, factor.name(), factor.weight(), factor.guidance(),
                        factor.kind() != AwardCriteria.Factor.Kind.PAST_PERFORMANCE));
            }
            return new LotEvaluation.RankingCriteria(false, scoring.priceWeight(), factors, scoring.tieBreaks());
        }
        return new LotEvaluation.RankingCriteria(true, BigDecimal.ZERO, List.of(), lot.criteria().tieBreaks().stream()
                .filter(t -> t.rule() == AwardCriteria.TieBreak.Rule.EARLIER_RECEIPT).toList());
    }
}
