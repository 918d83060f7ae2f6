/**
 * The demo city: organizations and users for every role, loaded when {@code cogov.demo.enabled} is
 * set and reset on request. Not part of the design's module list: a demo must not live inside a business module.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared :: *", "registry", "identity", "catalogue", "planning", "procurement", "procurement :: *", "contracting", "contracting :: *", "performance", "performance :: *", "audit", "notification", "disclosure", "analytics", "web" })
@NullMarked
package org.cogov.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
