package org.cogov.performance;

import java.math.BigDecimal;
import java.util.UUID;

import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/**
 * The score of one indicator of a contract's indicator set, by its place: the measured value its rule scored, or the
 * evaluator's judgement with its reason, and the evidence document it rests on.
 *
 * @param group the group's place in the set, from 0
 * @param indicator the indicator's place in its group, from 0
 * @param measured what was measured; none for a judgement
 * @param points the points out of the indicator's weight, to four decimals
 */
@Domain
public record Score(int group, int indicator, @Nullable BigDecimal measured, BigDecimal points, @Nullable String reason, UUID evidence) {
}
