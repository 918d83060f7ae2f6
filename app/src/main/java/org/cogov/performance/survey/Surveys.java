package org.cogov.performance.survey;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cogov.contracting.Contract;
import org.cogov.contracting.ContractId;
import org.cogov.contracting.drafting.ContractDrafts;
import org.cogov.contracting.implementation.Implementation;
import org.cogov.performance.Satisfaction;
import org.cogov.performance.SurveyAnswered;
import org.cogov.performance.SurveyClosed;
import org.cogov.performance.SurveyOpened;
import org.cogov.performance.SurveyTokensIssued;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.time.WorkingDays;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A contract's beneficiary satisfaction survey (RULES.md "Performance evaluation"). The purchaser's department issues
 * single-use tokens — links and printable QR codes — to the firms or citizens the contract serves, and may give the survey
 * a last day; anyone holding a token answers once, without an account, with a rating of 1 to 5 or "cannot say" and a
 * comment. The platform keeps the tokens' hashes only, and nothing that links an answer to its token. The purchaser, the
 * finance bureau and auditors read the counts and the comments, never who wrote them; the provider does not.
 *
 * <p>A token that is not well formed or was never issued does not exist (404); a used one, or one of a closed survey, is
 * refused as a conflict (409) — the pages answer those 410 Gone. Either way the same clear words, never a server error.
 */
@Service
public class Surveys {

    /** The most tokens one request issues. */
    static final int BATCH_MAX = 500;
    /** The most tokens a survey has. */
    static final int ISSUED_MAX = 10_000;
    static final int COMMENT_MAX = 1000;

    /** Tokens just issued: the only time they are ever shown. */
    public record Issued(UUID survey, ContractId contract, List<String> tokens, int issued, @Nullable LocalDate closesOn) {
    }

    /** A survey as its readers see it: the counts and the comments, without identities. */
    record Summary(UUID survey, Satisfaction satisfaction, int issued, @Nullable LocalDate closesOn, boolean closed) {
    }

    /** What a token's holder is asked about. */
    record Question(String serviceTitle, Contract.Party purchaser, Contract.Party provider) {
    }

    private final ContractDrafts drafts;
    private final SurveyRecords records;
    private final WorkingDays workingDays;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int minimumSample;
    private final int satisfiedFrom;
    private final SecureRandom random = new SecureRandom();

    Surveys(ContractDrafts drafts, SurveyRecords records, WorkingDays workingDays, ApplicationEventPublisher events, Clock clock,
            @Value("${cogov.performance.survey.minimum-sample:30}") int minimumSample,
            @Value("${cogov.performance.survey.satisfied-from:4}") int satisfiedFrom) {
        if (minimumSample < 1 || satisfiedFrom < 1 || satisfiedFrom > 5) {
            throw new IllegalArgumentException("cogov.performance.survey: minimum-sample >= 1, satisfied-from 1 to 5");
        }
        this.drafts = drafts;
        this.records = records;
        this.workingDays = workingDays;
        this.events = events;
        this.clock = clock;
        this.minimumSample = minimumSample;
        this.satisfiedFrom = satisfiedFrom;
    }

    /**
     * The purchaser issues {@code count} tokens, opening the contract's survey with the day's settings if it has none, and
     * may set or move its last day. The tokens are in the answer and nowhere else.
     */
    @Transactional
    public Issued issue(Actor actor, ContractId id, int count, @Nullable LocalDate closesOn) {
        Contract contract = purchasers(actor, id, "performance.survey.issue");
        if (contract.status() == Contract.Status.DRAFT || contract.status() == Contract.Status.WITHDRAWN) {
            throw RuleViolation.conflict("performance.survey.not-signed", contract.procedureReference(), Integer.toString(contract.lot()));
        }
        if (count < 1 || count > BATCH_MAX) {
            throw RuleViolation.refused("performance.survey.batch", "count", Integer.toString(BATCH_MAX));
        }
        LocalDate today = today();
        if (closesOn != null && closesOn.isBefore(today)) {
            throw RuleViolation.refused("performance.survey.closes-before-today", "closesOn");
        }
        SurveyRecords.Stored survey = records.ofContract(id.value()).orElse(null);
        if (survey == null) {
            UUID surveyId = UUID.randomUUID();
            if (records.open(surveyId, id.value(), actor.userId(), clock.instant(), minimumSample, satisfiedFrom)) {
                events.publishEvent(new SurveyOpened(actor.userId(), actor.organizationId(), surveyId, id.value(), minimumSample,
                        satisfiedFrom));
            }
            survey = records.ofContract(id.value()).orElseThrow();
        }
        if (survey.closedAt() != null) {
            throw RuleViolation.conflict("performance.survey.closed");
        }
        if (closesOn == null && !survey.open(today)) {
            throw RuleViolation.refused("performance.survey.past-last-day", "closesOn", String.valueOf(survey.closesOn()));
        }
        if (!records.count(survey.id(), count, ISSUED_MAX)) {
            SurveyRecords.Stored now = records.find(survey.id()).orElseThrow();
            if (now.closedAt() != null) {
                throw RuleViolation.conflict("performance.survey.closed");
            }
            throw RuleViolation.refused("performance.survey.too-many", "count", Integer.toString(ISSUED_MAX),
                    Integer.toString(ISSUED_MAX - now.issued()));
        }
        if (closesOn != null) {
            records.closesOn(survey.id(), closesOn);
        }
        List<String> tokens = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String token = SurveyToken.issue(random);
            records.token(survey.id(), SurveyToken.hash(token).orElseThrow());
            tokens.add(token);
        }
        SurveyRecords.Stored after = records.find(survey.id()).orElseThrow();
        events.publishEvent(new SurveyTokensIssued(actor.userId(), actor.organizationId(), survey.id(), id.value(), count, after.issued(),
                after.closesOn()));
        return new Issued(survey.id(), id, List.copyOf(tokens), after.issued(), after.closesOn());
    }

    /** The counts and comments, for the contract's purchaser, the finance bureau and auditors; empty before any token was issued. */
    @Transactional(readOnly = true)
    public Optional<Summary> summary(Actor actor, ContractId id) {
        readers(actor, id);
        return records.ofContract(id.value()).map(this::summary);
    }

    /** The purchaser closes the survey: it takes no more answers. */
    @Transactional
    public Summary close(Actor actor, ContractId id) {
        purchasers(actor, id, "performance.survey.close");
        SurveyRecords.Stored survey = records.ofContract(id.value())
                .orElseThrow(() -> RuleViolation.conflict("performance.survey.none"));
        if (!records.close(survey.id(), clock.instant(), actor.userId())) {
            throw RuleViolation.conflict("performance.survey.closed");
        }
        events.publishEvent(new SurveyClosed(actor.userId(), actor.organizationId(), survey.id(), id.value()));
        return summary(records.find(survey.id()).orElseThrow());
    }

    /**
     * What the holder of an unused token of an open survey is asked about: the service and its parties. The token is the
     * holder's only credential, so the contract is read for it whoever asks.
     */
    @Transactional(readOnly = true)
    public Question question(String token) {
        SurveyRecords.Stored survey = answerable(token);
        Contract contract = drafts.contract(survey.contractId());
        return new Question(contract.serviceTitle(), contract.purchaser(), contract.provider());
    }

    /** The holder answers once: a rating of 1 to 5, or none for "cannot say", and a comment if it likes. */
    @Transactional
    public void answer(String token, @Nullable Integer rating, @Nullable String comment) {
        if (rating != null && (rating < 1 || rating > 5)) {
            throw RuleViolation.refused("performance.survey.rating", "rating");
        }
        String kept = comment == null || comment.isBlank() ? null : comment.strip();
        if (kept != null && kept.length() > COMMENT_MAX) {
            throw RuleViolation.refused("performance.survey.comment-too-long", "comment", Integer.toString(COMMENT_MAX));
        }
        SurveyRecords.Stored survey = answerable(token);
        if (!records.use(SurveyToken.hash(token).orElseThrow())) {
            throw RuleViolation.conflict("performance.survey.token-used");
        }
        records.answer(survey.id(), rating, kept, today());
        events.publishEvent(new SurveyAnswered(survey.id(), survey.contractId()));
    }

    /** The contract, for a reader of its survey: its purchaser's department, the finance bureau, auditors. */
    Contract readers(Actor actor, ContractId id) {
        Contract contract = drafts.contract(actor, id);
        if (Implementation.managedBy(actor, contract) || actor.can("contracting:contract:supervise")) {
            return contract;
        }
        if (actor.can("contracting:contract:manage")) {
            // Another department's contract, read because it is published: its survey is not this department's to know of.
            throw RuleViolation.notFound("contracting.contract.unknown", id.value());
        }
        throw new Forbidden("performance.survey.read", "contract", id.value());
    }

    /** The caller's department's contract, for a purchaser's act; to another department it does not exist. */
    private Contract purchasers(Actor actor, ContractId id, String action) {
        actor.require("contracting:contract:manage", action, "contract", id.value());
        Contract contract = drafts.contract(actor, id);
        if (!Implementation.managedBy(actor, contract)) {
            throw RuleViolation.notFound("contracting.contract.unknown", id.value());
        }
        return contract;
    }

    private SurveyRecords.Stored answerable(String token) {
        String hash = SurveyToken.hash(token).orElseThrow(() -> RuleViolation.notFound("performance.survey.token-unknown"));
        SurveyRecords.TokenState state = records.token(hash).orElseThrow(() -> RuleViolation.notFound("performance.survey.token-unknown"));
        if (state.used()) {
            throw RuleViolation.conflict("performance.survey.token-used");
        }
        SurveyRecords.Stored survey = records.find(state.survey()).orElseThrow();
        if (!survey.open(today())) {
            throw RuleViolation.conflict("performance.survey.closed");
        }
        return survey;
    }

    Summary summary(SurveyRecords.Stored survey) {
        return new Summary(survey.id(), satisfaction(survey), survey.issued(), survey.closesOn(), survey.closedAt() != null);
    }

    Satisfaction satisfaction(SurveyRecords.Stored survey) {
        SurveyRecords.Counts counts = records.counts(survey.id(), survey.satisfiedFrom());
        return new Satisfaction(counts.answers(), counts.valid(), counts.satisfied(), survey.minimumSample(), survey.satisfiedFrom(),
                survey.open(today()), records.comments(survey.id()));
    }

    LocalDate today() {
        return clock.instant().atZone(workingDays.zone()).toLocalDate();
    }
}
