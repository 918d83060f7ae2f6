/**
 * A signed contract carried out: publication and filing, progress, deliverables and their acceptance with the
 * beneficiaries heard, payments out of the budget line, add-ons, termination and completion, flags and reminders.
 */
@NamedInterface("implementation")
@NullMarked
package org.cogov.contracting.implementation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
