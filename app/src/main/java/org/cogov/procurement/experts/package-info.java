/**
 * Evaluation experts: the pool that the finance bureau keeps — people of the registry with specialties, an
 * employer and their availability — and the panels drawn from it for an opened procedure, per lot or for the
 * whole procedure, with the purchaser's representatives, each member's declaration, and replacements in the
 * recorded order. A draw is recorded so that anyone can replay it from its seed. A named interface of procurement,
 * {@code experts}, for the modules that explicitly depend on it (the demo city enrols its pool through it).
 */
@NamedInterface("experts")
@NullMarked
package org.cogov.procurement.experts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
