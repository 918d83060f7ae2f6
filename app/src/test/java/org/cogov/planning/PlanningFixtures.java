package org.cogov.planning;

import java.util.Set;
import java.util.UUID;

import org.cogov.TestUsers;
import org.cogov.identity.Role;
import org.cogov.identity.SignedInUser;
import org.cogov.identity.UserProvisioning;
import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Registry;
import org.cogov.shared.Money;

/**
 * Fresh planning data for one test, so that tests share the demo city without disturbing each other:
 * budget lines under codes no other test uses, and a purchaser of a second department.
 */
final class PlanningFixtures {

    static final String OTHER_PURCHASER = "purchaser-education";
    /** Any fiscal year funds a request; tests keep to one. */
    static final int YEAR = 2027;

    private final Budgets budgets;
    private final TestUsers users;

    PlanningFixtures(Budgets budgets, TestUsers users) {
        this.budgets = budgets;
        this.users = users;
    }

    /** A line of the demo purchaser's department (the commerce bureau), recorded approved by the finance bureau. */
    BudgetLineId approvedLine(long yuan) {
        SignedInUser purchaser = users.user("purchaser");
        return budgets.record(users.user("finance"), new OrganizationId(purchaser.organizationId()),
                new Budgets.NewLine(YEAR, freshCode(), "测试预算项目", Money.yuan(yuan)));
    }

    static String freshCode() {
        return "T-" + UUID.randomUUID().toString().substring(0, 12);
    }

    /** A purchaser of the education bureau: another department than the demo purchaser's. */
    static SignedInUser otherPurchaser(UserProvisioning provisioning, Registry registry, TestUsers users) {
        if (!provisioning.exists(OTHER_PURCHASER)) {
            Organization education = registry.organizations().stream().filter(o -> o.nameZh().equals("澜江市教育局"))
                    .findFirst().orElseThrow();
            provisioning.provision(education.id().value(), OTHER_PURCHASER, "教育局采购员", "Lanjiang-demo-2026",
                    Set.of(Role.PURCHASER), "zh-CN", null);
        }
        return users.user(OTHER_PURCHASER);
    }
}
