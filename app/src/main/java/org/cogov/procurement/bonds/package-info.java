/**
 * Bid bonds (投标保证金): the amount a lot's documents require, each bidder's bond as the purchaser's staff received
 * it, and its end — refunded within the rule table's working days of the fact that frees it, or forfeited when
 * the bidder's own fault revoked its bid at the opening. Waived by default.
 */
@NamedInterface("bonds")
@NullMarked
package org.cogov.procurement.bonds;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
