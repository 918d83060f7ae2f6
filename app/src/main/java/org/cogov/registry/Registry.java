package org.cogov.registry;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registry's public face: find organizations, and register them. */
@Service
public class Registry {

    private final Organizations organizations;

    Registry(Organizations organizations) {
        this.organizations = organizations;
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
    public Organization register(Organization organization) {
        organizations.add(organization);
        return organization;
    }
}
