/**
 * Timed work kept in the database: deadlines and every other step that must happen at an instant run
 * from a persistent, cluster-safe scheduler (core db-scheduler, wired by hand) driven by the platform's
 * {@link java.time.Clock}. The public face is the {@link org.cogov.shared.schedule.Agenda}.
 */
@NamedInterface("schedule")
@NullMarked
package org.cogov.shared.schedule;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
