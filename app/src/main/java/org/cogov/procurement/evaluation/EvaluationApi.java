package org.cogov.procurement.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cogov.procurement.ProcedureId;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A lot's evaluation over the API: the purchaser's qualification verdicts, the panel's votes, corrections,
 * score sheets and signatures, the minutes, amendments and call for final quotations of a negotiation, the bidder's
 * answers; each reads the evaluation as far as it may.
 */
@RestController
@RequestMapping("/api/v1/procedures/{id}/lots/{lot}/evaluation")
class EvaluationApi {

    record QualificationVerdict(@NotNull UUID bidder, @NotNull Boolean passed, @Nullable @Size(max = Evaluation.MAX_REASON) String reason) {
    }

    record PanelVoteCast(@NotNull UUID bidder, @NotNull LotEvaluation.Question question, @NotNull Boolean inFavour,
            @Nullable @Size(max = Evaluation.MAX_REASON) String reason) {
    }

    record ProposedCorrection(@NotNull UUID bidder, @NotNull LotEvaluation.CorrectionKind kind, @NotNull BigDecimal corrected,
            @NotNull @Size(max = Evaluation.MAX_REASON) String reason) {
    }

    record ScoreSheet(@NotNull Map<UUID, List<@Nullable BigDecimal>> scores) {
    }

    record ArithmeticCorrection(@NotNull UUID bidder, @NotNull Integer factor, @NotNull BigDecimal score,
            @NotNull @Size(max = Evaluation.MAX_REASON) String reason) {
    }

    record PanelSignature(@Nullable @Size(max = Evaluation.MAX_DISSENT) String dissent) {
    }

    record CorrectionAnswer(@NotNull Boolean confirmed) {
    }

    record LowPriceExplanation(@NotNull @Size(max = Evaluation.MAX_EXPLANATION) String text) {
    }

    record RoundMinutes(@NotNull UUID bidder, @NotNull Integer round, @NotNull @Size(max = Evaluation.MAX_EXPLANATION) String text) {
    }

    record RequirementsAmendment(@NotNull @Size(max = Evaluation.MAX_EXPLANATION) String text) {
    }

    /** @param due when the final quotations are due; none for the setting's default (a day) */
    record FinalQuotationsCall(@Nullable Instant due) {
    }

    private final Evaluation evaluation;
    private final Negotiation negotiation;
    private final EvaluationViews views;

    EvaluationApi(Evaluation evaluation, Negotiation negotiation, EvaluationViews views) {
        this.evaluation = evaluation;
        this.negotiation = negotiation;
        this.views = views;
    }

    @GetMapping
    LotEvaluation read(@PathVariable UUID id, @PathVariable int lot) {
        return views.of(actor(id), new ProcedureId(id), lot);
    }

    @PostMapping("/qualifications")
    LotEvaluation qualify(@PathVariable UUID id, @PathVariable int lot, @Valid @RequestBody QualificationVerdict verdict) {
        return evaluation.qualify(actor(id), new ProcedureId(id), lot, verdict.bidder(), verdict.passed(), verdict.reason());
    }

    @PostMapping("/votes")
    LotEvaluation vote(@PathVariable UUID id, @PathVariable int lot, @Valid @RequestBody PanelVoteCast vote) {
        return evaluation.vote(actor(id), new ProcedureId(id), lot, vote.bidder(), vote.question(), vote.inFavour(), vote.reason());
    }

    @PostMapping("/corrections")
    LotEvaluation correct(@PathVariable UUID id, @PathVariable int lot, @Valid @RequestBody ProposedCorrection correction) {
        return evaluation.proposeCorrection(actor(id), new ProcedureId(id), lot, correction.bidder(), correction.kind(),
                correction.corrected(), correction.reason());
    }

    @PostMapping("/proceed")
    LotEvaluation proceed(@PathVariable UUID id, @PathVariable int lot) {
        return evaluation.proceed(actor(id), new ProcedureId(id), lot);
    }

    @PostMapping("/minutes")
    LotEvaluation minutes(@PathVariable UUID id, @PathVariable int lot, @Valid @RequestBody RoundMinutes minutes) {
        return negotiation.recordMinutes(actor(id), new ProcedureId(id), lot, minutes.bidder(), minutes.round(), minutes.text());
    }

    @PostMapping("/amendments")
    LotEvaluation amend(@PathVariable UUID id, @PathVariable int lot, @Valid @RequestBody RequirementsAmendment amendment) {
        return negotiation.amendRequirements(actor(id), new ProcedureId(id), lot, amendment.text());
    }

    @PostMapping("/final-quotations/call")
    LotEvaluation call(@PathVariable UUID id, @PathVariable int lot, @Valid @RequestBody FinalQuotationsCall call) {
        return negotiation.callForFinalQuotations(actor(id), new ProcedureId(id), lot, call.due());
    }

    @PostMapping("/scores")
    LotEvaluation score(@PathVariable UUID id, @PathVariable int lot, @Valid @RequestBody ScoreSheet sheet) {
        return evaluation.submitScores(actor(id), new ProcedureId(id), lot, sheet.scores());
    }

    @PostMapping("/score-corrections")
    LotEvaluation correctScore(@PathVariable UUID id, @PathVariable int lot, @Valid @RequestBody ArithmeticCorrection correction) {
        return evaluation.correctScore(actor(id), new ProcedureId(id), lot, correction.bidder(), correction.factor(),
                correction.score(), correction.reason());
    }

    @PostMapping("/signatures")
    LotEvaluation sign(@PathVariable UUID id, @PathVariable int lot, @Valid @RequestBody PanelSignature signature) {
        return evaluation.sign(actor(id), new ProcedureId(id), lot, signature.dissent());
    }

    @GetMapping(value = "/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> report(@PathVariable UUID id, @PathVariable int lot, Locale locale) {
        byte[] pdf = views.report(actor(id), new ProcedureId(id), lot, locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"evaluation-lot-" + lot + ".pdf\"").body(pdf);
    }

    @GetMapping("/mine")
    ProviderEvaluation mine(@PathVariable UUID id, @PathVariable int lot) {
        return views.mine(actor(id), new ProcedureId(id), lot);
    }

    @PostMapping("/mine/correction")
    ProviderEvaluation answer(@PathVariable UUID id, @PathVariable int lot, @Valid @RequestBody CorrectionAnswer answer) {
        return evaluation.answerCorrection(actor(id), new ProcedureId(id), lot, answer.confirmed());
    }

    @PostMapping("/mine/explanation")
    ProviderEvaluation explain(@PathVariable UUID id, @PathVariable int lot,
            @Valid @RequestBody LowPriceExplanation explanation) {
        return evaluation.explain(actor(id), new ProcedureId(id), lot, explanation.text());
    }

    private static Actor actor(UUID id) {
        return Actor.current().orElseThrow(() -> new Forbidden("procurement.evaluation", "procedure", id));
    }
}
