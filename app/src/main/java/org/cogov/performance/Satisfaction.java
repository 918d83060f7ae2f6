package org.cogov.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import org.cogov.shared.Domain;

/** What the beneficiaries said of a contract's service, as an evaluation counts it. */
@Domain
public record Satisfaction(int answers, int valid, int satisfied, int minimumSample, int satisfiedFrom, boolean open, List<String> comments) {

    public Satisfaction {
        comments = List.copyOf(comments);
    }

    /** Whether enough valid answers came for the score to count. */
    public boolean enough() {
        return valid > 0 && valid >= minimumSample;
    }

    /** satisfied / valid × weight; none when not enough answers. */
    public Optional<BigDecimal> points(BigDecimal weight) {
        if (!enough()) {
            return Optional.empty();
        }
        return Optional.of(weight.multiply(BigDecimal.valueOf(satisfied)).divide(BigDecimal.valueOf(valid), 4, RoundingMode.HALF_UP));
    }
}
