package org.cogov.procurement.challenges;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.cogov.procurement.ChallengeKind;
import org.cogov.procurement.ProcedureId;
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
 * Challenges over the API: a provider lodges one and follows its own; the purchaser's or agency's staff answer; each
 * reads a procedure's challenges as far as it may. Late and refused challenges are problem details naming the field
 * and, for a late one, the deadline.
 */
@RestController
class ChallengeApi {

    record ChallengeLodging(@NotNull ChallengeKind kind, @Nullable @Positive Integer lot,
            @NotNull @Size(min = 1, max = Challenges.STATEMENT_MAX) String statement) {
    }

    record ChallengeReply(@NotNull Integer version, @NotNull Boolean upheld, @Nullable Remedy remedy,
            @NotNull @Size(min = 1, max = Challenges.REPLY_MAX) String reply) {
    }

    private final Challenges challenges;

    ChallengeApi(Challenges challenges) {
        this.challenges = challenges;
    }

    @PostMapping("/api/v1/procedures/{id}/challenges")
    Challenges.ChallengeView lodge(@PathVariable UUID id, @Valid @RequestBody ChallengeLodging lodging) {
        return challenges.lodge(actor(id), new ProcedureId(id), lodging.kind(), lodging.lot(), lodging.statement());
    }

    @GetMapping("/api/v1/procedures/{id}/challenges")
    List<Challenges.ChallengeView> ofProcedure(@PathVariable UUID id) {
        return challenges.ofProcedure(actor(id), new ProcedureId(id));
    }

    /** A provider's own challenges; the runners' of their procedures; every one for the finance bureau and auditors. */
    @GetMapping("/api/v1/challenges")
    List<Challenges.ChallengeView> list() {
        return challenges.list(actor(null));
    }

    @GetMapping("/api/v1/challenges/{id}")
    Challenges.ChallengeView read(@PathVariable UUID id) {
        return challenges.challenge(actor(id), new ChallengeId(id));
    }

    @PostMapping("/api/v1/challenges/{id}/answer")
    Challenges.ChallengeView answer(@PathVariable UUID id, @Valid @RequestBody ChallengeReply reply) {
        return challenges.answer(actor(id), new ChallengeId(id), reply.version(), reply.upheld(), reply.remedy(), reply.reply());
    }

    private static Actor actor(@Nullable UUID id) {
        return Actor.current().orElseThrow(() -> new Forbidden("procurement.challenge", "challenge", id));
    }
}
