package org.cogov.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cogov.shared.Actor;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.Sha256;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people of the registry: who they are, which organs they serve as officials, the ties they
 * declare, and the ties for which they withdraw from evaluating an organization. Personal data: read
 * only with {@code registry:person:read}.
 */
@Service
public class People {

    static final int MAX_PAGE = 100;

    private final PersonRecords people;
    private final SupplierRecords suppliers;
    private final Organizations organizations;
    private final EligibilitySettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    People(PersonRecords people, SupplierRecords suppliers, Organizations organizations, EligibilitySettings settings,
            ApplicationEventPublisher events, Clock clock) {
        this.people = people;
        this.suppliers = suppliers;
        this.organizations = organizations;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public PersonId record(Actor actor, String name) {
        actor.require("registry:ties:edit", "registry.person.record", "person", null);
        if (name.isBlank() || name.strip().length() > 60) {
            throw RuleViolation.refused("registry.person.name", "name");
        }
        PersonId person = people.add(name.strip(), clock.instant());
        changed(actor, "registry.person.recorded", person, Map.of("name", name.strip()));
        return person;
    }

    /** A person's service as an official of a state organ; once per organ. */
    @Transactional
    public void recordCivilService(Actor actor, CivilService service) {
        actor.require("registry:ties:edit", "registry.civil-service.record", "person", service.person().value());
        existing(service.person());
        Organization organ = organizations.find(service.organ())
                .orElseThrow(() -> RuleViolation.notFound("organization.not-found"));
        if (!organ.kind().mayPurchase()) {
            throw RuleViolation.refused("registry.civil-service.not-an-organ", "organ", organ.creditCode());
        }
        if (people.servicesOf(service.person()).stream().anyMatch(s -> s.organ().equals(service.organ()))) {
            throw RuleViolation.conflict("registry.civil-service.recorded-already");
        }
        people.addCivilService(service);
        changed(actor, "registry.civil-service.recorded", service.person(), Map.of("organ",
                service.organ().value().toString(), "retiredOn", String.valueOf(service.retiredOn())));
    }

    /**
     * A tie the person declares to an organization — a holding, control, kinship with its head, or any
     * other relationship that may affect a fair evaluation — dated the day it is recorded.
     */
    @Transactional
    public UUID declare(Actor actor, DeclaredTie tie) {
        actor.require("registry:declaration:edit", "registry.declared-tie.record", "person", tie.person().value());
        existing(tie.person());
        if (organizations.find(tie.organization()).isEmpty()) {
            throw RuleViolation.notFound("organization.not-found");
        }
        String description = tie.description().strip();
        if (description.length() > 500 || (tie.kind() == DeclaredTie.Kind.OTHER && description.isEmpty())) {
            throw RuleViolation.refused("registry.declared-tie.description", "description");
        }
        UUID id = people.addDeclaredTie(new DeclaredTie(tie.person(), tie.organization(), tie.kind(), tie.tenure(),
                description), LocalDate.now(clock));
        changed(actor, "registry.declared-tie.recorded", tie.person(), Map.of("tie", id.toString(), "organization",
                tie.organization().value().toString(), "kind", tie.kind().name(), "from", tie.tenure().from().toString(),
                "until", String.valueOf(tie.tenure().until()), "description", description));
        return id;
    }

    /** The day an official retired from the organ they served. */
    @Transactional
    public void retire(Actor actor, PersonId person, OrganizationId organ, LocalDate on) {
        actor.require("registry:ties:edit", "registry.civil-service.retire", "person", person.value());
        if (!people.retire(person, organ, on)) {
            throw RuleViolation.conflict("registry.nothing-to-end");
        }
        changed(actor, "registry.civil-service.retired", person, Map.of("organ", organ.value().toString(), "retiredOn",
                on.toString()));
    }

    /** The last day of a declared tie: the shares sold, the relationship over. */
    @Transactional
    public void endDeclaredTie(Actor actor, PersonId person, UUID tie, LocalDate lastDay) {
        actor.require("registry:declaration:edit", "registry.declared-tie.end", "person", person.value());
        if (!people.endDeclaredTie(tie, person, lastDay)) {
            throw RuleViolation.conflict("registry.nothing-to-end");
        }
        changed(actor, "registry.declared-tie.ended", person, Map.of("tie", tie.toString(), "until", lastDay.toString()));
    }

    @Transactional(readOnly = true)
    public PersonRecord person(Actor actor, PersonId person) {
        actor.require("registry:person:read", "registry.person.read", "person", person.value());
        return people.record(person).orElseThrow(() -> RuleViolation.notFound("registry.person.not-found"));
    }

    /** People whose name contains the text, a page at a time; the cursor is the last person of the page before. */
    @Transactional(readOnly = true)
    public List<PersonRecord.Summary> find(Actor actor, String name, @Nullable PersonId after, int size) {
        actor.require("registry:person:read", "registry.person.read", "person", null);
        return people.find(name.strip(), after, Math.max(1, Math.min(size, MAX_PAGE)));
    }

    /** Every tie within the avoidance window between a person and an organization (expert avoidance). */
    @Transactional(readOnly = true)
    public List<Tie> ties(PersonId person, OrganizationId organization, LocalDate date) {
        return Avoidance.ties(person, suppliers.positionsOf(person), people.declaredTiesOf(person), organization, date,
                settings);
    }

    /** The same, for the people who may read personal data. */
    @Transactional(readOnly = true)
    public List<Tie> ties(Actor actor, PersonId person, OrganizationId organization, LocalDate date) {
        actor.require("registry:person:read", "registry.person.ties", "person", person.value());
        existing(person);
        if (organizations.find(organization).isEmpty()) {
            throw RuleViolation.notFound("organization.not-found");
        }
        return ties(person, organization, date);
    }

    /**
     * The people tied to both organizations on the day — a post or a declared tie within the avoidance window, or service
     * as an official of one of them, serving or retired within the retired-official window. What makes an evaluator not
     * independent of a contract's parties; no personal data leaves, only the ids.
     */
    @Transactional(readOnly = true)
    public List<PersonId> sharedPeople(OrganizationId one, OrganizationId other, LocalDate date) {
        return people.tiedToBoth(one.value(), other.value()).stream()
                .filter(person -> tied(person, one, date) && tied(person, other, date)).toList();
    }

    private boolean tied(PersonId person, OrganizationId organization, LocalDate date) {
        return !ties(person, organization, date).isEmpty() || people.servicesOf(person).stream()
                .anyMatch(s -> s.organ().equals(organization) && (s.servingOn(date)
                        || !s.retiredOn().plus(settings.retiredOfficialWindow()).isBefore(date)));
    }

    /** Imports a registrar's file of people and posts, every line or none (see {@link PeopleFile}). */
    @Transactional
    public int importPeople(Actor actor, String file) {
        actor.require("registry:ties:edit", "registry.person.import", "people-file", null);
        PeopleFile.Plan plan = PeopleFile.read(file, LocalDate.now(clock), new PeopleFile.Registers() {
            @Override
            public Optional<Organization> organization(String creditCode) {
                return organizations.findByCreditCode(creditCode);
            }

            @Override
            public Optional<String> personName(PersonId person) {
                return people.name(person);
            }

            @Override
            public List<CivilService> services(PersonId person) {
                return people.servicesOf(person);
            }
        });
        Map<String, PersonId> ids = new HashMap<>();
        for (PeopleFile.Person person : plan.people()) {
            ids.put(person.key(), person.existing() != null ? person.existing() : people.add(person.name(), clock.instant()));
        }
        for (PeopleFile.Appointment appointment : plan.positions()) {
            suppliers.addPosition(new Position(ids.get(appointment.person()), appointment.organization(), appointment.post(),
                    appointment.tenure()));
        }
        for (PeopleFile.Service service : plan.services()) {
            people.addCivilService(new CivilService(ids.get(service.person()), service.organ(), service.retiredOn()));
        }
        events.publishEvent(new SupplierRecordChanged(actor.userId(), actor.organizationId(), "registry.people.imported",
                "people-file", Sha256.hex(file), Map.of("people", Integer.toString(plan.people().size()), "positions",
                        Integer.toString(plan.positions().size()), "services", Integer.toString(plan.services().size()))));
        return plan.positions().size();
    }

    private void existing(PersonId person) {
        if (people.name(person).isEmpty()) {
            throw RuleViolation.notFound("registry.person.not-found");
        }
    }

    private void changed(Actor actor, String action, PersonId person, Map<String, String> payload) {
        events.publishEvent(new SupplierRecordChanged(actor.userId(), actor.organizationId(), action, "person",
                person.value().toString(), payload));
    }
}
