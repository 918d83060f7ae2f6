package org.cogov;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.cogov.catalogue.Catalogue;
import org.cogov.identity.SignedInUser;
import org.cogov.planning.BudgetLine;
import org.cogov.planning.Budgets;
import org.cogov.planning.Consultations;
import org.cogov.planning.Intention;
import org.cogov.planning.Intentions;
import org.cogov.planning.PurchaseRequest;
import org.cogov.planning.PurchaseRequests;
import org.cogov.registry.OrganizationId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo city plans its purchases: what the README promises is there to try. */
@DatabaseTest
class DemoPlanningTests {

    @Autowired
    TestUsers users;
    @Autowired
    Budgets budgets;
    @Autowired
    PurchaseRequests requests;
    @Autowired
    Intentions intentions;
    @Autowired
    Consultations consultations;
    @Autowired
    Catalogue catalogue;

    @Test
    void theCommerceBureauHasLinesForThisYearAndTheNextMostlyApprovedAndPartlyCommitted() {
        int year = catalogue.today().getYear();
        List<BudgetLine> lines = budgets.lines(users.user("purchaser"), null).stream()
                .filter(line -> line.code().startsWith("SW")).toList();

        assertThat(lines).extracting(BudgetLine::fiscalYear).contains(year, year + 1);
        assertThat(lines).filteredOn(line -> line.status() == BudgetLine.Status.APPROVED).hasSizeGreaterThan(lines.size() / 2);
        assertThat(lines).anyMatch(line -> line.status() == BudgetLine.Status.PROPOSED);
        assertThat(lines).anyMatch(line -> line.status() == BudgetLine.Status.REJECTED && line.decisionReason() != null);
        assertThat(lines).anyMatch(line -> line.committed().amount().signum() > 0 && line.uncommitted().amount().signum() > 0);
        assertThat(budgets.lines(users.user("finance"), year).stream().map(BudgetLine::department).distinct().count())
                .isGreaterThanOrEqualTo(6);
    }

    @Test
    void itsRequestsIntentionsAndConsultationAreThere() {
        SignedInUser purchaser = users.user("purchaser");
        OrganizationId commerce = new OrganizationId(purchaser.organizationId());

        List<PurchaseRequest> demoRequests = requests.requests(purchaser).stream()
                .filter(r -> r.description() != null && !r.title().startsWith("矩阵")).toList();
        assertThat(demoRequests).extracting(PurchaseRequest::catalogueCode).contains("030101", "030102", "030701", "030201",
                "030501");
        assertThat(demoRequests).anyMatch(r -> r.status() == PurchaseRequest.Status.CANCELLED);
        assertThat(intentions.published(commerce, null)).extracting(Intention::status)
                .contains(Intention.Status.PUBLISHED, Intention.Status.WITHDRAWN);
        assertThat(intentions.earliestPublished(commerce, "030101")).isPresent();
        assertThat(consultations.published(commerce, null)).anySatisfy(summary -> {
            assertThat(summary.consultation().title()).isEqualTo("澜江市商贸流通行业统计调查服务需求征询");
            assertThat(summary.comments()).isEqualTo(2);
            assertThat(consultations.publicView(summary.consultation().id()).comments())
                    .filteredOn(comment -> comment.answer() != null).hasSize(1);
        });
    }
}
