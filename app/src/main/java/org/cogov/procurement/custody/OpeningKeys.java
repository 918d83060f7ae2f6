package org.cogov.procurement.custody;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cogov.procurement.Custodian;
import org.cogov.procurement.Method;
import org.cogov.procurement.Procedure;
import org.cogov.procurement.ProcedureId;
import org.cogov.sealing.CustodianKey;
import org.cogov.sealing.OpeningKey;
import org.cogov.sealing.Share;
import org.cogov.sealing.ShareRefused;
import org.cogov.sealing.WrongPassphrase;
import org.cogov.shared.Actor;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.RuleViolations;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The opening keys of procedures. At publication, in its transaction, the key ceremony: an X25519 key
 * pair for the procedure, its private key split k of n among the custodians (Shamir), each share sealed
 * to its custodian's current key (HPKE, bound to the procedure) and stored with its SHA-256
 * commitment, the public key stored with its fingerprint — and the private key and the shares wiped.
 * From then until the opening nothing on the server suffices to read a bid: each share opens only with
 * its custodian's passphrase, and k of them are needed.
 */
@Service
public class OpeningKeys {

    /**
     * A procedure's published opening key: what bids are sealed to, and the commitment of each share,
     * against which the custodians' shares are checked at the opening.
     *
     * @param publicKey the X25519 public key, 32 bytes
     * @param fingerprint the SHA-256 of the public key in lowercase hex
     * @param algorithm {@link OpeningKey#ALGORITHM}
     * @param needed how many shares open it (k)
     * @param shares one per custodian (n), by index
     */
    public record ProcedureKey(ProcedureId procedure, byte[] publicKey, String fingerprint, String algorithm, int needed,
            List<Commitment> shares) {

        public ProcedureKey {
            publicKey = publicKey.clone();
            shares = List.copyOf(shares);
        }

        @Override
        public byte[] publicKey() {
            return publicKey.clone();
        }

        /** How many custodians hold a share (n). */
        public int custodians() {
            return shares.size();
        }

        public String publicKeyBase64() {
            return Base64.getEncoder().encodeToString(publicKey);
        }

        /** The fingerprint as people compare it: 16 groups of 4. */
        public String groupedFingerprint() {
            return OpeningKey.grouped(fingerprint);
        }
    }

    /** A share of the opening key as it was published: its index, its custodian and its commitment, never the share. */
    public record Commitment(int index, UUID custodian, String custodianName, String commitment) {
    }

    /**
     * A custodian's duty: a procedure it is named for, while a draft, or holds a share of. Its share is
     * sealed to the key that was its current one at publication: {@code earlierKey} says that the
     * custodian has enrolled a new key since, and opens this share with the earlier passphrase.
     */
    public record Duty(ProcedureId procedure, String reference, String title, Method method, Procedure.State state,
            @Nullable Instant deadline, @Nullable Instant openingFrom, @Nullable Instant openingUntil, int needed, int custodians,
            @Nullable Integer shareIndex, @Nullable String commitment, boolean earlierKey) {

        public boolean published() {
            return shareIndex != null;
        }
    }

    private final OpeningKeyRecords records;
    private final CustodianKeys custodianKeys;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    OpeningKeys(OpeningKeyRecords records, CustodianKeys custodianKeys, Clock clock) {
        this.records = records;
        this.custodianKeys = custodianKeys;
        this.clock = clock;
    }

    /**
     * The key ceremony of a procedure being published, in the publication's transaction: makes the key,
     * splits it among the custodians (share {@code i} to the {@code i}-th custodian, at index {@code i + 1}),
     * seals and stores the shares, stores the public key, and wipes the private key and the shares.
     *
     * @param needed how many custodians must come to open (k)
     * @param custodians those named (n), each with a current custodian key
     * @throws RuleViolations a custodian has no key enrolled
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ProcedureKey make(ProcedureId procedure, int needed, List<Custodian> custodians) {
        List<CustodianKeyRecords.StoredKey> keys = new ArrayList<>();
        List<RuleViolation> missing = new ArrayList<>();
        for (Custodian custodian : custodians) {
            custodianKeys.currentKey(custodian.userId()).ifPresentOrElse(keys::add, () -> missing.add(RuleViolation.refused(
                    "procurement.blocker.custodian-without-key", "custodians", custodian.displayName())));
        }
        if (!missing.isEmpty()) {
            throw new RuleViolations(missing);
        }
        OpeningKey.Ceremony ceremony = OpeningKey.split(needed, custodians.size(), random);
        try {
            byte[] context = context(procedure);
            List<OpeningKeyRecords.StoredShare> shares = new ArrayList<>();
            List<Commitment> commitments = new ArrayList<>();
            for (int i = 0; i < custodians.size(); i++) {
                Share share = ceremony.shares().get(i);
                Custodian custodian = custodians.get(i);
                CustodianKeyRecords.StoredKey key = keys.get(i);
                String commitment = share.commitment();
                shares.add(new OpeningKeyRecords.StoredShare(share.index(), custodian.userId(), custodian.organization().value(),
                        custodian.displayName(), key.id(), CustodianKey.SHARE_SEALING,
                        CustodianKey.sealShare(key.publicKey(), share, context), commitment));
                commitments.add(new Commitment(share.index(), custodian.userId(), custodian.displayName(), commitment));
            }
            byte[] publicKey = ceremony.publicKey();
            String fingerprint = OpeningKey.fingerprint(publicKey);
            records.add(new OpeningKeyRecords.StoredOpeningKey(procedure, OpeningKey.ALGORITHM, publicKey, fingerprint, needed,
                    custodians.size(), clock.instant()), shares);
            return new ProcedureKey(procedure, publicKey, fingerprint, OpeningKey.ALGORITHM, needed, commitments);
        } finally {
            ceremony.wipe();
        }
    }

    /** A procedure's opening key, for anyone, once published; none for a draft, an unknown procedure or one that seals no bids. */
    @Transactional(readOnly = true)
    public Optional<ProcedureKey> of(ProcedureId procedure) {
        return records.key(procedure).map(key -> new ProcedureKey(procedure, key.publicKey(), key.fingerprint(), key.algorithm(),
                key.needed(), records.shares(procedure).stream()
                        .map(s -> new Commitment(s.index(), s.userId(), s.custodianName(), s.commitment())).toList()));
    }

    /** The procedures the actor is custodian of: drafts it is named in, and the published ones whose share it holds. */
    @Transactional(readOnly = true)
    public List<Duty> duties(Actor actor) {
        actor.require("procurement:custodian:duties", "procurement.custodian.duties", "user", actor.userId());
        UUID current = custodianKeys.current(actor.userId()).map(CustodianKeys.EnrolledKey::id).orElse(null);
        return records.duties(actor.userId()).stream().filter(row -> Method.valueOf(row.method()).sealsBids())
                .map(row -> new Duty(row.procedure(), row.reference(), row.title(), Method.valueOf(row.method()),
                        Procedure.State.valueOf(row.state()), row.deadline(), row.openingFrom(), row.openingUntil(),
                        row.custodiansNeeded(), row.custodiansNamed(), row.shareIndex(), row.commitment(),
                        row.custodianKeyId() != null && !row.custodianKeyId().equals(current)))
                .toList();
    }

    /**
     * The actor's share of a procedure's opening key, opened in this request with the passphrase of the key
     * it was sealed to, and checked against its published commitment: for the opening, which decides when
     * it may be asked and what it does with the share. The caller wipes the share; the passphrase is wiped.
     *
     * @throws RuleViolation the actor holds no share of the procedure (404), or the passphrase is wrong (422,
     *         and a refused entry of the audit log)
     */
    public Share openShare(Actor actor, ProcedureId procedure, char[] passphrase) {
        try {
            actor.require("procurement:custodian:duties", "procurement.custodian.share-open", "procedure", procedure.value());
            OpeningKeyRecords.StoredShare stored = records.shares(procedure).stream()
                    .filter(s -> s.userId().equals(actor.userId())).findFirst()
                    .orElseThrow(() -> RuleViolation.notFound("procurement.custodian.no-share", procedure.value()));
            byte[] key;
            try {
                key = custodianKeys.unwrap(stored.custodianKeyId(), actor.userId(), passphrase);
            } catch (WrongPassphrase wrong) {
                custodianKeys.refuse(actor, stored.custodianKeyId(), "procurement.custodian.passphrase-wrong");
                throw RuleViolation.refused("procurement.custodian.passphrase-wrong", "passphrase");
            }
            try {
                Share share = CustodianKey.openShare(key, stored.sealedShare(), context(procedure));
                if (share.index() != stored.index() || !share.commitment().equals(stored.commitment())) {
                    // Not the share the notice committed to: a changed record. Named, recorded and refused.
                    share.wipe();
                    custodianKeys.refuse(actor, stored.custodianKeyId(), "procurement.opening.share-refused");
                    throw RuleViolation.conflict("procurement.opening.share-refused", stored.index());
                }
                return share;
            } catch (ShareRefused refused) {
                custodianKeys.refuse(actor, stored.custodianKeyId(), "procurement.opening.share-refused");
                throw RuleViolation.conflict("procurement.opening.share-refused", stored.index());
            } finally {
                CustodianKeys.wipe(key);
            }
        } finally {
            CustodianKeys.wipe(passphrase);
        }
    }

    /** What a share is bound to: the ASCII bytes of {@code cogov/procedure/} and the procedure's id. */
    static byte[] context(ProcedureId procedure) {
        return ("cogov/procedure/" + procedure.value()).getBytes(StandardCharsets.US_ASCII);
    }
}
