/**
 * The audit log: every {@link org.cogov.shared.Auditable} event becomes an append-only entry, and the
 * entries an RFC 9162 Merkle log with signed tree heads, proofs, witnesses and an export for the
 * stand-alone verifier (docs/audit-log.md). Knows no business module: uses {@code shared} alone.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared :: *" })
@NullMarked
package org.cogov.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
