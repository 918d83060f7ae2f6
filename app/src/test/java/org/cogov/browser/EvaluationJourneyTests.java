package org.cogov.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cogov.identity.Role;
import org.cogov.identity.UserProvisioning;
import org.cogov.procurement.Method;
import org.cogov.procurement.ProcedureDrafts;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.Publication;
import org.cogov.procurement.ReadyDraft;
import org.cogov.procurement.TenderDocument;
import org.cogov.procurement.bidding.Bidding;
import org.cogov.procurement.bidding.Opening;
import org.cogov.procurement.experts.PanelFixtures;
import org.cogov.procurement.experts.PanelMember;
import org.cogov.procurement.experts.Panels;
import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Registry;
import org.cogov.registry.Suppliers;
import org.cogov.registry.Verdict;
import org.cogov.shared.document.Documents;
import org.cogov.shared.time.SettableClock;
import org.cogov.shared.time.WorkingDays;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class EvaluationJourneyTests extends BrowserJourney {

    /** The catalogue item bought: industry statistics, which enough experts of the demo pool cover (0301, 03, 030102). */
    private static final String STATISTICS = "030102";

    @Autowired
    ApplicationContext context;
    @Autowired
    UserProvisioning users;
    @Autowired
    ProcedureDrafts drafts;
    @Autowired
    Publication publication;
    @Autowired
    Bidding bidding;
    @Autowired
    Opening opening;
    @Autowired
    Panels panels;
    @Autowired
    Documents documents;
    @Autowired
    Registry registry;
    @Autowired
    Suppliers suppliers;
    @Autowired
    SettableClock clock;
    @Autowired
    WorkingDays workingDays;

    @Test
    void fiveExpertsScoreALot() {
        // Step 0: a public tender with three bids, opened by its three custodians at its deadline.
        ProcedureId id = ReadyDraft.of(context, users::actingAs, Method.PUBLIC_TENDER, null, 2_700_000, STATISTICS);
        publication.publish(users.actingAs("purchaser"), id, drafts.draft(users.actingAs("purchaser"), id).procedure().version());
        String third = thirdBidder();
        bid("provider", id, "2480000.00");
        bid("provider2", id, "2390000.00");
        bid(third, id, "2455000.00");
        var deadline = drafts.draft(users.actingAs("purchaser"), id).procedure().timetable().deadline();
        if (clock.instant().isBefore(deadline)) {
            clock.set(deadline);
        }
        for (String custodian : List.of("auditor", "registrar", "purchaser")) {
            opening.present(users.actingAs(custodian), id, (custodian + "-opening-key").toCharArray());
        }
        String procedure = id.value().toString();
        UUID logistics = organization("provider");
        UUID software = organization("provider2");
        UUID thirdOne = organization(third);

        // Step 1: the purchaser draws a panel of five experts for the lot, to meet today.
        openLoginPage().logInAs("purchaser", DEMO_PASSWORD);
        PanelsPage panelsPage = PanelsPage.open(chromium.driver(), baseUrl(), procedure);
        PanelPage panelPage = panelsPage.draw(1, today());
        String panel = PanelsPage.panelId(chromium.driver());
        assertThat(panelPage.holders()).hasSize(5);
        panelPage.logOut();
        List<String> experts = members(id);
        assertThat(experts).hasSize(5);

        // Step 2: each expert declares, on the panel's page, no conflict with the parties it lists.
        for (String expert : experts) {
            openLoginPage().logInAs(expert, DEMO_PASSWORD);
            PanelPage page = PanelPage.open(chromium.driver(), baseUrl(), panel).declareNoConflict();
            assertThat(page.seated()).as(expert + " is seated").isTrue();
            page.logOut();
        }

        // Step 3: from the opening's record, the purchaser passes the qualification of the three bids.
        openLoginPage().logInAs("purchaser", DEMO_PASSWORD);
        EvaluationPage evaluation = OpeningPage.open(chromium.driver(), baseUrl(), procedure).evaluation(1).passEveryQualification();
        assertThat(evaluation.stage()).isIn("符合性审查", "Compliance review");
        evaluation.logOut();

        // Step 4: from the panel's page, each expert finds the evaluation and votes the three bids compliant.
        for (String expert : experts) {
            openLoginPage().logInAs(expert, DEMO_PASSWORD);
            EvaluationPage page = PanelPage.open(chromium.driver(), baseUrl(), panel).evaluation(1);
            assertThat(page.voteForms()).isEqualTo(3);
            page = page.voteEveryBidCompliant();
            assertThat(page.voteForms()).isZero();
            if (!expert.equals(experts.get(experts.size() - 1))) {
                assertThat(page.myVotes()).as("the member's own votes, until the panel has decided").hasSize(3);
            }
            page.logOut();
        }

        // Step 5: each fills the score sheet — the three bids and the factor, nothing of the others' scores — and submits.
        Map<UUID, String> technical = Map.of(logistics, "90", software, "80", thirdOne, "85");
        for (String expert : experts) {
            openLoginPage().logInAs(expert, DEMO_PASSWORD);
            EvaluationPage page = EvaluationPage.open(chromium.driver(), baseUrl(), procedure, 1);
            assertThat(page.hasScoreSheet()).as(expert + "'s score sheet").isTrue();
            assertThat(page.sheetBidders()).hasSize(3);
            assertThat(page.scoreRows()).as("nobody's scores before one's own").isZero();
            technical.forEach((bidder, score) -> page.score(bidder, 0, score));
            EvaluationPage submitted = page.submitScores();
            assertThat(submitted.hasScoreSheet()).isFalse();
            if (!expert.equals(experts.get(experts.size() - 1))) {
                assertThat(submitted.scoreRows()).as("only one's own scores until every member has submitted").isEqualTo(3);
            }
            submitted.logOut();
        }

        // Step 6: the ranking is compiled; each expert signs it.
        for (String expert : experts) {
            openLoginPage().logInAs(expert, DEMO_PASSWORD);
            EvaluationPage page = EvaluationPage.open(chromium.driver(), baseUrl(), procedure, 1);
            assertThat(page.scoreRows()).isEqualTo(15);
            page.sign().logOut();
        }

        // Step 7: the purchaser sees the ranking by the Order 87 formula, and the report.
        openLoginPage().logInAs("purchaser", DEMO_PASSWORD);
        EvaluationPage ranked = EvaluationPage.open(chromium.driver(), baseUrl(), procedure, 1);
        assertThat(ranked.stage()).isIn("已完成", "Completed");
        assertThat(ranked.rankOf(logistics)).isEqualTo("1");
        assertThat(ranked.totalOf(logistics)).isEqualTo("91.27");
        assertThat(ranked.rankOf(thirdOne)).isEqualTo("2");
        assertThat(ranked.totalOf(thirdOne)).isEqualTo("87.47");
        assertThat(ranked.rankOf(software)).isEqualTo("3");
        assertThat(ranked.totalOf(software)).isEqualTo("84.00");
        assertThat(ranked.reportLink()).endsWith("/evaluation/report.pdf");
        assertThat(fetch(ranked.reportLink())).isEqualTo("200 application/pdf");
        screenshot();
        ranked.logOut();

        // Step 8: the logistics association finds, from its bid, its scores and its rank.
        openLoginPage().logInAs("provider", DEMO_PASSWORD);
        MyEvaluationPage mine = BidPage.open(chromium.driver(), baseUrl(), procedure).evaluation(1);
        assertThat(mine.ranking()).isEqualTo("1");
        assertThat(mine.total()).isEqualTo("91.27");
        assertThat(mine.outcome()).isIn("有效", "Valid");
        assertThat(mine.scores()).as("each member's score of the factor").hasSize(5).containsOnly("监测方案 90.00");
        mine.logOut();
    }

    /** The status and type of a GET in the signed-in session: headless Chromium would save a PDF rather than show it. */
    private String fetch(String path) {
        Object answer = ((JavascriptExecutor) chromium.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.arrayBuffer().then(() => "
                        + "done(r.status + ' ' + r.headers.get('Content-Type'))));",
                path);
        return String.valueOf(answer);
    }

    /** The usernames of the panel's members, in the order of their seats. */
    private List<String> members(ProcedureId id) {
        List<String> members = new ArrayList<>();
        for (PanelMember member : panels.of(id, 1).orElseThrow().members()) {
            if (member.holdsSeat()) {
                members.add(PanelFixtures.username(context, member.user()));
            }
        }
        return members;
    }

    private LocalDate today() {
        return clock.instant().atZone(workingDays.zone()).toLocalDate();
    }

    private UUID organization(String username) {
        return users.actingAs(username).organizationId();
    }

    private void bid(String provider, ProcedureId id, String price) {
        for (TenderDocument document : drafts.draft(users.actingAs("purchaser"), id).documents()) {
            try (var content = documents.open(users.actingAs(provider), document.document()).stream()) {
                content.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        bidding.submit(users.actingAs(provider), id, 1, new Bidding.Proposal(new BigDecimal(price), "投标方案", List.of()), true, null);
    }

    /** A third association the registry lets bid, with a user of its own for the journey (as the opening's journey has). */
    private String thirdBidder() {
        UUID first = organization("provider");
        UUID second = organization("provider2");
        var purchaser = new OrganizationId(organization("purchaser"));
        Organization supplier = registry.organizations().stream().filter(o -> o.kind().maySupply())
                .filter(o -> !o.id().value().equals(first) && !o.id().value().equals(second))
                .filter(o -> suppliers.eligibility(o.id(), purchaser, today()).verdict() == Verdict.ELIGIBLE).findFirst().orElseThrow();
        String username = "journey-bidder";
        if (!users.exists(username)) {
            users.provision(supplier.id().value(), username, supplier.nameZh(), DEMO_PASSWORD, Set.of(Role.PROVIDER), "zh-CN", null);
        }
        return username;
    }
}
