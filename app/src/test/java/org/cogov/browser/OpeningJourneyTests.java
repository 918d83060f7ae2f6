package org.cogov.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.cogov.identity.UserProvisioning;
import org.cogov.procurement.Method;
import org.cogov.procurement.ProcedureDrafts;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.Publication;
import org.cogov.procurement.ReadyDraft;
import org.cogov.procurement.TenderDocument;
import org.cogov.procurement.bidding.Bidding;
import org.cogov.registry.Organization;
import org.cogov.registry.Registry;
import org.cogov.registry.Suppliers;
import org.cogov.registry.Verdict;
import org.cogov.shared.document.Documents;
import org.cogov.shared.time.SettableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class OpeningJourneyTests extends BrowserJourney {

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
    Documents documents;
    @Autowired
    Registry registry;
    @Autowired
    Suppliers suppliers;
    @Autowired
    SettableClock clock;

    @Test
    void threeCustodiansOpenALot() {
        // Step 0: a public tender with three bids sealed in it, and its deadline come.
        ProcedureId id = ReadyDraft.of(context, users::actingAs, Method.PUBLIC_TENDER, null, 2_700_000);
        publication.publish(users.actingAs("purchaser"), id, drafts.draft(users.actingAs("purchaser"), id).procedure().version());
        String third = thirdBidder();
        bid("provider", id, "2480000.00");
        bid("provider2", id, "2390000.00");
        bid(third, id, "2455000.00");
        clock.set(drafts.draft(users.actingAs("purchaser"), id).procedure().timetable().deadline());

        // Step 1: two custodians present their shares, each in a session of their own: the bids stay sealed.
        for (String custodian : List.of("auditor", "registrar")) {
            openLoginPage().logInAs(custodian, DEMO_PASSWORD);
            OpeningPage page = OpeningPage.open(chromium.driver(), baseUrl(), id.value().toString());
            page = page.present(custodian + "-opening-key");
            assertThat(page.opened()).isFalse();
            page.logOut();
        }

        // Step 2: the third opens the lot; the record shows every price as it was sealed.
        openLoginPage().logInAs("purchaser", DEMO_PASSWORD);
        OpeningPage page = OpeningPage.open(chromium.driver(), baseUrl(), id.value().toString());
        assertThat(page.shares()).contains("2");
        page = page.present("purchaser-opening-key");
        assertThat(page.opened()).isTrue();
        assertThat(page.prices(1)).containsExactlyInAnyOrder("2,480,000.00", "2,390,000.00", "2,455,000.00");
        screenshot();
        page.logOut();
    }

    private void bid(String provider, ProcedureId id, String price) {
        for (TenderDocument document : drafts.draft(users.actingAs("purchaser"), id).documents()) {
            try (var content = documents.open(users.actingAs(provider), document.document()).stream()) {
                content.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        bidding.submit(users.actingAs(provider), id, 1, new Bidding.Proposal(new BigDecimal(price), "投标方案", List.of()), true, null);
    }

    /** A third association the registry lets bid, with a user of its own for the journey. */
    private String thirdBidder() {
        UUID first = users.actingAs("provider").organizationId();
        UUID second = users.actingAs("provider2").organizationId();
        var purchaser = new org.cogov.registry.OrganizationId(users.actingAs("purchaser").organizationId());
        var today = clock.instant().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate();
        Organization supplier = registry.organizations().stream().filter(o -> o.kind().maySupply())
                .filter(o -> !o.id().value().equals(first) && !o.id().value().equals(second))
                .filter(o -> suppliers.eligibility(o.id(), purchaser, today).verdict() == Verdict.ELIGIBLE).findFirst().orElseThrow();
        String username = "journey-bidder";
        if (!users.exists(username)) {
            users.provision(supplier.id().value(), username, supplier.nameZh(), DEMO_PASSWORD, java.util.Set.of(
                    org.cogov.identity.Role.PROVIDER), "zh-CN", null);
        }
        return username;
    }
}
