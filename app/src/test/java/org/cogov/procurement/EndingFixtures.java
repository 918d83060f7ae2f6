package org.cogov.procurement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.cogov.TestUsers;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Registry;
import org.cogov.shared.Actor;
import org.cogov.shared.time.WorkingDays;
import org.springframework.context.ApplicationContext;

/**
 * Procedures at the points where they end: a single-source procedure of the demo purchaser published
 * with its publicity from today, an objection to it, and a procedure failed on an upheld objection —
 * made through the services by the users whose work they are.
 */
public final class EndingFixtures {

    /** Above the public-tender threshold: a single source "only one supplier" is published for objections. */
    public static final long AMOUNT = 2_500_000;

    private EndingFixtures() {
    }

    /** Published today, its publicity from today for 5 working days; the supplier named is neither demo provider. */
    public static ProcedureId singleSourceInPublicity(ApplicationContext context, TestUsers users) {
        ProcedureDrafts drafts = context.getBean(ProcedureDrafts.class);
        WorkingDays days = context.getBean(WorkingDays.class);
        Actor purchaser = users.user("purchaser");
        ProcedureId id = ReadyDraft.of(context, users, Method.SINGLE_SOURCE, Method.Justification.ONLY_ONE_SUPPLIER, AMOUNT);
        drafts.describe(purchaser, id, ReadyDraft.version(drafts, purchaser, id), new ProcedureDrafts.Description(
                "行业运行监测服务采购", null, Method.SINGLE_SOURCE, Method.Justification.ONLY_ONE_SUPPLIER,
                "监测样本库由该协会独家建立和维护", namedSupplier(context, users)));
        LocalDate today = context.getBean(Clock.class).instant().atZone(days.zone()).toLocalDate();
        drafts.schedule(purchaser, id, ReadyDraft.version(drafts, purchaser, id), new Timetable(today, null, null, null, null,
                null, null, today, days.plusWorkingDays(today, 5)));
        drafts.requestApproval(purchaser, id, ReadyDraft.version(drafts, purchaser, id), "唯一供应商，拟采用单一来源方式");
        drafts.decideApproval(users.user("finance"), id, ReadyDraft.version(drafts, purchaser, id), true, "符合单一来源适用情形");
        context.getBean(Publication.class).publish(purchaser, id, ReadyDraft.version(drafts, purchaser, id));
        return id;
    }

    /** An objection of the user's organization, lodged now. */
    public static ObjectionId objection(ApplicationContext context, TestUsers users, String username, ProcedureId id) {
        return context.getBean(SingleSourceObjections.class).lodge(users.user(username), id,
                "本会会员单位中至少有三家具备同等监测能力，并非只有一家供应商。", null);
    }

    /** A single-source procedure that failed: the finance bureau upheld an objection to its publicity. */
    public static ProcedureId failedOnAnUpheldObjection(ApplicationContext context, TestUsers users) {
        ProcedureId id = singleSourceInPublicity(context, users);
        ObjectionId objection = objection(context, users, "provider", id);
        context.getBean(SingleSourceObjections.class).decide(users.user("finance"), id, objection, 0, true,
                "经核实，另有供应商具备提供该服务的能力");
        return id;
    }

    /** A verified supplier other than the two demo providers, so that either may object. */
    static OrganizationId namedSupplier(ApplicationContext context, TestUsers users) {
        Set<UUID> providers = Set.of(users.user("provider").organizationId(), users.user("provider2").organizationId());
        return context.getBean(Registry.class).verified().stream().filter(o -> o.kind().maySupply())
                .filter(o -> !providers.contains(o.id().value())).findFirst().orElseThrow().id();
    }
}
