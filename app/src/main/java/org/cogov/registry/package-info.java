/**
 * The registry of organizations (state organs, social organizations, enterprises, …) and, in later
 * issues, their people, ties, ratings and credit lists. Uses only {@code shared}.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared :: *" })
@NullMarked
package org.cogov.registry;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
