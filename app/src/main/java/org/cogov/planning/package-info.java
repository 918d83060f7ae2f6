/**
 * Budget lines, procurement intentions, purchase requests and needs consultation.
 * Uses {@code shared}, {@code registry} and {@code catalogue}.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared :: *", "registry", "catalogue" })
@NullMarked
package org.cogov.planning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
