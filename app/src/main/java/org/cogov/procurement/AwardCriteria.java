package org.cogov.procurement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import org.cogov.shared.Domain;
import org.cogov.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * How a lot's bids are ranked (MoF Order No. 87 Art. 53–55): by comprehensive scoring — a price
 * weight within the band the rule table gives for services plus factor weights summing to 100, each
 * factor with the guidance experts score it by — or by the lowest evaluated price. Either may state tie
 * rules of its own, applied where the rules' order leaves bids equal and before the random draw.
 */
@Domain
public sealed interface AwardCriteria {

    BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** At most one tie break per factor, and the receipt time. */
    int MAX_TIE_BREAKS = 21;

    /** What the rules refuse in these criteria, each naming its field; empty when they may be saved. */
    List<RuleViolation> violations(PriceWeightBand band);

    /** The tie rules the documents state, in the order they apply; none leaves ties to the draw alone. */
    List<TieBreak> tieBreaks();

    record LowestPrice(List<TieBreak> tieBreaks) implements AwardCriteria {

        public LowestPrice {
            tieBreaks = List.copyOf(tieBreaks);
        }

        /** Ties left to the draw. */
        public LowestPrice() {
            this(List.of());
        }

        @Override
        public List<RuleViolation> violations(PriceWeightBand band) {
            return TieBreak.violations(tieBreaks, 0);
        }
    }

    /**
     * @param priceFixed the price is fixed by the state: the price weight is then 0 (Order 87 Art. 55)
     */
    record ComprehensiveScoring(BigDecimal priceWeight, boolean priceFixed, List<Factor> factors, List<TieBreak> tieBreaks)
            implements AwardCriteria {

        public ComprehensiveScoring {
            Objects.requireNonNull(priceWeight, "priceWeight");
            factors = List.copyOf(factors);
            tieBreaks = List.copyOf(tieBreaks);
        }

        /** Ties left to the draw. */
        public ComprehensiveScoring(BigDecimal priceWeight, boolean priceFixed, List<Factor> factors) {
            this(priceWeight, priceFixed, factors, List.of());
        }

        @Override
        public List<RuleViolation> violations(PriceWeightBand band) {
            List<RuleViolation> violations = new ArrayList<>();
            if (priceFixed) {
                if (priceWeight.signum() != 0) {
                    violations.add(RuleViolation.refused("procurement.criteria.fixed-price-weight", "priceWeight"));
                }
            } else if (priceWeight.compareTo(band.min()) < 0 || priceWeight.compareTo(band.max()) > 0) {
                violations.add(RuleViolation.refused("procurement.criteria.price-weight-out-of-band", "priceWeight",
                        priceWeight.stripTrailingZeros().toPlainString(), band.min().stripTrailingZeros().toPlainString(),
                        band.max().stripTrailingZeros().toPlainString(), band.legalBasis()));
            }
            if (factors.isEmpty()) {
                violations.add(RuleViolation.refused("procurement.criteria.factor-needed", "factors"));
            }
            for (int i = 0; i < factors.size(); i++) {
                Factor factor = factors.get(i);
                if (factor.weight().signum() <= 0) {
                    violations.add(RuleViolation.refused("procurement.criteria.factor-weight-not-positive",
                            "factors[" + i + "].weight", factor.name()));
                }
                if (factor.name().isBlank() || factor.guidance().isBlank()) {
                    violations.add(RuleViolation.refused("procurement.criteria.factor-undescribed", "factors[" + i + "]",
                            i + 1));
                }
            }
            BigDecimal total = factors.stream().map(Factor::weight).reduce(priceWeight, BigDecimal::add);
            if (total.compareTo(HUNDRED) != 0) {
                violations.add(RuleViolation.refused("procurement.criteria.weights-not-hundred", "factors",
                        total.stripTrailingZeros().toPlainString()));
            }
            violations.addAll(TieBreak.violations(tieBreaks, factors.size()));
            return violations;
        }
    }

    /**
     * A factor experts score from 0 to 100.
     *
     * @param kind {@code PAST_PERFORMANCE} takes its value from the performance results through
     *             {@link PastPerformance}, not from the experts
     */
    record Factor(String name, BigDecimal weight, String guidance, Kind kind) {

        public enum Kind { GENERAL, PAST_PERFORMANCE }

        public Factor {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(weight, "weight");
            Objects.requireNonNull(guidance, "guidance");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /**
     * A tie rule the documents state. The rules rank tied candidates "as the documents state, else by a random
     * draw" (Order 87 Art. 68); a tie break compares only bids the rules' own order leaves equal.
     *
     * @param factor for {@link Rule#HIGHER_FACTOR}, the factor's number in the lot's list, from 1; none otherwise
     */
    record TieBreak(Rule rule, @Nullable Integer factor) {

        /**
         * {@code HIGHER_FACTOR}: the higher panel average on one factor, compared at 2 decimals like the totals
         * (comprehensive scoring only). {@code EARLIER_RECEIPT}: the bid received first, by the receipt time of the
         * version the opening record lists.
         */
        public enum Rule { HIGHER_FACTOR, EARLIER_RECEIPT }

        public TieBreak {
            Objects.requireNonNull(rule, "rule");
            if (rule != Rule.HIGHER_FACTOR) {
                factor = null;
            }
        }

        public static TieBreak higherFactor(int factor) {
            return new TieBreak(Rule.HIGHER_FACTOR, factor);
        }

        public static TieBreak earlierReceipt() {
            return new TieBreak(Rule.EARLIER_RECEIPT, null);
        }

        /** What is refused in a list of tie breaks for criteria with this many factors (none for the lowest price). */
        static List<RuleViolation> violations(List<TieBreak> tieBreaks, int factors) {
            List<RuleViolation> violations = new ArrayList<>();
            if (tieBreaks.size() > MAX_TIE_BREAKS) {
                violations.add(RuleViolation.refused("procurement.criteria.tie-breaks-too-many", "tieBreaks",
                        Integer.toString(MAX_TIE_BREAKS)));
                return violations;
            }
            Set<TieBreak> seen = new HashSet<>();
            for (int i = 0; i < tieBreaks.size(); i++) {
                TieBreak tieBreak = tieBreaks.get(i);
                String field = "tieBreaks[" + i + "]";
                if (tieBreak.rule() == Rule.HIGHER_FACTOR && factors == 0) {
                    violations.add(RuleViolation.refused("procurement.criteria.tie-break-needs-scoring", field));
                } else if (tieBreak.rule() == Rule.HIGHER_FACTOR
                        && (tieBreak.factor() == null || tieBreak.factor() < 1 || tieBreak.factor() > factors)) {
                    violations.add(RuleViolation.refused("procurement.criteria.tie-break-factor-unknown", field + ".factor",
                            Integer.toString(factors)));
                } else if (!seen.add(tieBreak)) {
                    violations.add(RuleViolation.refused("procurement.criteria.tie-break-repeated", field));
                }
            }
            return violations;
        }
    }

    /** The price weight allowed for services, from the rule table, with its legal basis. */
    record PriceWeightBand(BigDecimal min, BigDecimal max, org.cogov.shared.Bilingual legalBasis) {
    }
}
