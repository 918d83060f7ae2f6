package org.cogov.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.cogov.identity.UserProvisioning;
import org.cogov.procurement.Method;
import org.cogov.procurement.ProcedureDrafts;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.Publication;
import org.cogov.procurement.ReadyDraft;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Registry;
import org.cogov.shared.time.SettableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class EnquiryJourneyTests extends BrowserJourney {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    ApplicationContext context;
    @Autowired
    UserProvisioning users;
    @Autowired
    ProcedureDrafts drafts;
    @Autowired
    Publication publication;
    @Autowired
    SettableClock clock;
    @Autowired
    Registry registry;

    @Test
    void aProviderAsksThePurchaserAnswersAndTheDeadlineMoves() {
        // Step 0: the department's tender is published, and eight days are left before its deadline.
        ProcedureId id = ReadyDraft.of(context, users::actingAs, Method.PUBLIC_TENDER, null, 2_400_000);
        publication.publish(users.actingAs("purchaser"), id, drafts.draft(users.actingAs("purchaser"), id).procedure().version());
        String reference = drafts.draft(users.actingAs("purchaser"), id).procedure().reference();
        Instant deadline = drafts.draft(users.actingAs("purchaser"), id).procedure().timetable().deadline();
        LocalDate clarifiedOn = deadline.atZone(SHANGHAI).toLocalDate().minusDays(8);
        clock.set(clarifiedOn.atTime(10, 0).atZone(SHANGHAI).toInstant());

        // Step 1: an association finds the tender among the open procedures, obtains the documents and asks.
        TenderPage tender = openLoginPage().logInAs("provider", DEMO_PASSWORD).openTenders().open(reference).obtainDocuments()
                .ask("采购需求中的“月度监测报告”是否需要包含区县数据？");
        assertThat(tender.saved()).isNotBlank();
        assertThat(tender.answersToOwnQuestions()).isEmpty();
        tender.logOut();

        // Step 2: the purchaser reads the question — not who asked — and answers it, as affecting the bids.
        ProcedurePage procedure = openLoginPage().logInAs("purchaser", DEMO_PASSWORD).openProcedures().open(reference);
        assertThat(procedure.questions()).containsExactly("采购需求中的“月度监测报告”是否需要包含区县数据？");
        assertThat(procedure.pageText()).doesNotContain(registry.organization(new OrganizationId(users.actingAs("provider")
                .organizationId())).orElseThrow().nameZh());
        procedure = procedure.answerFirstQuestion("需要，应分区县列示主要指标。");

        // Step 3: eight days were too few for a tender (fifteen at least): the deadline moved, keeping its time of day.
        String moved = procedure.currentDeadline();
        LocalDate movedTo = LocalDate.parse(moved.substring(0, 10));
        assertThat(movedTo).isAfterOrEqualTo(clarifiedOn.plusDays(15));
        assertThat(moved.substring(11)).isEqualTo(DateTimeFormatter.ofPattern("HH:mm").format(deadline.atZone(SHANGHAI)));
        screenshot();
        procedure.logOut();

        // Step 4: the association finds its answer, published for everyone, and the new deadline.
        tender = openLoginPage().logInAs("provider", DEMO_PASSWORD).openTenders().open(reference);
        assertThat(tender.answersToOwnQuestions()).containsExactly("需要，应分区县列示主要指标。");
        assertThat(tender.publishedAnswers()).singleElement().asString().contains("需要，应分区县列示主要指标。");
        assertThat(tender.deadline()).isEqualTo(moved);
        tender.logOut();
    }
}
