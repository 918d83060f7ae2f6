package org.cogov.shared.keys;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.cogov.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The node's few places for Argon2id derivations ({@code cogov.key-derivations.concurrent}, 4 by default): a burst of
 * passphrase checks — custodians at an opening, parties signing contracts — waits its turn rather than exhaust the
 * node's memory, and after half a minute is told to try again.
 */
@Component
public class KeyDerivations {

    private final Semaphore places;

    KeyDerivations(@Value("${cogov.key-derivations.concurrent:4}") int concurrent) {
        this.places = new Semaphore(Math.max(1, concurrent), true);
    }

    /** Runs the work when a place is free. */
    public <T> T run(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = places.tryAcquire(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RuleViolation.conflict("shared.key-derivations.busy");
        }
        if (!acquired) {
            throw RuleViolation.conflict("shared.key-derivations.busy");
        }
        try {
            return work.get();
        } finally {
            places.release();
        }
    }
}
