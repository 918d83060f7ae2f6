package org.cogov.procurement.experts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cogov.procurement.ProcedureId;
import org.cogov.registry.Tie;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
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
 * Panels over the API: the purchaser (or its agency) draws one after the opening and replaces members who do not
 * answer; members declare or decline; those who run the procedure, the finance bureau and auditors read the panels
 * and the record of each draw with its replay. The same service and refusals as the pages.
 */
@RestController
@RequestMapping("/api/v1")
class PanelApi {

    record PanelDrawing(@Nullable Integer lot, int seats, boolean complex, @Nullable @Size(max = Panels.MAX_REASON) String complexWhy,
            @NotNull LocalDate evaluationDay, @NotNull @Size(max = Panels.MAX_SEATS) List<UUID> representatives) {
    }

    record PanelDecline(@NotNull @Size(max = Panels.MAX_REASON) String reason, boolean conflict) {
    }

    record PanelReplacement(@NotNull UUID member, @NotNull @Size(max = Panels.MAX_REASON) String reason) {
    }

    record PanelRepresentative(@NotNull UUID user) {
    }

    record PanelMemberView(UUID user, String name, PanelMember.Kind kind, PanelMember.Status status, @Nullable Instant declaredAt) {

        static PanelMemberView of(PanelMember m) {
            return new PanelMemberView(m.user(), m.name(), m.kind(), m.status(), m.declaredAt());
        }
    }

    record PanelSeatView(int number, PanelMember.Kind kind, @Nullable UUID holder) {
    }

    record PanelView(UUID id, UUID procedure, String reference, @Nullable Integer lot, int seats, int expertSeats, int minimum,
            BigDecimal budget, boolean complex, @Nullable String complexWhy, String catalogueCode, LocalDate evaluationDay,
            String seed, Instant drawnAt, boolean complete, List<PanelSeatView> seatHolders, List<PanelMemberView> members) {

        static PanelView of(Panels.PanelFacts f) {
            Panel p = f.panel();
            return new PanelView(p.id(), p.procedure().value(), f.reference(), p.lot(), p.seats(), f.expertSeats(), f.minimum(),
                    f.budget().amount(), f.complex(), f.complexWhy(), f.catalogueCode(), f.evaluationDay(), p.seed(), f.drawnAt(),
                    p.complete(), f.seats().stream().map(s -> new PanelSeatView(s.number(), s.kind(),
                            s.holder() == null ? null : s.holder().user())).toList(),
                    p.members().stream().map(PanelMemberView::of).toList());
        }
    }

    record PanelCandidateView(int place, UUID expert, String name, int rank, PanelMember.@Nullable Status status) {
    }

    record PanelExclusionView(UUID expert, String name, PanelDraw.Reason reason, @Nullable UUID organization,
            @Nullable String organizationZh, @Nullable String organizationEn, Tie.@Nullable Kind tie) {
    }

    record PanelReplayView(boolean matches, List<UUID> order, List<String> problems) {
    }

    /** The record of a draw: enough for anyone to replay it with the published shuffle. */
    record PanelDrawRecordView(UUID panel, String seed, List<PanelCandidateView> candidates, List<PanelExclusionView> exclusions,
            PanelReplayView replay) {

        static PanelDrawRecordView of(Panels.DrawRecord r) {
            return new PanelDrawRecordView(r.panel(), r.seed(),
                    r.candidates().stream().map(c -> new PanelCandidateView(c.place(), c.expert().value(), c.name(), c.rank(),
                            c.status())).toList(),
                    r.exclusions().stream().map(e -> new PanelExclusionView(e.expert().value(), e.name(), e.reason(),
                            e.organization() == null ? null : e.organization().value(), e.organizationZh(), e.organizationEn(),
                            e.tie())).toList(),
                    new PanelReplayView(r.replay().matches(), r.replay().order().stream().map(ExpertId::value).toList(),
                            r.replay().problems()));
        }
    }

    private final Panels panels;

    PanelApi(Panels panels) {
        this.panels = panels;
    }

    /** Draws a panel for one lot (or, without a lot, for every lot) of an opened procedure. */
    @PostMapping("/procedures/{id}/panels")
    @ResponseStatus(HttpStatus.CREATED)
    PanelView draw(@PathVariable UUID id, @Valid @RequestBody PanelDrawing drawing) {
        return PanelView.of(panels.draw(actor(), new ProcedureId(id), new Panels.DrawRequest(drawing.lot(), drawing.seats(),
                drawing.complex(), drawing.complexWhy(), drawing.evaluationDay(), drawing.representatives())));
    }

    @GetMapping("/procedures/{id}/panels")
    List<PanelView> ofProcedure(@PathVariable UUID id) {
        return panels.panels(actor(), new ProcedureId(id)).stream().map(PanelView::of).toList();
    }

    /** The panels one was drawn or named for. */
    @GetMapping("/panels/mine")
    List<PanelView> mine() {
        return panels.mine(actor()).stream().map(PanelView::of).toList();
    }

    @GetMapping("/panels/{id}")
    PanelView panel(@PathVariable UUID id) {
        return PanelView.of(panels.panel(actor(), id));
    }

    /** The draw's record with its replay. */
    @GetMapping("/panels/{id}/draw")
    PanelDrawRecordView record(@PathVariable UUID id) {
        return PanelDrawRecordView.of(panels.record(actor(), id));
    }

    /** One declares, before seeing any bid, that one has no conflict: one takes one's seat. */
    @PostMapping("/panels/{id}/declaration")
    PanelView declare(@PathVariable UUID id) {
        return PanelView.of(panels.declare(actor(), id));
    }

    @PostMapping("/panels/{id}/decline")
    PanelView decline(@PathVariable UUID id, @Valid @RequestBody PanelDecline decline) {
        return PanelView.of(panels.decline(actor(), id, decline.reason(), decline.conflict()));
    }

    @PostMapping("/panels/{id}/replacements")
    PanelView replace(@PathVariable UUID id, @Valid @RequestBody PanelReplacement replacement) {
        return PanelView.of(panels.replace(actor(), id, replacement.member(), replacement.reason()));
    }

    @PostMapping("/panels/{id}/representatives")
    PanelView name(@PathVariable UUID id, @Valid @RequestBody PanelRepresentative representative) {
        return PanelView.of(panels.nameRepresentative(actor(), id, representative.user()));
    }

    private static Actor actor() {
        return Actor.current().orElseThrow(() -> new Forbidden("procurement.panel.read", "panel", null));
    }
}
