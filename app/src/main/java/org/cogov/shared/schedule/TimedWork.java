package org.cogov.shared.schedule;

import java.time.Instant;
import java.util.Optional;

/**
 * What a {@link TimedTask} does when the time of one of its instances comes. It runs on one node only,
 * but may run again for the same instance when a node died in the middle of it, or failed (it is then
 * tried again a minute later): the work checks the state it changes, as a compare-and-set, and does
 * nothing the second time.
 */
@FunctionalInterface
public interface TimedWork {

    /**
     * @param id the instance's id, as it was scheduled
     * @return empty when the instance is done with, or the instant to come back at (its time was
     *         moved later without the instance being moved with it)
     */
    Optional<Instant> perform(String id);
}
