package org.cogov.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cogov.contracting.Dimension;
import org.cogov.contracting.Grade;
import org.cogov.contracting.Indicator;
import org.cogov.contracting.IndicatorGroup;
import org.cogov.contracting.IndicatorSet;
import org.cogov.contracting.ScoringRule;
import org.cogov.shared.Domain;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.RuleViolations;
import org.jspecify.annotations.Nullable;

/**
 * A performance evaluation scored against the contract's indicator set (RULES.md "Performance evaluation"). Every
 * indicator outside the satisfaction group is scored once: by its rule from the measured value, or — a judgement — with
 * the points given and their reason; each score rests on an evidence document. The satisfaction group is the survey's:
 * satisfied / valid answers × the group's weight. The total is the sum of the groups' points out of 100, to the hundredth;
 * when the survey has too few valid answers, the satisfaction group is left out and the other groups' points are scaled to
 * 100, so that neither party gains or loses by a survey that did not reach its sample.
 */
@Domain
public final class Scoring {

    public static final int REASON_MAX = ScoringRule.Judgement.REASON_MAX;
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal MEASURED_MAX = new BigDecimal("1000000000");

    /** One indicator's score as an evaluator enters it. */
    public record ScoreEntry(int group, int indicator, @Nullable BigDecimal measured, @Nullable BigDecimal points, @Nullable String reason,
            @Nullable UUID evidence) {
    }

    /** A group's points, or none when it could not be scored. */
    public record GroupPoints(Dimension dimension, BigDecimal weight, @Nullable BigDecimal points) {
    }

    /**
     * The total and the grade.
     *
     * @param scoredWeight the weight of the groups that were scored: 100 unless the survey fell short
     */
    public record Total(List<GroupPoints> groups, BigDecimal scoredWeight, BigDecimal total, Grade grade) {

        public Total {
            groups = List.copyOf(groups);
        }

        public boolean satisfactionScored() {
            return groups.stream().filter(g -> g.dimension() == Dimension.SATISFACTION).allMatch(g -> g.points() != null);
        }
    }

    private Scoring() {
    }

    /** The scores of the entries, or every reason they are refused, each on its field ({@code scores[i].…}). */
    public static List<Score> score(IndicatorSet set, List<ScoreEntry> entries) {
        List<RuleViolation> refused = new ArrayList<>();
        ScoreEntry[][] placed = new ScoreEntry[set.groups().size()][];
        for (int g = 0; g < set.groups().size(); g++) {
            placed[g] = new ScoreEntry[set.groups().get(g).indicators().size()];
        }
        for (int i = 0; i < entries.size(); i++) {
            ScoreEntry entry = entries.get(i);
            String field = "scores[" + i + "]";
            if (entry.group() < 0 || entry.group() >= placed.length || entry.indicator() < 0
                    || entry.indicator() >= placed[entry.group()].length) {
                refused.add(RuleViolation.refused("performance.score.unknown-indicator", field));
            } else if (set.groups().get(entry.group()).dimension() == Dimension.SATISFACTION) {
                refused.add(RuleViolation.refused("performance.score.satisfaction-by-survey", field));
            } else if (placed[entry.group()][entry.indicator()] != null) {
                refused.add(RuleViolation.refused("performance.score.twice", field));
            } else {
                placed[entry.group()][entry.indicator()] = entry;
            }
        }
        List<Score> scores = new ArrayList<>();
        for (int g = 0; g < placed.length; g++) {
            IndicatorGroup group = set.groups().get(g);
            if (group.dimension() == Dimension.SATISFACTION) {
                continue;
            }
            for (int i = 0; i < placed[g].length; i++) {
                ScoreEntry entry = placed[g][i];
                if (entry == null) {
                    refused.add(RuleViolation.refused("performance.score.missing", "scores", group.indicators().get(i).nameZh()));
                    continue;
                }
                String field = "scores[" + entries.indexOf(entry) + "]";
                try {
                    scores.add(score(group.indicators().get(i), entry, field));
                } catch (RuleViolation violation) {
                    refused.add(violation);
                } catch (RuleViolations violations) {
                    refused.addAll(violations.violations());
                }
            }
        }
        if (!refused.isEmpty()) {
            throw refused.size() == 1 ? refused.get(0) : new RuleViolations(refused);
        }
        return scores;
    }

    private static Score score(Indicator indicator, ScoreEntry entry, String field) {
        List<RuleViolation> refused = new ArrayList<>();
        if (entry.evidence() == null) {
            refused.add(RuleViolation.refused("performance.score.evidence-needed", field + ".evidence"));
        }
        String reason = entry.reason() == null || entry.reason().isBlank() ? null : entry.reason().strip();
        if (reason != null && reason.length() > REASON_MAX) {
            refused.add(RuleViolation.refused("performance.score.reason-too-long", field + ".reason", Integer.toString(REASON_MAX)));
        }
        BigDecimal points = null;
        if (indicator.rule() instanceof ScoringRule.Judgement judgement) {
            if (entry.points() == null) {
                refused.add(RuleViolation.refused("performance.score.points-needed", field + ".points"));
            } else if (reason == null) {
                refused.add(RuleViolation.refused("performance.score.reason-needed", field + ".reason"));
            } else if (refused.isEmpty()) {
                try {
                    points = judgement.judge(indicator.weight(), entry.points(), reason);
                } catch (RuleViolation outOfRange) {
                    refused.add(RuleViolation.refused("performance.score.points-range", field + ".points",
                            indicator.weight().stripTrailingZeros().toPlainString()));
                }
            }
        } else if (entry.measured() == null) {
            refused.add(RuleViolation.refused("performance.score.measured-needed", field + ".measured"));
        } else if (entry.measured().signum() < 0 || entry.measured().compareTo(MEASURED_MAX) > 0 || entry.measured().scale() > 4) {
            refused.add(RuleViolation.refused("performance.score.measured-range", field + ".measured"));
        } else {
            points = indicator.score(entry.measured());
        }
        if (!refused.isEmpty()) {
            throw refused.size() == 1 ? refused.get(0) : new RuleViolations(refused);
        }
        boolean judged = indicator.rule() instanceof ScoringRule.Judgement;
        return new Score(entry.group(), entry.indicator(), judged ? null : entry.measured(), points, reason, entry.evidence());
    }

    /** The total out of 100 and the grade, from the scores and what the survey gave, if it gave enough. */
    public static Total total(IndicatorSet set, List<Score> scores, Optional<Satisfaction> satisfaction) {
        List<GroupPoints> groups = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal scoredWeight = BigDecimal.ZERO;
        for (int g = 0; g < set.groups().size(); g++) {
            IndicatorGroup group = set.groups().get(g);
            BigDecimal points;
            if (group.dimension() == Dimension.SATISFACTION) {
                points = satisfaction.flatMap(s -> s.points(group.weight())).orElse(null);
            } else {
                int at = g;
                points = scores.stream().filter(s -> s.group() == at).map(Score::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            }
            groups.add(new GroupPoints(group.dimension(), group.weight(), points));
            if (points != null) {
                sum = sum.add(points);
                scoredWeight = scoredWeight.add(group.weight());
            }
        }
        BigDecimal total = scoredWeight.signum() == 0 ? BigDecimal.ZERO.setScale(2)
                : sum.multiply(HUNDRED).divide(scoredWeight, 2, RoundingMode.HALF_UP);
        return new Total(groups, scoredWeight, total, Grade.of(total));
    }
}
