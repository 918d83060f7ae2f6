package org.cogov.procurement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.cogov.shared.Domain;
import org.cogov.shared.RuleViolation;

/**
 * How a lot's bids are ranked (MoF Order No. 87 Art. 53–55): by comprehensive scoring — a price
 * weight within the band the rule table gives for services plus factor weights summing to 100, each
 * factor with the guidance experts score it by — or by the lowest evaluated price.
 */
@Domain
public sealed interface AwardCriteria {

    BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** What the rules refuse in these criteria, each naming its field; empty when they may be saved. */
    List<RuleViolation> violations(PriceWeightBand band);

    record LowestPrice() implements AwardCriteria {
        @Override
        public List<RuleViolation> violations(PriceWeightBand band) {
            return List.of();
        }
    }

    /**
     * @param priceFixed the price is fixed by the state: the price weight is then 0 (Order 87 Art. 55)
     */
    record ComprehensiveScoring(BigDecimal priceWeight, boolean priceFixed, List<Factor> factors) implements AwardCriteria {

        public ComprehensiveScoring {
            Objects.requireNonNull(priceWeight, "priceWeight");
            factors = List.copyOf(factors);
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

    /** The price weight allowed for services, from the rule table, with its legal basis. */
    record PriceWeightBand(BigDecimal min, BigDecimal max, org.cogov.shared.Bilingual legalBasis) {
    }
}
