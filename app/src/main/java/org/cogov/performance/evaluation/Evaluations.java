package org.cogov.performance.evaluation;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cogov.contracting.Contract;
import org.cogov.contracting.ContractId;
import org.cogov.contracting.ContractImplementation;
import org.cogov.contracting.Dimension;
import org.cogov.contracting.FinalSettlement;
import org.cogov.contracting.Grade;
import org.cogov.contracting.MilestoneDelivery;
import org.cogov.contracting.drafting.ContractDrafts;
import org.cogov.contracting.implementation.Implementation;
import org.cogov.performance.EvaluationKind;
import org.cogov.performance.PerformanceChanged;
import org.cogov.performance.PerformanceEvaluated;
import org.cogov.performance.PerformanceResult;
import org.cogov.performance.Satisfaction;
import org.cogov.performance.Score;
import org.cogov.performance.Scoring;
import org.cogov.performance.survey.SurveyResults;
import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.OrganizationKind;
import org.cogov.registry.People;
import org.cogov.registry.RegistrationStatus;
import org.cogov.registry.Registry;
import org.cogov.registry.SupplierRecord;
import org.cogov.registry.Suppliers;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.RuleViolations;
import org.cogov.shared.document.DocumentId;
import org.cogov.shared.document.Documents;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A contract's performance evaluated (RULES.md "Performance evaluation"): once its delivery is over, the provider evaluates
 * itself, the purchaser evaluates it, and a third-party evaluator — assigned by the purchaser or the finance bureau, and
 * refused when it is a party or shares people with one — evaluates it independently; each scores every indicator against
 * its evidence. The purchaser or the finance bureau concludes: the third party's evaluation governs when one was assigned,
 * else the purchaser's; the survey, closed then, scores the satisfaction group; the total and the grade are published,
 * the final payment is settled as the contract says, and a 差 enters the provider's credit record. The provider may then
 * comment publicly, once.
 *
 * <p>Who sees what: the purchaser, the finance bureau and auditors every evaluation; the assigned evaluator every
 * evaluation and the survey's comments, never who wrote them; the provider its own self-evaluation, and the result once
 * published, like everyone.
 */
@Service
public class Evaluations {

    public static final int SUMMARY_MAX = 4000;
    public static final int COMMENT_MAX = 2000;

    /** An evaluation as its evaluator submits it. */
    public record Submission(String summary, @Nullable UUID reportDocument, List<Scoring.ScoreEntry> scores) {
    }

    /** A file uploaded with the submission as the evidence of the score at that place in the submission's list. */
    public record Evidence(int score, String filename, InputStream content) {
    }

    /** What the caller may see and do on a contract's evaluation. */
    public record ContractEvaluation(Contract contract, ContractImplementation implementation, @Nullable Organization evaluator,
            List<PerformanceResult.SubmittedEvaluation> evaluations, @Nullable Satisfaction satisfaction, @Nullable PerformanceResult result,
            List<EvaluationKind> mayEvaluate, boolean mayAssign, boolean mayConclude, boolean mayComment) {
    }

    enum Standing { PURCHASER, SUPERVISOR, EVALUATOR, PROVIDER }

    private final ContractDrafts drafts;
    private final Implementation implementation;
    private final PerformanceRecords records;
    private final SurveyResults surveys;
    private final Registry registry;
    private final People people;
    private final Suppliers suppliers;
    private final Documents documents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Evaluations(ContractDrafts drafts, Implementation implementation, PerformanceRecords records, SurveyResults surveys, Registry registry,
            People people, Suppliers suppliers, Documents documents, ApplicationEventPublisher events, Clock clock) {
        this.drafts = drafts;
        this.implementation = implementation;
        this.records = records;
        this.surveys = surveys;
        this.registry = registry;
        this.people = people;
        this.suppliers = suppliers;
        this.documents = documents;
        this.events = events;
        this.clock = clock;
    }

    /** The contract's evaluation as the caller may see it; a contract the caller has no part in does not exist. */
    @Transactional(readOnly = true)
    public ContractEvaluation view(Actor actor, ContractId id) {
        Contract contract = contract(id);
        Standing standing = standing(actor, contract, "performance.evaluation.read");
        ContractImplementation done = implementation.of(contract.id());
        List<PerformanceResult.SubmittedEvaluation> submitted = evaluations(contract.id().value());
        Optional<PerformanceResult> result = result(contract, submitted, done);
        List<PerformanceResult.SubmittedEvaluation> evaluations = submitted.stream()
                .filter(e -> standing != Standing.PROVIDER || e.kind() == EvaluationKind.SELF
                        || result.isPresent() && result.get().governing().id().equals(e.id()))
                .toList();
        Satisfaction satisfaction = standing == Standing.PROVIDER ? null : surveys.satisfaction(id).orElse(null);
        UUID assigned = records.evaluator(id.value()).orElse(null);
        boolean open = result.isEmpty();
        List<EvaluationKind> mayEvaluate = new ArrayList<>();
        if (open && done.deliveryEnded()) {
            for (EvaluationKind kind : EvaluationKind.values()) {
                if (evaluates(actor, contract, kind, assigned) && evaluations.stream().noneMatch(e -> e.kind() == kind)) {
                    mayEvaluate.add(kind);
                }
            }
        }
        boolean manages = manages(actor, contract);
        return new ContractEvaluation(contract, done, assigned == null ? null : registry.organization(new OrganizationId(assigned)).orElse(null),
                evaluations, satisfaction, result.orElse(null), mayEvaluate,
                open && manages && evaluations.stream().noneMatch(e -> e.kind() == EvaluationKind.THIRD_PARTY),
                open && manages && done.deliveryEnded(),
                result.isPresent() && result.get().providerComment() == null && evaluates(actor, contract, EvaluationKind.SELF, null));
    }

    /** The contracts assigned to the caller's evaluation organization, the latest assignment first. */
    @Transactional(readOnly = true)
    public List<Contract> assigned(Actor actor) {
        actor.require("performance:evaluation:third-party", "performance.assignments.read", "organization", actor.organizationId());
        return records.assignedTo(actor.organizationId()).stream().map(drafts::contract).toList();
    }

    /**
     * The purchaser or the finance bureau assigns the contract's third-party evaluator, or replaces it while its evaluation
     * is not submitted: a verified third-party evaluation organization, neither party, sharing no one with either.
     */
    @Transactional
    public ContractEvaluation assign(Actor actor, ContractId id, OrganizationId evaluatorId) {
        Contract contract = contract(id);
        requireManages(actor, contract, "performance.evaluator.assign");
        requireSigned(contract);
        if (records.result(id.value()).isPresent()) {
            throw RuleViolation.conflict("performance.result.concluded-already");
        }
        if (evaluations(id.value()).stream().anyMatch(e -> e.kind() == EvaluationKind.THIRD_PARTY)) {
            throw RuleViolation.conflict("performance.evaluator.evaluated-already");
        }
        Organization evaluator = registry.organization(evaluatorId)
                .orElseThrow(() -> RuleViolation.refused("performance.evaluator.unknown", "evaluator"));
        if (evaluator.kind() != OrganizationKind.THIRD_PARTY_EVALUATOR || registry.status(evaluatorId) != RegistrationStatus.VERIFIED) {
            throw RuleViolation.refused("performance.evaluator.not-an-evaluator", "evaluator", evaluator.nameZh());
        }
        OrganizationId purchaser = new OrganizationId(contract.purchaser().organizationId());
        OrganizationId provider = new OrganizationId(contract.provider().organizationId());
        if (evaluatorId.equals(purchaser) || evaluatorId.equals(provider)) {
            throw RuleViolation.refused("performance.evaluator.a-party", "evaluator", evaluator.nameZh());
        }
        LocalDate today = implementation.today();
        int shared = people.sharedPeople(evaluatorId, purchaser, today).size() + people.sharedPeople(evaluatorId, provider, today).size();
        if (shared > 0) {
            throw RuleViolation.refused("performance.evaluator.not-independent", "evaluator", evaluator.nameZh(), Integer.toString(shared));
        }
        records.assign(id.value(), evaluatorId.value(), actor.userId(), clock.instant());
        changed(actor, contract, "performance.evaluator.assigned", Map.of("evaluator", evaluatorId.value().toString()));
        return view(actor, id);
    }

    /**
     * An evaluation submitted whole, by its evaluator — the provider's self-evaluation, the purchaser's, or the assigned
     * third party's — once the delivery is over and before the result is concluded; each score on its evidence, which the
     * evaluator must be able to read.
     */
    @Transactional
    public ContractEvaluation submit(Actor actor, ContractId id, EvaluationKind kind, Submission submission) {
        return submit(actor, id, kind, submission, List.of());
    }

    /**
     * The same, with evidence files uploaded with it, stored in the submission's transaction: a refused submission keeps
     * none of them.
     */
    @Transactional
    public ContractEvaluation submit(Actor actor, ContractId id, EvaluationKind kind, Submission submission, List<Evidence> uploads) {
        Contract contract = contract(id);
        UUID assigned = records.evaluator(id.value()).orElse(null);
        if (!evaluates(actor, contract, kind, assigned)) {
            standing(actor, contract, "performance.evaluation.submit");
            throw new Forbidden("performance.evaluation.submit", "contract", id.value());
        }
        List<Scoring.ScoreEntry> entries = new ArrayList<>(submission.scores());
        for (Evidence upload : uploads) {
            if (upload.score() < 0 || upload.score() >= entries.size()) {
                throw RuleViolation.refused("performance.score.unknown-indicator", "scores[" + upload.score() + "]");
            }
            Scoring.ScoreEntry entry = entries.get(upload.score());
            UUID stored = documents.store(actor, upload.content(), upload.filename(), "performance-evidence").id().value();
            entries.set(upload.score(), new Scoring.ScoreEntry(entry.group(), entry.indicator(), entry.measured(), entry.points(),
                    entry.reason(), stored));
        }
        submission = new Submission(submission.summary(), submission.reportDocument(), entries);
        List<RuleViolation> refused = new ArrayList<>();
        if (submission.summary() == null || submission.summary().isBlank()) {
            refused.add(RuleViolation.refused("performance.evaluation.summary-needed", "summary"));
        } else if (submission.summary().strip().length() > SUMMARY_MAX) {
            refused.add(RuleViolation.refused("performance.evaluation.summary-too-long", "summary", Integer.toString(SUMMARY_MAX)));
        }
        if (submission.reportDocument() != null && !readable(actor, submission.reportDocument())) {
            refused.add(RuleViolation.refused("performance.evaluation.document-unknown", "reportDocument"));
        }
        for (int i = 0; i < submission.scores().size(); i++) {
            UUID evidence = submission.scores().get(i).evidence();
            if (evidence != null && !readable(actor, evidence)) {
                refused.add(RuleViolation.refused("performance.evaluation.document-unknown", "scores[" + i + "].evidence"));
            }
        }
        List<Score> scores = List.of();
        try {
            scores = Scoring.score(contract.indicators(), submission.scores());
        } catch (RuleViolation violation) {
            refused.add(violation);
        } catch (RuleViolations violations) {
            refused.addAll(violations.violations());
        }
        if (!refused.isEmpty()) {
            throw refused.size() == 1 ? refused.get(0) : new RuleViolations(refused);
        }
        if (!implementation.of(contract.id()).deliveryEnded()) {
            throw RuleViolation.conflict("performance.evaluation.delivery-not-over", contract.procedureReference(),
                    Integer.toString(contract.lot()));
        }
        if (records.result(id.value()).isPresent()) {
            throw RuleViolation.conflict("performance.result.concluded-already");
        }
        UUID evaluationId = UUID.randomUUID();
        if (!records.submit(new PerformanceRecords.StoredEvaluation(evaluationId, id.value(), kind, actor.organizationId(),
                submission.summary().strip(), submission.reportDocument(), clock.instant()), scores, actor.userId())) {
            throw RuleViolation.conflict("performance.evaluation.submitted-already");
        }
        changed(actor, contract, "performance.evaluation.submitted", Map.of("evaluation", evaluationId.toString(), "kind", kind.name()));
        return view(actor, id);
    }

    /**
     * The purchaser or the finance bureau concludes the evaluation: the governing evaluation and the survey, closed now, give
     * the total and the grade; the final payment is settled as the contract says; a 差 enters the provider's credit record.
     */
    @Transactional
    public PerformanceResult conclude(Actor actor, ContractId id) {
        Contract contract = contract(id);
        requireManages(actor, contract, "performance.result.conclude");
        ContractImplementation done = implementation.of(contract.id());
        if (!done.deliveryEnded()) {
            throw RuleViolation.conflict("performance.evaluation.delivery-not-over", contract.procedureReference(),
                    Integer.toString(contract.lot()));
        }
        if (records.result(id.value()).isPresent()) {
            throw RuleViolation.conflict("performance.result.concluded-already");
        }
        EvaluationKind governs = records.evaluator(id.value()).isPresent() ? EvaluationKind.THIRD_PARTY : EvaluationKind.PURCHASER;
        PerformanceResult.SubmittedEvaluation governing = evaluations(id.value()).stream().filter(e -> e.kind() == governs).findFirst()
                .orElseThrow(() -> RuleViolation.conflict(governs == EvaluationKind.THIRD_PARTY ? "performance.result.awaits-third-party"
                        : "performance.result.awaits-purchaser"));
        surveys.close(id);
        Optional<Satisfaction> satisfaction = surveys.satisfaction(id);
        Scoring.Total total = Scoring.total(contract.indicators(), governing.scores(), satisfaction);
        BigDecimal satisfactionPoints = total.groups().stream().filter(g -> g.dimension() == Dimension.SATISFACTION)
                .map(Scoring.GroupPoints::points).filter(p -> p != null).findFirst().orElse(null);
        LocalDate today = implementation.today();
        int late = (int) done.milestones().stream().filter(m -> m.state() == MilestoneDelivery.State.ACCEPTED && m.acceptedOn() != null
                && m.acceptedOn().isAfter(m.due())).count();
        Satisfaction s = satisfaction.orElse(null);
        if (!records.conclude(new PerformanceRecords.StoredResult(id.value(), governing.id(), contract.provider().organizationId(),
                contract.purchaser().organizationId(), total.total(), total.grade(), s == null ? null : s.answers(),
                s == null ? null : s.valid(), s == null ? null : s.satisfied(), s == null ? null : s.minimumSample(),
                s == null ? null : s.satisfiedFrom(), satisfactionPoints, total.scoredWeight(), late, today, null, null),
                clock.instant(), actor.userId())) {
            throw RuleViolation.conflict("performance.result.concluded-already");
        }
        implementation.settleFinalInstalment(actor, id, total.grade());
        if (!total.grade().atLeastFair()) {
            suppliers.recordPoorPerformance(actor, new OrganizationId(contract.provider().organizationId()),
                    new SupplierRecord.PoorPerformance(id.value(), contract.procedureReference(), contract.lot(), total.total(), today));
        }
        events.publishEvent(new PerformanceEvaluated(actor.userId(), actor.organizationId(), id.value(), contract.procedureId(),
                contract.procedureReference(), contract.lot(), contract.purchaser().organizationId(), contract.provider().organizationId(),
                governs, total.total(), total.grade(), total.satisfactionScored(), today));
        return result(contract).orElseThrow();
    }

    /** The provider comments on its published result, once. */
    @Transactional
    public PerformanceResult comment(Actor actor, ContractId id, String comment) {
        Contract contract = contract(id);
        if (!evaluates(actor, contract, EvaluationKind.SELF, null)) {
            standing(actor, contract, "performance.result.comment");
            throw new Forbidden("performance.result.comment", "contract", id.value());
        }
        if (comment == null || comment.isBlank()) {
            throw RuleViolation.refused("performance.result.comment-needed", "comment");
        }
        if (comment.strip().length() > COMMENT_MAX) {
            throw RuleViolation.refused("performance.result.comment-too-long", "comment", Integer.toString(COMMENT_MAX));
        }
        if (records.result(id.value()).isEmpty()) {
            throw RuleViolation.conflict("performance.result.not-concluded");
        }
        if (!records.comment(id.value(), comment.strip(), clock.instant())) {
            throw RuleViolation.conflict("performance.result.commented-already");
        }
        changed(actor, contract, "performance.result.commented", Map.of("comment", comment.strip()));
        return result(contract).orElseThrow();
    }

    /** A concluded result, for anyone: results are published. */
    @Transactional(readOnly = true)
    public Optional<PerformanceResult> published(ContractId id) {
        return records.result(id.value()).flatMap(r -> result(drafts.contract(id.value())));
    }

    /** A concluded evaluation in a list: the contract, the total and the grade. */
    public record ConcludedContract(UUID contractId, String procedureReference, int lot, String serviceTitle, Contract.Party purchaser,
            Contract.Party provider, BigDecimal total, Grade grade, String gradeZh, LocalDate concludedOn) {
    }

    /** The latest concluded evaluations, for anyone. */
    @Transactional(readOnly = true)
    public List<ConcludedContract> concluded(int limit) {
        return records.latest(limit).stream().map(r -> {
            Contract c = drafts.contract(r.contract());
            return new ConcludedContract(r.contract(), c.procedureReference(), c.lot(), c.serviceTitle(), c.purchaser(), c.provider(),
                    r.total(), r.grade(), r.grade().zh(), r.concludedOn());
        }).toList();
    }

    Optional<PerformanceResult> result(Contract contract) {
        return result(contract, evaluations(contract.id().value()), implementation.of(contract.id()));
    }

    private Optional<PerformanceResult> result(Contract contract, List<PerformanceResult.SubmittedEvaluation> submitted,
            ContractImplementation done) {
        return records.result(contract.id().value()).map(r -> {
            PerformanceResult.SubmittedEvaluation governing = submitted.stream()
                    .filter(e -> e.id().equals(r.evaluation())).findFirst().orElseThrow();
            // The figures the result was concluded with; the comments stay with the survey, for those who may read them.
            Satisfaction satisfaction = r.surveyAnswers() == null ? null
                    : new Satisfaction(r.surveyAnswers(), r.surveyValid(), r.surveySatisfied(), r.surveyMinimum(), r.surveySatisfiedFrom(),
                            false, List.of());
            FinalSettlement settlement = done.finalSettlement();
            return new PerformanceResult(contract, governing, satisfaction, r.satisfactionPoints(), r.scoredWeight(), r.total(), r.grade(),
                    r.lateMilestones(), r.concludedOn(), settlement, r.providerComment(), r.providerCommentedAt());
        });
    }

    List<PerformanceResult.SubmittedEvaluation> evaluations(UUID contract) {
        return records.evaluations(contract).stream().map(e -> {
            Organization by = registry.organization(new OrganizationId(e.evaluator())).orElseThrow();
            return new PerformanceResult.SubmittedEvaluation(e.id(), e.kind(), e.evaluator(), by.nameZh(), by.nameEn(), e.summary(),
                    e.reportDocument(), e.submittedAt(), records.scores(e.id()));
        }).toList();
    }

    /**
     * The caller's part in the contract's evaluation. One who may read no contract at all is refused; to one who may read
     * contracts but has no part in this one, it does not exist.
     */
    private Standing standing(Actor actor, Contract contract, String action) {
        if (!actor.can("contracting:contract:supervise") && !actor.can("contracting:contract:read")
                && !actor.can("contracting:contract:own") && !actor.can("performance:evaluation:third-party")) {
            throw new Forbidden(action, "contract", contract.id().value());
        }
        return standing(actor, contract).orElseThrow(() -> unknown(contract.id()));
    }

    private Optional<Standing> standing(Actor actor, Contract contract) {
        if (actor.can("contracting:contract:supervise")) {
            return Optional.of(Standing.SUPERVISOR);
        }
        if (actor.can("contracting:contract:read") && contract.purchaser().organizationId().equals(actor.organizationId())) {
            return Optional.of(Standing.PURCHASER);
        }
        if (actor.can("performance:evaluation:third-party")
                && records.evaluator(contract.id().value()).filter(actor.organizationId()::equals).isPresent()) {
            return Optional.of(Standing.EVALUATOR);
        }
        if (actor.can("contracting:contract:own") && contract.provider().organizationId().equals(actor.organizationId())) {
            return Optional.of(Standing.PROVIDER);
        }
        return Optional.empty();
    }

    private static boolean evaluates(Actor actor, Contract contract, EvaluationKind kind, @Nullable UUID assigned) {
        return switch (kind) {
            case SELF -> actor.can("performance:evaluation:self") && contract.provider().organizationId().equals(actor.organizationId());
            case PURCHASER -> actor.can("performance:evaluation:manage") && actor.can("contracting:contract:manage")
                    && contract.purchaser().organizationId().equals(actor.organizationId());
            case THIRD_PARTY -> actor.can("performance:evaluation:third-party") && actor.organizationId().equals(assigned);
        };
    }

    /** The contract's purchaser, or the finance bureau that supervises every contract. */
    private static boolean manages(Actor actor, Contract contract) {
        return actor.can("performance:evaluation:manage") && (actor.can("contracting:contract:supervise")
                || actor.can("contracting:contract:manage") && contract.purchaser().organizationId().equals(actor.organizationId()));
    }

    private void requireManages(Actor actor, Contract contract, String action) {
        if (!manages(actor, contract)) {
            standing(actor, contract, action);
            throw new Forbidden(action, "contract", contract.id().value());
        }
    }

    private static void requireSigned(Contract contract) {
        if (contract.status() == Contract.Status.DRAFT || contract.status() == Contract.Status.WITHDRAWN) {
            throw RuleViolation.conflict("contracting.contract.not-signed", contract.procedureReference(), Integer.toString(contract.lot()));
        }
    }

    private boolean readable(Actor actor, UUID document) {
        try {
            documents.document(actor, new DocumentId(document));
            return true;
        } catch (RuleViolation | Forbidden unknown) {
            return false;
        }
    }

    private Contract contract(ContractId id) {
        return drafts.contract(id.value());
    }

    private static RuleViolation unknown(ContractId id) {
        return RuleViolation.notFound("contracting.contract.unknown", id.value());
    }

    private void changed(Actor actor, Contract contract, String action, Map<String, String> payload) {
        events.publishEvent(new PerformanceChanged(actor.userId(), actor.organizationId(), action, contract.id().value(), payload));
    }
}
