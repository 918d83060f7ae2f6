/**
 * Contracts with their indicator set, milestones, acceptance, payments and add-ons.
 * Uses the modules above it, up to {@code procurement}.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared :: *", "registry", "catalogue", "planning", "procurement" })
@NullMarked
package org.cogov.contracting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
