/**
 * The guidance catalogue of purchasable services, the negative list and price references.
 * Uses {@code shared} and {@code registry}.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared :: *", "registry" })
@NullMarked
package org.cogov.catalogue;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
