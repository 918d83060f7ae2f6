package org.cogov.identity;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cogov.registry.OrganizationId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts that may sit on an evaluation panel as experts — enabled, holding the role EXPERT — for the
 * expert pool that procurement keeps: names and organizations only, nothing else of the account.
 */
@Service
public class ExpertAccounts {

    public record ExpertAccount(UUID userId, OrganizationId organization, String username, String displayName) {
    }

    private final Users users;

    ExpertAccounts(Users users) {
        this.users = users;
    }

    /** The account, if it is an enabled one of role EXPERT. */
    @Transactional(readOnly = true)
    public Optional<ExpertAccount> expert(UUID userId) {
        return users.find(userId).filter(ExpertAccounts::isExpert).map(ExpertAccounts::view);
    }

    /** Every such account, by username, for choosing whom to enrol. */
    @Transactional(readOnly = true)
    public List<ExpertAccount> all() {
        return users.all().stream().filter(ExpertAccounts::isExpert).map(ExpertAccounts::view)
                .sorted(Comparator.comparing(ExpertAccount::username)).toList();
    }

    private static boolean isExpert(UserAccount account) {
        return account.enabled() && account.roles().contains(Role.EXPERT);
    }

    private static ExpertAccount view(UserAccount account) {
        return new ExpertAccount(account.id(), new OrganizationId(account.organizationId()), account.username(),
                account.displayName());
    }
}
