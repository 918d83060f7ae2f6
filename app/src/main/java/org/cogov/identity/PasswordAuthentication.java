package org.cogov.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The first factor of form login. When the account has or needs a second factor, the result is a
 * {@link PendingSecondFactor}, never a full sign-in, so there is no instant at which the session is
 * fully authenticated on the password alone. Being the only provider bean, it is the one that Spring
 * Security's global authentication manager uses; registering it on the filter chain too would run it twice.
 */
@Component
class PasswordAuthentication implements AuthenticationProvider {

    private final SignIn signIn;

    PasswordAuthentication(SignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        SignedInUser user = signIn.password(authentication.getName(), password, ClientAddress.of(authentication));
        if (signIn.needsSecondFactor(user)) {
            return new PendingSecondFactor(user);
        }
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
