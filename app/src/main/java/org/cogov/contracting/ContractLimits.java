package org.cogov.contracting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.cogov.procurement.ProcurementRule;
import org.cogov.procurement.Rulebook;
import org.cogov.shared.Domain;
import org.cogov.shared.RuleViolation;

/**
 * The numbers a contract is held to on a day (RULES.md "After evaluation", "Contracts and payments"), read from the
 * rule table so that a province or an amendment changes a row, not this class — and the advance payment's cap, which
 * no law fixes and is therefore a setting of the platform.
 *
 * @param signatureDays calendar days from the award notice to the signature (GPL Art. 46)
 * @param publicationWorkingDays working days from the signature to the contract's publication (IR Art. 50)
 * @param filingWorkingDays working days from the signature to its filing with the finance bureau (GPL Art. 47)
 * @param termMonths the longest term of a purchased service (Caiku [2020] No. 46: one year)
 * @param stableTermMonths the longest term of a stable, continuous service, given its justification (three years)
 * @param addOnPercent the cumulative add-ons' cap, in percent of the original amount (GPL Art. 49)
 * @param bondPercent the performance bond's cap, in percent of the contract amount (IR Art. 48)
 * @param advancePercent the advance payment milestone's cap, in percent of the price (a setting)
 * @param paymentDays calendar days after acceptance within which a small provider is paid (Regulations on Ensuring
 *     Payments to SMEs Art. 8)
 * @param paymentDaysMax the most days after acceptance a contract may agree
 */
@Domain
public record ContractLimits(int signatureDays, int publicationWorkingDays, int filingWorkingDays, int termMonths,
        int stableTermMonths, BigDecimal addOnPercent, BigDecimal bondPercent, BigDecimal advancePercent, int paymentDays, int paymentDaysMax) {

    /** The default cap of an advance payment: MoF encourages at least 30 % for small providers, so 30 % is allowed. */
    public static final BigDecimal DEFAULT_ADVANCE_PERCENT = new BigDecimal("30");

    public ContractLimits {
        if (paymentDays < 1 || paymentDaysMax < paymentDays) {
            throw new IllegalArgumentException("the most days to pay cannot be fewer than the usual days");
        }
        if (termMonths < 1 || stableTermMonths < termMonths) {
            throw new IllegalArgumentException("a stable service's longest term cannot be shorter than the normal one");
        }
    }

    /** The limits in force on a day, with the platform's advance cap. */
    public static ContractLimits on(Rulebook rules, LocalDate day, BigDecimal advancePercent) {
        return new ContractLimits(count(rules, ProcurementRule.Name.CONTRACT_SIGNATURE, day),
                count(rules, ProcurementRule.Name.CONTRACT_PUBLICATION, day), count(rules, ProcurementRule.Name.CONTRACT_FILING, day),
                count(rules, ProcurementRule.Name.CONTRACT_TERM_MAX, day), count(rules, ProcurementRule.Name.CONTRACT_TERM_MAX_STABLE, day),
                rules.value(ProcurementRule.Name.ADD_ON_MAX, day), rules.value(ProcurementRule.Name.PERFORMANCE_BOND_MAX, day),
                advancePercent, count(rules, ProcurementRule.Name.PAYMENT_DAYS, day), count(rules, ProcurementRule.Name.PAYMENT_DAYS_MAX, day));
    }

    /** Why the days to pay after acceptance cannot be agreed, if they cannot. */
    public Optional<RuleViolation> paymentDaysViolation(int days) {
        if (days < 1 || days > paymentDaysMax) {
            return Optional.of(RuleViolation.refused("contracting.payment.days", "paymentDays",
                    Integer.toString(paymentDaysMax)));
        }
        return Optional.empty();
    }

    private static int count(Rulebook rules, ProcurementRule.Name name, LocalDate day) {
        return rules.required(name, null, day).count();
    }
}
