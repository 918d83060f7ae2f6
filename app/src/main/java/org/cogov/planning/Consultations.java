package org.cogov.planning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.RegistrationStatus;
import org.cogov.registry.Registry;
import org.cogov.shared.Actor;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.RuleViolations;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Needs consultation (需求征询): a department publishes a planned purchase; the providers that may supply
 * comment until the closing day ends; the department answers each comment, and everyone reads the
 * comments and the answers. Who commented is the department's, the finance bureau's and the auditors'
 * to know, never the public's.
 */
@Service
public class Consultations {

    /** What a department puts to the providers, and the last day on which they may comment. */
    public record NewConsultation(String title, String description, String catalogueCode,
            @Nullable PurchaseRequestId request, LocalDate closesOn) {
    }

    /** A consultation in a list: the instant it closes, is it still open, and how many comments it has. */
    public record Summary(NeedsConsultation consultation, Instant deadline, boolean open, int comments) {
    }

    /** A consultation as its department, the finance bureau and the auditors read it: who commented too. */
    public record FullView(NeedsConsultation consultation, boolean open, Instant deadline, List<ConsultationComment> comments) {
    }

    /** A consultation as anyone reads it: the comments numbered in order, without who made them. */
    public record PublicView(NeedsConsultation consultation, boolean open, Instant deadline, List<PublicComment> comments) {
    }

    public record PublicComment(int number, String body, Instant commentedAt, @Nullable String answer,
            @Nullable Instant answeredAt) {
    }

    private final StoredConsultations consultations;
    private final StoredRequests requests;
    private final PlannableItems items;
    private final Registry registry;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Consultations(StoredConsultations consultations, StoredRequests requests, PlannableItems items, Registry registry,
            ApplicationEventPublisher events, Clock clock) {
        this.consultations = consultations;
        this.requests = requests;
        this.items = items;
        this.registry = registry;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Publishes a consultation of the caller's department at once.
     *
     * @throws RuleViolations every reason it is refused for
     */
    @Transactional
    public ConsultationId publish(Actor actor, NewConsultation consultation) {
        actor.require("planning:consultation:publish", "planning.consultation.publish", "consultation", null);
        OrganizationId department = new OrganizationId(actor.organizationId());
        List<RuleViolation> refusals = new ArrayList<>();
        if (consultation.title().isBlank()) {
            refusals.add(RuleViolation.refused("planning.consultation.title-needed", "title"));
        }
        if (consultation.description().isBlank()) {
            refusals.add(RuleViolation.refused("planning.consultation.description-needed", "description"));
        }
        items.refusal(consultation.catalogueCode(), "catalogueCode").ifPresent(refusals::add);
        if (consultation.closesOn().isBefore(today())) {
            refusals.add(RuleViolation.refused("planning.consultation.closes-in-past", "closesOn", today().toString()));
        }
        PurchaseRequestId request = consultation.request();
        if (request != null && requests.find(request)
                .filter(r -> r.department().equals(department) && r.status() != PurchaseRequest.Status.CANCELLED).isEmpty()) {
            refusals.add(RuleViolation.refused("planning.consultation.request-unknown", "request"));
        }
        if (!refusals.isEmpty()) {
            throw new RuleViolations(refusals);
        }
        NeedsConsultation published = new NeedsConsultation(new ConsultationId(UUID.randomUUID()), department, request,
                consultation.catalogueCode(), consultation.title().strip(), consultation.description().strip(),
                consultation.closesOn(), clock.instant());
        consultations.add(published, actor.userId());
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("title", published.title());
        payload.put("catalogueCode", published.catalogueCode());
        payload.put("closesOn", published.closesOn().toString());
        publish(actor, "planning.consultation.published", "consultation", published.id().value(), payload);
        return published.id();
    }

    /**
     * A provider's comment: only a verified organization that may supply comments, and only until the
     * closing day ends.
     */
    @Transactional
    public CommentId comment(Actor actor, ConsultationId id, String body) {
        actor.require("planning:consultation:comment", "planning.consultation.comment", "consultation", id.value());
        NeedsConsultation consultation = consultations.find(id)
                .orElseThrow(() -> RuleViolation.notFound("planning.consultation.unknown", id.value()));
        OrganizationId organization = new OrganizationId(actor.organizationId());
        Optional<Organization> commenter = registry.organization(organization);
        if (commenter.isEmpty() || !commenter.get().kind().maySupply()
                || registry.status(organization) != RegistrationStatus.VERIFIED) {
            throw RuleViolation.refused("planning.consultation.not-a-supplier", null);
        }
        Instant now = clock.instant();
        if (!consultation.isOpenAt(now, zone())) {
            throw RuleViolation.conflict("planning.consultation.closed", consultation.closesOn().toString());
        }
        if (body.isBlank()) {
            throw RuleViolation.refused("planning.consultation.comment-needed", "body");
        }
        ConsultationComment comment = new ConsultationComment(new CommentId(UUID.randomUUID()), id, organization,
                body.strip(), now, null, null, 0);
        consultations.addComment(comment, actor.userId());
        publish(actor, "planning.consultation.commented", "consultation-comment", comment.id().value(),
                Map.of("consultation", id.value().toString(), "body", comment.body()));
        return comment.id();
    }

    /** The department answers a comment, once and in public; it may answer after the consultation closed. */
    @Transactional
    public void answer(Actor actor, ConsultationId id, CommentId comment, int version, String answer) {
        actor.require("planning:consultation:answer", "planning.consultation.answer", "consultation-comment",
                comment.value());
        NeedsConsultation consultation = consultations.find(id)
                .filter(c -> c.department().value().equals(actor.organizationId()))
                .orElseThrow(() -> RuleViolation.notFound("planning.consultation.unknown", id.value()));
        ConsultationComment answered = consultations.comments(consultation.id()).stream()
                .filter(c -> c.id().equals(comment)).findFirst()
                .orElseThrow(() -> RuleViolation.notFound("planning.consultation.comment-unknown", comment.value()));
        if (answer.isBlank()) {
            throw RuleViolation.refused("planning.consultation.answer-needed", "answer");
        }
        if (answered.answered()) {
            throw RuleViolation.conflict("planning.consultation.answered-already");
        }
        if (!consultations.answer(id, comment, version, answer.strip(), actor.userId(), clock.instant())) {
            throw RuleViolation.conflict("planning.consultation.comment-changed-meanwhile");
        }
        publish(actor, "planning.consultation.answered", "consultation-comment", comment.value(),
                Map.of("consultation", id.value().toString(), "answer", answer.strip()));
    }

    /** The caller's department's consultations, or every department's for those who supervise; newest first. */
    @Transactional(readOnly = true)
    public List<Summary> consultations(Actor actor) {
        actor.require("planning:consultation:read", "planning.consultation.list", "consultation", null);
        @Nullable OrganizationId department = actor.can("planning:consultation:read-all") ? null
                : new OrganizationId(actor.organizationId());
        return summaries(consultations.all(department, null, null));
    }

    /** One consultation with who commented, if the caller may see it: its own department's, or any for those who supervise. */
    @Transactional(readOnly = true)
    public FullView consultation(Actor actor, ConsultationId id) {
        actor.require("planning:consultation:read", "planning.consultation.read", "consultation", id.value());
        NeedsConsultation consultation = consultations.find(id)
                .filter(c -> actor.can("planning:consultation:read-all") || c.department().value().equals(actor.organizationId()))
                .orElseThrow(() -> RuleViolation.notFound("planning.consultation.unknown", id.value()));
        return new FullView(consultation, consultation.isOpenAt(clock.instant(), zone()), consultation.deadline(zone()),
                consultations.comments(id));
    }

    /** The comments the caller's organization made on a consultation, for the provider's own record. */
    @Transactional(readOnly = true)
    public List<ConsultationComment> ownComments(Actor actor, ConsultationId id) {
        actor.require("planning:consultation:comment", "planning.consultation.read", "consultation", id.value());
        return consultations.comments(id).stream()
                .filter(c -> c.organization().value().equals(actor.organizationId())).toList();
    }

    /** What the public reads: consultations of one department or all, published in one year or any; newest first. */
    @Transactional(readOnly = true)
    public List<Summary> published(@Nullable OrganizationId department, @Nullable Integer year) {
        @Nullable Instant from = year == null ? null : LocalDate.of(year, 1, 1).atStartOfDay(zone()).toInstant();
        @Nullable Instant to = year == null ? null : LocalDate.of(year + 1, 1, 1).atStartOfDay(zone()).toInstant();
        return summaries(consultations.all(department, from, to));
    }

    /** The consultations on which providers may comment now, closing soonest first. */
    @Transactional(readOnly = true)
    public List<Summary> open() {
        Instant now = clock.instant();
        return summaries(consultations.closingOnOrAfter(today()).stream().filter(c -> c.isOpenAt(now, zone())).toList());
    }

    /** One consultation as anyone reads it. */
    @Transactional(readOnly = true)
    public PublicView publicView(ConsultationId id) {
        NeedsConsultation consultation = consultations.find(id)
                .orElseThrow(() -> RuleViolation.notFound("planning.consultation.unknown", id.value()));
        List<ConsultationComment> comments = consultations.comments(id);
        List<PublicComment> shown = new ArrayList<>();
        for (int i = 0; i < comments.size(); i++) {
            ConsultationComment comment = comments.get(i);
            shown.add(new PublicComment(i + 1, comment.body(), comment.commentedAt(), comment.answer(), comment.answeredAt()));
        }
        return new PublicView(consultation, consultation.isOpenAt(clock.instant(), zone()), consultation.deadline(zone()),
                shown);
    }

    private List<Summary> summaries(List<NeedsConsultation> found) {
        Instant now = clock.instant();
        Map<ConsultationId, Integer> counts = consultations.commentCounts(found);
        return found.stream().map(c -> new Summary(c, c.deadline(zone()), c.isOpenAt(now, zone()),
                counts.getOrDefault(c.id(), 0))).toList();
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private LocalDate today() {
        return clock.instant().atZone(zone()).toLocalDate();
    }

    private void publish(Actor actor, String action, String objectType, UUID objectId, Map<String, String> payload) {
        events.publishEvent(new PlanningChanged(actor.userId(), actor.organizationId(), action, objectType,
                objectId.toString(), payload));
    }
}
