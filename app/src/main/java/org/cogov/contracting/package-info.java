/**
 * Contracts with their indicator set, milestones, acceptance, payments and add-ons.
 * Uses the modules above it, up to {@code procurement}, and the sealing library for the wrapping of signer keys.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared :: *", "registry", "catalogue", "planning", "procurement",
        "procurement :: award", "procurement :: bonds", "sealing" })
@NullMarked
package org.cogov.contracting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
