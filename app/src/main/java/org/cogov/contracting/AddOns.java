package org.cogov.contracting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

import org.cogov.shared.Domain;
import org.cogov.shared.Money;
import org.cogov.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * Add-on purchases (追加采购, GPL Art. 49): more of the same service, on the same terms, at the same unit price, may be
 * bought from the contracted provider without a new procedure while all the add-ons together stay within ADD_ON_MAX
 * percent of the original amount. Anything else — another unit price, other terms, another service, or more than the
 * cap — is not an add-on: it needs a new procedure, and the refusal says so.
 */
@Domain
public final class AddOns {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /**
     * A proposed add-on.
     *
     * @param unitPrice the unit price it would pay, when the contract prices by the unit; compared with the contract's
     * @param sameService the same service as contracted
     * @param sameTerms on the contract's terms (quality, settlement, liability)
     */
    public record Proposal(Money amount, @Nullable BigDecimal unitPrice, boolean sameService, boolean sameTerms) {

        public Proposal {
            Objects.requireNonNull(amount, "amount");
        }
    }

    private AddOns() {
    }

    /**
     * What, if anything, refuses the proposed add-on.
     *
     * @param original the contract's original amount
     * @param contractUnitPrice the contract's unit price, when it prices by the unit
     * @param added the add-ons agreed so far
     */
    public static Optional<RuleViolation> violation(Money original, @Nullable BigDecimal contractUnitPrice, Money added,
            Proposal proposal, ContractLimits limits) {
        if (!proposal.sameService()) {
            return Optional.of(RuleViolation.refused("contracting.add-on.other-service", "sameService"));
        }
        if (!proposal.sameTerms()) {
            return Optional.of(RuleViolation.refused("contracting.add-on.other-terms", "sameTerms"));
        }
        if (contractUnitPrice != null && proposal.unitPrice() != null && proposal.unitPrice().compareTo(contractUnitPrice) != 0) {
            return Optional.of(RuleViolation.refused("contracting.add-on.other-price", "unitPrice", contractUnitPrice.toPlainString(),
                    proposal.unitPrice().toPlainString()));
        }
        if (proposal.amount().amount().signum() <= 0) {
            return Optional.of(RuleViolation.refused("contracting.add-on.positive", "amount"));
        }
        BigDecimal cumulative = percentOf(added.plus(proposal.amount()), original);
        if (cumulative.compareTo(limits.addOnPercent()) > 0) {
            return Optional.of(RuleViolation.refused("contracting.add-on.over-cap", "amount", cumulative.toPlainString(),
                    limits.addOnPercent().stripTrailingZeros().toPlainString()));
        }
        return Optional.empty();
    }

    /** The add-ons' share of the original amount, in percent to one decimal, rounded up so that 10.01 % shows as over 10. */
    public static BigDecimal percentOf(Money addOns, Money original) {
        return addOns.amount().multiply(HUNDRED).divide(original.amount(), 1, RoundingMode.UP);
    }
}
