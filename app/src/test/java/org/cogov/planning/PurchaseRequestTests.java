package org.cogov.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.catalogue.SubjectKind;
import org.cogov.identity.SignedInUser;
import org.cogov.shared.Money;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.RuleViolations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A department asks to buy a service: refused with every reason, or accepted with its money held on the line. */
@DatabaseTest
class PurchaseRequestTests {

    @Autowired
    PurchaseRequests requests;
    @Autowired
    Budgets budgets;
    @Autowired
    TestUsers users;
    @Autowired
    PlatformTransactionManager transactions;

    private PlanningFixtures fixtures;
    private SignedInUser purchaser;

    @BeforeEach
    void theCommerceBureausPurchaser() {
        fixtures = new PlanningFixtures(budgets, users);
        purchaser = users.user("purchaser");
    }

    @Test
    void labourDispatchForTheBureausOwnStaffIsRefusedAsNegativeListItemFive() {
        BudgetLineId line = fixtures.approvedLine(500_000);

        RuleViolations refused = catchThrowableOfType(RuleViolations.class, () -> requests.submit(purchaser,
                request(line, "商务局窗口岗位劳务派遣服务", "为本局政务服务窗口派遣工作人员 6 名", 300_000, true)));

        assertThat(refused.violations()).singleElement().satisfies(reason -> {
            assertThat(reason.messageKey()).isEqualTo("catalogue.reason.negative");
            assertThat(reason.field()).isEqualTo("forOwnStaff");
            assertThat(reason.arguments()[0]).isEqualTo("5");
        });
        assertThat(committed(line)).isEqualTo(Money.ZERO);
    }

    @Test
    void aRequestAboveTheLinesUncommittedMoneyIsRefusedAndCommitsNothing() {
        BudgetLineId line = fixtures.approvedLine(200_000);
        requests.submit(purchaser, request(line, "行业统计调查（上半年）", null, 120_000, false));

        RuleViolations refused = catchThrowableOfType(RuleViolations.class,
                () -> requests.submit(purchaser, request(line, "行业统计调查（下半年）", null, 80_000.01, false)));

        assertThat(refused.violations()).extracting(RuleViolation::messageKey, RuleViolation::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("planning.request.budget-short", "estimatedAmount"));
        assertThat(refused.violations().get(0).arguments()).containsExactly(code(line), "80000.00", "80000.01");
        assertThat(committed(line)).isEqualTo(Money.yuan(120_000));
        assertThat(requests.requests(purchaser)).noneMatch(r -> r.title().equals("行业统计调查（下半年）"));
    }

    @Test
    void anAcceptedRequestCommitsItsEstimateAndACancelledOneGivesItBack() {
        BudgetLineId line = fixtures.approvedLine(600_000);

        PurchaseRequestId id = requests.submit(purchaser, request(line, "外贸企业从业人员培训服务", null, 260_000, false)).id();

        assertThat(committed(line)).isEqualTo(Money.yuan(260_000));
        assertThat(budgets.line(purchaser, line).uncommitted()).isEqualTo(Money.yuan(340_000));
        assertThat(requests.request(purchaser, id).status()).isEqualTo(PurchaseRequest.Status.ACCEPTED);

        requests.cancel(purchaser, id, 0, "与市场监督管理局联合采购");

        assertThat(committed(line)).isEqualTo(Money.ZERO);
        assertThat(requests.request(purchaser, id).status()).isEqualTo(PurchaseRequest.Status.CANCELLED);
        assertThat(requests.request(purchaser, id).cancelReason()).isEqualTo("与市场监督管理局联合采购");
    }

    @Test
    void aProposedLineFundsNothingUntilTheFinanceBureauApprovesIt() {
        BudgetLineId line = budgets.propose(purchaser, new Budgets.NewLine(PlanningFixtures.YEAR, PlanningFixtures.freshCode(),
                "尚待批准的项目", Money.yuan(400_000)));

        RuleViolations refused = catchThrowableOfType(RuleViolations.class,
                () -> requests.submit(purchaser, request(line, "标准宣贯服务", null, 100_000, false)));

        assertThat(refused.violations()).extracting(RuleViolation::messageKey)
                .containsExactly("planning.request.budget-line-not-approved");
        assertThat(committed(line)).isEqualTo(Money.ZERO);

        budgets.approve(users.user("finance"), line, 0);
        requests.submit(purchaser, request(line, "标准宣贯服务", null, 100_000, false));

        assertThat(committed(line)).isEqualTo(Money.yuan(100_000));
    }

    @Test
    void everyReasonIsGivenAtOnce() {
        BudgetLineId line = fixtures.approvedLine(100_000);

        RuleViolations refused = catchThrowableOfType(RuleViolations.class, () -> requests.submit(purchaser,
                new PurchaseRequests.NewRequest(line, "0301", " ", null, Money.yuan(150_000),
                        new ContractTerm(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 6, 30)), null, "",
                        SubjectKind.GOODS, false, false, false, false)));

        assertThat(refused.violations()).extracting(RuleViolation::field).containsExactlyInAnyOrder("catalogueCode",
                "subjectKind", "stableServiceReason", "title", "beneficiaries", "estimatedAmount");
    }

    @Test
    void twoRequestsRacingForTheLastMoneyOnlyOneWins() throws Exception {
        BudgetLineId line = fixtures.approvedLine(300_000);
        CountDownLatch firstHoldsTheLine = new CountDownLatch(1);
        List<Object> outcomes = Collections.synchronizedList(new ArrayList<>());
        ExecutorService threads = Executors.newFixedThreadPool(2);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        try {
            // The first commits the money and, before its transaction ends, lets the second try for the same money.
            Future<?> first = threads.submit(() -> transaction.executeWithoutResult(status -> {
                outcomes.add(requests.submit(purchaser, request(line, "竞争预算的第一个申请", null, 200_000, false)));
                firstHoldsTheLine.countDown();
                pause();
            }));
            Future<?> second = threads.submit(() -> {
                await(firstHoldsTheLine);
                try {
                    outcomes.add(requests.submit(purchaser, request(line, "竞争预算的第二个申请", null, 200_000, false)));
                } catch (RuleViolations refused) {
                    outcomes.add(refused);
                }
            });
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }

        assertThat(outcomes).hasSize(2);
        assertThat(outcomes).filteredOn(PurchaseRequests.Accepted.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(RuleViolations.class::isInstance).singleElement()
                .satisfies(refused -> assertThat(((RuleViolations) refused).violations()).extracting(RuleViolation::messageKey)
                        .containsExactly("planning.request.budget-short"));
        assertThat(committed(line)).isEqualTo(Money.yuan(200_000));
    }

    private PurchaseRequests.NewRequest request(BudgetLineId line, String title, String description, double yuan,
            boolean forOwnStaff) {
        return new PurchaseRequests.NewRequest(line, forOwnStaff ? "030701" : "030101", title, description,
                new Money(java.math.BigDecimal.valueOf(yuan)),
                new ContractTerm(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)), null, "澜江市商贸流通企业",
                SubjectKind.SERVICE, false, false, false, forOwnStaff);
    }

    private Money committed(BudgetLineId line) {
        return budgets.line(users.user("finance"), line).committed();
    }

    private String code(BudgetLineId line) {
        return budgets.line(users.user("finance"), line).code();
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
