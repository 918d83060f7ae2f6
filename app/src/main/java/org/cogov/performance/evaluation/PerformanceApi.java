package org.cogov.performance.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cogov.contracting.Contract;
import org.cogov.contracting.ContractId;
import org.cogov.performance.EvaluationKind;
import org.cogov.performance.PerformanceResult;
import org.cogov.performance.Scoring;
import org.cogov.registry.OrganizationId;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A contract's performance evaluation over the API: the evaluator's assignment, the three evaluations, the conclusion
 * and the provider's comment; and the contracts assigned to an evaluation organization.
 */
@RestController
class PerformanceApi {

    record EvaluatorChoice(@NotNull UUID evaluator) {
    }

    /**
     * One indicator's score, by its place in the contract's indicator set.
     *
     * @param group the group's place, from 0
     * @param indicator the indicator's place in its group, from 0
     * @param measured what was measured, for an indicator its rule scores
     * @param points the points given, for a judgement
     * @param reason why; required for a judgement
     * @param evidence the document the score rests on, uploaded before
     */
    record ScoreInput(@NotNull @Min(0) @Max(10) Integer group, @NotNull @Min(0) @Max(20) Integer indicator,
            @Nullable @DecimalMin("0") @DecimalMax("1000000000") BigDecimal measured,
            @Nullable @DecimalMin("0") @DecimalMax("100") BigDecimal points, @Nullable @Size(max = Scoring.REASON_MAX) String reason,
            @Nullable UUID evidence) {
    }

    /** @param reportDocument the evaluation report, uploaded before */
    record EvaluationInput(@NotNull @Size(max = Evaluations.SUMMARY_MAX) String summary, @Nullable UUID reportDocument,
            @NotNull @Size(max = 200) List<@Valid @NotNull ScoreInput> scores) {
    }

    record ProviderComment(@NotNull @Size(max = Evaluations.COMMENT_MAX) String comment) {
    }

    record AssignedContract(UUID id, String procedureReference, int lot, String serviceTitle, Contract.Party purchaser,
            Contract.Party provider, Contract.Status status) {
    }

    private final Evaluations evaluations;

    PerformanceApi(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    @GetMapping("/api/v1/contracts/{id}/evaluation")
    Evaluations.ContractEvaluation read(@PathVariable UUID id) {
        return evaluations.view(actor(id), new ContractId(id));
    }

    @PutMapping("/api/v1/contracts/{id}/evaluator")
    Evaluations.ContractEvaluation assign(@PathVariable UUID id, @Valid @RequestBody EvaluatorChoice choice) {
        return evaluations.assign(actor(id), new ContractId(id), new OrganizationId(choice.evaluator()));
    }

    /** @param kind {@code self}, {@code purchaser} or {@code third-party} */
    @PostMapping("/api/v1/contracts/{id}/evaluations/{kind}")
    @ResponseStatus(HttpStatus.CREATED)
    Evaluations.ContractEvaluation submit(@PathVariable UUID id, @PathVariable String kind, @Valid @RequestBody EvaluationInput input) {
        return evaluations.submit(actor(id), new ContractId(id), kind(kind), new Evaluations.Submission(input.summary(),
                input.reportDocument(), input.scores().stream().map(s -> new Scoring.ScoreEntry(s.group(), s.indicator(), s.measured(),
                        s.points(), s.reason(), s.evidence())).toList()));
    }

    @PostMapping("/api/v1/contracts/{id}/evaluation/conclusion")
    PerformanceResult conclude(@PathVariable UUID id) {
        return evaluations.conclude(actor(id), new ContractId(id));
    }

    @PostMapping("/api/v1/contracts/{id}/evaluation/comment")
    PerformanceResult comment(@PathVariable UUID id, @Valid @RequestBody ProviderComment comment) {
        return evaluations.comment(actor(id), new ContractId(id), comment.comment());
    }

    @GetMapping("/api/v1/evaluations/assigned")
    List<AssignedContract> assigned() {
        return evaluations.assigned(actor(null)).stream().map(c -> new AssignedContract(c.id().value(), c.procedureReference(), c.lot(),
                c.serviceTitle(), c.purchaser(), c.provider(), c.status())).toList();
    }

    static EvaluationKind kind(String path) {
        return switch (path.toLowerCase(Locale.ROOT)) {
            case "self" -> EvaluationKind.SELF;
            case "purchaser" -> EvaluationKind.PURCHASER;
            case "third-party", "third_party" -> EvaluationKind.THIRD_PARTY;
            default -> throw RuleViolation.notFound("performance.evaluation.unknown-kind", path);
        };
    }

    private static Actor actor(@Nullable UUID id) {
        return Actor.current().orElseThrow(() -> new Forbidden("performance.evaluation", "contract", id));
    }
}
