package org.cogov.contracting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.cogov.shared.Domain;
import org.cogov.shared.RuleViolation;

/**
 * How a second-level indicator turns what was measured into points, out of the indicator's weight. Three rules score a
 * measured value — linearly up to the target, all or nothing at a threshold, or by the band the value falls in — and
 * the fourth is the evaluator's judgement, which is only accepted with a written reason. Points keep four decimals;
 * the evaluation rounds its totals.
 */
@Domain
public sealed interface ScoringRule {

    enum Kind { LINEAR, THRESHOLD, BANDED, JUDGEMENT }

    Kind kind();

    /** The points a measured value earns, out of the weight. */
    BigDecimal score(BigDecimal weight, BigDecimal measured);

    /** Full points at the target, proportionally fewer below it, none at or below zero: "8 of 10 reports" earns 80 %. */
    record Linear(BigDecimal target) implements ScoringRule {

        public Linear {
            Objects.requireNonNull(target, "target");
            if (target.signum() <= 0) {
                throw RuleViolation.refused("contracting.scoring.target-positive", "target");
            }
        }

        @Override
        public Kind kind() {
            return Kind.LINEAR;
        }

        @Override
        public BigDecimal score(BigDecimal weight, BigDecimal measured) {
            if (measured.signum() <= 0) {
                return points(BigDecimal.ZERO);
            }
            if (measured.compareTo(target) >= 0) {
                return points(weight);
            }
            return points(weight.multiply(measured).divide(target, 10, RoundingMode.HALF_UP));
        }
    }

    /** Full points when the measured value reaches the threshold, none below it. */
    record Threshold(BigDecimal threshold) implements ScoringRule {

        public Threshold {
            Objects.requireNonNull(threshold, "threshold");
        }

        @Override
        public Kind kind() {
            return Kind.THRESHOLD;
        }

        @Override
        public BigDecimal score(BigDecimal weight, BigDecimal measured) {
            return points(measured.compareTo(threshold) >= 0 ? weight : BigDecimal.ZERO);
        }
    }

    /** A band: from this measured value up, this percent of the weight. */
    record Band(BigDecimal from, BigDecimal percent) {

        public Band {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(percent, "percent");
            if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw RuleViolation.refused("contracting.scoring.band-percent", "bands");
            }
        }
    }

    /**
     * The percent of the weight of the highest band the measured value reaches; none below the lowest band. Bands are
     * kept in ascending order of their lower bounds, each bound once.
     */
    record Banded(List<Band> bands) implements ScoringRule {

        public static final int MAX_BANDS = 10;

        public Banded {
            List<Band> sorted = new ArrayList<>(bands);
            sorted.sort(Comparator.comparing(Band::from));
            if (sorted.isEmpty() || sorted.size() > MAX_BANDS) {
                throw RuleViolation.refused("contracting.scoring.bands-count", "bands", Integer.toString(MAX_BANDS));
            }
            for (int i = 1; i < sorted.size(); i++) {
                if (sorted.get(i).from().compareTo(sorted.get(i - 1).from()) == 0) {
                    throw RuleViolation.refused("contracting.scoring.bands-overlap", "bands");
                }
            }
            bands = List.copyOf(sorted);
        }

        @Override
        public Kind kind() {
            return Kind.BANDED;
        }

        @Override
        public BigDecimal score(BigDecimal weight, BigDecimal measured) {
            BigDecimal percent = BigDecimal.ZERO;
            for (Band band : bands) {
                if (measured.compareTo(band.from()) >= 0) {
                    percent = band.percent();
                }
            }
            return points(weight.multiply(percent).divide(BigDecimal.valueOf(100), 10, RoundingMode.HALF_UP));
        }

        /** The bands as stored: "from:percent" pairs separated by semicolons, in ascending order. */
        public String format() {
            return String.join(";", bands.stream().map(b -> b.from().stripTrailingZeros().toPlainString() + ":"
                    + b.percent().stripTrailingZeros().toPlainString()).toList());
        }

        public static Banded parse(String stored) {
            List<Band> bands = new ArrayList<>();
            for (String pair : stored.split(";")) {
                String[] parts = pair.split(":");
                bands.add(new Band(new BigDecimal(parts[0]), new BigDecimal(parts[1])));
            }
            return new Banded(bands);
        }
    }

    /**
     * The evaluator's judgement: no measured value scores it; the points are given, within the weight, with the
     * written reason for them.
     */
    record Judgement() implements ScoringRule {

        public static final int REASON_MAX = 2000;

        @Override
        public Kind kind() {
            return Kind.JUDGEMENT;
        }

        @Override
        public BigDecimal score(BigDecimal weight, BigDecimal measured) {
            throw RuleViolation.refused("contracting.scoring.needs-judgement", "score");
        }

        /** The points given, when they lie within the weight and their reason is written. */
        public BigDecimal judge(BigDecimal weight, BigDecimal given, String reason) {
            if (reason.isBlank() || reason.length() > REASON_MAX) {
                throw RuleViolation.refused("contracting.scoring.judgement-reason", "reason", Integer.toString(REASON_MAX));
            }
            if (given.signum() < 0 || given.compareTo(weight) > 0) {
                throw RuleViolation.refused("contracting.scoring.judgement-range", "score", weight.stripTrailingZeros().toPlainString());
            }
            return points(given);
        }
    }

    private static BigDecimal points(BigDecimal value) {
        return value.setScale(4, RoundingMode.HALF_UP);
    }
}
