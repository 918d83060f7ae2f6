/**
 * Sealed bids: a provider's bid per lot, sealed on arrival or on its own machine, its versions and
 * withdrawal until the deadline, and the receipts that prove what arrived when. Nobody but the bidder
 * sees a bid, or learns how many there are, before the opening.
 */
@NamedInterface("bidding")
@NullMarked
package org.cogov.procurement.bidding;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
