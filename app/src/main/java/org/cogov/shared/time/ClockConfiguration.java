package org.cogov.shared.time;

import java.time.Clock;
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

    @Bean
    @Profile("test-clock")
    SettableClock settableClock(@Value("${cogov.zone}") ZoneId zone) {
        return new SettableClock(Clock.systemUTC().instant(), zone);
    }
}
