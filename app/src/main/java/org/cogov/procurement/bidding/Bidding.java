package org.cogov.procurement.bidding;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.cogov.procurement.Lot;
import org.cogov.procurement.Procedure;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.Publication;
import org.cogov.procurement.custody.OpeningKeys;
import org.cogov.registry.Eligibility;
import org.cogov.registry.EligibilityReason;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Suppliers;
import org.cogov.sealing.BidContent;
import org.cogov.sealing.BidEnvelope;
import org.cogov.sealing.Binding;
import org.cogov.sealing.EnvelopeRefused;
import org.cogov.shared.Actor;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.RuleViolations;
import org.cogov.shared.document.Ciphertexts;
import org.cogov.shared.document.ContentTypes;
import org.cogov.shared.document.Detection;
import org.cogov.shared.document.DocumentTooLarge;
import org.cogov.shared.document.StoredBytes;
import org.cogov.shared.schedule.Agenda;
import org.cogov.shared.time.WorkingDays;
import org.cogov.shared.web.Refusals;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receives sealed bids. A bid is sealed the moment it arrives — or arrives sealed from the bidder's
 * own machine — and its plaintext is written nowhere: the price, the proposal and the attachments
 * stream through the envelope's cipher and a second layer under the bid key into the blob store.
 * The receipt's time is read from the clock in the transaction that locks the procedure's row while
 * it tenders, and the bid is on time only if that time is before the deadline.
 *
 * <p>A submission or withdrawal may carry an Idempotency-Key: a retry gets the first answer, the same
 * key with another request is refused, and a concurrent duplicate waits for the first to finish.
 */
@Service
public class Bidding {

    /** A bid as the provider prepares it on the platform, to be sealed on arrival. */
    public record Proposal(BigDecimal price, String text, List<Attachment> attachments) {

        public Proposal {
            attachments = List.copyOf(attachments);
        }
    }

    /** An attachment held by the caller, readable more than once: it is checked, then sealed. */
    public record Attachment(String filename, StoredBytes bytes) {
    }

    /** The provider's bids on a procedure: each lot with every arrival and the version that counts, and the registry's word on it. */
    public record MyBids(Procedure procedure, List<LotBids> lots, Eligibility eligibility, boolean documentsObtained) {
    }

    public record LotBids(Lot lot, List<SealedBid> arrivals, @Nullable SealedBid standing, int nextVersion) {
    }

    private static final String CURRENCY = "CNY";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    /** The attachment types a bid may carry: checked before sealing, and again at the opening. */
    static final Set<String> BID_TYPES = Set.of("application/pdf", "image/png", "image/jpeg",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Publication publication;
    private final OpeningKeys openingKeys;
    private final Suppliers suppliers;
    private final SealedBids bids;
    private final IdempotencyKeys keys;
    private final Ciphertexts ciphertexts;
    private final Refusals refusals;
    private final ApplicationEventPublisher events;
    private final WorkingDays workingDays;
    private final BiddingSettings settings;
    private final Clock clock;
    private final TransactionTemplate inTransaction;

    Bidding(Publication publication, OpeningKeys openingKeys, Suppliers suppliers, SealedBids bids, IdempotencyKeys keys,
            Ciphertexts ciphertexts, Refusals refusals, ApplicationEventPublisher events, WorkingDays workingDays,
            BiddingSettings settings, Clock clock, PlatformTransactionManager transactions, Agenda agenda) {
        this.publication = publication;
        this.openingKeys = openingKeys;
        this.suppliers = suppliers;
        this.bids = bids;
        this.keys = keys;
        this.ciphertexts = ciphertexts;
        this.refusals = refusals;
        this.events = events;
        this.workingDays = workingDays;
        this.settings = settings;
        this.clock = clock;
        this.inTransaction = new TransactionTemplate(transactions);
        agenda.repeat("procurement.bid.forget-idempotency-keys", Duration.ofHours(1),
                () -> inTransaction.executeWithoutResult(status -> keys.forget(clock.instant().minus(settings.idempotencyRetention()))));
    }

    /** A bid prepared on the platform, sealed on arrival. */
    public SealedBid submit(Actor actor, ProcedureId id, int lot, Proposal proposal, boolean confirmWarnings,
            @Nullable String idempotencyKey) {
        return arrive(actor, id, lot, confirmWarnings, idempotencyKey, new Arrival() {

            @Override
            public SealedBid.SealedBy sealedBy() {
                return SealedBid.SealedBy.PLATFORM;
            }

            @Override
            public void check() {
                Bidding.this.check(proposal);
            }

            @Override
            public List<Object> request(String envelopeSha256) {
                // Sealed afresh, a retry's envelope differs from the first: the request is what the bidder sent.
                List<Object> request = new ArrayList<>(List.of("submit", proposal.price().stripTrailingZeros().toPlainString(),
                        proposal.text()));
                for (Attachment a : proposal.attachments()) {
                    request.add(a.filename());
                    request.add(sha256(a.bytes()));
                }
                return request;
            }

            @Override
            public void write(byte[] publicKey, Binding binding, OutputStream out) throws IOException {
                try (OutputStream envelope = BidEnvelope.sealing(publicKey, binding, out);
                        BidContent.Writer content = new BidContent.Writer(envelope)) {
                    content.price(proposal.price(), CURRENCY).proposal(proposal.text());
                    for (Attachment a : proposal.attachments()) {
                        try (InputStream in = a.bytes().from(0)) {
                            content.attachment(a.filename(), in);
                        }
                    }
                }
            }
        });
    }

    /** A bid sealed on the bidder's own machine: only its structure and binding can be checked before the opening. */
    public SealedBid submitSealed(Actor actor, ProcedureId id, int lot, InputStream envelope, boolean confirmWarnings,
            @Nullable String idempotencyKey) {
        return arrive(actor, id, lot, confirmWarnings, idempotencyKey, new Arrival() {

            @Override
            public SealedBid.SealedBy sealedBy() {
                return SealedBid.SealedBy.BIDDER;
            }

            @Override
            public List<Object> request(String envelopeSha256) {
                return List.of("sealed", envelopeSha256);
            }

            @Override
            public void write(byte[] publicKey, Binding binding, OutputStream out) throws IOException {
                InputStream copied = new Copying(envelope, out);
                BidEnvelope.Header header;
                try {
                    header = BidEnvelope.header(copied);
                } catch (EnvelopeRefused e) {
                    throw RuleViolation.refused(refusal(e), "envelope");
                }
                if (!header.binding().equals(binding)) {
                    throw RuleViolation.refused("procurement.bid.envelope.binding", "envelope", binding.version());
                }
                // The body ends with the 16-byte tag: anything shorter was cut short on the way.
                if (copied.transferTo(OutputStream.nullOutputStream()) < 16) {
                    throw RuleViolation.refused("procurement.bid.envelope.truncated", "envelope");
                }
            }
        });
    }

    /** The words for an envelope refused on arrival: only its structure is known before the opening. */
    private static String refusal(EnvelopeRefused e) {
        return switch (e.reason()) {
            case EnvelopeRefused.MAGIC -> "procurement.bid.envelope.magic";
            case EnvelopeRefused.ALGORITHM -> "procurement.bid.envelope.algorithm";
            case EnvelopeRefused.TRUNCATED -> "procurement.bid.envelope.truncated";
            default -> "procurement.bid.envelope.format";
        };
    }

    /** Records a submission refused as it arrived, before it reached {@link #submit}: its form broke a limit. */
    void refusedOnArrival(Actor actor, RuleViolation violation) {
        refusals.record(actor.userId(), actor.organizationId(), "procurement.bid.submit", "sealed-bid", null,
                Map.of("reason", violation.messageKey()));
    }

    /** Withdraws the bid on a lot: the withdrawal is the last version, and the lot has no bid of the bidder's. */
    public SealedBid withdraw(Actor actor, ProcedureId id, int lot, @Nullable String idempotencyKey) {
        return arrive(actor, id, lot, true, idempotencyKey, null);
    }

    /** The actor's own bids on a procedure; a provider that has none sees empty lots, like one that never bid. */
    @Transactional(readOnly = true)
    public MyBids mine(Actor actor, ProcedureId id) {
        actor.require("procurement:bid:submit", "procurement.bid.read-own", "procedure", id.value());
        Publication.PublishedProcedure published = publication.published(id)
                .orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown", id.value()));
        List<SealedBid> arrivals = bids.of(bidder(actor), id);
        List<LotBids> lots = published.lots().stream().map(lot -> {
            List<SealedBid> own = arrivals.stream().filter(b -> b.lot() == lot.number()).toList();
            SealedBid last = own.isEmpty() ? null : own.get(own.size() - 1);
            return new LotBids(lot, own, last != null && last.kind() == SealedBid.Kind.BID ? last : null,
                    last == null ? 1 : last.version() + 1);
        }).toList();
        LocalDate today = clock.instant().atZone(workingDays.zone()).toLocalDate();
        return new MyBids(published.procedure(), lots, suppliers.eligibility(bidder(actor), published.procedure().purchaser(), today),
                bids.obtainedDocuments(id, bidder(actor)));
    }

    /** Whether the procedure takes bids now: it tenders, and its deadline has not come. */
    public boolean open(Procedure procedure) {
        Instant deadline = procedure.timetable().deadline();
        return procedure.state() == Procedure.State.TENDERING && deadline != null && clock.instant().isBefore(deadline);
    }

    /** One receipt, for its bidder; anyone else is told it does not exist, and the attempt is recorded. */
    @Transactional(readOnly = true)
    public SealedBid receipt(Actor actor, SealedBidId id) {
        actor.require("procurement:bid:submit", "procurement.bid.read-own", "sealed-bid", id.value());
        return bids.find(bidder(actor), id).orElseThrow(() -> {
            refusals.record("procurement.bid.read-own", "sealed-bid", id.value().toString(), Map.of("reason", "not-the-owner"));
            return RuleViolation.notFound("procurement.bid.unknown", id.value());
        });
    }

    /** What the arrival brings: sealed by whom, the request's identity for its Idempotency-Key, the envelope. */
    private interface Arrival {

        SealedBid.SealedBy sealedBy();

        /** Refuses, before anything is sealed, what the platform can see is wrong with the content. */
        default void check() {
        }

        /** The request's content, for the keyed tag that tells a retry from another request with the same key. */
        List<Object> request(String envelopeSha256);

        /** Writes the envelope, bound to {@code binding}, into {@code out}. */
        void write(byte[] publicKey, Binding binding, OutputStream out) throws IOException;
    }

    /** The Idempotency-Key was taken: by this request's first try, or by another request. */
    private static final class KeyTaken extends RuntimeException {

        KeyTaken() {
            super(null, null, false, false);
        }
    }

    private SealedBid arrive(Actor actor, ProcedureId id, int lot, boolean confirmWarnings, @Nullable String idempotencyKey,
            @Nullable Arrival arrival) {
        String action = arrival == null ? "procurement.bid.withdraw" : "procurement.bid.submit";
        actor.require("procurement:bid:submit", action, "procedure", id.value());
        String principal = bids.key().tag("principal", actor.userId());
        AtomicReference<String> requestTag = new AtomicReference<>();
        try {
            return inTransaction.execute(status -> receive(actor, id, lot, confirmWarnings, arrival,
                    claim -> {
                        requestTag.set(claim.requestTag());
                        if (idempotencyKey != null) {
                            try {
                                keys.claim(principal, idempotencyKey, claim.requestTag(), claim.receipt(), clock.instant());
                            } catch (DuplicateKeyException e) {
                                throw new KeyTaken();
                            }
                        }
                    }));
        } catch (KeyTaken e) {
            return replay(actor, principal, idempotencyKey, requestTag.get());
        } catch (PessimisticLockingFailureException e) {
            throw RuleViolation.conflict("procurement.bid.in-progress");
        } catch (RuleViolation | RuleViolations e) {
            refusals.record(actor.userId(), actor.organizationId(), action, "sealed-bid", null,
                    Map.of("reason", e instanceof RuleViolation v ? v.messageKey() : "rules"));
            throw e;
        }
    }

    /** The claim of an Idempotency-Key, made once the request is known and before the procedure is locked. */
    private record Claim(String requestTag, SealedBidId receipt) {
    }

    private interface Claimer {

        void claim(Claim claim);
    }

    private SealedBid receive(Actor actor, ProcedureId id, int lot, boolean confirmWarnings, @Nullable Arrival arrival,
            Claimer claimer) {
        Procedure procedure = tendering(id, lot);
        OrganizationId bidder = bidder(actor);
        if (!bids.obtainedDocuments(id, bidder)) {
            throw RuleViolation.refused("procurement.bid.documents-not-obtained", "procedure", procedure.reference());
        }
        eligible(bidder, procedure, confirmWarnings);
        int version = bids.lastVersion(id, lot, bidder) + 1;
        if (version > FinalQuotation.VERSIONS) {
            // The range above is the final quotations': a bid bound there could be replayed as one.
            throw RuleViolation.conflict("procurement.bid.too-many-versions", FinalQuotation.VERSIONS);
        }
        if (arrival == null && version == 1) {
            throw RuleViolation.conflict("procurement.bid.nothing-to-withdraw", lot);
        }
        SealedBidId receipt = new SealedBidId(UUID.randomUUID());
        String envelopeSha256 = null;
        long size = 0;
        String kept = null;
        List<Object> request = new ArrayList<>(List.of(id.value(), lot));
        if (arrival != null) {
            arrival.check();
            byte[] publicKey = openingKeys.of(id).orElseThrow(() -> RuleViolation.conflict("procurement.bid.no-opening-key",
                    procedure.reference())).publicKey();
            Ciphertexts.Sink sink = ciphertexts.sink();
            MessageDigest digest = digest();
            Counting counted;
            // The digest sees the envelope as the bidder could check it; the at-rest layer closes with it.
            try (DigestOutputStream hashed = new DigestOutputStream(bids.key().atRest(receipt.value(), sink.stream()), digest)) {
                counted = new Counting(hashed, settings.maxBidSize().toBytes());
                arrival.write(publicKey, new Binding(id.value(), lot, bidder.value(), version), counted);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            envelopeSha256 = HexFormat.of().formatHex(digest.digest());
            size = counted.count;
            kept = sink.keep().sha256();
            request.addAll(arrival.request(envelopeSha256));
        } else {
            request.add("withdraw");
        }
        claimer.claim(new Claim(bids.key().tag("request", request.toArray()), receipt));
        SealedBids.Locked locked = bids.lock(id).orElseThrow();
        Instant receivedAt = clock.instant();
        if (!Procedure.State.TENDERING.name().equals(locked.state()) || locked.deadline() == null
                || !receivedAt.isBefore(locked.deadline())) {
            throw RuleViolation.conflict("procurement.bid.too-late", procedure.reference(), time(receivedAt),
                    locked.deadline() == null ? "" : time(locked.deadline()));
        }
        UUID entry = UUID.randomUUID();
        SealedBid bid = new SealedBid(receipt, id, lot, bidder, version,
                arrival == null ? SealedBid.Kind.WITHDRAWAL : SealedBid.Kind.BID,
                arrival == null ? SealedBid.SealedBy.PLATFORM : arrival.sealedBy(), actor.userId(), receivedAt, envelopeSha256,
                size, entry);
        try {
            bids.add(bid, kept);
        } catch (DuplicateKeyException e) {
            throw RuleViolation.conflict("procurement.bid.version-raced", version);
        }
        events.publishEvent(new BidReceived(entry, receipt.value(), bid.kind(), envelopeSha256, version));
        return bid;
    }

    /** The answer to a retry: the first answer if the request is the same, a refusal if the key served another. */
    private SealedBid replay(Actor actor, String principal, @Nullable String idempotencyKey, @Nullable String requestTag) {
        return inTransaction.execute(status -> {
            IdempotencyKeys.Claim claim = keys.find(principal, idempotencyKey == null ? "" : idempotencyKey)
                    .orElseThrow(() -> RuleViolation.conflict("procurement.bid.in-progress"));
            if (!claim.requestTag().equals(requestTag)) {
                throw RuleViolation.refused("procurement.bid.idempotency-key-reused", "Idempotency-Key");
            }
            return bids.find(bidder(actor), claim.receipt()).orElseThrow();
        });
    }

    /** The procedure, published, tendering and with that lot; else the bid is refused before anything is sealed. */
    private Procedure tendering(ProcedureId id, int lot) {
        Publication.PublishedProcedure published = publication.published(id)
                .orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown", id.value()));
        Procedure procedure = published.procedure();
        if (published.lots().stream().noneMatch(l -> l.number() == lot)) {
            throw RuleViolation.notFound("procurement.bid.unknown-lot", lot);
        }
        if (procedure.state() != Procedure.State.TENDERING || procedure.timetable().deadline() == null) {
            throw RuleViolation.conflict("procurement.bid.not-tendering", procedure.reference());
        }
        if (!open(procedure)) {
            throw RuleViolation.conflict("procurement.bid.too-late", procedure.reference(), time(clock.instant()),
                    time(procedure.timetable().deadline()));
        }
        return procedure;
    }

    /** The registry's word on the bidder: excluded refuses; a warning needs the bidder's confirmation. */
    private void eligible(OrganizationId bidder, Procedure procedure, boolean confirmWarnings) {
        LocalDate today = clock.instant().atZone(workingDays.zone()).toLocalDate();
        Eligibility eligibility = suppliers.eligibility(bidder, procedure.purchaser(), today);
        if (eligibility.isEligible() || !eligibility.isExcluded() && confirmWarnings) {
            return;
        }
        List<RuleViolation> reasons = new ArrayList<>();
        reasons.add(eligibility.isExcluded() ? RuleViolation.refused("procurement.bid.excluded", "eligibility")
                : RuleViolation.refused("procurement.bid.confirm-warnings", "confirm"));
        for (EligibilityReason reason : eligibility.reasons()) {
            reasons.add(RuleViolation.refused(reason.messageKey(), "eligibility", reason.arguments().toArray()));
        }
        throw new RuleViolations(reasons);
    }

    /** The proposal's limits and its attachments' types, checked by content before anything is sealed. */
    private void check(Proposal proposal) {
        List<RuleViolation> problems = new ArrayList<>();
        if (proposal.price().signum() <= 0 || proposal.price().scale() > 2 || proposal.price().precision() - proposal.price().scale() > 16) {
            problems.add(RuleViolation.refused("procurement.bid.price", "price"));
        }
        if (proposal.text().isBlank() || proposal.text().length() > settings.maxProposalLength()) {
            problems.add(RuleViolation.refused("procurement.bid.proposal", "proposal", settings.maxProposalLength()));
        }
        if (proposal.attachments().size() > settings.maxAttachments()) {
            problems.add(RuleViolation.refused("procurement.bid.too-many-attachments", "attachments", settings.maxAttachments()));
        }
        for (Attachment a : proposal.attachments()) {
            if (a.bytes().size() > settings.maxAttachmentSize().toBytes()) {
                problems.add(RuleViolation.refused("procurement.bid.attachment-too-large", "attachments", a.filename(),
                        settings.maxAttachmentSize().toMegabytes()));
                continue;
            }
            try {
                Detection detection = ContentTypes.detect(a.filename(), a.bytes());
                if (!(detection instanceof Detection.Allowed allowed) || !BID_TYPES.contains(allowed.mediaType())) {
                    problems.add(RuleViolation.refused("procurement.bid.attachment-type", "attachments", a.filename()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolations(problems);
        }
    }

    /** A time as the bidder reads it, to the millisecond: a receipt one millisecond late is late. */
    private String time(@Nullable Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(workingDays.zone()));
    }

    private static OrganizationId bidder(Actor actor) {
        return new OrganizationId(actor.organizationId());
    }

    private static String sha256(StoredBytes bytes) {
        MessageDigest digest = digest();
        try (InputStream in = bytes.from(0); OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts what passes, and refuses past the limit: a sealed bid is never larger than the setting. */
    private static final class Counting extends OutputStream {

        private final OutputStream out;
        private final long limit;
        long count;

        Counting(OutputStream out, long limit) {
            this.out = out;
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] { (byte) b }, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            count += length;
            if (count > limit) {
                throw new DocumentTooLarge(limit);
            }
            out.write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }

    /** Reads an envelope that arrives sealed, copying every byte read into the stream that keeps it. */
    private static final class Copying extends FilterInputStream {

        private final OutputStream copy;

        Copying(InputStream in, OutputStream copy) {
            super(in);
            this.copy = copy;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                copy.write(b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                copy.write(buffer, offset, n);
            }
            return n;
        }

        /** Skipped bytes are read, so that they are copied too. */
        @Override
        public long skip(long n) throws IOException {
            int read = read(new byte[(int) Math.min(Math.max(n, 0), 8192)]);
            return Math.max(read, 0);
        }
    }
}
