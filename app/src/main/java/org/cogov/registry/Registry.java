package org.cogov.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.Sha256;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registry's public face: find organizations, register them, and keep their profiles. */
@Service
public class Registry {

    private final Organizations organizations;
    private final List<TrackRecord.Source> trackRecordSources;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Registry(Organizations organizations, List<TrackRecord.Source> trackRecordSources, ApplicationEventPublisher events,
            Clock clock) {
        this.organizations = organizations;
        this.trackRecordSources = List.copyOf(trackRecordSources);
        this.events = events;
        this.clock = clock;
    }

    /** Today in the platform's zone, by the platform's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Everything the modules that know it record of the organization's past contracts. */
    @Transactional(readOnly = true)
    public TrackRecord trackRecord(OrganizationId id) {
        return new TrackRecord(trackRecordSources.stream().flatMap(source -> source.entriesFor(id).stream()).toList());
    }

    @Transactional(readOnly = true)
    public Optional<Profile> profile(OrganizationId id) {
        return organizations.profile(id);
    }

    @Transactional(readOnly = true)
    public Map<OrganizationId, Profile> profiles() {
        return organizations.profiles();
    }

    /** A registrar keeps every profile; an organization keeps its own, and no one else's. */
    public boolean mayChangeProfile(Actor actor, OrganizationId id) {
        return actor.can("registry:organization:edit")
                || actor.organizationId().equals(id.value()) && actor.can("registry:profile:edit-own");
    }

    @Transactional
    public Profile changeProfile(Actor actor, OrganizationId id, Profile profile) {
        if (organizations.find(id).isEmpty()) {
            throw RuleViolation.notFound("organization.not-found");
        }
        if (!mayChangeProfile(actor, id)) {
            throw new Forbidden("registry.organization.profile.update", "organization", id.value());
        }
        if (profile.registeredOn() != null && profile.registeredOn().isAfter(LocalDate.now(clock))) {
            throw RuleViolation.refused("organization.registered-in-future", "registeredOn");
        }
        organizations.changeProfile(id, profile);
        events.publishEvent(new OrganizationProfileChanged(actor.userId(), actor.organizationId(), id, profile));
        return profile;
    }

    @Transactional(readOnly = true)
    public Optional<Organization> organization(OrganizationId id) {
        return organizations.find(id);
    }

    @Transactional(readOnly = true)
    public Optional<Organization> organizationByCreditCode(String creditCode) {
        return organizations.findByCreditCode(creditCode);
    }

    @Transactional(readOnly = true)
    public List<Organization> organizations() {
        return organizations.all();
    }

    /** The organizations the registrar verified: what the public registry shows. */
    @Transactional(readOnly = true)
    public List<Organization> verified() {
        return organizations.withStatus(RegistrationStatus.VERIFIED);
    }

    /**
     * Registers an organization; the platform's own seeding uses it. The registrar's screens come with
     * the registry issue and check their permission before they call it.
     */
    @Transactional
    public Organization register(Organization organization, Profile profile) {
        organizations.add(organization, RegistrationStatus.VERIFIED);
        organizations.changeProfile(organization.id(), profile);
        return organization;
    }

    /**
     * Records an organization that registered itself: it waits for a registrar's verification. Refuses
     * a credit code already in the registry, and a kind that may not supply.
     */
    @Transactional
    public Organization registerForVerification(Organization organization, Profile profile) {
        if (organizations.findByCreditCode(organization.creditCode()).isPresent()) {
            throw RuleViolation.refused("organization.credit-code-taken", "creditCode", organization.creditCode());
        }
        if (!organization.kind().maySupply()) {
            throw RuleViolation.refused("organization.kind-may-not-supply", "kind");
        }
        organizations.add(organization, RegistrationStatus.PENDING);
        organizations.changeProfile(organization.id(), profile);
        return organization;
    }

    /** Imports a registrar's file of organizations, every line or none (see {@link OrganizationFile}). */
    @Transactional
    public int importOrganizations(Actor actor, String file) {
        actor.require("registry:organization:edit", "registry.organization.import", "organization-file", null);
        List<OrganizationFile.Entry> entries = OrganizationFile.read(file, LocalDate.now(clock),
                code -> organizations.findByCreditCode(code).isPresent());
        for (OrganizationFile.Entry entry : entries) {
            organizations.add(entry.organization(), RegistrationStatus.VERIFIED);
            organizations.changeProfile(entry.organization().id(), entry.profile());
        }
        events.publishEvent(new OrganizationsImported(actor.userId(), actor.organizationId(), entries.size(), Sha256.hex(file)));
        return entries.size();
    }

    @Transactional(readOnly = true)
    public RegistrationStatus status(OrganizationId id) {
        return organizations.status(id).orElseThrow(() -> RuleViolation.notFound("organization.not-found"));
    }

    @Transactional(readOnly = true)
    public List<Organization> awaitingVerification(Actor actor) {
        actor.require("registry:organization:verify", "registry.organization.registration-list", "organization", null);
        return organizations.withStatus(RegistrationStatus.PENDING);
    }

    /** A registrar's decision on a self-registration, once: a second decision is a conflict. */
    @Transactional
    public void decide(Actor actor, OrganizationId id, RegistrationStatus decision, String reason) {
        actor.require("registry:organization:verify", "registry.organization.registration-decide", "organization", id.value());
        if (decision == RegistrationStatus.PENDING) {
            throw RuleViolation.refused("organization.decision-pending", "decision");
        }
        if (decision == RegistrationStatus.REJECTED && reason.isBlank()) {
            throw RuleViolation.refused("organization.rejection-needs-reason", "reason");
        }
        if (organizations.find(id).isEmpty()) {
            throw RuleViolation.notFound("organization.not-found");
        }
        if (!organizations.decide(id, decision, reason.strip(), actor.userId())) {
            throw RuleViolation.conflict("organization.already-decided");
        }
        events.publishEvent(new RegistrationDecided(actor.userId(), actor.organizationId(), id, decision, reason.strip()));
    }
}
