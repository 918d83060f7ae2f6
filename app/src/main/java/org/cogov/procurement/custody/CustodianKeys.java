package org.cogov.procurement.custody;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cogov.identity.Officials;
import org.cogov.procurement.ProcedureChanged;
import org.cogov.sealing.CustodianKey;
import org.cogov.sealing.OpeningKey;
import org.cogov.sealing.WrongPassphrase;
import org.cogov.shared.Actor;
import org.cogov.shared.Refusal;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.keys.KeyDerivations;
import org.cogov.shared.RuleViolations;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Custodians' own keys. An official enrols a key under a passphrase of its own choosing; the server
 * keeps the public key and the private key wrapped by the passphrase (Argon2id, AES-256-GCM), never the
 * passphrase nor the unwrapped key, which exists only inside the custodian's own request and is wiped
 * before it ends. Re-enrolment replaces the current key for the procedures published from then on;
 * shares already sealed to the earlier key stay sealed to it, and open with the earlier passphrase.
 *
 * <p>Every method that takes a passphrase wipes the arrays it is given, whatever the outcome. The
 * passphrase is never logged, never put in an audit entry, an exception or a message. Argon2id runs
 * outside any database transaction, and at most {@code cogov.procurement.custodian-key.concurrent} at a
 * time on a node.
 */
@Service
public class CustodianKeys {

    /** A passphrase has at least this many characters (Unicode code points)… */
    public static final int MIN_PASSPHRASE = 12;
    /** …and at most this many. */
    public static final int MAX_PASSPHRASE = 256;

    /** A custodian key as anyone may see it: no wrapped key, no passphrase. */
    public record EnrolledKey(UUID id, UUID userId, String fingerprint, Instant enrolledAt) {

        /** The fingerprint as people compare it: 16 groups of 4. */
        public String groupedFingerprint() {
            return OpeningKey.grouped(fingerprint);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(CustodianKeys.class);

    private final CustodianKeyRecords records;
    private final Officials officials;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final CustodianKey.Argon2 cost;
    private final KeyDerivations derivations;
    private final SecureRandom random = new SecureRandom();

    CustodianKeys(CustodianKeyRecords records, Officials officials, ApplicationEventPublisher events, Clock clock,
            PlatformTransactionManager transactions, CustodianKeySettings settings, KeyDerivations derivations, Environment environment) {
        this.records = records;
        this.officials = officials;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.cost = settings.argon2();
        this.derivations = derivations;
        if (settings.belowProductionFloor()) {
            if (environment.acceptsProfiles(Profiles.of("prod"))) {
                throw new IllegalStateException("the prod profile refuses custodian keys wrapped below Argon2id's minimum cost "
                        + CustodianKeySettings.PRODUCTION_FLOOR + ": raise cogov.procurement.custodian-key.*");
            }
            log.warn("custodian keys are wrapped with Argon2id at {}, below the production minimum: for tests and the demo only", cost);
        }
    }

    /**
     * Enrols a new key for the official who asks, replacing its current one for the procedures published
     * from now on. The passphrase must be at least {@value #MIN_PASSPHRASE} characters and be repeated
     * alike; both arrays are wiped.
     *
     * @throws RuleViolations the passphrase is too short or too long, or not repeated alike
     */
    public EnrolledKey enrol(Actor actor, char[] passphrase, char[] repeated) {
        try {
            actor.require("procurement:custodian:enrol", "procurement.custodian.key-enrol", "user", actor.userId());
            Officials.Official official = officials.official(actor.userId())
                    .orElseThrow(() -> RuleViolation.refused("procurement.custodian.not-an-official", null));
            List<RuleViolation> violations = policy(passphrase, repeated);
            if (!violations.isEmpty()) {
                throw new RuleViolations(violations);
            }
            CustodianKey.Enrolment enrolment = derivations.run(() -> CustodianKey.enrol(passphrase, cost, random));
            UUID id = UUID.randomUUID();
            String fingerprint = OpeningKey.fingerprint(enrolment.publicKey());
            Instant now = clock.instant();
            return java.util.Objects.requireNonNull(transaction.execute(status -> {
                boolean replacing = records.current(actor.userId()).isPresent();
                records.replaceCurrent(actor.userId(), now);
                records.add(id, actor.userId(), official.organization(), enrolment, now);
                Map<String, String> payload = new LinkedHashMap<>();
                payload.put("fingerprint", fingerprint);
                payload.put("replaced", Boolean.toString(replacing));
                payload.put("argon2", cost.memoryKiB() + " KiB/" + cost.iterations() + "/" + cost.parallelism());
                events.publishEvent(new ProcedureChanged(actor.userId(), actor.organizationId(),
                        "procurement.custodian.key-enrolled", "custodian-key", id.toString(), payload));
                return new EnrolledKey(id, actor.userId(), fingerprint, now);
            }));
        } finally {
            wipe(passphrase);
            wipe(repeated);
        }
    }

    /**
     * Whether the passphrase unwraps the actor's current key, so that a custodian can make sure of it before
     * an opening. The key is unwrapped in this request and wiped at once; a wrong passphrase is a refused
     * entry of the audit log (never with the passphrase). The array is wiped.
     */
    public boolean check(Actor actor, char[] passphrase) {
        try {
            actor.require("procurement:custodian:enrol", "procurement.custodian.key-check", "user", actor.userId());
            CustodianKeyRecords.StoredKey key = records.current(actor.userId())
                    .orElseThrow(() -> RuleViolation.refused("procurement.custodian.no-key", null));
            if (passphrase.length == 0 || passphrase.length > 2 * MAX_PASSPHRASE) {
                refuse(actor, key.id(), "procurement.custodian.passphrase-wrong");
                return false;
            }
            try {
                byte[] privateKey = derivations.run(() -> unwrapOrNull(key, passphrase));
                if (privateKey == null) {
                    refuse(actor, key.id(), "procurement.custodian.passphrase-wrong");
                    return false;
                }
                wipe(privateKey);
                return true;
            } catch (IllegalArgumentException unusable) {
                return false;
            }
        } finally {
            wipe(passphrase);
        }
    }

    /** The user's current key, if it enrolled one. */
    public Optional<EnrolledKey> current(UUID userId) {
        return records.current(userId).map(CustodianKeys::view);
    }

    /** Those of the users who have a current key: the others cannot be given a share. */
    public Set<UUID> enrolled(Collection<UUID> users) {
        return records.enrolled(users);
    }

    /** The current key of a user, with its public key, for sealing a share to it. */
    Optional<CustodianKeyRecords.StoredKey> currentKey(UUID userId) {
        return records.current(userId);
    }

    /**
     * Unwraps a key of the user — its current one or an earlier one — by the passphrase, checking that it
     * is the key of the public key stored beside it. The caller wipes what it gets.
     *
     * @throws WrongPassphrase the passphrase does not unwrap it
     */
    byte[] unwrap(UUID keyId, UUID userId, char[] passphrase) throws WrongPassphrase {
        CustodianKeyRecords.StoredKey key = records.find(keyId).filter(k -> k.userId().equals(userId))
                .orElseThrow(() -> new IllegalStateException("no custodian key " + keyId + " of the user"));
        byte[] privateKey = derivations.run(() -> unwrapOrNull(key, passphrase));
        if (privateKey == null) {
            throw new WrongPassphrase();
        }
        if (!OpeningKey.matches(privateKey, key.publicKey())) {
            wipe(privateKey);
            throw new IllegalStateException("custodian key " + keyId + " does not unwrap to its own public key");
        }
        return privateKey;
    }

    /** Records a wrong passphrase as a refused attempt, apart from the request, which may roll back. */
    void refuse(Actor actor, UUID keyId, String action) {
        events.publishEvent(new Refusal(actor.userId(), actor.organizationId(), action, "custodian-key", keyId.toString(),
                Map.of()));
    }

    private static @Nullable byte[] unwrapOrNull(CustodianKeyRecords.StoredKey key, char[] passphrase) {
        try {
            return CustodianKey.unwrap(key.wrapped(), passphrase);
        } catch (WrongPassphrase wrong) {
            return null;
        }
    }

    /** What a passphrase must be: long enough, not too long, and repeated alike. */
    static List<RuleViolation> policy(char[] passphrase, char[] repeated) {
        List<RuleViolation> violations = new ArrayList<>();
        int length = Character.codePointCount(passphrase, 0, passphrase.length);
        if (length < MIN_PASSPHRASE) {
            violations.add(RuleViolation.refused("procurement.custodian.passphrase-too-short", "passphrase", MIN_PASSPHRASE));
        } else if (length > MAX_PASSPHRASE) {
            violations.add(RuleViolation.refused("procurement.custodian.passphrase-too-long", "passphrase", MAX_PASSPHRASE));
        } else if (isBlank(passphrase)) {
            violations.add(RuleViolation.refused("procurement.custodian.passphrase-blank", "passphrase"));
        }
        if (!Arrays.equals(passphrase, repeated)) {
            violations.add(RuleViolation.refused("procurement.custodian.passphrase-not-repeated", "repeated"));
        }
        return violations;
    }

    private static boolean isBlank(char[] passphrase) {
        for (char c : passphrase) {
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static EnrolledKey view(CustodianKeyRecords.StoredKey key) {
        return new EnrolledKey(key.id(), key.userId(), key.fingerprint(), key.enrolledAt());
    }

    static void wipe(char @Nullable [] chars) {
        if (chars != null) {
            Arrays.fill(chars, '\0');
        }
    }

    static void wipe(byte @Nullable [] bytes) {
        if (bytes != null) {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
