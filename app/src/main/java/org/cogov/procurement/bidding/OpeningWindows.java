package org.cogov.procurement.bidding;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cogov.procurement.Lot;
import org.cogov.procurement.LotFailed;
import org.cogov.procurement.OpeningPostponed;
import org.cogov.procurement.OpeningResults;
import org.cogov.procurement.Procedure;
import org.cogov.procurement.ProcedureClosed;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.Publication;
import org.cogov.procurement.custody.OpeningKeys;
import org.cogov.shared.schedule.Agenda;
import org.cogov.shared.schedule.TimedTask;
import org.cogov.shared.time.WorkingDays;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The end of an opening window. When it ends with fewer shares presented than the key needs, the
 * opening moves to a window the setting's working days later (the same times of day), and the shares
 * presented in the ended window are forgotten: the custodians come again. After the last postponement,
 * the lots fail, every standing bid withdrawn through no fault of its bidder, and stay sealed.
 */
@Component
class OpeningWindows {

    private final Agenda agenda;
    private final TimedTask windowEnd;
    private final Publication publication;
    private final OpeningKeys openingKeys;
    private final OpeningResults results;
    private final OpeningRecords records;
    private final SealedBids bids;
    private final ApplicationEventPublisher events;
    private final WorkingDays workingDays;
    private final BiddingSettings settings;
    private final Clock clock;
    private final TransactionTemplate transaction;

    OpeningWindows(Agenda agenda, Publication publication, OpeningKeys openingKeys, OpeningResults results,
            OpeningRecords records, SealedBids bids, ApplicationEventPublisher events, WorkingDays workingDays,
            BiddingSettings settings, Clock clock, PlatformTransactionManager transactions) {
        this.agenda = agenda;
        this.publication = publication;
        this.openingKeys = openingKeys;
        this.results = results;
        this.records = records;
        this.bids = bids;
        this.events = events;
        this.workingDays = workingDays;
        this.settings = settings;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.windowEnd = agenda.define("procurement.opening.window-end", this::windowEnded);
    }

    /** A closed procedure that seals its bids waits for its opening: the end of its window goes on the agenda. */
    @EventListener
    void on(ProcedureClosed closed) {
        ProcedureId id = new ProcedureId(closed.procedureId());
        publication.published(id).map(p -> p.procedure().timetable().openingUntil())
                .filter(until -> openingKeys.of(id).isPresent())
                .ifPresent(until -> agenda.schedule(windowEnd, id.value().toString(), until));
    }

    /** The window's end, when its time came; comes back at the new window's end when it postponed the opening. */
    Optional<Instant> windowEnded(String procedure) {
        Optional<Instant> again = transaction.execute(status -> decide(new ProcedureId(UUID.fromString(procedure))));
        return again == null ? Optional.empty() : again;
    }

    /** What the end of the window decides: nothing if the bids were opened or it has not ended; else postpone or fail. */
    Optional<Instant> decide(ProcedureId id) {
        // The procedure's row is locked first: a presentation, or this work on another node, waits or is waited for.
        if (bids.lock(id).isEmpty()) {
            return Optional.empty();
        }
        Optional<Publication.PublishedProcedure> published = publication.published(id);
        Optional<OpeningKeys.ProcedureKey> key = openingKeys.of(id);
        if (published.isEmpty() || key.isEmpty() || records.decided(id)) {
            return Optional.empty();
        }
        Procedure procedure = published.get().procedure();
        if (procedure.state() != Procedure.State.CLOSED && procedure.state() != Procedure.State.TENDERING) {
            return Optional.empty();
        }
        Instant from = procedure.timetable().openingFrom();
        Instant until = procedure.timetable().openingUntil();
        Instant now = clock.instant();
        if (until == null) {
            return Optional.empty();
        }
        if (now.isBefore(until)) {
            return Optional.of(until);
        }
        int presented = records.presentations(id).size();
        int done = records.postponements(id);
        records.forgetPresentations(id);
        if (done < settings.opening().postponements()) {
            Instant newFrom = from == null ? null : later(from);
            Instant newUntil = later(until);
            results.postponed(id, newFrom == null ? newUntil : newFrom, newUntil);
            records.postponement(id, done + 1, presented, from, until, newFrom, newUntil, now);
            events.publishEvent(new OpeningPostponed(procedure.purchaser().value(), id.value(), procedure.reference(), done + 1,
                    presented, key.get().needed(), newFrom == null ? newUntil : newFrom, newUntil));
            return Optional.of(newUntil);
        }
        failEveryLot(published.get(), now);
        return Optional.empty();
    }

    /** The last window ended too: every lot fails, its standing bids withdrawn and never opened. */
    private void failEveryLot(Publication.PublishedProcedure published, Instant now) {
        Procedure procedure = published.procedure();
        Map<Integer, List<SealedBid>> standing = Opening.standing(bids.arrivalsOn(procedure.id()));
        for (Lot lot : published.lots()) {
            List<SealedBid> lotBids = standing.getOrDefault(lot.number(), List.of());
            records.lot(procedure.id(), lot.number(), OpeningRecord.LotOutcome.FAILED, lotBids.size(), lotBids.size(),
                    OpeningResults.CUSTODIANS_ABSENT, now);
            for (SealedBid bid : lotBids) {
                records.bid(bid, OpeningRecord.BidOutcome.WITHDRAWN, "procurement.opening.custodians-absent", null, null, null);
            }
            events.publishEvent(new LotFailed(null, procedure.purchaser().value(), procedure.id().value(), procedure.reference(),
                    lot.number(), lotBids.size(), lotBids.size(), OpeningResults.CUSTODIANS_ABSENT, now));
        }
        results.failed(procedure, OpeningResults.CUSTODIANS_ABSENT);
    }

    /** The same time of day, the setting's working days later. */
    private Instant later(Instant instant) {
        ZoneId zone = workingDays.zone();
        ZonedDateTime at = instant.atZone(zone);
        return workingDays.plusWorkingDays(at.toLocalDate(), settings.opening().postponeBy()).atTime(at.toLocalTime()).atZone(zone)
                .toInstant();
    }

    /** When the end of a procedure's opening window is on the agenda. */
    Optional<Instant> scheduledAt(ProcedureId id) {
        return agenda.scheduledAt(windowEnd, id.value().toString());
    }
}
