package org.cogov.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registry's public face: find organizations, register them, and keep their profiles. */
@Service
public class Registry {

    private final Organizations organizations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Registry(Organizations organizations, ApplicationEventPublisher events, Clock clock) {
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Profile> profile(OrganizationId id) {
        return organizations.profile(id);
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

    /**
     * Registers an organization; the platform's own seeding uses it. The registrar's screens come with
     * the registry issue and check their permission before they call it.
     */
    @Transactional
    public Organization register(Organization organization, Profile profile) {
        organizations.add(organization);
        organizations.changeProfile(organization.id(), profile);
        return organization;
    }
}
