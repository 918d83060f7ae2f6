package org.cogov.audit;

import java.util.Map;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When the application starts only to export the audit log, it listens on a free port rather than
 * 8080 (unless the command line names a port), so that it can run beside a serving node, and runs no
 * timed work (the serving nodes do). Registered in {@code META-INF/spring.factories}.
 */
public class ExportMode implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        if (environment.getProperty("cogov.audit.export", "").isBlank()) {
            return;
        }
        MapPropertySource exportOnly = new MapPropertySource("audit export",
                Map.of("server.port", "0", "cogov.scheduler.enabled", "false"));
        if (environment.getPropertySources().contains("commandLineArgs")) {
            environment.getPropertySources().addAfter("commandLineArgs", exportOnly);
        } else {
            environment.getPropertySources().addFirst(exportOnly);
        }
    }
}
