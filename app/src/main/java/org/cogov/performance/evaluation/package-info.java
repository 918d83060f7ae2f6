/**
 * A contract's evaluations, its result and grade, and what they feed: the final payment, the credit and track records.
 */
@NamedInterface("evaluation")
@NullMarked
package org.cogov.performance.evaluation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
