/**
 * The evaluation of opened bids (评审, MoF Order 87): the purchaser's qualification review, the panel's
 * compliance review, price corrections and explanations of abnormally low prices, the members' scores
 * kept unread until all are in, the ranking by the legal formulas with ties drawn from a recorded seed,
 * and the signatures that complete it.
 */
@NamedInterface("evaluation")
@NullMarked
package org.cogov.procurement.evaluation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
