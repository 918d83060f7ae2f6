/**
 * The award (中标/成交): the candidates an evaluation ranked, the purchaser's confirmation in ranking order within
 * its time (silence gives the first candidate), the result notice and the award letters, and the remedies upheld
 * challenges and complaints apply before a contract is signed.
 */
@NamedInterface("award")
@NullMarked
package org.cogov.procurement.award;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
