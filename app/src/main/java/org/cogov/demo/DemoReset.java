package org.cogov.demo;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code -Dcogov.demo.reset=true} empties the demo database before the migrations run, so the demo
 * city starts afresh. Refused with the prod profile, which refuses the demo altogether.
 */
@Configuration(proxyBeanMethods = false)
class DemoReset {

    @Bean
    FlywayMigrationStrategy migrateOrReset(@Value("${cogov.demo.enabled:false}") boolean demo,
            @Value("${cogov.demo.reset:false}") boolean reset) {
        return flyway -> {
            if (demo && reset) {
                Flyway.configure().configuration(flyway.getConfiguration()).cleanDisabled(false).load().clean();
            }
            flyway.migrate();
        };
    }
}
