package org.cogov.audit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The signing key, read once at start: a missing or malformed key stops the application before it serves. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(AuditSettings.class)
class AuditConfiguration {

    @Bean
    SigningKey auditSigningKey(AuditSettings settings) {
        return settings.key();
    }
}
