package org.cogov.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

import org.cogov.shared.time.SettableClock;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/**
 * How the demo starts. {@code -Dcogov.demo.reset=true} empties the demo database before the
 * migrations run, so the demo city starts afresh; the prod profile refuses the demo altogether.
 *
 * <p>A demo city starting on an empty database first lives through its past ({@code cogov.demo.history}): an earlier
 * year's contracts carried out and evaluated, then its past year;
 * its clock starts that far behind real time, runs like it, and is moved forward by the demo through
 * the year until it has caught up. On a database that already holds the city, and under the test
 * clock, there is no past to live: the clock is real time.
 */
@Configuration(proxyBeanMethods = false)
class DemoStart {

    /** The city's past, still to be lived when this start found the database empty. */
    static final class Past {

        private volatile boolean emptyDatabase;
        private volatile boolean lived;
        private @Nullable SettableClock clock;
        private @Nullable Instant end;

        boolean toLive() {
            return emptyDatabase && !lived && clock != null;
        }

        SettableClock clock() {
            return Objects.requireNonNull(clock, "the demo clock");
        }

        /** Where the past ends: real time, as it was when the clock started behind it. */
        Instant end() {
            return Objects.requireNonNull(end, "the end of the demo's past");
        }

        void lived() {
            lived = true;
            clock().catchUp();
        }
    }

    @Bean
    Past demoPast() {
        return new Past();
    }

    @Bean
    FlywayMigrationStrategy migrateOrReset(@Value("${cogov.demo.enabled:false}") boolean demo,
            @Value("${cogov.demo.reset:false}") boolean reset, Past past) {
        return flyway -> {
            if (demo && reset) {
                Flyway.configure().configuration(flyway.getConfiguration()).cleanDisabled(false).load().clean();
            }
            past.emptyDatabase = flyway.info().applied().length == 0;
            flyway.migrate();
        };
    }

    /** Made once the migrations ran, when it is known whether the database was empty. */
    @Bean
    @Primary
    @Profile("!test-clock")
    @ConditionalOnProperty(name = "cogov.demo.enabled", havingValue = "true")
    @DependsOn("flywayInitializer")
    SettableClock demoClock(Past past, @Value("${cogov.zone}") ZoneId zone,
            @Value("${cogov.demo.history:P660D}") Duration history) {
        SettableClock clock = SettableClock.runningBehind(past.emptyDatabase ? history : Duration.ZERO, zone);
        past.end = clock.instant().plus(past.emptyDatabase ? history : Duration.ZERO);
        past.clock = clock;
        return clock;
    }
}
