package org.cogov.procurement;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cogov.planning.PurchaseRequestId;
import org.cogov.shared.Actor;
import org.cogov.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What a purchase request went through before a new procedure from it. A procedure drafted from the
 * request of a failed one follows it (the last one that failed): the same method again is a re-tender,
 * another method needs the finance bureau's approval whatever the amount — except public tender, the
 * default method, which needs nobody's. Once an objection to a single-source publicity was upheld, no
 * procedure of that request may be single source again: the objection showed other suppliers exist.
 */
@Component
class FollowUps {

    private final Procedures procedures;
    private final StoredEndings endings;
    private final ApplicationEventPublisher events;

    FollowUps(Procedures procedures, StoredEndings endings, ApplicationEventPublisher events) {
        this.procedures = procedures;
        this.endings = endings;
        this.events = events;
    }

    /** The method of the failed procedure it follows, and whether single source is ruled out, for its readiness. */
    Readiness.History history(Procedure procedure) {
        Method failedMethod = endings.follows(procedure.id()).flatMap(procedures::find).map(Procedure::method).orElse(null);
        return new Readiness.History(failedMethod, endings.failedFor(procedure.request(), Failures.OBJECTION_UPHELD));
    }

    /** What the request's history refuses in the choice of a method, for the draft's description. */
    List<RuleViolation> refusals(PurchaseRequestId request, Method method) {
        if (method == Method.SINGLE_SOURCE && endings.failedFor(request, Failures.OBJECTION_UPHELD)) {
            return List.of(RuleViolation.refused("procurement.follow-up.single-source-refused", "method"));
        }
        return List.of();
    }

    /** A new draft from the request follows the request's procedure that failed last, if one did. */
    void link(Actor actor, Procedure draft) {
        Optional<Procedure> failed = endings.latestFailure(draft.request()).flatMap(procedures::find);
        failed.ifPresent(f -> {
            endings.follow(draft.id(), f.id());
            events.publishEvent(new ProcedureChanged(actor.userId(), actor.organizationId(), "procurement.procedure.follows",
                    "procedure", draft.id().value().toString(), Map.of("follows", f.reference(), "failedMethod",
                            f.method().name(), "method", draft.method().name())));
        });
    }
}
