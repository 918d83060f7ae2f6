/**
 * What every personal key of the platform shares on a node: the Argon2id derivations that unwrap custodian and signer
 * keys take tens of megabytes each, so the node runs only a few at once, whichever kind of key asks.
 */
@NamedInterface("keys")
@NullMarked
package org.cogov.shared.keys;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
