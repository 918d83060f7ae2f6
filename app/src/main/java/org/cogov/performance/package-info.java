/**
 * Performance evaluations against the contract's indicators, satisfaction surveys, grades and the
 * track record. Uses the modules above it, up to {@code contracting}.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared :: *", "registry", "catalogue", "planning", "procurement", "contracting", "contracting :: *" })
@NullMarked
package org.cogov.performance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
