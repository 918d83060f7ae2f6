package org.cogov.procurement.bidding;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cogov.procurement.Lot;
import org.cogov.procurement.LotFailed;
import org.cogov.procurement.LotOpened;
import org.cogov.procurement.OpeningObjected;
import org.cogov.procurement.OpeningObjectionAnswered;
import org.cogov.procurement.OpeningResults;
import org.cogov.procurement.Procedure;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.ProcurementRule;
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
import org.cogov.shared.document.ContentTypes;
import org.cogov.shared.document.Detection;
import org.cogov.shared.document.Document;
import org.cogov.shared.document.Documents;
import org.cogov.shared.document.StoredBytes;
import org.cogov.shared.time.WorkingDays;
import org.cogov.shared.web.Refusals;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The opening of sealed bids (开标). After the deadline and inside the opening window, each custodian
 * presents its share in its own request, opened with its passphrase and checked against its published
 * commitment. The share is kept under the bid key until the k-th arrives; in that request the key is
 * rebuilt, checked against the published public key, and every lot is decided: one with fewer standing
 * bids than its method needs is not opened and fails, the others have the bid that counts for each
 * bidder opened. Then the key and the kept shares are wiped. Superseded versions and withdrawals are
 * never opened.
 */
@Service
public class Opening {

    static final int MAX_TEXT = 2000;

    private final Publication publication;
    private final OpeningKeys openingKeys;
    private final OpeningResults results;
    private final SealedBids bids;
    private final OpeningRecords records;
    private final Ciphertexts ciphertexts;
    private final Documents documents;
    private final Refusals refusals;
    private final ApplicationEventPublisher events;
    private final WorkingDays workingDays;
    private final BiddingSettings settings;
    private final Clock clock;

    Opening(Publication publication, OpeningKeys openingKeys, OpeningResults results, SealedBids bids, OpeningRecords records,
            Ciphertexts ciphertexts, Documents documents, Refusals refusals, ApplicationEventPublisher events,
            WorkingDays workingDays, BiddingSettings settings, Clock clock) {
        this.publication = publication;
        this.openingKeys = openingKeys;
        this.results = results;
        this.bids = bids;
        this.records = records;
        this.ciphertexts = ciphertexts;
        this.documents = documents;
        this.refusals = refusals;
        this.events = events;
        this.workingDays = workingDays;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * A custodian presents its share. Refused, and recorded, before the deadline, outside the opening
     * window, or once the bids are opened; the k-th share opens them in this request.
     */
    @Transactional
    public OpeningRecord present(Actor actor, ProcedureId id, char[] passphrase) {
        try {
            actor.require("procurement:opening:present", "procurement.opening.present", "procedure", id.value());
            Procedure procedure = publication.published(id)
                    .orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown", id.value())).procedure();
            SealedBids.Locked locked = bids.lock(id).orElseThrow();
            Instant now = clock.instant();
            try {
                refuseOutsideTheWindow(procedure, locked, now);
            } catch (RuleViolation refused) {
                refusals.record(actor.userId(), actor.organizationId(), "procurement.opening.present", "procedure",
                        id.value().toString(), Map.of("reason", refused.messageKey()));
                throw refused;
            }
            OpeningKeys.ProcedureKey key = openingKeys.of(id)
                    .orElseThrow(() -> RuleViolation.conflict("procurement.bid.no-opening-key", procedure.reference()));
            Share share = openingKeys.openShare(actor, id, passphrase);
            try {
                records.present(id, share.index(), actor.userId(), now,
                        bids.key().seal(Base64.getEncoder().encodeToString(share.value()), row(id, share.index())));
            } catch (DuplicateKeyException e) {
                throw RuleViolation.conflict("procurement.opening.already-presented", share.index());
            } finally {
                share.wipe();
            }
            List<OpeningRecords.Presentation> presented = records.presentations(id);
            if (presented.size() >= key.needed()) {
                open(actor, procedure, key, presented, now);
            }
            return record(id, key.needed());
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    /** Where the opening of a published procedure stands: for anyone, since it names no bid before the opening. */
    @Transactional(readOnly = true)
    public OpeningRecord record(ProcedureId id) {
        publication.published(id).orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown", id.value()));
        OpeningKeys.ProcedureKey key = openingKeys.of(id)
                .orElseThrow(() -> RuleViolation.notFound("procurement.opening.none", id.value()));
        return record(id, key.needed());
    }

    /**
     * The bidders whose bid counted on the lot at its opening — opened, revoked or withdrawn — by id; none before
     * the opening. Every one of them has a stake in the lot's evaluation, so an expert tied to any withdraws.
     */
    @Transactional(readOnly = true)
    public List<OrganizationId> bidders(ProcedureId id, int lot) {
        return records.bidders(id, lot);
    }

    /**
     * A bidder objects to the opening record of a lot it bid on, on the record, during the opening session:
     * until the opening window ends, and at least the setting's time after the bids were opened.
     */
    @Transactional
    public OpeningRecord object(Actor actor, ProcedureId id, int lot, String text) {
        actor.require("procurement:opening:object", "procurement.opening.object", "procedure", id.value());
        Procedure procedure = publication.published(id)
                .orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown", id.value())).procedure();
        OpeningRecord record = record(id);
        OpeningRecord.Lot opened = record.lots().stream().filter(l -> l.lot() == lot).findFirst()
                .orElseThrow(() -> RuleViolation.conflict("procurement.opening.not-opened", procedure.reference()));
        if (!records.bidOn(id, lot, actor.organizationId())) {
            throw RuleViolation.refused("procurement.opening.not-a-bidder", "lot", lot);
        }
        Instant now = clock.instant();
        Instant until = sessionEnd(procedure, opened.decidedAt());
        if (!now.isBefore(until)) {
            throw RuleViolation.conflict("procurement.opening.session-over", procedure.reference());
        }
        String objection = text.strip();
        if (objection.isEmpty() || objection.length() > MAX_TEXT) {
            throw RuleViolation.refused("procurement.opening.objection-text", "text", MAX_TEXT);
        }
        records.object(UUID.randomUUID(), id, lot, actor.organizationId(), actor.userId(), objection, now);
        events.publishEvent(new OpeningObjected(actor.userId(), actor.organizationId(), id.value(), procedure.reference(), lot));
        return record(id);
    }

    /** The purchaser (or its agency) answers an objection on the record, once. */
    @Transactional
    public OpeningRecord answer(Actor actor, UUID objection, String text) {
        actor.require("procurement:opening:answer", "procurement.opening.answer", "opening-objection", objection);
        ProcedureId id = records.procedureOf(objection)
                .orElseThrow(() -> RuleViolation.notFound("procurement.opening.objection-unknown", objection));
        Procedure procedure = publication.published(id).map(Publication.PublishedProcedure::procedure)
                .filter(p -> p.isRunBy(actor.organizationId()))
                .orElseThrow(() -> RuleViolation.notFound("procurement.opening.objection-unknown", objection));
        String answer = text.strip();
        if (answer.isEmpty() || answer.length() > MAX_TEXT) {
            throw RuleViolation.refused("procurement.opening.objection-text", "answer", MAX_TEXT);
        }
        if (!records.answer(objection, actor.userId(), answer, clock.instant())) {
            throw RuleViolation.conflict("procurement.opening.objection-answered", procedure.reference());
        }
        events.publishEvent(new OpeningObjectionAnswered(actor.userId(), actor.organizationId(), id.value(), procedure.reference(),
                objection));
        return record(id);
    }

    /** The end of the opening session: the window's end, and at least the setting's time after the opening. */
    Instant sessionEnd(Procedure procedure, Instant openedAt) {
        Instant atLeast = openedAt.plus(settings.opening().session());
        Instant until = procedure.timetable().openingUntil();
        return until != null && until.isAfter(atLeast) ? until : atLeast;
    }

    private OpeningRecord record(ProcedureId id, int needed) {
        return new OpeningRecord(id, needed, records.presentations(id).stream()
                .map(p -> new OpeningRecord.Presented(p.index(), p.custodian(), p.at())).toList(), records.lots(id));
    }

    private void refuseOutsideTheWindow(Procedure procedure, SealedBids.Locked locked, Instant now) {
        Instant deadline = locked.deadline();
        if (deadline == null || now.isBefore(deadline)) {
            throw RuleViolation.conflict("procurement.opening.before-deadline", procedure.reference());
        }
        if (!Set.of(Procedure.State.TENDERING.name(), Procedure.State.CLOSED.name()).contains(locked.state())) {
            throw RuleViolation.conflict("procurement.opening.not-closed", procedure.reference());
        }
        Instant from = procedure.timetable().openingFrom();
        Instant until = procedure.timetable().openingUntil();
        if (from != null && now.isBefore(from) || until != null && !now.isBefore(until)) {
            throw RuleViolation.conflict("procurement.opening.outside-window", procedure.reference());
        }
    }

    private void open(Actor actor, Procedure procedure, OpeningKeys.ProcedureKey key,
            List<OpeningRecords.Presentation> presented, Instant now) {
        List<Share> shares = presented.stream().map(p -> new Share(p.index(),
                Base64.getDecoder().decode(bids.key().open(p.sealedShare(), row(procedure.id(), p.index()))))).toList();
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
        try {
            decide(actor, procedure, privateKey, now);
        } finally {
            Arrays.fill(privateKey, (byte) 0);
        }
        records.wipeShares(procedure.id());
    }

    /** Each lot opened or failed; the procedure OPENED if any lot opened, else FAILED with its notice. */
    private void decide(Actor actor, Procedure procedure, byte[] privateKey, Instant now) {
        LocalDate today = now.atZone(workingDays.zone()).toLocalDate();
        ProcurementRule minimum = results.minimumResponses(procedure, today);
        Map<Integer, List<SealedBid>> standing = standing(bids.arrivalsOn(procedure.id()));
        List<Lot> failed = new ArrayList<>();
        for (Lot lot : publication.published(procedure.id()).orElseThrow().lots()) {
            List<SealedBid> lotBids = standing.getOrDefault(lot.number(), List.of());
            if (lotBids.size() < minimum.count()) {
                records.lot(procedure.id(), lot.number(), OpeningRecord.LotOutcome.FAILED, lotBids.size(), minimum.count(),
                        OpeningResults.TOO_FEW_BIDS, now);
                events.publishEvent(new LotFailed(actor.userId(), procedure.purchaser().value(), procedure.id().value(),
                        procedure.reference(), lot.number(), lotBids.size(), minimum.count(), OpeningResults.TOO_FEW_BIDS, now));
                failed.add(lot);
                continue;
            }
            records.lot(procedure.id(), lot.number(), OpeningRecord.LotOutcome.OPENED, lotBids.size(), minimum.count(), null, now);
            int opened = 0;
            int revoked = 0;
            for (SealedBid bid : lotBids) {
                switch (openOne(privateKey, bid)) {
                    case OPENED -> opened++;
                    case REVOKED -> revoked++;
                    case WITHDRAWN -> { }
                }
            }
            events.publishEvent(new LotOpened(actor.userId(), procedure.purchaser().value(), procedure.id().value(),
                    procedure.reference(), lot.number(), lotBids.size(), opened, revoked, lotBids.size() - opened - revoked, now));
        }
        int lots = publication.published(procedure.id()).orElseThrow().lots().size();
        if (failed.size() == lots) {
            results.failed(publication.published(procedure.id()).orElseThrow().procedure(), OpeningResults.TOO_FEW_BIDS);
            return;
        }
        results.opened(procedure.id());
        for (Lot lot : failed) {
            results.lotFailed(procedure, lot, OpeningResults.TOO_FEW_BIDS, standing.getOrDefault(lot.number(), List.of()).size(),
                    minimum.count());
        }
    }

    /** Per lot, the last arrival of each bidder, where it is a bid and not a withdrawal: the bids that stand. */
    static Map<Integer, List<SealedBid>> standing(List<SealedBid> arrivals) {
        return arrivals.stream()
                .collect(Collectors.groupingBy(b -> b.lot() + "/" + b.bidder().value(),
                        Collectors.collectingAndThen(Collectors.maxBy(Comparator.comparingInt(SealedBid::version)),
                                last -> last.orElseThrow())))
                .values().stream().filter(b -> b.kind() == SealedBid.Kind.BID)
                .sorted(Comparator.comparing(SealedBid::receivedAt))
                .collect(Collectors.groupingBy(SealedBid::lot, Collectors.toList()));
    }

    /** Opens the bid that counts, or says why it is not opened, and whose fault that is. */
    private OpeningRecord.BidOutcome openOne(byte[] privateKey, SealedBid bid) {
        byte[] envelope;
        try (InputStream kept = bids.key().fromRest(bid.id().value(),
                ciphertexts.read(bids.kept(bid.id()).orElseThrow()))) {
            envelope = kept.readAllBytes();
        } catch (IOException e) {
            // The platform's copy is damaged: not the bidder's fault.
            return notOpened(bid, OpeningRecord.BidOutcome.WITHDRAWN, "procurement.opening.damaged");
        }
        ByteArrayOutputStream plaintext = new ByteArrayOutputStream();
        BidContent.Bid content;
        try {
            BidEnvelope.open(privateKey, new Binding(bid.procedure().value(), bid.lot(), bid.bidder().value(), bid.version()),
                    new ByteArrayInputStream(envelope), plaintext);
            content = BidContent.read(new ByteArrayInputStream(plaintext.toByteArray()), settings.maxBidSize().toBytes());
        } catch (EnvelopeRefused | IOException e) {
            return notOpened(bid, fault(bid), "procurement.opening.does-not-open");
        }
        for (BidContent.Attachment a : content.attachments()) {
            if (!allowed(a)) {
                return notOpened(bid, fault(bid), "procurement.opening.forbidden-type");
            }
        }
        records.bid(bid, OpeningRecord.BidOutcome.OPENED, null, content.price(), content.currency(), content.proposal());
        for (int i = 0; i < content.attachments().size(); i++) {
            BidContent.Attachment a = content.attachments().get(i);
            Document document = documents.keep(bid.bidder().value(), bid.submittedBy(), new ByteArrayInputStream(a.bytes()),
                    a.filename(), "bid-attachment");
            records.attachment(bid.id(), i + 1, document.id());
        }
        return OpeningRecord.BidOutcome.OPENED;
    }

    /** A bid sealed on the bidder's machine that fails is the bidder's fault; one the platform sealed is not. */
    private static OpeningRecord.BidOutcome fault(SealedBid bid) {
        return bid.sealedBy() == SealedBid.SealedBy.BIDDER ? OpeningRecord.BidOutcome.REVOKED : OpeningRecord.BidOutcome.WITHDRAWN;
    }

    private OpeningRecord.BidOutcome notOpened(SealedBid bid, OpeningRecord.BidOutcome outcome, String reason) {
        records.bid(bid, outcome, reason, null, null, null);
        return outcome;
    }

    private static boolean allowed(BidContent.Attachment attachment) {
        try {
            Detection detection = ContentTypes.detect(attachment.filename(), StoredBytes.of(attachment.bytes()));
            return detection instanceof Detection.Allowed allowed && Bidding.BID_TYPES.contains(allowed.mediaType());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The id a kept share is bound to, so that it cannot be moved to another procedure's or index's row. */
    private static UUID row(ProcedureId procedure, int index) {
        return UUID.nameUUIDFromBytes((procedure.value() + "/" + index).getBytes(StandardCharsets.US_ASCII));
    }
}
