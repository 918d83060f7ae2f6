/**
 * The page layout, navigation, language choice and the home page of each role. May use every module's
 * public face.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared :: *", "registry", "identity", "catalogue", "planning", "procurement", "contracting", "performance", "audit", "notification", "disclosure", "analytics" })
@NullMarked
package org.cogov.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
