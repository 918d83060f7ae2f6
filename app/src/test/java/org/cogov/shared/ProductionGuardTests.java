package org.cogov.shared;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ProductionGuardTests {

    @Test
    void theProductionProfileRefusesTheTestClock() {
        assertThatThrownBy(() -> start(Map.of(), "prod", "test-clock")).hasMessageContaining("test-clock");
    }

    @Test
    void theProductionProfileRefusesTheDemoCity() {
        assertThatThrownBy(() -> start(Map.of("cogov.demo.enabled", "true"), "prod")).hasMessageContaining("demo");
    }

    @Test
    void theProductionProfileRefusesTheDemoSecretKey() {
        assertThatThrownBy(() -> start(Map.of("cogov.identity.secret-key", ProductionGuard.DEMO_SECRET_KEY), "prod"))
                .hasMessageContaining("secret key");
    }

    @Test
    void theProductionProfileRefusesTheDemoAuditSigningKey() {
        assertThatThrownBy(() -> start(Map.of("cogov.demo.enabled", "false", "cogov.identity.secret-key", "b3duLWtleQ==",
                "cogov.audit.signing-key", ProductionGuard.DEMO_AUDIT_SIGNING_KEY), "prod"))
                .hasMessageContaining("audit signing key");
    }

    @Test
    void theProductionProfileRefusesTheDemoBidKey() {
        assertThatThrownBy(() -> start(Map.of("cogov.demo.enabled", "false", "cogov.identity.secret-key", "b3duLWtleQ==",
                "cogov.procurement.bidding.key", ProductionGuard.DEMO_BID_KEY), "prod"))
                .hasMessageContaining("bid key");
    }

    @Test
    void theProductionProfileStartsWithItsOwnKeysAndNoDemo() {
        assertThatCode(() -> start(Map.of("cogov.demo.enabled", "false", "cogov.identity.secret-key", "b3duLWtleQ==",
                "cogov.audit.signing-key", "MC4CAQAwBQYDK2VwBCIEIAYXlGHQss64fsp7jC7QsJvlNOjL7p4QfVmfm9x5Qw31"), "prod"))
                .doesNotThrowAnyException();
        assertThatCode(() -> start(Map.of("cogov.demo.enabled", "false", "cogov.identity.secret-key", "b3duLWtleQ==",
                "cogov.audit.signing-key-file", "/etc/cogov/audit-signing-key.pem"), "prod"))
                .doesNotThrowAnyException();
    }

    @Test
    void withoutTheProductionProfileTheTestClockIsAllowed() {
        assertThatCode(() -> start(Map.of("cogov.demo.enabled", "true"), "test-clock")).doesNotThrowAnyException();
    }

    private static void start(Map<String, Object> properties, String... profiles) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        environment.setActiveProfiles(profiles);
        new ProductionGuard().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(),
                new SpringApplication(), new String[0], environment));
    }
}
