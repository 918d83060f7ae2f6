/**
 * Procedures and lots: method rules, notices, enquiries, deadlines, sealed bids and opening, expert
 * draw and scoring, award, challenges and complaints. Uses the modules above it: shared, registry, catalogue, planning,
 * and the sealing library (org.cogov.sealing) for the opening key and the custodians' keys.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared :: *", "registry", "identity", "catalogue", "planning", "sealing" })
@NullMarked
package org.cogov.procurement;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
