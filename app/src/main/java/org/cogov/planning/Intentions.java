package org.cogov.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cogov.catalogue.Catalogue;
import org.cogov.registry.OrganizationId;
import org.cogov.shared.Actor;
import org.cogov.shared.Money;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.RuleViolations;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Procurement intentions (采购意向): a department writes a draft, publishes it (from then on it never
 * changes), and may withdraw it with a reason. Anyone reads the published ones; procurement asks when a
 * department first announced a catalogue item, to warn of a procedure started less than 30 days after
 * its intention (财库〔2020〕10号), or with none.
 */
@Service
public class Intentions {

    /** What an intention announces: the purchase, its catalogue item, its estimate and the month expected. */
    public record Draft(String title, String catalogueCode, Money estimatedAmount, YearMonth expectedMonth,
            @Nullable String description) {
    }

    private final StoredIntentions intentions;
    private final PlannableItems items;
    private final Catalogue catalogue;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Intentions(StoredIntentions intentions, PlannableItems items, Catalogue catalogue, ApplicationEventPublisher events,
            Clock clock) {
        this.intentions = intentions;
        this.items = items;
        this.catalogue = catalogue;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The day, in the platform's zone, on which the department published its earliest intention for the
     * catalogue item that is not withdrawn; empty when it published none.
     */
    @Transactional(readOnly = true)
    public Optional<LocalDate> earliestPublished(OrganizationId department, String catalogueCode) {
        return intentions.earliestPublished(department, catalogueCode)
                .map(instant -> instant.atZone(clock.getZone()).toLocalDate());
    }

    /**
     * Writes a draft of the caller's department.
     *
     * @throws RuleViolations every reason the draft is refused for
     */
    @Transactional
    public IntentionId draft(Actor actor, Draft draft) {
        actor.require("planning:intention:publish", "planning.intention.create", "intention", null);
        refuseIfWrong(draft);
        Intention written = new Intention(new IntentionId(UUID.randomUUID()), new OrganizationId(actor.organizationId()),
                draft.title().strip(), draft.catalogueCode(), draft.estimatedAmount(), draft.expectedMonth(),
                blankToNull(draft.description()), Intention.Status.DRAFT, clock.instant(), null, null, null, 0);
        intentions.add(written, actor.userId());
        publish(actor, "planning.intention.drafted", written, Map.of());
        return written.id();
    }

    /** Rewrites a draft; a published intention never changes. */
    @Transactional
    public void revise(Actor actor, IntentionId id, int version, Draft draft) {
        actor.require("planning:intention:publish", "planning.intention.update", "intention", id.value());
        Intention intention = own(actor, id);
        if (intention.status() != Intention.Status.DRAFT) {
            throw RuleViolation.conflict("planning.intention.not-a-draft", intention.title());
        }
        refuseIfWrong(draft);
        if (!intentions.revise(id, version, draft.title().strip(), draft.catalogueCode(), draft.estimatedAmount(),
                draft.expectedMonth(), blankToNull(draft.description()))) {
            throw RuleViolation.conflict("planning.intention.changed-meanwhile", intention.title());
        }
        publish(actor, "planning.intention.revised", own(actor, id), Map.of());
    }

    /**
     * Publishes a draft, as it stands, at the clock's instant. The draft is checked again: a month that
     * has passed since it was written, or a catalogue item closed meanwhile, is refused.
     */
    @Transactional
    public void publish(Actor actor, IntentionId id, int version) {
        actor.require("planning:intention:publish", "planning.intention.publish", "intention", id.value());
        Intention intention = own(actor, id);
        if (intention.status() != Intention.Status.DRAFT) {
            throw RuleViolation.conflict("planning.intention.not-a-draft", intention.title());
        }
        refuseIfWrong(new Draft(intention.title(), intention.catalogueCode(), intention.estimatedAmount(),
                intention.expectedMonth(), intention.description()));
        if (!intentions.publish(id, version, clock.instant())) {
            throw RuleViolation.conflict("planning.intention.changed-meanwhile", intention.title());
        }
        publish(actor, "planning.intention.published", intention, Map.of());
    }

    /** Withdraws a draft or a published intention; a published one stays visible, marked withdrawn with the reason. */
    @Transactional
    public void withdraw(Actor actor, IntentionId id, int version, String reason) {
        actor.require("planning:intention:publish", "planning.intention.withdraw", "intention", id.value());
        Intention intention = own(actor, id);
        if (reason.isBlank()) {
            throw RuleViolation.refused("planning.intention.reason-needed", "reason");
        }
        if (intention.status() == Intention.Status.WITHDRAWN) {
            throw RuleViolation.conflict("planning.intention.withdrawn-already", intention.title());
        }
        if (!intentions.withdraw(id, version, intention.status(), reason.strip(), clock.instant())) {
            throw RuleViolation.conflict("planning.intention.changed-meanwhile", intention.title());
        }
        publish(actor, "planning.intention.withdrawn", intention, Map.of("reason", reason.strip()));
    }

    /** The caller's department's intentions, drafts too, or every department's for those who supervise. */
    @Transactional(readOnly = true)
    public List<Intention> intentions(Actor actor) {
        actor.require("planning:intention:read", "planning.intention.list", "intention", null);
        return intentions.all(actor.can("planning:intention:read-all") ? null : new OrganizationId(actor.organizationId()));
    }

    /** One intention, if the caller may see it: its own department's, or any for those who supervise. */
    @Transactional(readOnly = true)
    public Intention intention(Actor actor, IntentionId id) {
        actor.require("planning:intention:read", "planning.intention.read", "intention", id.value());
        return intentions.find(id)
                .filter(i -> actor.can("planning:intention:read-all") || i.department().value().equals(actor.organizationId()))
                .orElseThrow(() -> RuleViolation.notFound("planning.intention.unknown", id.value()));
    }

    /** What the public reads: every intention ever published, withdrawn ones too; newest first. */
    @Transactional(readOnly = true)
    public List<Intention> published(@Nullable OrganizationId department, @Nullable Integer year) {
        return intentions.published(department, year);
    }

    /** One published intention, for the public. */
    @Transactional(readOnly = true)
    public Intention publishedIntention(IntentionId id) {
        return intentions.find(id).filter(Intention::wasPublished)
                .orElseThrow(() -> RuleViolation.notFound("planning.intention.unknown", id.value()));
    }

    private Intention own(Actor actor, IntentionId id) {
        return intentions.find(id).filter(i -> i.department().value().equals(actor.organizationId()))
                .orElseThrow(() -> RuleViolation.notFound("planning.intention.unknown", id.value()));
    }

    private void refuseIfWrong(Draft draft) {
        List<RuleViolation> refusals = new ArrayList<>();
        if (draft.title().isBlank()) {
            refusals.add(RuleViolation.refused("planning.intention.title-needed", "title"));
        }
        items.refusal(draft.catalogueCode(), "catalogueCode").ifPresent(refusals::add);
        if (draft.estimatedAmount().amount().signum() <= 0) {
            refusals.add(RuleViolation.refused("planning.intention.amount-not-positive", "estimatedAmount"));
        }
        if (draft.expectedMonth().isBefore(YearMonth.from(catalogue.today()))) {
            refusals.add(RuleViolation.refused("planning.intention.month-past", "expectedMonth",
                    draft.expectedMonth().toString()));
        }
        if (!refusals.isEmpty()) {
            throw new RuleViolations(refusals);
        }
    }

    private void publish(Actor actor, String action, Intention intention, Map<String, String> extra) {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("title", intention.title());
        payload.put("catalogueCode", intention.catalogueCode());
        payload.put("estimatedAmount", intention.estimatedAmount().amount().toPlainString());
        payload.put("expectedMonth", intention.expectedMonth().toString());
        payload.putAll(extra);
        events.publishEvent(new PlanningChanged(actor.userId(), actor.organizationId(), action, "intention",
                intention.id().value().toString(), payload));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
