package org.cogov.procurement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cogov.registry.OrganizationId;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.document.DocumentId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ending procedures over the API: cancellation, the follow-up of a failed procedure, objections to a
 * single-source publicity and the finance bureau's decisions — the same services and refusals as the pages.
 */
@RestController
@RequestMapping("/api/v1/procedures")
class ProcedureEndingApi {

    record CancellationRequest(@NotNull Integer version, @NotBlank @Size(max = Cancellation.REASON_MAX) String reason) {
    }

    record NoticeRef(UUID id, String number, Notice.Kind kind, String sha256) {

        static @Nullable NoticeRef of(@Nullable Notice notice) {
            return notice == null ? null : new NoticeRef(notice.id().value(), notice.number(), notice.kind(), notice.sha256());
        }
    }

    record Cancelled(Procedure.State state, @Nullable NoticeRef notice) {
    }

    record FollowUp(@NotBlank @Size(max = 200) String title, @Nullable @Size(max = 4000) String description,
            @NotNull Method method, Method.@Nullable Justification justification,
            @Nullable @Size(max = 2000) String justificationText, @Nullable UUID singleSourceSupplier) {
    }

    record Created(UUID id) {
    }

    record Ending(ProcedureEnding.Outcome outcome, Procedure.State from, String reason, Instant endedAt,
            @Nullable UUID notice) {
    }

    record EndingView(UUID procedure, Procedure.State state, Procedure.@Nullable State suspendedFrom, @Nullable Ending ending,
            ProcedureEndings.@Nullable Link follows, List<ProcedureEndings.Link> followedBy, boolean singleSourceRefused) {
    }

    record NewObjection(@NotBlank @Size(max = SingleSourceObjections.REASONS_MAX) String reasons, @Nullable UUID document) {
    }

    record Lodged(UUID id) {
    }

    record ObjectionView(UUID id, UUID procedure, String reference, String title, Instant lodgedAt, String reasons,
            Objection.Status status, @Nullable String decisionReason, @Nullable Instant decidedAt, UUID organization,
            String organizationZh, String organizationEn, @Nullable UUID document, @Nullable String documentName,
            @Nullable String documentSha256, @Nullable String noticeNumber, int version) {

        static ObjectionView of(SingleSourceObjections.Lodged lodged) {
            Objection o = lodged.objection();
            return new ObjectionView(o.id().value(), o.procedure().value(), lodged.procedure().reference(),
                    lodged.procedure().title(), o.lodgedAt(), o.reasons(), o.status(), o.decisionReason(), o.decidedAt(),
                    o.organization().value(), lodged.organization().nameZh(), lodged.organization().nameEn(),
                    lodged.document() == null ? null : lodged.document().id().value(),
                    lodged.document() == null ? null : lodged.document().filename(),
                    lodged.document() == null ? null : lodged.document().sha256(),
                    lodged.notice() == null ? null : lodged.notice().number(), o.version());
        }
    }

    record ObjectionDecision(@NotNull Integer version, @NotNull Boolean uphold,
            @NotBlank @Size(max = SingleSourceObjections.DECISION_REASON_MAX) String reason) {
    }

    record Decided(Procedure.State procedureState) {
    }

    private final Cancellation cancellation;
    private final Reprocurement reprocurement;
    private final SingleSourceObjections objections;
    private final ProcedureEndings endings;

    ProcedureEndingApi(Cancellation cancellation, Reprocurement reprocurement, SingleSourceObjections objections,
            ProcedureEndings endings) {
        this.cancellation = cancellation;
        this.reprocurement = reprocurement;
        this.objections = objections;
        this.endings = endings;
    }

    /** Cancels the procedure before award, with the reason; a published one gets its cancellation notice. */
    @PostMapping("/{id}/cancellation")
    Cancelled cancel(@PathVariable UUID id, @Valid @RequestBody CancellationRequest request) {
        return new Cancelled(Procedure.State.CANCELLED,
                NoticeRef.of(cancellation.cancel(actor(), new ProcedureId(id), request.version(), request.reason()).orElse(null)));
    }

    /** How the procedure ended, the failed one it follows and those that follow it. */
    @GetMapping("/{id}/ending")
    EndingView ending(@PathVariable UUID id) {
        ProcedureEndings.View view = endings.view(actor(), new ProcedureId(id));
        ProcedureEnding e = view.ending();
        return new EndingView(view.procedure(), view.state(), view.suspendedFrom(),
                e == null ? null : new Ending(e.outcome(), e.from(), e.reason(), e.endedAt(),
                        e.notice() == null ? null : e.notice().value()),
                view.follows(), view.followedBy(), view.singleSourceRefused());
    }

    /** A new draft from the failed procedure's request, following it. */
    @PostMapping("/{id}/follow-up")
    @ResponseStatus(HttpStatus.CREATED)
    Created followUp(@PathVariable UUID id, @Valid @RequestBody FollowUp draft) {
        return new Created(reprocurement.followUp(actor(), new ProcedureId(id), new ProcedureDrafts.Description(draft.title(),
                draft.description(), draft.method(), draft.justification(), draft.justificationText(),
                draft.singleSourceSupplier() == null ? null : new OrganizationId(draft.singleSourceSupplier()))).value());
    }

    /** The procedure's objections, for its readers; who objected only for those who read every procedure. */
    @GetMapping("/{id}/objections")
    List<ProcedureEndings.ObjectionLine> objectionsOf(@PathVariable UUID id) {
        return endings.view(actor(), new ProcedureId(id)).objections();
    }

    /** A supplier objects to the single-source publicity, within its period; the document, if any, is its own upload. */
    @PostMapping("/{id}/objections")
    @ResponseStatus(HttpStatus.CREATED)
    Lodged lodge(@PathVariable UUID id, @Valid @RequestBody NewObjection objection) {
        return new Lodged(objections.lodge(actor(), new ProcedureId(id), objection.reasons(),
                objection.document() == null ? null : new DocumentId(objection.document())).value());
    }

    /** Objections waiting for the finance bureau. */
    @GetMapping("/objections")
    List<ObjectionView> pending() {
        return objections.pending(actor()).stream().map(ObjectionView::of).toList();
    }

    /** One objection, for the finance bureau or the organization that lodged it. */
    @GetMapping("/{id}/objections/{objection}")
    ObjectionView objection(@PathVariable UUID id, @PathVariable UUID objection) {
        return ObjectionView.of(objections.objection(actor(), new ProcedureId(id), new ObjectionId(objection)));
    }

    /** The finance bureau dismisses or upholds the objection, with its reasons and a published notice. */
    @PostMapping("/{id}/objections/{objection}/decision")
    Decided decide(@PathVariable UUID id, @PathVariable UUID objection, @Valid @RequestBody ObjectionDecision decision) {
        return new Decided(objections.decide(actor(), new ProcedureId(id), new ObjectionId(objection), decision.version(),
                decision.uphold(), decision.reason()));
    }

    private static Actor actor() {
        return Actor.current().orElseThrow(() -> new Forbidden("procurement.procedure.read", "procedure", null));
    }
}
