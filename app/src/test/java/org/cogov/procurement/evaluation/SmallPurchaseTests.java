package org.cogov.procurement.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.cogov.procurement.Deadlines;
import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.procurement.Method;
import org.cogov.procurement.Procedure;
import org.cogov.procurement.ProcedureDrafts;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.ReadyDraft;
import org.cogov.procurement.bidding.Bidders;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Verdict;
import org.cogov.shared.Actor;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.time.SettableClock;
import org.cogov.shared.time.WorkingDays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The small-purchase path: after the deadline the purchaser records the written quotations, compares them and
 * chooses a supplier with its reason; the procedure then waits for the award.
 */
@DatabaseTest
class SmallPurchaseTests {

    private static final Map<String, ProcedureId> MADE = new HashMap<>();

    @Autowired
    SmallPurchases smallPurchases;
    @Autowired
    ProcedureDrafts drafts;
    @Autowired
    TestUsers users;
    @Autowired
    ApplicationContext context;
    @Autowired
    SettableClock clock;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;
    @Autowired
    org.cogov.registry.Registry registry;

    @Test
    void theSupplierChosenAmongThreeQuotationsGoesFirstToTheAward() {
        ProcedureId id = closed("three quotations");
        UUID first = organization("provider");
        UUID second = organization("provider2");
        UUID third = users.user(Bidders.ofVerdict(context, purchaserOrganization(), Verdict.ELIGIBLE, first, second)).organizationId();
        smallPurchases.quote(purchaser(), id, 1, first, new BigDecimal("380000.00"), today(), "书面报价");
        smallPurchases.quote(purchaser(), id, 1, second, new BigDecimal("352000.00"), today(), null);
        smallPurchases.quote(purchaser(), id, 1, third, new BigDecimal("365000.50"), today(), null);

        SmallPurchases.Comparison compared = smallPurchases.comparison(purchaser(), id, 1);
        assertThat(compared.quotations()).extracting(q -> q.price().toPlainString())
                .as("cheapest first").containsExactly("352000.00", "365000.50", "380000.00");

        SmallPurchases.Comparison chosen = smallPurchases.choose(purchaser(), id, 1, third, "服务方案更贴近需求，价格差距在 4% 以内", null);

        assertThat(chosen.choice()).isNotNull();
        assertThat(chosen.choice().supplier()).isEqualTo(third);
        assertThat(procedure(id).state()).isEqualTo(Procedure.State.AWARD_PENDING);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'procurement.evaluation.completed' AND object_id = :id")
                .param("id", id.value().toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void fewerQuotationsThanTheRuleAsksNeedTheirOwnReason() {
        ProcedureId id = closed("two quotations");
        smallPurchases.quote(purchaser(), id, 1, organization("provider"), new BigDecimal("300000"), today(), null);
        smallPurchases.quote(purchaser(), id, 1, organization("provider2"), new BigDecimal("310000"), today(), null);

        assertThatThrownBy(() -> smallPurchases.choose(purchaser(), id, 1, organization("provider"), "价格最低", null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("procurement.small-purchase.reason"));
        smallPurchases.choose(purchaser(), id, 1, organization("provider"), "价格最低", "本市仅两家机构具备该项服务能力");

        assertThat(smallPurchases.comparison(users.user("auditor"), id, 1).choice().fewerReason()).contains("两家");
    }

    @Test
    void quotationsWaitForTheDeadlineAndOnlyAQuotedSupplierIsChosen() {
        ProcedureId tendering = ReadyDraft.published(context, users, Method.SMALL_PURCHASE, null, 400_000);
        assertThatThrownBy(() -> smallPurchases.quote(purchaser(), tendering, 1, organization("provider"), new BigDecimal("1000"),
                today(), null)).isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("procurement.small-purchase.not-closed"));

        ProcedureId id = closed("unquoted");
        smallPurchases.quote(purchaser(), id, 1, organization("provider"), new BigDecimal("300000"), today(), null);
        assertThatThrownBy(() -> smallPurchases.choose(purchaser(), id, 1, organization("provider2"), "理由", "理由"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("procurement.small-purchase.not-quoted"));
        assertThatThrownBy(() -> smallPurchases.comparison(users.user("provider"), id, 1)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void thePurchaserRecordsAQuotationByCreditCodeAndComparesThemOnItsPage() throws Exception {
        ProcedureId id = closed("page");
        String creditCode = registry.organization(new OrganizationId(organization("provider2"))).orElseThrow().creditCode();

        mvc.perform(post("/small-purchases/{id}/lots/1/quotations", id.value()).with(users.as("purchaser")).with(csrf())
                .param("creditCode", creditCode).param("price", "321,000.00").param("receivedOn", today().toString()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/small-purchases/{id}/lots/1", id.value()).with(users.as("purchaser"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("321,000.00")));
        mvc.perform(get("/small-purchases/{id}/lots/1", id.value()).with(users.as("provider"))).andExpect(status().isNotFound());
    }

    /** Small purchases made at one moment, past their deadline and closed by the platform. */
    private synchronized ProcedureId closed(String scenario) {
        if (MADE.isEmpty()) {
            for (String name : new String[] {"three quotations", "two quotations", "unquoted", "page"}) {
                MADE.put(name, ReadyDraft.published(context, users, Method.SMALL_PURCHASE, null, 400_000));
            }
            Deadlines.passNow(context, MADE.values());
        }
        ProcedureId id = MADE.get(scenario);
        await().atMost(Duration.ofSeconds(30)).until(() -> procedure(id).state() == Procedure.State.CLOSED);
        return id;
    }

    private LocalDate today() {
        return clock.instant().atZone(workingDays.zone()).toLocalDate();
    }

    private Procedure procedure(ProcedureId id) {
        return drafts.draft(purchaser(), id).procedure();
    }

    private Actor purchaser() {
        return users.user("purchaser");
    }

    private OrganizationId purchaserOrganization() {
        return new OrganizationId(purchaser().organizationId());
    }

    private UUID organization(String user) {
        return users.user(user).organizationId();
    }
}
