package org.cogov.procurement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cogov.shared.Actor;
import org.cogov.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a procedure ended, the failed one it follows and those that follow it, and its objections: what
 * the procedure's page shows its readers and what they may do about it; and the part of it the public
 * reads — the links between published procedures and whether objections are taken now, never who objected.
 */
@Service
public class ProcedureEndings {

    /** Another procedure of the same request, as a link. */
    public record Link(UUID id, String reference, String title, Method method, Procedure.State state) {

        static Link of(Procedure p) {
            return new Link(p.id().value(), p.reference(), p.title(), p.method(), p.state());
        }
    }

    /**
     * An objection as the procedure's readers see it: the organization that lodged it and its document
     * only for those who read every procedure (the finance bureau, the auditors), not for the purchaser.
     */
    public record ObjectionLine(UUID id, Instant lodgedAt, String reasons, Objection.Status status,
            @Nullable String decisionReason, @Nullable Instant decidedAt, @Nullable UUID organization,
            @Nullable UUID document, int version) {
    }

    /**
     * @param ending how it ended, once it did
     * @param suspendedFrom the state a suspended procedure resumes
     * @param singleSourceRefused an upheld objection ruled single source out for the request
     */
    public record View(UUID procedure, Procedure.State state, Procedure.@Nullable State suspendedFrom,
            @Nullable ProcedureEnding ending, @Nullable Link follows, List<Link> followedBy, List<ObjectionLine> objections,
            boolean singleSourceRefused, boolean mayCancel, boolean mayFollowUp, boolean mayReview) {

        /** The message key of a failure's rule, or none. */
        public @Nullable String failureReason() {
            return ending != null && ending.outcome() == ProcedureEnding.Outcome.FAILED ? ending.reason() : null;
        }
    }

    /** What the public reads: the published procedures it follows and that follow it, and the objection period. */
    public record PublicView(@Nullable Link follows, List<Link> followedBy,
            SingleSourceObjections.@Nullable Window objectionPeriod, boolean objectionsOpen) {
    }

    private final Procedures procedures;
    private final StoredEndings endings;
    private final StoredObjections objections;
    private final Cancellation cancellation;
    private final Reprocurement reprocurement;
    private final SingleSourceObjections singleSource;

    ProcedureEndings(Procedures procedures, StoredEndings endings, StoredObjections objections, Cancellation cancellation,
            Reprocurement reprocurement, SingleSourceObjections singleSource) {
        this.procedures = procedures;
        this.endings = endings;
        this.objections = objections;
        this.cancellation = cancellation;
        this.reprocurement = reprocurement;
        this.singleSource = singleSource;
    }

    /** For those who read the procedure: its purchaser or agency, the finance bureau, the auditors. */
    @Transactional(readOnly = true)
    public View view(Actor actor, ProcedureId id) {
        actor.require("procurement:procedure:read", "procurement.procedure.read", "procedure", id.value());
        boolean readsAll = actor.can("procurement:procedure:read-all");
        Procedure procedure = procedures.find(id).filter(p -> readsAll || p.isRunBy(actor.organizationId()))
                .orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown", id.value()));
        List<ObjectionLine> lines = objections.of(id).stream()
                .map(o -> new ObjectionLine(o.id().value(), o.lodgedAt(), o.reasons(), o.status(), o.decisionReason(),
                        o.decidedAt(), readsAll ? o.organization().value() : null,
                        readsAll && o.document() != null ? o.document().value() : null, o.version()))
                .toList();
        boolean mayCancel = actor.can("procurement:procedure:cancel") && procedure.isRunBy(actor.organizationId())
                && procedure.publishedAt() != null && cancellation.mayBeCancelled(procedure);
        boolean mayReview = actor.can("procurement:objection:review") && lines.stream()
                .anyMatch(o -> o.status() == Objection.Status.PENDING);
        return new View(id.value(), procedure.state(),
                procedure.state() == Procedure.State.SUSPENDED ? endings.suspendedFrom(id).orElse(null) : null,
                endings.ending(id).orElse(null), follows(procedure).map(Link::of).orElse(null),
                followedBy(procedure).stream().map(Link::of).toList(), lines,
                endings.failedFor(procedure.request(), Failures.OBJECTION_UPHELD), mayCancel,
                reprocurement.mayFollow(actor, procedure), mayReview);
    }

    /** For anyone, of a published procedure: drafts that follow it are nobody's business yet. */
    @Transactional(readOnly = true)
    public PublicView publicView(ProcedureId id) {
        Procedure procedure = procedures.find(id).filter(p -> p.publishedAt() != null)
                .orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown", id.value()));
        Optional<SingleSourceObjections.Window> window = singleSource.window(procedure);
        return new PublicView(follows(procedure).filter(p -> p.publishedAt() != null).map(Link::of).orElse(null),
                followedBy(procedure).stream().filter(p -> p.publishedAt() != null).map(Link::of).toList(),
                window.orElse(null), singleSource.open(id));
    }

    private Optional<Procedure> follows(Procedure procedure) {
        return endings.follows(procedure.id()).flatMap(procedures::find);
    }

    private List<Procedure> followedBy(Procedure procedure) {
        return endings.followUps(procedure.id()).stream().flatMap(f -> procedures.find(f).stream()).toList();
    }
}
