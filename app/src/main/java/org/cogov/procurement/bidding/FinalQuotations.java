package org.cogov.procurement.bidding;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cogov.procurement.Procedure;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.Publication;
import org.cogov.procurement.custody.OpeningKeys;
import org.cogov.registry.OrganizationId;
import org.cogov.sealing.BidContent;
import org.cogov.sealing.BidEnvelope;
import org.cogov.sealing.Binding;
import org.cogov.sealing.EnvelopeRefused;
import org.cogov.sealing.KeyRefused;
import org.cogov.sealing.OpeningKey;
import org.cogov.sealing.Share;
import org.cogov.shared.Actor;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.document.Ciphertexts;
import org.cogov.shared.document.DocumentTooLarge;
import org.cogov.shared.web.Refusals;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sealed final quotations (最后报价) of competitive negotiation and consultation, sealed and opened as bids are.
 * The evaluation calls for them on a lot, naming the valid suppliers and the due time; each of those suppliers
 * submits a total price and an optional text, sealed on arrival (or on its own machine) to the procedure's opening
 * key under a binding in the range reserved for final quotations ({@link FinalQuotation#VERSIONS}), and kept at
 * rest under the bid key; a later one replaces it until the due time. Nothing about them is readable, nor countable
 * by anyone but their supplier, before the opening. After the due time the custodians present their shares again
 * (they stay in custody after the bids' opening); at the k-th the key is rebuilt and checked, the last final
 * quotation of each supplier opened, checked (binding, authentication, content) and recorded, the key and the kept
 * shares wiped, and {@link FinalQuotationsOpened} tells the evaluation.
 */
@Service
public class FinalQuotations {

    static final int MAX_TEXT = 20000;
    private static final String CURRENCY = "CNY";

    /** A final quotation as the supplier gives it on the platform: a total price, and a text that may be empty. */
    public record GivenQuotation(BigDecimal price, @Nullable String text) {
    }

    /** Where a lot's final quotations stand, for anyone who may see the lot: it names no quotation and counts none. */
    public record FinalQuotationStatus(UUID procedure, int lot, Instant calledAt, Instant dueAt, @Nullable Instant openedAt, int needed,
            List<SharePresentedAgain> presented) {

        public FinalQuotationStatus {
            presented = List.copyOf(presented);
        }

        public boolean due(Instant now) {
            return !now.isBefore(dueAt);
        }
    }

    public record SharePresentedAgain(int index, UUID custodian, Instant at) {
    }

    /** A supplier's own view: whether it is invited, its arrivals, and once opened what its last one held. */
    public record MyFinalQuotation(@Nullable FinalQuotationStatus status, boolean invited, List<FinalQuotation> arrivals, int nextNumber,
            @Nullable OpenedFinalQuotation opened) {

        public MyFinalQuotation {
            arrivals = List.copyOf(arrivals);
        }
    }

    /**
     * A supplier's last final quotation at the opening: opened with its price and text, or refused with the reason
     * (a message key) — a failed binding or authentication, or content that is not a final quotation.
     */
    public record OpenedFinalQuotation(UUID bidder, int number, Instant receivedAt, String envelopeSha256, boolean valid,
            @Nullable String reason, @Nullable BigDecimal price, @Nullable String text) {
    }

    private final Publication publication;
    private final OpeningKeys openingKeys;
    private final FinalQuotationRecords records;
    private final Ciphertexts ciphertexts;
    private final Refusals refusals;
    private final ApplicationEventPublisher events;
    private final BiddingSettings settings;
    private final Clock clock;

    FinalQuotations(Publication publication, OpeningKeys openingKeys, FinalQuotationRecords records, Ciphertexts ciphertexts,
            Refusals refusals, ApplicationEventPublisher events, BiddingSettings settings, Clock clock) {
        this.publication = publication;
        this.openingKeys = openingKeys;
        this.records = records;
        this.ciphertexts = ciphertexts;
        this.refusals = refusals;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The evaluation's call for final quotations on a lot, from the valid suppliers, until the due time; once per
     * lot. The evaluation has checked who calls: this only records the call.
     */
    @Transactional
    public void call(ProcedureId id, int lot, List<UUID> suppliers, Instant due) {
        Instant now = clock.instant();
        if (!due.isAfter(now)) {
            throw RuleViolation.refused("procurement.final-quotation.due-past", "due");
        }
        if (!records.call(id, lot, now, due, suppliers)) {
            throw RuleViolation.conflict("procurement.final-quotation.called-already", lot);
        }
    }

    /** A final quotation given on the platform, sealed on arrival. */
    @Transactional
    public FinalQuotation submit(Actor actor, ProcedureId id, int lot, GivenQuotation quotation) {
        BigDecimal price = quotation.price();
        if (price == null || price.signum() <= 0 || price.scale() > 2 || price.precision() - price.scale() > 16) {
            throw RuleViolation.refused("procurement.final-quotation.price", "price");
        }
        String text = quotation.text() == null ? "" : quotation.text().strip();
        if (text.length() > MAX_TEXT) {
            throw RuleViolation.refused("procurement.final-quotation.text", "text", MAX_TEXT);
        }
        return arrive(actor, id, lot, (publicKey, binding, out) -> {
            try (OutputStream envelope = BidEnvelope.sealing(publicKey, binding, out);
                    BidContent.Writer content = new BidContent.Writer(envelope)) {
                content.price(price.setScale(2), CURRENCY).proposal(text);
            }
        });
    }

    /**
     * A final quotation sealed on the supplier's own machine (with the client's {@code seal}, at the version
     * {@code nextNumber} gives in the reserved range): only its structure and binding are checked before the opening.
     * A bid's envelope is bound below the range, so it is refused here as {@code envelope.binding}.
     */
    @Transactional
    public FinalQuotation submitSealed(Actor actor, ProcedureId id, int lot, InputStream sealed) {
        return arrive(actor, id, lot, (publicKey, binding, out) -> {
            long limit = settings.maxBidSize().toBytes();
            byte[] envelope = sealed.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (envelope.length > limit) {
                throw new DocumentTooLarge(limit);
            }
            BidEnvelope.Header header;
            try {
                header = BidEnvelope.header(new ByteArrayInputStream(envelope));
            } catch (EnvelopeRefused e) {
                throw RuleViolation.refused(EnvelopeRefused.TRUNCATED.equals(e.reason()) ? "procurement.bid.envelope.truncated"
                        : EnvelopeRefused.MAGIC.equals(e.reason()) ? "procurement.bid.envelope.magic" : "procurement.bid.envelope.format",
                        "envelope");
            }
            if (!header.binding().equals(binding)) {
                throw RuleViolation.refused("procurement.final-quotation.envelope-binding", "envelope", binding.version());
            }
            if (envelope.length < header.length() + 16) {
                throw RuleViolation.refused("procurement.bid.envelope.truncated", "envelope");
            }
            out.write(envelope);
        });
    }

    private interface Sealer {

        void write(byte[] publicKey, Binding binding, OutputStream out) throws IOException;
    }

    private FinalQuotation arrive(Actor actor, ProcedureId id, int lot, Sealer sealer) {
        actor.require("procurement:bid:submit", "procurement.final-quotation.submit", "procedure", id.value());
        Procedure procedure = published(id);
        OrganizationId bidder = new OrganizationId(actor.organizationId());
        FinalQuotationRecords.Call call = records.lock(id, lot)
                .orElseThrow(() -> RuleViolation.conflict("procurement.final-quotation.not-called", procedure.reference()));
        if (!records.invitees(id, lot).contains(bidder.value())) {
            throw RuleViolation.refused("procurement.final-quotation.not-invited", "lot", lot);
        }
        if (!clock.instant().isBefore(call.dueAt())) {
            throw RuleViolation.conflict("procurement.final-quotation.too-late", procedure.reference());
        }
        int number = records.lastNumber(id, lot, bidder) + 1;
        byte[] publicKey = openingKeys.of(id)
                .orElseThrow(() -> RuleViolation.conflict("procurement.bid.no-opening-key", procedure.reference())).publicKey();
        UUID row = UUID.randomUUID();
        Ciphertexts.Sink sink = ciphertexts.sink();
        MessageDigest digest = digest();
        long size;
        try (DigestOutputStream hashed = new DigestOutputStream(records.key().atRest(row, sink.stream()), digest)) {
            Counting counted = new Counting(hashed);
            sealer.write(publicKey, FinalQuotation.binding(id, lot, bidder, number), counted);
            size = counted.count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String kept = sink.keep().sha256();
        // The receipt's time is read with the call locked: a quotation sealed across the due time is late.
        Instant receivedAt = clock.instant();
        if (!receivedAt.isBefore(call.dueAt())) {
            throw RuleViolation.conflict("procurement.final-quotation.too-late", procedure.reference());
        }
        FinalQuotation quotation = new FinalQuotation(row, id, lot, bidder, number, actor.userId(), receivedAt,
                HexFormat.of().formatHex(digest.digest()), size);
        try {
            records.add(quotation, kept);
        } catch (DuplicateKeyException e) {
            throw RuleViolation.conflict("procurement.bid.version-raced", number);
        }
        events.publishEvent(new FinalQuotationReceived(row, quotation.envelopeSha256(), quotation.version()));
        return quotation;
    }

    /** The supplier's own final quotations on a lot; one not invited sees none, like one that gave none. */
    @Transactional(readOnly = true)
    public MyFinalQuotation mine(Actor actor, ProcedureId id, int lot) {
        actor.require("procurement:bid:submit", "procurement.final-quotation.read-own", "procedure", id.value());
        published(id);
        OrganizationId bidder = new OrganizationId(actor.organizationId());
        boolean invited = records.invitees(id, lot).contains(bidder.value());
        List<FinalQuotation> arrivals = invited ? records.of(bidder, id, lot) : List.of();
        OpenedFinalQuotation opened = records.results(id, lot).stream().filter(o -> o.bidder().equals(bidder.value())).findFirst().orElse(null);
        return new MyFinalQuotation(status(id, lot).orElse(null), invited, arrivals, arrivals.size() + 1, opened);
    }

    /** Where the lot's final quotations stand; none before the call. */
    @Transactional(readOnly = true)
    public Optional<FinalQuotationStatus> status(ProcedureId id, int lot) {
        return records.find(id, lot).map(call -> new FinalQuotationStatus(id.value(), lot, call.calledAt(), call.dueAt(), call.openedAt(),
                openingKeys.of(id).map(OpeningKeys.ProcedureKey::needed).orElse(0),
                records.presentations(id, lot).stream().map(p -> new SharePresentedAgain(p.index(), p.custodian(), p.at())).toList()));
    }

    /** What the opening found, per invited supplier that gave one; nothing before the opening. */
    @Transactional(readOnly = true)
    public List<OpenedFinalQuotation> opened(ProcedureId id, int lot) {
        return records.results(id, lot);
    }

    /**
     * A custodian presents its share again, after the due time, for the lot's final quotations; the k-th opens them
     * in this request. Refused, and recorded, before the due time or once they are opened.
     */
    @Transactional
    public FinalQuotationStatus present(Actor actor, ProcedureId id, int lot, char[] passphrase) {
        try {
            actor.require("procurement:opening:present", "procurement.final-quotation.present", "procedure", id.value());
            Procedure procedure = published(id);
            FinalQuotationRecords.Call call = records.lock(id, lot)
                    .orElseThrow(() -> RuleViolation.conflict("procurement.final-quotation.not-called", procedure.reference()));
            Instant now = clock.instant();
            try {
                if (call.openedAt() != null) {
                    throw RuleViolation.conflict("procurement.final-quotation.opened-already", procedure.reference());
                }
                if (now.isBefore(call.dueAt())) {
                    throw RuleViolation.conflict("procurement.final-quotation.before-due", procedure.reference());
                }
            } catch (RuleViolation refused) {
                refusals.record(actor.userId(), actor.organizationId(), "procurement.final-quotation.present", "procedure",
                        id.value().toString(), Map.of("reason", refused.messageKey()));
                throw refused;
            }
            OpeningKeys.ProcedureKey key = openingKeys.of(id)
                    .orElseThrow(() -> RuleViolation.conflict("procurement.bid.no-opening-key", procedure.reference()));
            Share share = openingKeys.openShare(actor, id, passphrase);
            try {
                records.present(id, lot, share.index(), actor.userId(), now,
                        records.key().seal(Base64.getEncoder().encodeToString(share.value()), row(id, lot, share.index())));
            } catch (DuplicateKeyException e) {
                throw RuleViolation.conflict("procurement.opening.already-presented", share.index());
            } finally {
                share.wipe();
            }
            List<FinalQuotationRecords.Presentation> presented = records.presentations(id, lot);
            if (presented.size() >= key.needed()) {
                open(actor, procedure, lot, key, presented, now);
            }
            return status(id, lot).orElseThrow();
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    private void open(Actor actor, Procedure procedure, int lot, OpeningKeys.ProcedureKey key,
            List<FinalQuotationRecords.Presentation> presented, Instant now) {
        ProcedureId id = procedure.id();
        List<Share> shares = presented.stream().map(p -> new Share(p.index(),
                Base64.getDecoder().decode(records.key().open(p.sealedShare(), row(id, lot, p.index()))))).toList();
        byte[] privateKey;
        try {
            privateKey = OpeningKey.rebuild(shares, key.shares().stream()
                    .collect(Collectors.toMap(OpeningKeys.Commitment::index, OpeningKeys.Commitment::commitment)), key.needed(),
                    key.publicKey());
        } catch (KeyRefused e) {
            throw RuleViolation.conflict("procurement.opening.key-refused", e.share(), e.reason());
        } finally {
            shares.forEach(Share::wipe);
        }
        int opened = 0;
        try {
            // The last arrival of each invited supplier counts; earlier ones are never opened.
            Map<UUID, FinalQuotation> last = records.arrivalsOn(id, lot).stream()
                    .collect(Collectors.toMap(q -> q.bidder().value(), Function.identity(),
                            (a, b) -> a.number() >= b.number() ? a : b));
            List<UUID> invitees = records.invitees(id, lot);
            for (FinalQuotation quotation : last.values().stream().sorted(Comparator.comparing(FinalQuotation::receivedAt)).toList()) {
                if (invitees.contains(quotation.bidder().value()) && openOne(privateKey, quotation)) {
                    opened++;
                }
            }
        } finally {
            Arrays.fill(privateKey, (byte) 0);
        }
        records.wipeShares(id, lot);
        records.opened(id, lot, now);
        events.publishEvent(new FinalQuotationsOpened(actor.userId(), actor.organizationId(), id.value(), procedure.reference(), lot,
                opened, now));
    }

    /** Opens one final quotation and records what it held, or why it was refused. */
    private boolean openOne(byte[] privateKey, FinalQuotation quotation) {
        byte[] envelope;
        try (InputStream kept = records.key().fromRest(quotation.id(), ciphertexts.read(records.kept(quotation.id()).orElseThrow()))) {
            envelope = kept.readAllBytes();
        } catch (IOException e) {
            records.result(quotation, false, "procurement.opening.damaged", null, null);
            return false;
        }
        ByteArrayOutputStream plaintext = new ByteArrayOutputStream();
        BidContent.Bid content;
        try {
            // Checked against the row it is kept under, in the final quotations' range: a replayed bid fails here too.
            BidEnvelope.open(privateKey, quotation.binding(), new ByteArrayInputStream(envelope), plaintext);
            content = BidContent.read(new ByteArrayInputStream(plaintext.toByteArray()), settings.maxBidSize().toBytes());
        } catch (EnvelopeRefused | IOException e) {
            records.result(quotation, false, "procurement.opening.does-not-open", null, null);
            return false;
        }
        if (!content.attachments().isEmpty() || !CURRENCY.equals(content.currency()) || content.proposal().length() > MAX_TEXT) {
            records.result(quotation, false, "procurement.final-quotation.not-a-quotation", null, null);
            return false;
        }
        records.result(quotation, true, null, content.price(), content.proposal().isEmpty() ? null : content.proposal());
        return true;
    }

    private Procedure published(ProcedureId id) {
        return publication.published(id).orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown", id.value()))
                .procedure();
    }

    /** The id a kept share is bound to: not the bids' opening's, so that it cannot be moved to that table or another lot. */
    private static UUID row(ProcedureId procedure, int lot, int index) {
        return UUID.nameUUIDFromBytes(("final-quotation/" + procedure.value() + "/" + lot + "/" + index).getBytes(StandardCharsets.US_ASCII));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Counting extends OutputStream {

        private final OutputStream out;
        long count;

        Counting(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            count++;
            out.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            count += length;
            out.write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }
}
