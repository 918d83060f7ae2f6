/**
 * The public portal, OCDS releases, records and bulk packages, and search. Listens to events and
 * reads public faces; nothing in the business flow calls it.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared :: *", "registry", "catalogue", "planning", "procurement", "contracting", "performance", "audit" })
@NullMarked
package org.cogov.disclosure;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
