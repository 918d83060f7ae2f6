package org.cogov.contracting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.cogov.shared.Domain;

/**
 * The indicator set a draft contract starts from, by the catalogue category of what was bought: the most specific
 * category that has a template wins — industry statistics and monitoring (0301), standards (0302), research (0303,
 * 0501), evaluation (0502), training (0307) — else the template of the top-level category, else the general one. Every
 * template keeps the default first-level weights (outputs 50, effects 30, satisfaction 10, budget execution 10); the
 * purchaser adapts the second level to the service before signature.
 */
@Domain
public final class IndicatorTemplates {

    /** Scored by the survey: satisfied answers over valid ones, times the weight (RULES.md), which is its linear rule to 100 %. */
    private static final IndicatorGroup SATISFACTION = group(Dimension.SATISFACTION,
            indicator("服务对象满意率", "Beneficiaries satisfied", 10, "满意（≥ 4 分）占有效答卷 / satisfied share of valid answers",
                    new ScoringRule.Linear(new BigDecimal("100"))));
    /** The share of the contract's money spent as planned, in percent: each point short costs its share of the weight. */
    private static final IndicatorGroup BUDGET = group(Dimension.BUDGET_EXECUTION,
            indicator("预算执行率", "Budget execution rate", 10, "100 %", new ScoringRule.Linear(new BigDecimal("100"))));

    private static final IndicatorSet GENERAL = set(
            group(Dimension.OUTPUTS,
                    indicator("服务数量完成率", "Share of the agreed services delivered", 30, "100 %", new ScoringRule.Linear(new BigDecimal("100"))),
                    indicator("服务质量达标情况", "Quality of the services delivered", 20, "符合合同质量要求 / as the contract requires",
                            new ScoringRule.Judgement())),
            group(Dimension.EFFECTS,
                    indicator("服务目标实现程度", "Extent to which the service's aims were met", 30, "实现合同目标 / the contract's aims",
                            new ScoringRule.Judgement())));

    private static final IndicatorSet PUBLIC_SERVICE = set(
            group(Dimension.OUTPUTS,
                    indicator("服务人次完成率", "Share of the agreed attendances served", 30, "100 %", new ScoringRule.Linear(new BigDecimal("100"))),
                    indicator("服务规范执行率", "Services delivered to the service standard", 20, "≥ 95 %",
                            new ScoringRule.Threshold(new BigDecimal("95")))),
            group(Dimension.EFFECTS,
                    indicator("服务对象问题解决率", "Beneficiaries' problems resolved", 20, "≥ 85 %", new ScoringRule.Linear(new BigDecimal("85"))),
                    indicator("社会效益", "Social benefit", 10, "评估组评议 / the evaluators' judgement", new ScoringRule.Judgement())));

    private static final IndicatorSet STATISTICS = set(
            group(Dimension.OUTPUTS,
                    indicator("统计监测报告按期提交份数", "Statistical and monitoring reports delivered on time", 30, "4 份 / 4 reports",
                            new ScoringRule.Linear(new BigDecimal("4"))),
                    indicator("样本数据有效率", "Valid share of the sample data", 20, "≥ 98 %", new ScoringRule.Threshold(new BigDecimal("98")))),
            group(Dimension.EFFECTS,
                    indicator("行业企业覆盖率", "Share of the trade's firms covered", 10, "≥ 80 %", new ScoringRule.Linear(new BigDecimal("80"))),
                    indicator("监测结论被决策采用情况", "Use of the findings in decisions", 20, "评估组评议 / the evaluators' judgement",
                            new ScoringRule.Judgement())));

    private static final IndicatorSet STANDARDS = set(
            group(Dimension.OUTPUTS,
                    indicator("标准草案完成数", "Draft standards completed", 30, "合同约定数量 / as agreed", new ScoringRule.Linear(BigDecimal.ONE)),
                    indicator("通过技术审查", "Technical review passed", 20, "通过 / passed (1)", new ScoringRule.Threshold(BigDecimal.ONE))),
            group(Dimension.EFFECTS,
                    indicator("标准宣贯覆盖企业数", "Firms reached by the standard's promotion", 20, "≥ 100", new ScoringRule.Linear(new BigDecimal("100"))),
                    indicator("标准实施效果", "Effect of the standard in use", 10, "评估组评议 / the evaluators' judgement", new ScoringRule.Judgement())));

    private static final IndicatorSet RESEARCH = set(
            group(Dimension.OUTPUTS,
                    indicator("研究报告按期提交", "Research report delivered on time", 30, "按期 / on time (1)", new ScoringRule.Threshold(BigDecimal.ONE)),
                    indicator("研究报告专家评审得分", "Experts' score of the report", 20, "≥ 85", ScoringRule.Banded.parse("0:0;60:50;75:80;85:100"))),
            group(Dimension.EFFECTS,
                    indicator("研究成果采纳情况", "Use of the findings", 30, "评估组评议 / the evaluators' judgement", new ScoringRule.Judgement())));

    private static final IndicatorSet TRAINING = set(
            group(Dimension.OUTPUTS,
                    indicator("培训人次完成率", "Share of the agreed trainees trained", 30, "100 %", new ScoringRule.Linear(new BigDecimal("100"))),
                    indicator("培训课时完成率", "Share of the agreed hours taught", 20, "100 %", new ScoringRule.Linear(new BigDecimal("100")))),
            group(Dimension.EFFECTS,
                    indicator("考核合格率", "Trainees passing the assessment", 20, "≥ 90 %", ScoringRule.Banded.parse("0:0;70:50;80:80;90:100")),
                    indicator("学员技能提升", "Trainees' gain in skills", 10, "评估组评议 / the evaluators' judgement", new ScoringRule.Judgement())));

    private static final IndicatorSet EVALUATION = set(
            group(Dimension.OUTPUTS,
                    indicator("评估报告按期提交", "Evaluation reports delivered on time", 30, "100 %", new ScoringRule.Linear(new BigDecimal("100"))),
                    indicator("评估程序合规", "Evaluation done by its stated method", 20, "合规 / compliant (1)", new ScoringRule.Threshold(BigDecimal.ONE))),
            group(Dimension.EFFECTS,
                    indicator("评估结论应用情况", "Use of the evaluations' conclusions", 30, "评估组评议 / the evaluators' judgement",
                            new ScoringRule.Judgement())));

    private static final Map<String, IndicatorSet> BY_CATEGORY = Map.of("0301", STATISTICS, "0302", STANDARDS, "0303", RESEARCH,
            "0501", RESEARCH, "0502", EVALUATION, "0307", TRAINING, "01", PUBLIC_SERVICE, "02", PUBLIC_SERVICE);

    private IndicatorTemplates() {
    }

    /** The template for a catalogue code: the most specific category with one, else the general template. */
    public static IndicatorSet forCategory(String catalogueCode) {
        for (int length = catalogueCode.length(); length >= 2; length -= 2) {
            IndicatorSet template = BY_CATEGORY.get(catalogueCode.substring(0, length));
            if (template != null) {
                return template;
            }
        }
        return GENERAL;
    }

    /** Every template, for the tests that hold each to the rules. */
    public static List<IndicatorSet> all() {
        return List.of(GENERAL, PUBLIC_SERVICE, STATISTICS, STANDARDS, RESEARCH, TRAINING, EVALUATION);
    }

    private static IndicatorSet set(IndicatorGroup outputs, IndicatorGroup effects) {
        return new IndicatorSet(List.of(outputs, effects, SATISFACTION, BUDGET));
    }

    private static IndicatorGroup group(Dimension dimension, Indicator... indicators) {
        return new IndicatorGroup(dimension, dimension.defaultWeight(), List.of(indicators));
    }

    private static Indicator indicator(String zh, String en, int weight, String target, ScoringRule rule) {
        return new Indicator(zh, en, BigDecimal.valueOf(weight).setScale(2), target, rule);
    }
}
