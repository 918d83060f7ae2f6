package org.cogov.shared;

import java.util.Arrays;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the production profile with anything meant for tests or the demo: the settable
 * clock, the demo city, the demo secret key, the demo bid key, or the demo audit signing key (or none
 * at all).
 * Registered in {@code META-INF/spring.factories} so that it runs before any bean exists.
 */
public class ProductionGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final String DEMO_SECRET_KEY = "ZGVtby1vbmx5LWtleS1kby1ub3QtdXNlLWluLXByb2Q=";
    static final String DEMO_BID_KEY = "ZGVtby1vbmx5LWJpZC1rZXktbmV2ZXItaW4tcHJvZCE=";
    static final String DEMO_AUDIT_SIGNING_KEY = "MC4CAQAwBQYDK2VwBCIEIDinZj07QU/RsjLMC9/uiDl06/KkD4qvUuV6d8MVhNA6";

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
        if (DEMO_BID_KEY.equals(environment.getProperty("cogov.procurement.bidding.key"))) {
            throw new IllegalStateException("the prod profile refuses the demo bid key: set cogov.procurement.bidding.key (COGOV_BID_KEY)");
        }
        String auditKey = environment.getProperty("cogov.audit.signing-key", "").strip();
        if (DEMO_AUDIT_SIGNING_KEY.equals(auditKey)
                || auditKey.isEmpty() && environment.getProperty("cogov.audit.signing-key-file", "").isBlank()) {
            throw new IllegalStateException("the prod profile refuses the demo audit signing key: set cogov.audit.signing-key "
                    + "(COGOV_AUDIT_SIGNING_KEY) or cogov.audit.signing-key-file");
        }
    }
}
