package org.cogov.performance.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cogov.contracting.Contract;
import org.cogov.contracting.ContractId;
import org.cogov.performance.Satisfaction;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Satisfaction surveys over the API: the purchaser issues tokens and closes the survey, its readers read the counts and
 * comments; the holder of a token reads the question and answers, with the token as its only credential (no account, no
 * CSRF token).
 */
@RestController
class SurveyApi {

    /** @param closesOn the last day the survey takes answers; absent keeps the day it has, if any */
    record SurveyTokenBatch(@NotNull @Min(1) @Max(Surveys.BATCH_MAX) Integer count, @Nullable LocalDate closesOn) {
    }

    /** @param link where the token's holder answers: shown now, never again */
    record SurveyTokenLink(String token, String link) {
    }

    record IssuedSurveyTokens(UUID survey, UUID contract, int issued, @Nullable LocalDate closesOn, List<SurveyTokenLink> tokens) {
    }

    /**
     * @param percent satisfied of valid answers, in percent; absent without a valid answer
     * @param enough whether enough valid answers came for the score to count
     * @param missing how many more valid answers it needs
     */
    record SurveyCounts(UUID survey, int issued, int answers, int valid, int satisfied, @Nullable BigDecimal percent, boolean enough,
            int missing, int minimumSample, int satisfiedFrom, boolean open, @Nullable LocalDate closesOn, List<String> comments) {
    }

    record SurveyParty(String nameZh, String nameEn) {
    }

    /** @param question what is asked, in the caller's language */
    record PublicSurveyQuestion(String serviceTitle, SurveyParty purchaser, SurveyParty provider, String question) {
    }

    /** @param rating 1 (very dissatisfied) to 5 (very satisfied); absent for "cannot say" */
    record SurveyAnswerEntry(@Nullable @Min(1) @Max(5) Integer rating, @Nullable @Size(max = Surveys.COMMENT_MAX) String comment) {
    }

    private final Surveys surveys;
    private final MessageSource messages;

    SurveyApi(Surveys surveys, MessageSource messages) {
        this.surveys = surveys;
        this.messages = messages;
    }

    @PostMapping("/api/v1/contracts/{id}/survey/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    IssuedSurveyTokens issue(@PathVariable UUID id, @Valid @RequestBody SurveyTokenBatch batch) {
        Surveys.Issued issued = surveys.issue(actor(id), new ContractId(id), batch.count(), batch.closesOn());
        return new IssuedSurveyTokens(issued.survey(), id, issued.issued(), issued.closesOn(),
                issued.tokens().stream().map(t -> new SurveyTokenLink(t, link(t))).toList());
    }

    @GetMapping("/api/v1/contracts/{id}/survey")
    SurveyCounts read(@PathVariable UUID id) {
        return counts(surveys.summary(actor(id), new ContractId(id)).orElseThrow(() -> RuleViolation.notFound("performance.survey.none")));
    }

    @PostMapping("/api/v1/contracts/{id}/survey/closing")
    SurveyCounts close(@PathVariable UUID id) {
        return counts(surveys.close(actor(id), new ContractId(id)));
    }

    @GetMapping("/api/v1/public/surveys/{token}")
    PublicSurveyQuestion question(@PathVariable String token, Locale locale) {
        Surveys.Question q = surveys.question(token);
        return new PublicSurveyQuestion(q.serviceTitle(), party(q.purchaser()), party(q.provider()),
                messages.getMessage("performance.survey.question", null, locale));
    }

    @PostMapping("/api/v1/public/surveys/{token}/answer")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void answer(@PathVariable String token, @Valid @RequestBody SurveyAnswerEntry entry) {
        surveys.answer(token, entry.rating(), entry.comment());
    }

    static SurveyCounts counts(Surveys.Summary summary) {
        Satisfaction s = summary.satisfaction();
        return new SurveyCounts(summary.survey(), summary.issued(), s.answers(), s.valid(), s.satisfied(), s.percent().orElse(null),
                s.enough(), s.missing(), s.minimumSample(), s.satisfiedFrom(), s.open(), summary.closesOn(), s.comments());
    }

    /** The absolute address of a token's answer page, as the caller reached the platform. */
    static String link(String token) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/public/surveys/{token}").buildAndExpand(token).toUriString();
    }

    private static SurveyParty party(Contract.Party party) {
        return new SurveyParty(party.nameZh(), party.nameEn());
    }

    private static Actor actor(UUID id) {
        return Actor.current().orElseThrow(() -> new Forbidden("performance.survey", "contract", id));
    }
}
