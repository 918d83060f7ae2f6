/**
 * Owns the guidance catalogue of purchasable services (a coded tree kept by the finance department), the
 * negative list of MoF Order No. 102 Art. 10 and, later, price references; {@link org.cogov.catalogue.Catalogue}
 * answers whether a proposed purchase may be bought, with every reason. Uses {@code shared} and {@code registry}.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared :: *", "registry" })
@NullMarked
package org.cogov.catalogue;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
