package org.cogov.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import org.cogov.shared.Domain;

/**
 * What the beneficiaries said of a contract's service, as an evaluation counts it (RULES.md "Performance evaluation"):
 * satisfaction = satisfied / valid answers × the indicator's weight, once at least the minimum sample of valid answers came.
 * An answer "cannot say" is an answer, not a valid one. The settings are the survey's own, copied when it was opened, so
 * that a later change of the platform's settings never moves a result.
 *
 * @param answers every answer given
 * @param valid the answers with a rating
 * @param satisfied the valid answers rated at least {@code satisfiedFrom}
 * @param minimumSample the valid answers needed before the score counts
 * @param satisfiedFrom the lowest rating, of 5, that counts as satisfied
 * @param open whether the survey still takes answers
 * @param comments what the beneficiaries wrote, without who wrote it or when
 */
@Domain
public record Satisfaction(int answers, int valid, int satisfied, int minimumSample, int satisfiedFrom, boolean open,
        List<String> comments) {

    /** The decimals of points. */
    public static final int SCALE = 4;

    public Satisfaction {
        if (satisfied < 0 || valid < satisfied || answers < valid) {
            throw new IllegalArgumentException("0 <= satisfied <= valid <= answers");
        }
        if (minimumSample < 1) {
            throw new IllegalArgumentException("the minimum sample is at least one answer");
        }
        if (satisfiedFrom < 1 || satisfiedFrom > 5) {
            throw new IllegalArgumentException("satisfied from a rating of 1 to 5");
        }
        comments = List.copyOf(comments);
    }

    /** Whether enough valid answers came for the score to count (valid >= minimumSample, and at least one). */
    public boolean enough() {
        return valid >= minimumSample && valid > 0;
    }

    /** satisfied / valid x weight, HALF_UP to 4 decimals; empty when not enough answers. */
    public Optional<BigDecimal> points(BigDecimal weight) {
        if (!enough()) {
            return Optional.empty();
        }
        return Optional.of(weight.multiply(BigDecimal.valueOf(satisfied)).divide(BigDecimal.valueOf(valid), SCALE, RoundingMode.HALF_UP));
    }

    /** The satisfied share of the valid answers, in percent to one decimal, whether or not they are enough; empty without any. */
    public Optional<BigDecimal> percent() {
        if (valid == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(satisfied * 100L).divide(BigDecimal.valueOf(valid), 1, RoundingMode.HALF_UP));
    }

    /** How many more valid answers the score needs to count; 0 when it counts. */
    public int missing() {
        return Math.max(0, Math.max(1, minimumSample) - valid);
    }
}
