package org.cogov.procurement.custody;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cogov.procurement.Method;
import org.cogov.procurement.Procedure;
import org.cogov.procurement.ProcedureId;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Custodians over the API: enrol a key, check one's passphrase, read one's duties; and, for anyone
 * without signing in, a published procedure's opening key with the commitments of its shares. The same
 * services and refusals as the pages. Passphrases are taken as JSON strings, handed to the services as
 * character arrays that they wipe, and never echoed, logged or stored.
 */
@RestController
@RequestMapping("/api/v1")
class CustodyApi {

    /** Longer than any passphrase the policy accepts, so that the policy gives the reason. */
    static final int MAX_FIELD = 2 * CustodianKeys.MAX_PASSPHRASE;

    record Enrolment(@NotNull @Size(max = MAX_FIELD) String passphrase, @NotNull @Size(max = MAX_FIELD) String repeated) {

        @Override
        public String toString() {
            return "Enrolment[passphrase not shown]";
        }
    }

    record Passphrase(@NotNull @Size(max = MAX_FIELD) String passphrase) {

        @Override
        public String toString() {
            return "Passphrase[not shown]";
        }
    }

    record KeyView(UUID id, String fingerprint, Instant enrolledAt) {

        static KeyView of(CustodianKeys.EnrolledKey key) {
            return new KeyView(key.id(), key.fingerprint(), key.enrolledAt());
        }
    }

    record CheckView(boolean right) {
    }

    record DutyView(UUID procedure, String reference, String title, Method method, Procedure.State state,
            @Nullable Instant deadline, @Nullable Instant openingFrom, @Nullable Instant openingUntil, int needed, int custodians,
            @Nullable Integer shareIndex, @Nullable String commitment, boolean earlierKey) {

        static DutyView of(OpeningKeys.Duty d) {
            return new DutyView(d.procedure().value(), d.reference(), d.title(), d.method(), d.state(), d.deadline(),
                    d.openingFrom(), d.openingUntil(), d.needed(), d.custodians(), d.shareIndex(), d.commitment(), d.earlierKey());
        }
    }

    record ShareView(int index, String custodian, String commitment) {
    }

    /** A published opening key: the public key in base64 and its SHA-256 fingerprint in hex. */
    record OpeningKeyView(UUID procedure, String algorithm, String publicKey, String fingerprint, int needed, int custodians,
            List<ShareView> shares) {

        static OpeningKeyView of(OpeningKeys.ProcedureKey key) {
            return new OpeningKeyView(key.procedure().value(), key.algorithm(), key.publicKeyBase64(), key.fingerprint(),
                    key.needed(), key.custodians(),
                    key.shares().stream().map(s -> new ShareView(s.index(), s.custodianName(), s.commitment())).toList());
        }
    }

    private final CustodianKeys keys;
    private final OpeningKeys openingKeys;

    CustodyApi(CustodianKeys keys, OpeningKeys openingKeys) {
        this.keys = keys;
        this.openingKeys = openingKeys;
    }

    /** Enrols a custodian key, replacing one's current key for the procedures published from now on. */
    @PostMapping("/custodian/key")
    @ResponseStatus(HttpStatus.CREATED)
    KeyView enrol(@Valid @RequestBody Enrolment enrolment) {
        return KeyView.of(keys.enrol(actor(), enrolment.passphrase().toCharArray(), enrolment.repeated().toCharArray()));
    }

    /** One's current custodian key: its fingerprint and when it was enrolled. */
    @GetMapping("/custodian/key")
    KeyView key() {
        Actor actor = actor();
        actor.require("procurement:custodian:enrol", "procurement.custodian.key-read", "user", actor.userId());
        return keys.current(actor.userId()).map(KeyView::of)
                .orElseThrow(() -> RuleViolation.notFound("procurement.custodian.no-key"));
    }

    /** Whether the passphrase unwraps one's current key; unwrapped in this request and wiped. */
    @PostMapping("/custodian/key/check")
    CheckView check(@Valid @RequestBody Passphrase passphrase) {
        return new CheckView(keys.check(actor(), passphrase.passphrase().toCharArray()));
    }

    @GetMapping("/custodian/duties")
    List<DutyView> duties() {
        return openingKeys.duties(actor()).stream().map(DutyView::of).toList();
    }

    /** A published procedure's opening key, for anyone, signed in or not. */
    @GetMapping("/procedures/{id}/opening-key")
    OpeningKeyView openingKey(@PathVariable UUID id) {
        return openingKeys.of(new ProcedureId(id)).map(OpeningKeyView::of)
                .orElseThrow(() -> RuleViolation.notFound("procurement.opening-key.unknown", id));
    }

    private static Actor actor() {
        return Actor.current().orElseThrow(() -> new Forbidden("procurement.custodian.duties", "user", null));
    }
}
