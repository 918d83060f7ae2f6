/**
 * The registry of organizations (state organs, social organizations, enterprises, …), their people,
 * ties and credit lists, and the rules read from them: who may bid for a department, and which experts
 * withdraw. Uses only {@code shared}.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared :: *" })
@NullMarked
package org.cogov.registry;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
