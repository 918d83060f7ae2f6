/**
 * The contract drafted from the award, the purchaser's work on the draft, the parties' signer keys and signatures, and
 * the contract document as a PDF.
 */
@NamedInterface("drafting")
@NullMarked
package org.cogov.contracting.drafting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
