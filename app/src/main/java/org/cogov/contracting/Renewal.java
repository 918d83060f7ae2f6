package org.cogov.contracting;

import java.util.Optional;

import org.cogov.shared.Domain;
import org.cogov.shared.RuleViolation;

/**
 * Renewal of a stable, continuous service contracted year by year (MoF Order No. 102 Art. 24; Caiku [2020] No. 46): the
 * next year's contract may be drafted from the last one without a new procedure only when the service was declared
 * stable, the last contract was carried out (signed, not terminated), its performance grade is at least 中, and every
 * year together stays within the longest term of a stable service. Anything else is bought again by a new procedure.
 */
@Domain
public final class Renewal {

    private Renewal() {
    }

    /**
     * What, if anything, refuses renewing the contract.
     *
     * @param monthsSoFar the months of the contract and of every contract it renews
     * @param renewedAlready whether a renewal was drafted from it already
     */
    public static Optional<RuleViolation> violation(Contract last, Optional<Grade> grade, int monthsSoFar, boolean renewedAlready,
            ContractLimits limits) {
        if (!last.term().stableService()) {
            return Optional.of(RuleViolation.refused("contracting.renewal.not-stable", "contract"));
        }
        if (last.status() != Contract.Status.SIGNED && last.status() != Contract.Status.COMPLETED) {
            return Optional.of(RuleViolation.refused("contracting.renewal.not-carried-out", "contract"));
        }
        if (renewedAlready) {
            return Optional.of(RuleViolation.refused("contracting.renewal.renewed-already", "contract"));
        }
        if (grade.isEmpty()) {
            return Optional.of(RuleViolation.refused("contracting.renewal.no-grade", "contract"));
        }
        if (!grade.get().atLeastFair()) {
            return Optional.of(RuleViolation.refused("contracting.renewal.grade-too-low", "contract"));
        }
        if (monthsSoFar + last.term().months() > limits.stableTermMonths()) {
            return Optional.of(RuleViolation.refused("contracting.renewal.over-longest", "contract",
                    Integer.toString(limits.stableTermMonths()), Integer.toString(monthsSoFar)));
        }
        return Optional.empty();
    }
}
