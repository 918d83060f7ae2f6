package org.cogov.procurement.bidding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.cogov.identity.Role;
import org.cogov.identity.UserProvisioning;
import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Registry;
import org.cogov.registry.Suppliers;
import org.cogov.registry.Verdict;
import org.cogov.shared.time.WorkingDays;
import org.springframework.context.ApplicationContext;

/** Provider users, provisioned for a test, of demo suppliers that the registry gives a verdict today. */
public final class Bidders {

    private Bidders() {
    }

    /** A user of a demo supplier, other than the organizations named, that the registry gives the verdict for the purchaser. */
    public static String ofVerdict(ApplicationContext context, OrganizationId purchaser, Verdict verdict, UUID... besides) {
        Registry registry = context.getBean(Registry.class);
        Suppliers suppliers = context.getBean(Suppliers.class);
        WorkingDays days = context.getBean(WorkingDays.class);
        LocalDate today = context.getBean(Clock.class).instant().atZone(days.zone()).toLocalDate();
        Set<UUID> excluded = Set.of(besides);
        Organization supplier = registry.organizations().stream().filter(o -> o.kind().maySupply())
                .filter(o -> !excluded.contains(o.id().value()))
                .filter(o -> suppliers.eligibility(o.id(), purchaser, today).verdict() == verdict).findFirst()
                .orElseThrow(() -> new AssertionError("the demo city has a supplier the registry gives " + verdict));
        String username = "bidder-" + verdict.name().toLowerCase(Locale.ROOT) + "-" + supplier.id().value().toString().substring(0, 8);
        UserProvisioning provisioning = context.getBean(UserProvisioning.class);
        if (!provisioning.exists(username)) {
            provisioning.provision(supplier.id().value(), username, supplier.nameZh(), "Lanjiang-demo-2026", Set.of(Role.PROVIDER),
                    "zh-CN", null);
        }
        return username;
    }
}
