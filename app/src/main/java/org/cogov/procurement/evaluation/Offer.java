package org.cogov.procurement.evaluation;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

import org.cogov.shared.Domain;

/**
 * One valid bid as the evaluation sees it.
 *
 * @param bid            the bid's id
 * @param price          the bid's total price in CNY, after any correction the bidder confirmed: what the
 *                       contract would say, and what the tie rule and the abnormally-low test compare
 * @param evaluatedPrice the price the formulas use (benchmark, price score, lowest-price ranking). It equals
 *                       {@code price} unless an evaluation-only deduction applies (the small-enterprise
 *                       deduction, off for social organizations by default); kept apart so that the contract
 *                       price never takes the deducted figure
 */
@Domain
public record Offer(UUID bid, BigDecimal price, BigDecimal evaluatedPrice) {

    public Offer {
        Objects.requireNonNull(bid, "bid");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(evaluatedPrice, "evaluatedPrice");
        // Both prices divide: the benchmark by the evaluated price, the abnormally-low test by the others' prices.
        if (price.signum() <= 0) {
            throw new IllegalArgumentException("the price of bid " + bid + " is not positive: " + price);
        }
        if (evaluatedPrice.signum() <= 0) {
            throw new IllegalArgumentException("the evaluated price of bid " + bid + " is not positive: " + evaluatedPrice);
        }
    }

    /** An offer whose evaluated price is its price: no deduction applies. */
    public static Offer at(UUID bid, BigDecimal price) {
        return new Offer(bid, price, price);
    }
}
