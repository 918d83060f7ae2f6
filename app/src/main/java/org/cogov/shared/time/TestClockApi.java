package org.cogov.shared.time;

import java.time.Duration;
import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import org.cogov.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets tests and the demo move time, under the {@code test-clock} profile only. */
@Profile("test-clock")
@RestController
@RequestMapping("/api/v1/test-clock")
class TestClockApi {

    private final SettableClock clock;

    TestClockApi(SettableClock clock) {
        this.clock = clock;
    }

    record ClockView(Instant now) {
    }

    /** Either {@code instant} (move to it) or {@code advance} (an ISO-8601 duration such as PT2H). */
    record ClockMove(@Nullable Instant instant,
            @Schema(type = "string", format = "duration", example = "PT2H") @Nullable Duration advance) {
    }

    @GetMapping
    ClockView now() {
        return new ClockView(clock.instant());
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ClockView move(@RequestBody ClockMove move) {
        if (move.instant() != null) {
            if (move.instant().isBefore(clock.instant())) {
                throw RuleViolation.refused("clock.backwards", "instant", clock.instant());
            }
            clock.set(move.instant());
        }
        if (move.advance() != null) {
            if (move.advance().isNegative()) {
                throw RuleViolation.refused("clock.backwards", "advance", clock.instant());
            }
            clock.advance(move.advance());
        }
        return now();
    }
}
