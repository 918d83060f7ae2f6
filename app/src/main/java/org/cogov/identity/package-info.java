/**
 * Users of registry organizations, their roles and permission strings, passwords, the TOTP second
 * factor, API tokens, login throttling and the security of every request. Uses {@code shared} and {@code registry}.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared :: *", "registry" })
@NullMarked
package org.cogov.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
