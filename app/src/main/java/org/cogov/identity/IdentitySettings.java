package org.cogov.identity;

import java.time.Duration;
import java.util.Base64;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The identity settings, {@code cogov.identity.*} in application.yml. */
@ConfigurationProperties("cogov.identity")
record IdentitySettings(Set<Role> mfaRequiredRoles, Lockout lockout, IpThrottle ipThrottle, String secretKey) {

    record Lockout(int maxFailures, Duration duration) {
    }

    record IpThrottle(int maxFailures, Duration window) {
    }

    boolean secondFactorRequired(Set<Role> roles) {
        return roles.stream().anyMatch(mfaRequiredRoles::contains);
    }

    byte[] secretKeyBytes() {
        return Base64.getDecoder().decode(secretKey);
    }
}
