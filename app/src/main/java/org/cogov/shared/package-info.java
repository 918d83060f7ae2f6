/**
 * Shared kernel: money, the working-day calendar and the clock, documents, PDF documents, problem details and the
 * {@link org.cogov.shared.Auditable} contract that every auditable change implements. Uses no other module.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.cogov.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
