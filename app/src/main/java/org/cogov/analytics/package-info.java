/**
 * Integrity indicators, red flags and dashboards, computed from OCDS compiled releases (ours or
 * imported) and the registry's ties. Uses {@code shared}, {@code registry} and {@code disclosure}.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared :: *", "registry", "disclosure" })
@NullMarked
package org.cogov.analytics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
