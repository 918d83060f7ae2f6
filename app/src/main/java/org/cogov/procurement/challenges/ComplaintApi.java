package org.cogov.procurement.challenges;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.cogov.procurement.Remedy;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Complaints over the API: the challenger complains of its challenge; the finance bureau suspends the procedure, lifts
 * the suspension and decides; the parties and auditors read.
 */
@RestController
class ComplaintApi {

    record ComplaintLodging(@NotNull @Size(min = 1, max = Complaints.STATEMENT_MAX) String statement) {
    }

    record SuspensionOrder(@NotNull @Size(min = 1, max = Complaints.REASON_MAX) String reason) {
    }

    /** @param remedy none to dismiss the complaint */
    record ComplaintDecision(@NotNull Integer version, @Nullable Remedy remedy, @Nullable @Positive Integer lot,
            @NotNull @Size(min = 1, max = Complaints.REASON_MAX) String reason) {
    }

    private final Complaints complaints;

    ComplaintApi(Complaints complaints) {
        this.complaints = complaints;
    }

    @PostMapping("/api/v1/challenges/{id}/complaint")
    Complaints.ComplaintView complain(@PathVariable UUID id, @Valid @RequestBody ComplaintLodging lodging) {
        return complaints.complain(actor(id), new ChallengeId(id), lodging.statement());
    }

    @GetMapping("/api/v1/complaints")
    List<Complaints.ComplaintView> list() {
        return complaints.list(actor(null));
    }

    @GetMapping("/api/v1/complaints/{id}")
    Complaints.ComplaintView read(@PathVariable UUID id) {
        return complaints.complaint(actor(id), new ComplaintId(id));
    }

    @PostMapping("/api/v1/complaints/{id}/suspension")
    Complaints.ComplaintView suspend(@PathVariable UUID id, @Valid @RequestBody SuspensionOrder order) {
        return complaints.suspend(actor(id), new ComplaintId(id), order.reason());
    }

    @PostMapping("/api/v1/complaints/{id}/suspension/lifting")
    Complaints.ComplaintView lift(@PathVariable UUID id, @Valid @RequestBody SuspensionOrder order) {
        return complaints.lift(actor(id), new ComplaintId(id), order.reason());
    }

    @PostMapping("/api/v1/complaints/{id}/decision")
    Complaints.ComplaintView decide(@PathVariable UUID id, @Valid @RequestBody ComplaintDecision decision) {
        return complaints.decide(actor(id), new ComplaintId(id), decision.version(), decision.remedy(), decision.lot(),
                decision.reason());
    }

    private static Actor actor(@Nullable UUID id) {
        return Actor.current().orElseThrow(() -> new Forbidden("procurement.complaint", "complaint", id));
    }
}
