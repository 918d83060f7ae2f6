package org.cogov.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Actor;
import org.cogov.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's answer about suppliers — may X bid in a procedure of department Y on day D? — and the
 * recording of the facts it rests on.
 */
@Service
public class Suppliers {

    private final Organizations organizations;
    private final SupplierRecords records;
    private final PersonRecords people;
    private final EligibilitySettings settings;
    private final ApplicationEventPublisher events;

    Suppliers(Organizations organizations, SupplierRecords records, PersonRecords people, EligibilitySettings settings,
            ApplicationEventPublisher events) {
        this.organizations = organizations;
        this.records = records;
        this.people = people;
        this.settings = settings;
        this.events = events;
    }

    /** For the modules that decide who may bid; they check their caller themselves. */
    @Transactional(readOnly = true)
    public Eligibility eligibility(OrganizationId supplier, OrganizationId purchaser, LocalDate date) {
        Organization organization = existing(supplier);
        existing(purchaser);
        RegistrationStatus status = organizations.status(supplier).orElseThrow();
        return Eligibility.assess(records.factsOf(organization, status), purchaser, date, settings);
    }

    /** For people: those who buy, supervise or keep the registry, and a supplier asking about itself. */
    @Transactional(readOnly = true)
    public Eligibility eligibility(Actor actor, OrganizationId supplier, OrganizationId purchaser, LocalDate date) {
        if (!actor.organizationId().equals(supplier.value())) {
            actor.require("registry:eligibility:read", "registry.eligibility.read", "organization", supplier.value());
        }
        return eligibility(supplier, purchaser, date);
    }


    @Transactional
    public UUID recordHostTie(Actor actor, OrganizationId association, HostTie tie) {
        actor.require("registry:ties:edit", "registry.host-tie.record", "organization", association.value());
        existing(association);
        existing(tie.organ());
        UUID id = records.addHostTie(association, tie);
        changed(actor, "registry.host-tie.recorded", association, Map.of("tie", id.toString(), "organ",
                tie.organ().value().toString(), "role", tie.role().name(), "decoupledOn", String.valueOf(tie.decoupledOn())));
        return id;
    }


    @Transactional
    public UUID recordPosition(Actor actor, Position position) {
        actor.require("registry:ties:edit", "registry.position.record", "organization", position.organization().value());
        existing(position.organization());
        if (people.name(position.person()).isEmpty()) {
            throw RuleViolation.notFound("registry.person.not-found");
        }
        UUID id = records.addPosition(position);
        changed(actor, "registry.position.recorded", position.organization(), Map.of("position", id.toString(), "person",
                position.person().value().toString(), "post", position.post().name(), "from",
                position.tenure().from().toString(), "until", String.valueOf(position.tenure().until())));
        return id;
    }


    @Transactional
    public UUID recordCreditListEntry(Actor actor, OrganizationId organization, CreditListEntry entry, String reason) {
        actor.require("registry:credit:edit", "registry.credit-list.record", "organization", organization.value());
        existing(organization);
        requireReason(reason);
        UUID id = records.addCreditListEntry(organization, entry, reason.strip());
        changed(actor, "registry.credit-list.recorded", organization, Map.of("entry", id.toString(), "list",
                entry.list().name(), "listedOn", entry.listedOn().toString(), "removedOn", String.valueOf(entry.removedOn()),
                "reason", reason.strip()));
        return id;
    }

    /** A finance department bars a supplier after a procurement violation (GPL Art. 77). */
    @Transactional
    public void recordBan(Actor actor, OrganizationId organization, ProcurementBan ban, String reason) {
        actor.require("registry:ban:edit", "registry.ban.record", "organization", organization.value());
        existing(organization);
        requireReason(reason);
        records.addBan(organization, ban, reason.strip(), new OrganizationId(actor.organizationId()));
        changed(actor, "registry.ban.recorded", organization, Map.of("from", ban.from().toString(), "lastDay",
                ban.lastDay().toString(), "reason", reason.strip()));
    }

    /**
     * Enters a contract graded 差 (poor) in the provider's credit record, once per contract. For the performance module, which
     * concluded the evaluation; the entry is the registry's fact from then on.
     */
    @Transactional
    public void recordPoorPerformance(Actor actor, OrganizationId provider, SupplierRecord.PoorPerformance entry) {
        existing(provider);
        if (records.addPoorPerformance(provider, entry)) {
            changed(actor, "registry.poor-performance.recorded", provider, Map.of("contract", entry.contract().toString(), "reference",
                    entry.reference(), "lot", Integer.toString(entry.lot()), "total", entry.total().toPlainString(), "evaluatedOn",
                    entry.evaluatedOn().toString()));
        }
    }

    /** A rating given by the registration authority; refused while the organization is on a credit list. */
    @Transactional
    public Rating recordRating(Actor actor, OrganizationId organization, int grade, LocalDate ratedOn) {
        actor.require("registry:credit:edit", "registry.rating.record", "organization", organization.value());
        existing(organization);
        Rating rating = Rating.given(grade, ratedOn, records.creditListEntries(organization));
        records.addRating(organization, rating);
        changed(actor, "registry.rating.recorded", organization, Map.of("grade", rating.label(), "ratedOn",
                ratedOn.toString(), "validUntil", rating.validUntil().toString()));
        return rating;
    }

    /** Government's share of the association's revenue in a fiscal year, in percent. */
    @Transactional
    public void recordRevenueShare(Actor actor, OrganizationId organization, int year, BigDecimal percent) {
        actor.require("registry:ties:edit", "registry.revenue-share.record", "organization", organization.value());
        existing(organization);
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw RuleViolation.refused("registry.revenue-share.range", "percent");
        }
        records.putRevenueShare(organization, year, percent);
        changed(actor, "registry.revenue-share.recorded", organization, Map.of("year", Integer.toString(year),
                "percent", percent.toPlainString()));
    }

    /** The day a cured cause took an organization off a credit list. */
    @Transactional
    public void removeFromCreditList(Actor actor, OrganizationId organization, UUID entry, LocalDate on,
            String reason) {
        actor.require("registry:credit:edit", "registry.credit-list.remove", "organization", organization.value());
        requireReason(reason);
        if (!records.removeFromCreditList(entry, organization, on)) {
            throw RuleViolation.conflict("registry.nothing-to-end");
        }
        changed(actor, "registry.credit-list.removed", organization, Map.of("entry", entry.toString(), "removedOn",
                on.toString(), "reason", reason.strip()));
    }

    /** The last day a person held a post. */
    @Transactional
    public void endPosition(Actor actor, OrganizationId organization, UUID position, LocalDate lastDay) {
        actor.require("registry:ties:edit", "registry.position.end", "organization", organization.value());
        if (!records.endPosition(position, organization, lastDay)) {
            throw RuleViolation.conflict("registry.nothing-to-end");
        }
        changed(actor, "registry.position.ended", organization, Map.of("position", position.toString(), "until",
                lastDay.toString()));
    }

    /** The day an association's decoupling from its host or supervising organ took effect. */
    @Transactional
    public void decouple(Actor actor, OrganizationId organization, UUID tie, LocalDate on) {
        actor.require("registry:ties:edit", "registry.host-tie.decouple", "organization", organization.value());
        if (!records.decouple(tie, organization, on)) {
            throw RuleViolation.conflict("registry.nothing-to-end");
        }
        changed(actor, "registry.host-tie.decoupled", organization, Map.of("tie", tie.toString(), "decoupledOn",
                on.toString()));
    }

    /** The supplier's record; the names of people only for those who may read personal data. */
    @Transactional(readOnly = true)
    public SupplierRecord record(Actor actor, OrganizationId organization) {
        existing(organization);
        return records.record(organization, actor.can("registry:person:read"));
    }

    /** What anyone may see of a supplier, without signing in: its record without the people. */
    @Transactional(readOnly = true)
    public SupplierRecord publicRecord(OrganizationId organization) {
        existing(organization);
        return records.record(organization, false);
    }

    @Transactional(readOnly = true)
    public Standing standing(OrganizationId organization, LocalDate day) {
        SupplierFacts facts = records.factsOf(existing(organization), RegistrationStatus.VERIFIED);
        return Standing.on(day, records.ratings(organization), facts.creditListEntries(), facts.bans(), facts.hosts());
    }

    /** Every organization's standing on the day; those with no fact recorded are {@link Standing#CLEAN}. */
    @Transactional(readOnly = true)
    public Map<OrganizationId, Standing> standings(LocalDate day) {
        return records.standings(day);
    }

    private Organization existing(OrganizationId id) {
        return organizations.find(id).orElseThrow(() -> RuleViolation.notFound("organization.not-found"));
    }

    private static void requireReason(String reason) {
        if (reason.isBlank() || reason.strip().length() > 500) {
            throw RuleViolation.refused("registry.reason-required", "reason");
        }
    }

    private void changed(Actor actor, String action, OrganizationId organization, Map<String, String> payload) {
        events.publishEvent(new SupplierRecordChanged(actor.userId(), actor.organizationId(), action, "organization",
                organization.value().toString(), payload));
    }
}
