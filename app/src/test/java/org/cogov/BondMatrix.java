package org.cogov;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cogov.identity.Role;
import org.cogov.procurement.Lot;
import org.cogov.procurement.Method;
import org.cogov.procurement.ProcedureDrafts;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.ReadyDraft;
import org.cogov.shared.Actor;
import org.cogov.shared.Money;
import org.cogov.shared.time.SettableClock;
import org.cogov.shared.time.WorkingDays;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * A tendering public tender of the demo purchaser whose lot requires a bid bond, made once for the access matrix: its
 * purchaser records bonds and reads the ledger, the finance bureau and auditors read it, an agency that does not run it
 * is told it does not exist; a provider reads its own bonds.
 */
final class BondMatrix {

    /** Those who read a procedure's ledger: its purchaser, the finance bureau, auditors. */
    static final Set<Role> LEDGER_READERS = EnumSet.of(Role.PURCHASER, Role.FINANCE, Role.AUDITOR);
    /** Those who read the bonds overdue, each as far as it may: its own procedures' or, for the last two, all. */
    static final Set<Role> OVERDUE_READERS = EnumSet.of(Role.PURCHASER, Role.AGENT, Role.FINANCE, Role.AUDITOR);

    private static ProcedureId made;

    private BondMatrix() {
    }

    static synchronized ProcedureId tendering(AccessMatrixTests t) {
        if (made == null) {
            Actor purchaser = t.users.user("purchaser");
            ProcedureDrafts drafts = t.context.getBean(ProcedureDrafts.class);
            ProcedureId id = ReadyDraft.of(t.context, t.users, Method.PUBLIC_TENDER, null, 2_500_000);
            Lot lot = drafts.draft(purchaser, id).lots().get(0);
            drafts.divide(purchaser, id, ReadyDraft.version(drafts, purchaser, id), List.of(new Lot(1, lot.title(),
                    lot.description(), lot.budget(), lot.criteria(), Money.yuan(50_000))));
            made = ReadyDraft.publish(t.context, t.users, id);
        }
        return made;
    }

    static AbstractMockHttpServletRequestBuilder<?> apiLedger(AccessMatrixTests t, String actor, UUID target) {
        return get("/api/v1/procedures/" + tendering(t).value() + "/bonds");
    }

    static AbstractMockHttpServletRequestBuilder<?> pageLedger(AccessMatrixTests t, String actor, UUID target) {
        return get("/procedures/" + tendering(t).value() + "/bonds");
    }

    static AbstractMockHttpServletRequestBuilder<?> apiMine(AccessMatrixTests t, String actor, UUID target) {
        return get("/api/v1/procedures/" + tendering(t).value() + "/bonds/mine");
    }

    /** The purchaser records the demo provider's bond, received today; only one role may, so it is recorded once. */
    static AbstractMockHttpServletRequestBuilder<?> apiRecord(AccessMatrixTests t, String actor, UUID target) {
        WorkingDays days = t.context.getBean(WorkingDays.class);
        LocalDate today = t.context.getBean(SettableClock.class).instant().atZone(days.zone()).toLocalDate();
        return post("/api/v1/procedures/" + tendering(t).value() + "/lots/1/bonds").with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"bidder\":\"" + t.users.user("provider").organizationId()
                        + "\",\"amount\":50000.00,\"receivedOn\":\"" + today + "\",\"form\":\"GUARANTEE_LETTER\",\"reference\":\"保函-矩阵\"}");
    }
}
