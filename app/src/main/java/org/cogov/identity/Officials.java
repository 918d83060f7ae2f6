package org.cogov.identity;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cogov.registry.OrganizationId;
import org.cogov.registry.Registry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officials of the state organs — users with an enabled account in a department, the finance
 * bureau, the registration authority or the audit office — for duties that other modules give to
 * named people, such as holding a share of a procedure's opening key. Names and organizations only:
 * nothing of the account itself leaves identity.
 */
@Service
public class Officials {

    public record Official(UUID userId, OrganizationId organization, String displayName, Set<Role> roles) {
    }

    private final Users users;
    private final Registry registry;

    Officials(Users users, Registry registry) {
        this.users = users;
        this.registry = registry;
    }

    @Transactional(readOnly = true)
    public Optional<Official> official(UUID userId) {
        return users.find(userId).filter(account -> account.enabled() && registry.organization(new OrganizationId(
                account.organizationId())).filter(organization -> organization.kind().mayPurchase()).isPresent())
                .map(Officials::official);
    }

    /** Every official, by organization then name, for choosing custodians. */
    @Transactional(readOnly = true)
    public List<Official> all() {
        Set<UUID> organs = stateOrgans();
        return users.all().stream().filter(account -> isOfficial(account, organs)).map(Officials::official)
                .sorted(Comparator.comparing((Official o) -> o.organization().value()).thenComparing(Official::displayName))
                .toList();
    }

    private Set<UUID> stateOrgans() {
        return registry.organizations().stream().filter(o -> o.kind().mayPurchase()).map(o -> o.id().value())
                .collect(java.util.stream.Collectors.toSet());
    }

    private static boolean isOfficial(UserAccount account, Set<UUID> stateOrgans) {
        return account.enabled() && stateOrgans.contains(account.organizationId());
    }

    private static Official official(UserAccount account) {
        return new Official(account.id(), new OrganizationId(account.organizationId()), account.displayName(), account.roles());
    }
}
