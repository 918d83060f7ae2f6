package org.cogov.contracting;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.cogov.shared.Domain;
import org.cogov.shared.Money;

/**
 * How the final payment of a contract whose final payment depends on the grade was settled once it was evaluated: the
 * grade, the percent the contract gives it, the payment in full, what was ordered and what was withheld.
 */
@Domain
public record FinalSettlement(int milestone, Grade grade, BigDecimal percent, Money full, Money earned, Money withheld,
        LocalDate settledOn) {
}
