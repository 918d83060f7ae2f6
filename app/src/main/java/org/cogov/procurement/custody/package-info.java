/**
 * The custody of opening keys: custodians' own keys, wrapped by their passphrases, and the key ceremony
 * at publication that splits a procedure's opening key among its custodians, seals each share to its
 * custodian's key and publishes the commitments. A named interface of procurement, {@code custody},
 * for the modules that explicitly depend on it (the demo city enrols its custodians through it).
 */
@NamedInterface("custody")
@NullMarked
package org.cogov.procurement.custody;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
