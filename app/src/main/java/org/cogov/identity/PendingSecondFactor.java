package org.cogov.identity;

import java.io.Serial;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A sign-in past its password and waiting for its TOTP code. It grants nothing but the second-factor
 * pages; its principal is deliberately not an {@code Actor}, so no service takes it for a user.
 */
final class PendingSecondFactor extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String AUTHORITY = "SECOND_FACTOR_PENDING";

    record Waiting(SignedInUser user) implements java.io.Serializable {
    }

    private final Waiting waiting;

    PendingSecondFactor(SignedInUser user) {
        super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
        this.waiting = new Waiting(user);
        setAuthenticated(true);
    }

    SignedInUser user() {
        return waiting.user();
    }

    @Override
    public String getName() {
        return waiting.user().username();
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return waiting;
    }
}
