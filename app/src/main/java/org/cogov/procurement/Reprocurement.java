package org.cogov.procurement;

import java.util.Optional;

import org.cogov.shared.Actor;
import org.cogov.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Procuring again after a failure (RULES.md "Minimum responses": the purchaser may then re-tender or ask
 * approval to change the method). The organization that ran the failed procedure drafts a new one from
 * the same request, which follows it: with the same method it is a re-tender under the usual rules; with
 * another method the finance bureau approves it before publication, whatever the amount; after an
 * upheld single-source objection, single source is refused. The draft is an ordinary one from then on.
 */
@Service
public class Reprocurement {

    private final Procedures procedures;
    private final StoredEndings endings;
    private final ProcedureDrafts drafts;

    Reprocurement(Procedures procedures, StoredEndings endings, ProcedureDrafts drafts) {
        this.procedures = procedures;
        this.endings = endings;
        this.drafts = drafts;
    }

    /** A new draft from the failed procedure's request, following it. */
    @Transactional
    public ProcedureId followUp(Actor actor, ProcedureId failedId, ProcedureDrafts.Description description) {
        actor.require("procurement:procedure:draft", "procurement.procedure.follow-up", "procedure", failedId.value());
        Procedure failed = procedures.find(failedId).filter(p -> p.isRunBy(actor.organizationId()))
                .orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown", failedId.value()));
        if (failed.state() != Procedure.State.FAILED) {
            throw RuleViolation.conflict("procurement.follow-up.not-failed", failed.reference());
        }
        Optional<Procedure> running = running(failed);
        if (running.isPresent()) {
            throw RuleViolation.conflict("procurement.follow-up.running", failed.reference(), running.get().reference());
        }
        if (!endings.latestFailure(failed.request()).filter(failedId::equals).isPresent()) {
            throw RuleViolation.conflict("procurement.follow-up.superseded", failed.reference());
        }
        return drafts.create(actor, failed.request(), description);
    }

    /** May the actor's organization draft a follow-up of this procedure now? */
    boolean mayFollow(Actor actor, Procedure procedure) {
        return actor.can("procurement:procedure:draft") && procedure.isRunBy(actor.organizationId())
                && procedure.state() == Procedure.State.FAILED && running(procedure).isEmpty()
                && endings.latestFailure(procedure.request()).filter(procedure.id()::equals).isPresent();
    }

    /** A follow-up still alive: neither cancelled nor failed. */
    private Optional<Procedure> running(Procedure failed) {
        return endings.followUps(failed.id()).stream().flatMap(id -> procedures.find(id).stream())
                .filter(p -> p.state() != Procedure.State.CANCELLED && p.state() != Procedure.State.FAILED).findFirst();
    }
}
