package org.cogov.procurement.custody;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.cogov.TestUsers;
import org.cogov.identity.Role;
import org.cogov.identity.UserProvisioning;

/** The demo city's custodians and their passphrases (README, "Custodians"), and fresh officials for tests of their own. */
public final class Custodians {

    /** The demo officials that the demo and the test fixtures name custodians, in that order. */
    public static final List<String> DEMO = List.of("purchaser", "finance", "registrar", "auditor");

    private Custodians() {
    }

    /** The passphrase a demo custodian enrolled its key with. */
    public static char[] passphrase(String username) {
        return (username + "-opening-key").toCharArray();
    }

    /** A new official of the organization of {@code colleague}, without a custodian key; its username. */
    static String freshOfficial(UserProvisioning provisioning, TestUsers users, String colleague) {
        String username = "custodian-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.provision(users.user(colleague).organizationId(), username, "保管人" + username.substring(10), "Lanjiang-demo-2026",
                EnumSet.of(Role.valueOf(colleague.toUpperCase())), "zh-CN", null);
        return username;
    }
}
