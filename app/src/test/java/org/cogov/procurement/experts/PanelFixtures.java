package org.cogov.procurement.experts;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cogov.procurement.Deadlines;
import org.cogov.TestUsers;
import org.cogov.identity.Role;
import org.cogov.identity.UserProvisioning;
import org.cogov.procurement.Method;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.ReadyDraft;
import org.cogov.procurement.bidding.Bidding;
import org.cogov.procurement.bidding.Opening;
import org.cogov.registry.Organization;
import org.cogov.registry.People;
import org.cogov.registry.PersonId;
import org.cogov.shared.Actor;
import org.cogov.shared.time.WorkingDays;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Opened procedures for the panel tests and the access matrix: competitive consultations for purchase of services of
 * the demo purchaser (catalogue item 030102, CNY 1,500,000: a panel of at least three), on which the two demo
 * providers bid and which three custodians opened; and experts enrolled for a test, with accounts of their own.
 */
public final class PanelFixtures {

    private PanelFixtures() {
    }

    /** Procedures made at one moment, so that they share a deadline: the clock moves once, and each is opened. */
    public static List<ProcedureId> opened(ApplicationContext context, TestUsers users, int count) {
        return opened(context, users, java.util.Collections.nCopies(count, "030102"));
    }

    /** One opened procedure buying each of the catalogue items, made at one moment. */
    public static List<ProcedureId> opened(ApplicationContext context, TestUsers users, List<String> catalogueCodes) {
        List<ProcedureId> made = new ArrayList<>();
        for (String code : catalogueCodes) {
            ProcedureId id = ReadyDraft.publishedUnder(context, users, code, Method.COMPETITIVE_CONSULTATION,
                    Method.Justification.PURCHASE_OF_SERVICES, 1_500_000, "provider", "provider2");
            Bidding bidding = context.getBean(Bidding.class);
            bidding.submit(users.user("provider"), id, 1, new Bidding.Proposal(new BigDecimal("1400000.00"), "物流协会方案",
                    List.of()), true, null);
            bidding.submit(users.user("provider2"), id, 1, new Bidding.Proposal(new BigDecimal("1350000.00"), "软件协会方案",
                    List.of()), true, null);
            made.add(id);
        }
        Deadlines.passNow(context, made);
        for (ProcedureId id : made) {
            for (String custodian : List.of("auditor", "registrar", "purchaser")) {
                context.getBean(Opening.class).present(users.user(custodian), id, (custodian + "-opening-key").toCharArray());
            }
        }
        return made;
    }

    /** An expert enrolled by the demo finance bureau, with an account of its own at the employer, available. */
    public static Expert enrol(ApplicationContext context, TestUsers users, String name, String employer, String... specialties) {
        Actor registrar = users.user("registrar");
        PersonId person = context.getBean(People.class).record(registrar, name);
        String username = "expert-test-" + UUID.randomUUID().toString().substring(0, 8);
        Organization organization = organization(context, employer);
        context.getBean(UserProvisioning.class).provision(organization.id().value(), username, name, "Lanjiang-demo-2026",
                Set.of(Role.EXPERT), "zh-CN", null);
        return context.getBean(ExpertPool.class).enrol(users.user("finance"), new ExpertPool.Enrolment(person,
                users.user(username).userId(), organization.id(), Set.of(specialties), true));
    }

    public static Organization organization(ApplicationContext context, String nameZh) {
        return context.getBean(org.cogov.registry.Registry.class).organizations().stream().filter(o -> o.nameZh().equals(nameZh))
                .findFirst().orElseThrow(() -> new AssertionError("the demo city has " + nameZh));
    }

    /** The username of a user, to act as it. */
    public static String username(ApplicationContext context, UUID user) {
        return context.getBean(JdbcClient.class).sql("SELECT username FROM app_user WHERE id = :id").param("id", user)
                .query(String.class).single();
    }

    /** Today in the platform's zone, by the test clock. */
    public static LocalDate today(ApplicationContext context) {
        return context.getBean(Clock.class).instant().atZone(context.getBean(WorkingDays.class).zone()).toLocalDate();
    }
}
