package org.cogov.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cogov.registry.CreditCode;
import org.cogov.registry.OrganizationId;
import org.cogov.shared.FileRejected;
import org.cogov.shared.LineProblem;
import org.cogov.shared.Money;
import org.cogov.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class BudgetFileTests {

    private static final String COMMERCE = code("11330100MB0000003");
    private static final String EDUCATION = code("11330100MB0000103");
    private static final String ASSOCIATION = code("51330100MJ0000006");
    private static final OrganizationId COMMERCE_ID = new OrganizationId(UUID.randomUUID());
    private static final OrganizationId EDUCATION_ID = new OrganizationId(UUID.randomUUID());
    private static final OrganizationId ASSOCIATION_ID = new OrganizationId(UUID.randomUUID());

    /** The registry knows three organizations; the budget already has the commerce bureau's line SW-01 of 2027. */
    private static final BudgetFile.Rules RULES = new BudgetFile.Rules() {
        @Override
        public Optional<OrganizationId> departmentOf(String creditCode) {
            return Optional.ofNullable(Map.of(COMMERCE, COMMERCE_ID, EDUCATION, EDUCATION_ID, ASSOCIATION, ASSOCIATION_ID)
                    .get(creditCode));
        }

        @Override
        public void check(OrganizationId department, Budgets.NewLine line) {
            if (department.equals(ASSOCIATION_ID)) {
                throw RuleViolation.refused("planning.budget.not-a-purchaser", "department", "澜江市物流行业协会");
            }
            if (line.amount().amount().signum() <= 0) {
                throw RuleViolation.refused("planning.budget.amount-not-positive", "amount");
            }
            if (department.equals(COMMERCE_ID) && line.fiscalYear() == 2027 && line.code().equals("SW-01")) {
                throw RuleViolation.refused("planning.budget.code-taken", "code", line.code(), Integer.toString(line.fiscalYear()));
            }
        }
    };

    @Test
    void aCorrectFileGivesEveryLineForItsDepartment() {
        List<BudgetFile.Entry> entries = BudgetFile.read("\uFEFF" + """
                department_credit_code,fiscal_year,code,name,amount
                # the education bureau's after-school services and the commerce bureau's survey
                %s,2027,JY-01,中小学课后服务购买项目,1800000
                %s,2027,SW-02,"商贸流通行业统计调查经费（含抽样, 汇总）",800000.50
                """.formatted(EDUCATION, COMMERCE.toLowerCase()), RULES);

        assertThat(entries).extracting(BudgetFile.Entry::number, BudgetFile.Entry::department).containsExactly(
                tuple(3, EDUCATION_ID), tuple(4, COMMERCE_ID));
        assertThat(entries.get(1).line()).isEqualTo(new Budgets.NewLine(2027, "SW-02", "商贸流通行业统计调查经费（含抽样, 汇总）",
                Money.yuan("800000.50")));
    }

    @Test
    void everyWrongLineIsNamedWithItsColumnAndReason() {
        FileRejected rejected = catchThrowableOfType(FileRejected.class, () -> BudgetFile.read("""
                %s,2027,JY-01,课后服务,1800000
                11330100MB000010X,2027,JY-02,坏代码,100
                %s,27,JY-03,两位年份,100
                %s,2027,,没有编码,100
                %s,2027,JY-05,千位分隔,"1,000"
                %s,2027,JY-06,三位小数,10.005
                %s,2027,JY-07,少一列
                %s,2027,JY-08,负数,-5
                """.formatted(EDUCATION, EDUCATION, EDUCATION, EDUCATION, EDUCATION, EDUCATION, EDUCATION), RULES));

        assertThat(rejected.kind()).isEqualTo("budget-file");
        assertThat(rejected.problems()).extracting(LineProblem::line, LineProblem::column, LineProblem::messageKey)
                .containsExactly(
                        tuple(2, "department_credit_code", "registration.credit-code-invalid"),
                        tuple(3, "fiscal_year", "planning.budget-file.year"),
                        tuple(4, "code", "planning.budget-file.code"),
                        tuple(5, "amount", "planning.budget-file.amount"),
                        tuple(6, "amount", "planning.budget-file.amount"),
                        tuple(7, "line", "planning.budget-file.columns"),
                        tuple(8, "amount", "planning.budget.amount-not-positive"));
    }

    @Test
    void aLineTwiceInTheFileIsNamedWithTheLineItRepeats() {
        FileRejected rejected = catchThrowableOfType(FileRejected.class, () -> BudgetFile.read("""
                %s,2027,JY-01,课后服务,1800000
                %s,2028,JY-01,明年的课后服务,1900000
                %s,2027,JY-01,再次出现,100
                """.formatted(EDUCATION, EDUCATION, EDUCATION), RULES));

        assertThat(rejected.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.column()).isEqualTo("code");
            assertThat(problem.messageKey()).isEqualTo("planning.budget-file.duplicate");
            assertThat(problem.arguments()).containsExactly("JY-01", "2027", 1);
        });
    }

    @Test
    void theBudgetsRulesRefuseALineInTheColumnTheyName() {
        FileRejected rejected = catchThrowableOfType(FileRejected.class, () -> BudgetFile.read("""
                %s,2027,SW-01,已有的项目,100
                %s,2027,XH-01,协会不能持有预算,100
                %s,2027,XX-01,不在登记库,100
                """.formatted(COMMERCE, ASSOCIATION, code("11330100MB0009999")), RULES));

        assertThat(rejected.problems()).extracting(LineProblem::line, LineProblem::column, LineProblem::messageKey)
                .containsExactly(
                        tuple(1, "code", "planning.budget.code-taken"),
                        tuple(2, "department_credit_code", "planning.budget.not-a-purchaser"),
                        tuple(3, "department_credit_code", "planning.budget-file.department-unknown"));
    }

    @Test
    void aFileWithoutALineIsRefused() {
        FileRejected rejected = catchThrowableOfType(FileRejected.class,
                () -> BudgetFile.read("department_credit_code,fiscal_year,code,name,amount\n# nothing yet\n", RULES));

        assertThat(rejected.problems()).extracting(LineProblem::messageKey).containsExactly("planning.budget-file.empty");
    }

    private static String code(String first17) {
        return first17 + CreditCode.checkCharacter(first17);
    }
}
