package org.cogov.identity;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.OptionalLong;

import org.springframework.stereotype.Component;

/** TOTP seeds: made at enrolment, sealed at rest, checked once per code. */
@Component
class SecondFactors {

    static final String ISSUER = "cogov";
    private static final int SECRET_BYTES = 20;

    private final Users users;
    private final SecretBox box;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SecondFactors(Users users, IdentitySettings settings, Clock clock) {
        this.users = users;
        this.box = new SecretBox(settings.secretKeyBytes());
        this.clock = clock;
    }

    /** A fresh seed, in base32 as authenticator apps take it. */
    String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return Base32.encode(secret);
    }

    String uri(String username, String base32Secret) {
        return Totp.uri(ISSUER, username, base32Secret);
    }

    /** Checks a code against a seed not yet stored (enrolment); the accepted step is returned. */
    OptionalLong check(String base32Secret, String code) {
        return Totp.verify(Base32.decode(base32Secret), code, clock.instant(), Long.MIN_VALUE);
    }

    String seal(java.util.UUID userId, String base32Secret) {
        return box.seal(base32Secret.getBytes(StandardCharsets.US_ASCII), context(userId));
    }

    String unseal(java.util.UUID userId, String sealed) {
        return new String(box.open(sealed, context(userId)), StandardCharsets.US_ASCII);
    }

    /** Checks a code against the stored seed and takes its step, so it cannot be used again. */
    boolean accept(UserAccount user, String code) {
        if (user.totpSecret() == null) {
            return false;
        }
        byte[] secret = Base32.decode(new String(box.open(user.totpSecret(), context(user.id())), StandardCharsets.US_ASCII));
        long last = user.totpLastStep() == null ? Long.MIN_VALUE : user.totpLastStep();
        OptionalLong step = Totp.verify(secret, code, clock.instant(), last);
        return step.isPresent() && users.acceptStep(user.id(), step.getAsLong());
    }

    /** The seed is bound to its account: a sealed seed copied to another row does not open. */
    private static String context(java.util.UUID userId) {
        return "totp:" + userId;
    }
}
