/**
 * In-app and e-mail messages made from events, in the recipient's language. Listens to the
 * business modules' events; nothing in the business flow calls it.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared :: *", "registry", "identity", "catalogue", "planning", "procurement", "contracting", "performance" })
@NullMarked
package org.cogov.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
