package org.cogov.shared;

import java.util.Arrays;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the production profile with anything meant for tests or the demo: the settable
 * clock, the demo city, or the demo secret key. Registered in {@code META-INF/spring.factories} so
 * that it runs before any bean exists.
 */
public class ProductionGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final String DEMO_SECRET_KEY = "ZGVtby1vbmx5LWtleS1kby1ub3QtdXNlLWluLXByb2Q=";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        var profiles = Arrays.asList(environment.getActiveProfiles());
        if (!profiles.contains("prod")) {
            return;
        }
        if (profiles.contains("test-clock")) {
            throw new IllegalStateException("the prod profile refuses the test-clock profile");
        }
        if (environment.getProperty("cogov.demo.enabled", Boolean.class, false)) {
            throw new IllegalStateException("the prod profile refuses the demo city: set cogov.demo.enabled=false");
        }
        if (DEMO_SECRET_KEY.equals(environment.getProperty("cogov.identity.secret-key"))) {
            throw new IllegalStateException("the prod profile refuses the demo secret key: set cogov.identity.secret-key");
        }
    }
}
