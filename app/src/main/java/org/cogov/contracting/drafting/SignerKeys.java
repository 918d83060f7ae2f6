package org.cogov.contracting.drafting;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.cogov.contracting.ContractChanged;
import org.cogov.contracting.SignerKey;
import org.cogov.sealing.CustodianKey;
import org.cogov.sealing.OpeningKey;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.keys.KeyDerivations;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Signer keys for contracts (ARCHITECTURE.md "Keys"). A purchaser's official or a provider's user enrols an Ed25519 key
 * under a passphrase of its own; the server keeps the public key and the private key wrapped by the passphrase, never
 * the passphrase nor the unwrapped key, which exists only inside the signer's own request. Re-enrolment replaces the
 * current key; the earlier ones stay, for verifying the signatures made with them.
 *
 * <p>As with custodian keys, Argon2id runs outside any database transaction and at most
 * {@code cogov.contracting.signer-key.concurrent} at a time on a node; the passphrase arrays are wiped whatever the outcome
 * and never logged, audited or put in a message.
 */
@Service
public class SignerKeys {

    /** A passphrase has at least this many characters (Unicode code points)… */
    public static final int MIN_PASSPHRASE = 12;
    /** …and at most this many. */
    public static final int MAX_PASSPHRASE = 256;

    /** OWASP's minimum for Argon2id, below which the prod profile refuses to start, as for custodian keys. */
    static final CustodianKey.Argon2 PRODUCTION_FLOOR = new CustodianKey.Argon2(19 * 1024, 2, 1);

    /** A signer key as anyone may see it: no wrapped key. */
    public record EnrolledSignerKey(UUID id, UUID userId, String algorithm, String publicKey, String fingerprint, Instant enrolledAt) {
    }

    private static final Logger log = LoggerFactory.getLogger(SignerKeys.class);

    private final SignatureRecords records;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final CustodianKey.Argon2 cost;
    private final KeyDerivations derivations;
    private final SecureRandom random = new SecureRandom();

    SignerKeys(SignatureRecords records, ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions,
            Environment environment, @Value("${cogov.contracting.signer-key.memory:64MB}") DataSize memory,
            @Value("${cogov.contracting.signer-key.iterations:3}") int iterations,
            @Value("${cogov.contracting.signer-key.parallelism:1}") int parallelism, KeyDerivations derivations) {
        this.records = records;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.cost = new CustodianKey.Argon2(Math.toIntExact(memory.toKilobytes()), iterations, parallelism);
        this.derivations = derivations;
        if (cost.memoryKiB() < PRODUCTION_FLOOR.memoryKiB() || cost.iterations() < PRODUCTION_FLOOR.iterations()) {
            if (environment.acceptsProfiles(Profiles.of("prod"))) {
                throw new IllegalStateException("the prod profile refuses signer keys wrapped below Argon2id's minimum cost "
                        + PRODUCTION_FLOOR + ": raise cogov.contracting.signer-key.*");
            }
            log.warn("signer keys are wrapped with Argon2id at {}, below the production minimum: for tests and the demo only", cost);
        }
    }

    /**
     * Enrols a new signer key for the user who asks, replacing its current one. The array is wiped.
     *
     * @throws RuleViolation the passphrase is too short, too long or blank
     */
    public EnrolledSignerKey enrol(Actor actor, char[] passphrase) {
        try {
            if (!actor.can("contracting:contract:draft") && !actor.can("contracting:contract:own")) {
                throw new Forbidden("contracting.signer-key.enrol", "user", actor.userId());
            }
            int length = Character.codePointCount(passphrase, 0, passphrase.length);
            if (length < MIN_PASSPHRASE) {
                throw RuleViolation.refused("contracting.signer-key.passphrase-too-short", "passphrase", MIN_PASSPHRASE);
            }
            if (length > MAX_PASSPHRASE) {
                throw RuleViolation.refused("contracting.signer-key.passphrase-too-long", "passphrase", MAX_PASSPHRASE);
            }
            if (blank(passphrase)) {
                throw RuleViolation.refused("contracting.signer-key.passphrase-blank", "passphrase");
            }
            SignerKey.Enrolment enrolment = derivations.run(() -> SignerKey.enrol(passphrase, cost, random));
            UUID id = UUID.randomUUID();
            String fingerprint = OpeningKey.fingerprint(Base64.getDecoder().decode(enrolment.publicKey()));
            Instant now = clock.instant();
            return Objects.requireNonNull(transaction.execute(status -> {
                boolean replacing = records.current(actor.userId()).isPresent();
                records.replaceCurrent(actor.userId(), now);
                records.add(id, actor.userId(), actor.organizationId(), enrolment, fingerprint, now);
                events.publishEvent(new ContractChanged(actor.userId(), actor.organizationId(), "contracting.signer-key.enrolled", id,
                        Map.of("fingerprint", fingerprint, "algorithm", SignerKey.ED25519, "replaced", Boolean.toString(replacing))));
                return new EnrolledSignerKey(id, actor.userId(), SignerKey.ED25519, enrolment.publicKey(), fingerprint, now);
            }));
        } finally {
            wipe(passphrase);
        }
    }

    /** The user's current signer key, if it enrolled one. */
    public Optional<EnrolledSignerKey> current(UUID userId) {
        return records.current(userId).map(k -> new EnrolledSignerKey(k.id(), k.userId(), k.algorithm(), k.publicKey(),
                k.fingerprint(), k.enrolledAt()));
    }

    /** Without making a String of it, which could not be wiped. */
    private static boolean blank(char[] passphrase) {
        for (char c : passphrase) {
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    static void wipe(char @Nullable [] chars) {
        if (chars != null) {
            Arrays.fill(chars, '\0');
        }
    }
}
