package org.cogov.contracting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import org.cogov.shared.Domain;

/**
 * A milestone (履约节点) of a contract: what is delivered, by when, and the share of the price paid once it is
 * accepted — or, for the advance, paid before any delivery.
 *
 * @param share the payment share in percent of the price, to the hundredth
 * @param advance paid in advance, before acceptance, within the advance cap
 */
@Domain
public record Milestone(String deliverable, LocalDate due, BigDecimal share, boolean advance) {

    public static final int DELIVERABLE_MAX = 1000;

    public Milestone {
        Objects.requireNonNull(deliverable, "deliverable");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(share, "share");
    }
}
