/**
 * Challenges (质疑) of participating suppliers to the purchaser, and their complaints (投诉) to the finance
 * bureau: the windows the law sets, the purchaser's answers, the bureau's suspension of the procedure and its
 * published decisions. The award applies the remedies these name; this package only decides and tells.
 */
@NamedInterface("challenges")
@NullMarked
package org.cogov.procurement.challenges;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
