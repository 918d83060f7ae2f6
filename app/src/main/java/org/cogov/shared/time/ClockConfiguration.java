package org.cogov.shared.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** The one time source of the platform. Nothing else may call {@code Instant.now()}. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    @Profile("!test-clock")
    Clock systemClock(@Value("${cogov.zone}") ZoneId zone) {
        return Clock.system(zone);
    }

    /**
     * Starts where {@code cogov.test-clock.start} says, or now. The tests start on a fixed day, so that
     * the periods they count stay inside the calendars shipped, whatever day they run.
     */
    @Bean
    @Profile("test-clock")
    SettableClock settableClock(@Value("${cogov.zone}") ZoneId zone, @Value("${cogov.test-clock.start:}") String start) {
        return new SettableClock(start.isBlank() ? Clock.systemUTC().instant() : Instant.parse(start), zone);
    }
}
