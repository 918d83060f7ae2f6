package org.cogov.contracting.drafting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.cogov.contracting.Contract;
import org.cogov.contracting.ContractChanged;
import org.cogov.contracting.ContractDeadlines;
import org.cogov.contracting.ContractDocument;
import org.cogov.contracting.ContractId;
import org.cogov.contracting.ContractLimits;
import org.cogov.contracting.ContractSignature;
import org.cogov.contracting.ContractSigned;
import org.cogov.contracting.SignerCertificates;
import org.cogov.contracting.SignerKey;
import org.cogov.procurement.Procedure;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.ProcurementRules;
import org.cogov.procurement.Publication;
import org.cogov.procurement.award.Awards;
import org.cogov.procurement.bonds.BidBonds;
import org.cogov.sealing.WrongPassphrase;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.Refusal;
import org.cogov.shared.keys.KeyDerivations;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.time.WorkingDays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signature of a contract by both parties (RULES.md "After evaluation"). Each party signs once, in its own request with
 * its own passphrase: an official of the purchasing department and a user of the provider, in either order, each with
 * its current signer key over the SHA-256 of the contract document ({@link ContractDocument}). After the first signature
 * the draft is fixed, so that the second party signs the very same document. With the second, the contract is SIGNED, the
 * days to publish and to file it are set, and in the same transaction the award's lot records the signature — no remedy
 * reaches it any more, and the procedure is CONTRACTED when every awarded lot is — and the lot's bid bonds fall due back.
 *
 * <p>The key is unwrapped and the hash signed outside any database transaction (Argon2id is slow and memory-hungry); the
 * transaction that records the signature locks the contract and checks again that it is the draft, with the same hash,
 * not signed by this party meanwhile, and its procedure not suspended. A signature after the sign-by day is allowed and
 * flagged late: the law sanctions the delay, it does not void the contract.
 */
@Service
public class ContractSignatures {

    /** What verification found for one signature. */
    public record SignatureCheck(ContractSignature.Party party, UUID signerId, UUID keyId, String algorithm, boolean sameDocument,
            boolean valid) {
    }

    /** What verification found: the hash re-computed from the stored clauses, and each signature checked against it. */
    public record ContractVerification(UUID contractId, Contract.Status status, String documentHash, List<SignatureCheck> signatures,
            boolean verified) {
    }

    private final ContractRecords contracts;
    private final SignatureRecords records;
    private final ContractDrafts drafts;
    private final KeyDerivations derivations;
    private final SignerCertificates certificates;
    private final Publication publication;
    private final Awards awards;
    private final BidBonds bonds;
    private final ProcurementRules rules;
    private final WorkingDays workingDays;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final BigDecimal advancePercent;

    ContractSignatures(ContractRecords contracts, SignatureRecords records, ContractDrafts drafts, KeyDerivations derivations,
            SignerCertificates certificates, Publication publication, Awards awards, BidBonds bonds, ProcurementRules rules,
            WorkingDays workingDays, ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions,
            @Value("${cogov.contracting.advance-percent:30}") BigDecimal advancePercent) {
        this.contracts = contracts;
        this.records = records;
        this.drafts = drafts;
        this.derivations = derivations;
        this.certificates = certificates;
        this.publication = publication;
        this.awards = awards;
        this.bonds = bonds;
        this.rules = rules;
        this.workingDays = workingDays;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.advancePercent = advancePercent;
    }

    /** Which party the actor may sign for, if any: its organization's side, with the permission of that side. */
    public Optional<ContractSignature.Party> partyOf(Actor actor, Contract contract) {
        if (actor.can("contracting:contract:draft") && contract.purchaser().organizationId().equals(actor.organizationId())) {
            return Optional.of(ContractSignature.Party.PURCHASER);
        }
        if (actor.can("contracting:contract:own") && contract.provider().organizationId().equals(actor.organizationId())) {
            return Optional.of(ContractSignature.Party.PROVIDER);
        }
        return Optional.empty();
    }

    /** Whether the actor may sign the contract now: a draft its party has not signed yet. */
    public boolean maySign(Actor actor, Contract contract) {
        return contract.status() == Contract.Status.DRAFT && partyOf(actor, contract)
                .filter(party -> contract.signatures().stream().noneMatch(s -> s.party() == party)).isPresent();
    }

    /**
     * The actor signs the contract for its party with its current signer key, unwrapped by the passphrase; the array is
     * wiped whatever the outcome. A wrong passphrase is a refused entry of the audit log, never with the passphrase.
     */
    public Contract sign(Actor actor, ContractId id, char[] passphrase) {
        try {
            Contract contract = drafts.contract(actor, id);
            ContractSignature.Party party = partyOf(actor, contract)
                    .orElseThrow(() -> new Forbidden("contracting.contract.sign", "contract", id.value()));
            requireSignable(contract, party);
            SignatureRecords.StoredKey key = records.current(actor.userId())
                    .orElseThrow(() -> RuleViolation.refused("contracting.signature.no-key", "passphrase"));
            String hash = ContractDocument.hash(contract);
            if (passphrase.length == 0 || passphrase.length > 2 * SignerKeys.MAX_PASSPHRASE) {
                throw wrongPassphrase(actor, id);
            }
            String signature = derivations.run(() -> signOrNull(key, passphrase, hash));
            if (signature == null) {
                throw wrongPassphrase(actor, id);
            }
            String certificate = certificates.answerFor(actor.userId(), actor.organizationId(), key.id(), key.algorithm(), key.publicKey());
            Objects.requireNonNull(transaction.execute(status -> {
                awards.holdForSignature(new ProcedureId(contract.procedureId()), contract.lot());
                record(actor, id, party, key, hash, signature, certificate);
                return Boolean.TRUE;
            }));
            return drafts.contract(actor, id);
        } finally {
            SignerKeys.wipe(passphrase);
        }
    }

    /** Re-computes the document's hash from the stored clauses and verifies every signature with its stored public key. */
    @Transactional(readOnly = true)
    public ContractVerification verify(Actor actor, ContractId id) {
        Contract contract = drafts.contract(actor, id);
        String hash = ContractDocument.hash(contract);
        List<SignatureCheck> checks = contract.signatures().stream().map(s -> {
            boolean same = s.documentHash().equals(hash);
            boolean valid = records.key(s.keyId()).filter(k -> k.userId().equals(s.signerId()))
                    .map(k -> SignerKey.ED25519.equals(s.algorithm()) && SignerKey.verify(k.publicKey(), hash, s.signature()))
                    .orElse(false);
            return new SignatureCheck(s.party(), s.signerId(), s.keyId(), s.algorithm(), same, same && valid);
        }).toList();
        boolean verified = !checks.isEmpty() && checks.stream().allMatch(SignatureCheck::valid)
                && (contract.status() != Contract.Status.SIGNED || checks.size() == 2);
        return new ContractVerification(id.value(), contract.status(), hash, checks, verified);
    }

    private void record(Actor actor, ContractId id, ContractSignature.Party party, SignatureRecords.StoredKey key, String hash,
            String signature, String certificate) {
        ContractRecords.Row row = contracts.lock(id.value()).orElseThrow(() -> RuleViolation.notFound("contracting.contract.unknown", id.value()));
        Contract contract = drafts.contract(actor, id);
        requireSignable(contract, party);
        if (!ContractDocument.hash(contract).equals(hash)) {
            throw RuleViolation.conflict("contracting.contract.changed-meanwhile", row.procedureReference());
        }
        List<ContractSignature> before = contract.signatures();
        if (before.stream().anyMatch(s -> !s.documentHash().equals(hash))) {
            // Edits stop at the first signature; only a party renamed in the registry meanwhile changes the text.
            throw RuleViolation.conflict("contracting.signature.document-differs", row.procedureReference(), Integer.toString(row.lot()));
        }
        Instant now = clock.instant();
        LocalDate today = now.atZone(workingDays.zone()).toLocalDate();
        boolean late = today.isAfter(row.signBy());
        records.sign(id.value(), new ContractSignature(party, actor.userId(), actor.organizationId(), now, SignerKey.ED25519, key.id(),
                hash, signature, certificate.length() > SignerCertificates.ANSWER_MAX ? certificate.substring(0, SignerCertificates.ANSWER_MAX)
                        : certificate, late));
        if (!contracts.signing(id.value())) {
            throw RuleViolation.conflict("contracting.contract.not-a-draft", row.procedureReference(), Integer.toString(row.lot()));
        }
        events.publishEvent(new ContractChanged(actor.userId(), actor.organizationId(), "contracting.contract.signature-added", id.value(),
                Map.of("reference", row.procedureReference(), "lot", Integer.toString(row.lot()), "party", party.name(), "keyId",
                        key.id().toString(), "algorithm", SignerKey.ED25519, "documentHash", hash, "late", Boolean.toString(late))));
        if (before.isEmpty()) {
            return;
        }
        ContractLimits limits = ContractLimits.on(rules.rulebook(), today, advancePercent);
        LocalDate publishBy = ContractDeadlines.publishBy(workingDays.calendar(), today, limits);
        LocalDate fileBy = ContractDeadlines.fileBy(workingDays.calendar(), today, limits);
        if (!contracts.signed(id.value(), today, publishBy, fileBy, late)) {
            throw RuleViolation.conflict("contracting.contract.not-a-draft", row.procedureReference(), Integer.toString(row.lot()));
        }
        if (!drafts.isRenewal(id)) {
            ProcedureId procedure = new ProcedureId(row.procedureId());
            awards.contractSigned(procedure, row.lot(), today);
            bonds.contractSigned(procedure, row.lot(), today);
        }
        events.publishEvent(new ContractSigned(actor.userId(), actor.organizationId(), id.value(), row.procedureId(),
                row.procedureReference(), row.lot(), hash, today, publishBy, fileBy, late));
    }

    /** A draft, its party not signed yet, its procedure not suspended. */
    private void requireSignable(Contract contract, ContractSignature.Party party) {
        if (contract.status() != Contract.Status.DRAFT) {
            throw RuleViolation.conflict("contracting.contract.not-a-draft", contract.procedureReference(), Integer.toString(contract.lot()));
        }
        if (contract.signatures().stream().anyMatch(s -> s.party() == party)) {
            throw RuleViolation.conflict("contracting.signature.signed-already", contract.procedureReference(),
                    Integer.toString(contract.lot()));
        }
        Procedure procedure = publication.published(new ProcedureId(contract.procedureId()))
                .orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown", contract.procedureId())).procedure();
        if (procedure.state() == Procedure.State.SUSPENDED) {
            throw RuleViolation.conflict("contracting.signature.suspended", contract.procedureReference());
        }
    }

    private RuleViolation wrongPassphrase(Actor actor, ContractId id) {
        events.publishEvent(new Refusal(actor.userId(), actor.organizationId(), "contracting.signature.passphrase-wrong", "contract",
                id.value().toString(), Map.of()));
        return RuleViolation.refused("contracting.signature.passphrase-wrong", "passphrase");
    }

    private static @org.jspecify.annotations.Nullable String signOrNull(SignatureRecords.StoredKey key, char[] passphrase, String hash) {
        try {
            return SignerKey.sign(key.wrapped(), key.publicKey(), passphrase, hash);
        } catch (WrongPassphrase wrong) {
            return null;
        }
    }
}
