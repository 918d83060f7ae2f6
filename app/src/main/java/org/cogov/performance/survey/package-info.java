/**
 * A contract's beneficiary satisfaction survey: single-use tokens, anonymous answers, the counts and comments.
 */
@NamedInterface("survey")
@NullMarked
package org.cogov.performance.survey;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
