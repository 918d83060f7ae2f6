/**
 * The audit log: every {@link org.cogov.shared.Auditable} event becomes an append-only entry (a Merkle
 * log with signed tree heads in a later issue). Knows no business module: uses {@code shared} alone.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared :: *" })
@NullMarked
package org.cogov.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
