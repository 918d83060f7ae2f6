package org.cogov.procurement.experts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.cogov.catalogue.Catalogue;
import org.cogov.catalogue.CatalogueItem;
import org.cogov.identity.ExpertAccounts;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.People;
import org.cogov.registry.PersonId;
import org.cogov.registry.Registry;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expert pool that the finance bureau keeps (RULES.md "Evaluation"): it enrols people of the registry who
 * have an account of role EXPERT, with their employer and specialties, changes them, and retires them; auditors
 * read the pool. An expert sees nothing of the pool but its own entry, and keeps its own availability: whether it
 * takes draws at all, and the periods in which it cannot evaluate. Every change is audited.
 */
@Service
public class ExpertPool {

    /** At most this many specialties per expert, and this many characters in a reason. */
    public static final int MAX_SPECIALTIES = 20;
    public static final int MAX_REASON = 200;
    public static final int MAX_RETIREMENT = 500;

    public record Enrolment(PersonId person, UUID user, OrganizationId employer, Set<String> specialties, boolean available) {
    }

    public record Change(OrganizationId employer, Set<String> specialties, boolean available, int version) {
    }

    private final ExpertRecords records;
    private final People people;
    private final ExpertAccounts accounts;
    private final Registry registry;
    private final Catalogue catalogue;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExpertPool(ExpertRecords records, People people, ExpertAccounts accounts, Registry registry, Catalogue catalogue,
            ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.people = people;
        this.accounts = accounts;
        this.registry = registry;
        this.catalogue = catalogue;
        this.events = events;
        this.clock = clock;
    }

    /** Enrols a person of the registry with its expert account, employer and specialties. */
    @Transactional
    public Expert enrol(Actor actor, Enrolment enrolment) {
        actor.require("procurement:expert:manage", "procurement.expert.enrol", "expert", null);
        String name = people.person(actor, enrolment.person()).name();
        if (accounts.expert(enrolment.user()).isEmpty()) {
            throw RuleViolation.refused("procurement.expert.not-an-expert-account", "user");
        }
        requireOrganization(enrolment.employer());
        Set<String> specialties = specialties(enrolment.specialties());
        if (records.enrolled(enrolment.person(), enrolment.user())) {
            throw RuleViolation.conflict("procurement.expert.enrolled-already", name);
        }
        ExpertId id = new ExpertId(UUID.randomUUID());
        try {
            records.add(id, enrolment.person(), enrolment.user(), name, enrolment.employer(), specialties, enrolment.available(),
                    clock.instant());
        } catch (DuplicateKeyException e) {
            throw RuleViolation.conflict("procurement.expert.enrolled-already", name);
        }
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("person", enrolment.person().value().toString());
        payload.put("user", enrolment.user().toString());
        payload.put("employer", enrolment.employer().value().toString());
        payload.put("specialties", String.join(",", specialties));
        payload.put("available", Boolean.toString(enrolment.available()));
        changed(actor, "procurement.expert.enrolled", id, payload);
        return records.find(id).orElseThrow();
    }

    /** Changes an expert's employer, specialties and availability, if nobody changed it since it was read. */
    @Transactional
    public Expert change(Actor actor, ExpertId id, Change change) {
        actor.require("procurement:expert:manage", "procurement.expert.change", "expert", id.value());
        Expert expert = existing(id);
        requireOrganization(change.employer());
        Set<String> specialties = specialties(change.specialties());
        if (expert.retired()) {
            throw RuleViolation.conflict("procurement.expert.retired", expert.name());
        }
        if (!records.change(id, change.version(), change.employer(), specialties, change.available())) {
            throw RuleViolation.conflict("procurement.expert.changed-meanwhile", expert.name());
        }
        changed(actor, "procurement.expert.changed", id, Map.of("employer", change.employer().value().toString(),
                "specialties", String.join(",", specialties), "available", Boolean.toString(change.available())));
        return records.find(id).orElseThrow();
    }

    /** Retires an expert from the pool: never drawn again; the panels it sat on still name it. */
    @Transactional
    public Expert retire(Actor actor, ExpertId id, String reason, int version) {
        actor.require("procurement:expert:manage", "procurement.expert.retire", "expert", id.value());
        Expert expert = existing(id);
        String why = reason.strip();
        if (why.isEmpty() || why.length() > MAX_RETIREMENT) {
            throw RuleViolation.refused("procurement.expert.reason", "reason", MAX_RETIREMENT);
        }
        if (!records.retire(id, version, why, clock.instant())) {
            throw RuleViolation.conflict("procurement.expert.changed-meanwhile", expert.name());
        }
        changed(actor, "procurement.expert.retired", id, Map.of("reason", why));
        return records.find(id).orElseThrow();
    }

    /** Whether the expert takes draws at all: the finance bureau's, or the expert's own, choice. */
    @Transactional
    public Expert markAvailable(Actor actor, ExpertId id, boolean available) {
        Expert expert = availabilityOf(actor, id, "procurement.expert.availability");
        if (!records.markAvailable(id, available)) {
            throw RuleViolation.conflict("procurement.expert.retired", expert.name());
        }
        changed(actor, "procurement.expert.availability-changed", id, Map.of("available", Boolean.toString(available)));
        return records.find(id).orElseThrow();
    }

    /** Records days, first and last included, on which the expert cannot evaluate. */
    @Transactional
    public Expert addUnavailability(Actor actor, ExpertId id, LocalDate firstDay, LocalDate lastDay, String reason) {
        Expert expert = availabilityOf(actor, id, "procurement.expert.unavailability-add");
        if (expert.retired()) {
            throw RuleViolation.conflict("procurement.expert.retired", expert.name());
        }
        if (lastDay.isBefore(firstDay)) {
            throw RuleViolation.refused("procurement.expert.period-order", "lastDay");
        }
        String why = reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw RuleViolation.refused("procurement.expert.reason", "reason", MAX_REASON);
        }
        UUID period = UUID.randomUUID();
        records.addUnavailability(period, id, firstDay, lastDay, why, actor.userId(), clock.instant());
        changed(actor, "procurement.expert.unavailability-added", id, Map.of("period", period.toString(), "firstDay",
                firstDay.toString(), "lastDay", lastDay.toString(), "reason", why));
        return records.find(id).orElseThrow();
    }

    @Transactional
    public Expert removeUnavailability(Actor actor, ExpertId id, UUID period) {
        availabilityOf(actor, id, "procurement.expert.unavailability-remove");
        if (!records.removeUnavailability(id, period)) {
            throw RuleViolation.notFound("procurement.expert.period-unknown");
        }
        changed(actor, "procurement.expert.unavailability-removed", id, Map.of("period", period.toString()));
        return records.find(id).orElseThrow();
    }

    /** The whole pool, retired experts too, for the finance bureau and auditors. */
    @Transactional(readOnly = true)
    public List<Expert> experts(Actor actor) {
        actor.require("procurement:expert:read", "procurement.expert.list", "expert", null);
        return records.all();
    }

    /** An expert of the pool: for those who read the pool, and for the expert itself. */
    @Transactional(readOnly = true)
    public Expert expert(Actor actor, ExpertId id) {
        if (actor.can("procurement:expert:read")) {
            return existing(id);
        }
        return availabilityOf(actor, id, "procurement.expert.read");
    }

    /** The actor's own entry in the pool, if it is an expert of it. */
    @Transactional(readOnly = true)
    public Optional<Expert> mine(Actor actor) {
        actor.require("procurement:expert:availability", "procurement.expert.read", "expert", null);
        return records.ofUser(actor.userId());
    }

    /** The accounts of role EXPERT, for choosing whom to enrol. */
    @Transactional(readOnly = true)
    public List<ExpertAccounts.ExpertAccount> accounts(Actor actor) {
        actor.require("procurement:expert:manage", "procurement.expert.accounts", "expert", null);
        return accounts.all();
    }

    /** The experts not retired: those a draw considers. */
    List<Expert> active() {
        return records.active();
    }

    List<Expert> find(java.util.Collection<ExpertId> ids) {
        return records.find(ids);
    }

    /**
     * The expert whose availability the actor may keep: any, for the finance bureau; its own, for an expert —
     * another expert's entry does not exist for it.
     */
    private Expert availabilityOf(Actor actor, ExpertId id, String action) {
        if (actor.can("procurement:expert:manage")) {
            return existing(id);
        }
        if (!actor.can("procurement:expert:availability")) {
            throw new Forbidden(action, "expert", id.value());
        }
        return records.find(id).filter(e -> e.userId().equals(actor.userId()))
                .orElseThrow(() -> RuleViolation.notFound("procurement.expert.unknown", id.value()));
    }

    private Expert existing(ExpertId id) {
        return records.find(id).orElseThrow(() -> RuleViolation.notFound("procurement.expert.unknown", id.value()));
    }

    private void requireOrganization(OrganizationId organization) {
        if (registry.organization(organization).isEmpty()) {
            throw RuleViolation.refused("procurement.expert.employer-unknown", "employer");
        }
    }

    /** The specialties, checked: one at least, each a code of the guidance catalogue. */
    private Set<String> specialties(Set<String> given) {
        Set<String> codes = new TreeSet<>();
        for (String code : given) {
            String stripped = code.strip();
            if (!CatalogueItem.isCode(stripped) || catalogue.item(stripped).isEmpty()) {
                throw RuleViolation.refused("procurement.expert.specialty-unknown", "specialties", stripped);
            }
            codes.add(stripped);
        }
        if (codes.isEmpty() || codes.size() > MAX_SPECIALTIES) {
            throw RuleViolation.refused("procurement.expert.specialties", "specialties", MAX_SPECIALTIES);
        }
        return codes;
    }

    private void changed(Actor actor, String action, ExpertId id, Map<String, String> payload) {
        events.publishEvent(new ExpertPoolChanged(actor.userId(), actor.organizationId(), action, id.value().toString(), payload));
    }
}
