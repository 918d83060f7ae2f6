package org.cogov.procurement.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cogov.TestUsers;
import org.cogov.identity.Role;
import org.cogov.identity.UserProvisioning;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.experts.ExpertPool;
import org.cogov.procurement.experts.Panel;
import org.cogov.procurement.experts.PanelMember;
import org.cogov.procurement.experts.Panels;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.People;
import org.cogov.registry.PersonId;
import org.cogov.shared.Actor;
import org.cogov.shared.time.WorkingDays;
import org.springframework.context.ApplicationContext;

/**
 * Panels for the evaluation's scenarios: experts of the college's staff in the scenarios' category, enrolled once,
 * so that the panels are drawn from experts of the tests' own whatever the demo pool holds; and a lot's panel drawn
 * and seated, every member having declared no conflict.
 */
final class SeatedPanels {

    private SeatedPanels() {
    }

    static void enrolExperts(ApplicationContext context, TestUsers users, int count) {
        UserProvisioning provisioning = context.getBean(UserProvisioning.class);
        UUID college = users.user("expert").organizationId();
        for (int i = 1; i <= count; i++) {
            String username = "evaluation-expert-" + i;
            if (provisioning.exists(username)) {
                continue;
            }
            UUID user = provisioning.provision(college, username, "评审专家" + i, "Lanjiang-demo-2026", Set.of(Role.EXPERT), "zh-CN", null);
            PersonId person = context.getBean(People.class).record(users.user("registrar"), "评审专家" + i);
            context.getBean(ExpertPool.class).enrol(users.user("finance"),
                    new ExpertPool.Enrolment(person, user, new OrganizationId(college), Set.of("0301"), true));
        }
    }

    /** Draws a panel of {@code seats} experts for lot 1, once, and has each declare no conflict; the members, acting. */
    static List<Actor> seat(ApplicationContext context, TestUsers users, ProcedureId id, int seats) {
        return seat(context, users, id, 1, seats);
    }

    /** The same for another lot. */
    static List<Actor> seat(ApplicationContext context, TestUsers users, ProcedureId id, int lot, int seats) {
        Panels panels = context.getBean(Panels.class);
        LocalDate today = context.getBean(Clock.class).instant().atZone(context.getBean(WorkingDays.class).zone()).toLocalDate();
        if (panels.of(id, lot).isEmpty()) {
            panels.draw(users.user("purchaser"), id, new Panels.DrawRequest(lot, seats, false, null, today, List.of()));
        }
        Panel panel = panels.of(id, lot).orElseThrow();
        List<Actor> members = new ArrayList<>();
        for (PanelMember member : panel.members()) {
            if (member.holdsSeat()) {
                Actor actor = users.user(member.user());
                if (member.status() == PanelMember.Status.DRAWN) {
                    panels.declare(actor, panel.id());
                }
                members.add(actor);
            }
        }
        assertThat(panels.of(id, lot).orElseThrow().complete()).isTrue();
        return members;
    }
}
