package org.cogov.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Starting only to export the audit log: beside a serving node, on a free port, running no timed work. */
class ExportModeTests {

    @Test
    void theExportListensOnAFreePortAndRunsNoTimedWork() {
        StandardEnvironment environment = prepared(Map.of("cogov.audit.export", "target/audit-export.txt"));

        assertThat(environment.getProperty("server.port")).isEqualTo("0");
        assertThat(environment.getProperty("cogov.scheduler.enabled")).isEqualTo("false");
    }

    @Test
    void aServingNodeKeepsItsPortAndItsScheduler() {
        StandardEnvironment environment = prepared(Map.of());

        assertThat(environment.getProperty("server.port")).isNull();
        assertThat(environment.getProperty("cogov.scheduler.enabled")).isNull();
    }

    private static StandardEnvironment prepared(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        new ExportMode().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(),
                new SpringApplication(), new String[0], environment));
        return environment;
    }
}
