package org.cogov.procurement.bonds;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cogov.procurement.AwardDecided;
import org.cogov.procurement.Lot;
import org.cogov.procurement.LotFailed;
import org.cogov.procurement.LotOpened;
import org.cogov.procurement.Procedure;
import org.cogov.procurement.ProcedureCancelled;
import org.cogov.procurement.ProcedureDrafts;
import org.cogov.procurement.ProcedureFailed;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.Publication;
import org.cogov.procurement.bidding.Bidding;
import org.cogov.procurement.bidding.Opening;
import org.cogov.procurement.bidding.OpeningRecord;
import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Registry;
import org.cogov.shared.Actor;
import org.cogov.shared.Money;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.RuleViolations;
import org.cogov.shared.time.WorkingDays;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bid bonds (投标保证金, GPL IR Art. 33), for the lots whose documents require one (none by default: waived).
 *
 * <p>The purchaser's staff, or its agency, record each bond as received — never less than the lot requires — while
 * the procedure tenders or waits for its opening. A bond is then held until a fact decides it:
 * <ul>
 * <li>the opening revoked the bidder's bid (撤销, its own fault): <b>forfeited</b>;</li>
 * <li>the opening found no bid of the bidder's standing, or withdrew it through no fault of the bidder's; the lot was
 * awarded to another ({@link AwardDecided}: the result notice goes out that day); the lot or the procedure failed,
 * or the procedure was cancelled: <b>due back</b> within {@code BOND_REFUND} working days of that day;</li>
 * <li>the bidder withdrew its bid before the deadline and asks for its bond back ({@link #askRefund}): due back within
 * those days of the request;</li>
 * <li>the winner signed its contract ({@link #contractSigned}, for the contracting module to call): due back within
 * those days of the signature.</li>
 * </ul>
 * The staff record each refund; one after its due day is marked late, and the bonds past their due day are listed.
 *
 * <p>The facts arrive as events of this module, heard by plain listeners that join the transaction publishing them:
 * the bond's change commits, or rolls back, with the opening, award or failure that causes it, so that the ledger never
 * lags behind the procedure nor needs a retry, and the tests read it at once. Each change is a compare-and-set on the
 * bond's state, so a fact heard twice (a lot failed, then its procedure) frees a bond once. A refund period that reaches
 * a year whose calendar is not loaded cannot stop an award: the due day is then left empty, and worked out when read.
 *
 * <p>A withdrawal is not heard: its receipt deliberately names neither bidder nor procedure, since before the opening
 * nobody may learn who bid. The bidder, who alone knows, asks for its bond back itself — as the law's written notice
 * of withdrawal does (Order 87 Art. 38).
 */
@Service
public class BidBonds {

    public static final int MAX_REFERENCE = 200;

    /** Bonds are recorded while the procedure tenders and until its opening decides them. */
    private static final Set<Procedure.State> RECEIVING = EnumSet.of(Procedure.State.TENDERING, Procedure.State.CLOSED);

    /** A bond as the staff received it. */
    public record ReceivedBond(UUID bidder, Money amount, LocalDate receivedOn, BidBond.Form form, String reference) {
    }

    /** A refund (or a returned guarantee letter) as the staff made it. */
    public record RefundMade(LocalDate refundedOn, String reference) {
    }

    /** A bond with its bidder's names, its due day (worked out if the calendar was missing) and whether it is overdue. */
    public record BondEntry(BidBond bond, String reference, String bidderZh, String bidderEn, @Nullable LocalDate due,
            boolean overdue) {
    }

    /** A lot with the bond it requires (none: waived) and the bonds the caller may see on it. */
    public record BondLot(int number, String title, Money budget, @Nullable Money required, List<BondEntry> bonds) {
    }

    /** A procedure's bonds, lot by lot, as the caller may see them; {@code mayRecord} for its staff and agency. */
    public record BondLedger(Procedure procedure, List<BondLot> lots, boolean mayRecord) {

        public boolean requiresAny() {
            return lots.stream().anyMatch(l -> l.required() != null);
        }
    }

    private final BidBondRecords bonds;
    private final Publication publication;
    private final ProcedureDrafts drafts;
    private final Opening opening;
    private final Bidding bidding;
    private final Registry registry;
    private final WorkingDays workingDays;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BidBonds(BidBondRecords bonds, Publication publication, ProcedureDrafts drafts, Opening opening, Bidding bidding,
            Registry registry, WorkingDays workingDays, ApplicationEventPublisher events, Clock clock) {
        this.bonds = bonds;
        this.publication = publication;
        this.drafts = drafts;
        this.opening = opening;
        this.bidding = bidding;
        this.registry = registry;
        this.workingDays = workingDays;
        this.events = events;
        this.clock = clock;
    }

    /** The staff record a bidder's bond on a lot that requires one: at least the amount required, received by the deadline. */
    @Transactional
    public BidBond record(Actor actor, ProcedureId id, int lot, ReceivedBond received) {
        actor.require("procurement:bond:record", "procurement.bond.record", "procedure", id.value());
        Publication.PublishedProcedure published = runBy(actor, id);
        Procedure procedure = published.procedure();
        Lot required = lotOf(published, lot);
        if (!RECEIVING.contains(procedure.state())) {
            throw RuleViolation.conflict("procurement.bond.not-receiving", procedure.reference());
        }
        if (required.bidBond() == null) {
            throw RuleViolation.refused("procurement.bond.not-required", "lot", lot);
        }
        LocalDate today = today();
        List<RuleViolation> violations = new ArrayList<>();
        if (registry.organization(new OrganizationId(received.bidder())).filter(o -> o.kind().maySupply()).isEmpty()) {
            violations.add(RuleViolation.refused("procurement.bond.not-a-supplier", "bidder"));
        }
        if (received.amount().compareTo(required.bidBond()) < 0) {
            violations.add(RuleViolation.refused("procurement.bond.below-required", "amount", lot,
                    required.bidBond().amount().toPlainString()));
        }
        if (received.receivedOn().isAfter(today)) {
            violations.add(RuleViolation.refused("procurement.bond.received-in-future", "receivedOn", today.toString()));
        }
        Instant deadline = procedure.timetable().deadline();
        if (deadline != null && received.receivedOn().isAfter(deadline.atZone(workingDays.zone()).toLocalDate())) {
            violations.add(RuleViolation.refused("procurement.bond.received-after-deadline", "receivedOn",
                    deadline.atZone(workingDays.zone()).toLocalDate().toString()));
        }
        String reference = received.reference().strip();
        if (reference.isEmpty() || reference.length() > MAX_REFERENCE) {
            violations.add(RuleViolation.refused("procurement.bond.reference-needed", "reference", MAX_REFERENCE));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolations(violations);
        }
        BidBond bond = new BidBond(UUID.randomUUID(), id, lot, received.bidder(), received.amount(), received.receivedOn(),
                received.form(), reference, clock.instant(), BidBond.State.HELD, null, null, null, null, null, false, null);
        try {
            bonds.add(bond, actor.userId());
        } catch (DuplicateKeyException e) {
            throw RuleViolation.conflict("procurement.bond.already-recorded", lot);
        }
        events.publishEvent(new BidBondRecorded(actor.userId(), actor.organizationId(), id.value(), procedure.reference(), lot,
                bond.id(), bond.bidder(), bond.amount().amount().toPlainString(), bond.receivedOn().toString(), bond.form()));
        return bond;
    }

    /** The staff record the refund of a bond due back; after its due day the refund is marked late. */
    @Transactional
    public BidBond refund(Actor actor, ProcedureId id, int lot, UUID bidder, RefundMade refund) {
        actor.require("procurement:bond:record", "procurement.bond.refund", "procedure", id.value());
        Procedure procedure = runBy(actor, id).procedure();
        BidBond bond = bonds.find(id, lot, bidder)
                .orElseThrow(() -> RuleViolation.notFound("procurement.bond.unknown", lot));
        if (bond.state() != BidBond.State.REFUND_DUE) {
            throw RuleViolation.conflict("procurement.bond.not-due", lot);
        }
        List<RuleViolation> violations = new ArrayList<>();
        LocalDate today = today();
        if (refund.refundedOn().isAfter(today)) {
            violations.add(RuleViolation.refused("procurement.bond.refunded-in-future", "refundedOn", today.toString()));
        }
        if (refund.refundedOn().isBefore(bond.receivedOn())) {
            violations.add(RuleViolation.refused("procurement.bond.refunded-before-received", "refundedOn",
                    bond.receivedOn().toString()));
        }
        String reference = refund.reference().strip();
        if (reference.isEmpty() || reference.length() > MAX_REFERENCE) {
            violations.add(RuleViolation.refused("procurement.bond.reference-needed", "reference", MAX_REFERENCE));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolations(violations);
        }
        LocalDate due = dueOf(bond);
        boolean late = due != null && BidBondRules.late(refund.refundedOn(), due);
        if (!bonds.refund(bond.id(), refund.refundedOn(), reference, late, actor.userId())) {
            throw RuleViolation.conflict("procurement.bond.not-due", lot);
        }
        events.publishEvent(new BidBondRefunded(actor.userId(), actor.organizationId(), id.value(), procedure.reference(), lot,
                bond.id(), bidder, refund.refundedOn().toString(), due == null ? "" : due.toString(), late));
        return bonds.find(id, lot, bidder).orElseThrow();
    }

    /**
     * A bidder that withdrew its bid on the lot before the deadline asks for its bond back: due within the refund period
     * of the request. Refused while a bid of its own stands on the lot, and after the deadline (the opening decides then).
     */
    @Transactional
    public BidBond askRefund(Actor actor, ProcedureId id, int lot) {
        actor.require("procurement:bond:own", "procurement.bond.ask-refund", "procedure", id.value());
        Publication.PublishedProcedure published = publication.published(id)
                .orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown", id.value()));
        BidBond bond = bonds.find(id, lot, actor.organizationId())
                .orElseThrow(() -> RuleViolation.notFound("procurement.bond.unknown", lot));
        Procedure procedure = published.procedure();
        Instant deadline = procedure.timetable().deadline();
        if (procedure.state() != Procedure.State.TENDERING || deadline == null || !clock.instant().isBefore(deadline)) {
            throw RuleViolation.conflict("procurement.bond.after-deadline", procedure.reference());
        }
        if (bond.state() != BidBond.State.HELD) {
            throw RuleViolation.conflict("procurement.bond.not-held", lot);
        }
        boolean bidStands = bidding.mine(actor, id).lots().stream()
                .anyMatch(l -> l.lot().number() == lot && l.standing() != null);
        if (bidStands) {
            throw RuleViolation.conflict("procurement.bond.bid-stands", lot);
        }
        free(bond, BidBond.RefundGround.WITHDRAWN, today());
        return bonds.find(id, lot, actor.organizationId()).orElseThrow();
    }

    /** A procedure's bonds, for its staff and agency, the finance bureau and auditors. */
    @Transactional(readOnly = true)
    public BondLedger ledger(Actor actor, ProcedureId id) {
        actor.require("procurement:bond:read", "procurement.bond.ledger", "procedure", id.value());
        Publication.PublishedProcedure published = publication.published(id)
                .filter(p -> actor.can("procurement:bond:read-all") || p.procedure().isRunBy(actor.organizationId()))
                .orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown", id.value()));
        boolean mayRecord = actor.can("procurement:bond:record") && published.procedure().isRunBy(actor.organizationId());
        return ledger(published, bonds.of(id), mayRecord);
    }

    /** The caller's own bonds on a procedure, lot by lot, with what each lot requires. */
    @Transactional(readOnly = true)
    public BondLedger mine(Actor actor, ProcedureId id) {
        actor.require("procurement:bond:own", "procurement.bond.read-own", "procedure", id.value());
        Publication.PublishedProcedure published = publication.published(id)
                .orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown", id.value()));
        return ledger(published, bonds.of(id, actor.organizationId()), false);
    }

    /** Bonds past their due day and not refunded: of the caller's procedures, or of every one for the finance bureau and auditors. */
    @Transactional(readOnly = true)
    public List<BondEntry> overdue(Actor actor) {
        actor.require("procurement:bond:read", "procurement.bond.overdue", "bid-bond", null);
        List<BidBond> due = bonds.due(actor.can("procurement:bond:read-all") ? null : actor.organizationId());
        Map<ProcedureId, String> references = due.stream().map(BidBond::procedure).distinct()
                .collect(Collectors.toMap(Function.identity(), p -> publication.published(p).orElseThrow().procedure().reference()));
        return entries(due, references::get).stream().filter(BondEntry::overdue).toList();
    }

    /**
     * Whether the bidder lodged no bond the lot requires: none recorded, or the one it asked back after withdrawing its
     * bid. False for a lot that waives the bond. For the opening and the qualification review, whose caller has already
     * been checked: it names no amount and no other bidder.
     */
    @Transactional(readOnly = true)
    public boolean bondMissing(ProcedureId id, int lot, UUID bidder) {
        Lot required = publication.published(id).flatMap(p -> p.lots().stream().filter(l -> l.number() == lot).findFirst())
                .orElseThrow(() -> RuleViolation.notFound("procurement.bond.lot-unknown", lot));
        if (!required.requiresBidBond()) {
            return false;
        }
        return bonds.find(id, lot, bidder).map(b -> b.refundGround() == BidBond.RefundGround.WITHDRAWN).orElse(true);
    }

    /**
     * The winner's contract on the lot was signed: every bond of the lot still held — after the award, the winner's — is
     * due back within the refund period of the signature day (GPL IR Art. 33). For the contracting module to call in the
     * transaction that records the signature; calling it again changes nothing.
     *
     * @return how many bonds became due back
     */
    @Transactional
    public int contractSigned(ProcedureId id, int lot, LocalDate signedOn) {
        return freeAll(bonds.held(id, lot), BidBond.RefundGround.CONTRACT_SIGNED, signedOn);
    }

    /** The opening decided the lot: a revoked bid forfeits its bond; a bidder with no bid opened gets its bond back. */
    @EventListener
    void on(LotOpened opened) {
        ProcedureId id = new ProcedureId(opened.procedureId());
        List<BidBond> held = bonds.held(id, opened.lot());
        if (held.isEmpty()) {
            return;
        }
        Map<UUID, OpeningRecord.Bid> bids = opening.record(id).lots().stream().filter(l -> l.lot() == opened.lot())
                .flatMap(l -> l.bids().stream()).collect(Collectors.toMap(OpeningRecord.Bid::bidder, b -> b, (a, b) -> a));
        LocalDate day = day(opened.at());
        String reference = opened.reference();
        for (BidBond bond : held) {
            OpeningRecord.Bid bid = bids.get(bond.bidder());
            if (bid != null && bid.outcome() == OpeningRecord.BidOutcome.REVOKED) {
                if (bonds.forfeit(bond.id(), opened.at())) {
                    events.publishEvent(new BidBondForfeited(opened.actorId(), opened.organizationId(), id.value(), reference,
                            bond.lot(), bond.id(), bond.bidder(), bond.amount().amount().toPlainString(), bid.reason(),
                            opened.at()));
                }
            } else if (bid == null || bid.outcome() == OpeningRecord.BidOutcome.WITHDRAWN) {
                free(bond, BidBond.RefundGround.NO_BID_OPENED, day);
            }
        }
    }

    /** The lot's winner is decided: every other bidder's bond is due back from that day, when the result notice goes out. */
    @EventListener
    void on(AwardDecided award) {
        ProcedureId id = new ProcedureId(award.procedureId());
        freeAll(bonds.held(id, award.lot()).stream().filter(b -> !b.bidder().equals(award.winner())).toList(),
                BidBond.RefundGround.AWARDED_TO_ANOTHER, day(award.at()));
    }

    @EventListener
    void on(LotFailed failed) {
        freeAll(bonds.held(new ProcedureId(failed.procedureId()), failed.lot()), BidBond.RefundGround.LOT_FAILED,
                day(failed.at()));
    }

    @EventListener
    void on(ProcedureFailed failed) {
        freeAll(bonds.held(new ProcedureId(failed.procedureId()), null), BidBond.RefundGround.PROCEDURE_FAILED, today());
    }

    @EventListener
    void on(ProcedureCancelled cancelled) {
        freeAll(bonds.held(new ProcedureId(cancelled.procedureId()), null), BidBond.RefundGround.PROCEDURE_CANCELLED, today());
    }

    private int freeAll(List<BidBond> held, BidBond.RefundGround ground, LocalDate from) {
        int freed = 0;
        for (BidBond bond : held) {
            if (free(bond, ground, from)) {
                freed++;
            }
        }
        return freed;
    }

    private boolean free(BidBond bond, BidBond.RefundGround ground, LocalDate from) {
        return bonds.free(bond.id(), ground, from, due(from).orElse(null));
    }

    /** The refund's due day; none while the calendar lacks its year, which must not stop the fact that frees the bond. */
    private Optional<LocalDate> due(LocalDate from) {
        try {
            return Optional.of(BidBondRules.refundDue(from, drafts.rulebook(), workingDays.calendar()));
        } catch (RuleViolation missing) {
            if (!"calendar.year-not-loaded".equals(missing.messageKey())) {
                throw missing;
            }
            return Optional.empty();
        }
    }

    private @Nullable LocalDate dueOf(BidBond bond) {
        if (bond.refundDue() != null || bond.refundFrom() == null) {
            return bond.refundDue();
        }
        return due(bond.refundFrom()).orElse(null);
    }

    private BondLedger ledger(Publication.PublishedProcedure published, List<BidBond> visible, boolean mayRecord) {
        List<BondEntry> entries = entries(visible, p -> published.procedure().reference());
        List<BondLot> lots = published.lots().stream().map(l -> new BondLot(l.number(), l.title(), l.budget(), l.bidBond(),
                entries.stream().filter(e -> e.bond().lot() == l.number()).toList())).toList();
        return new BondLedger(published.procedure(), lots, mayRecord);
    }

    private List<BondEntry> entries(List<BidBond> list, Function<ProcedureId, String> reference) {
        LocalDate today = today();
        return list.stream().map(b -> {
            Optional<Organization> bidder = registry.organization(new OrganizationId(b.bidder()));
            LocalDate due = b.state() == BidBond.State.REFUND_DUE || b.state() == BidBond.State.REFUNDED ? dueOf(b) : null;
            boolean overdue = b.state() == BidBond.State.REFUND_DUE && due != null && today.isAfter(due);
            return new BondEntry(b, reference.apply(b.procedure()), bidder.map(Organization::nameZh).orElse("—"),
                    bidder.map(Organization::nameEn).orElse("—"), due, overdue);
        }).toList();
    }

    private Publication.PublishedProcedure runBy(Actor actor, ProcedureId id) {
        return publication.published(id).filter(p -> p.procedure().isRunBy(actor.organizationId()))
                .orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown", id.value()));
    }

    private static Lot lotOf(Publication.PublishedProcedure published, int lot) {
        return published.lots().stream().filter(l -> l.number() == lot).findFirst()
                .orElseThrow(() -> RuleViolation.notFound("procurement.bond.lot-unknown", lot));
    }

    private LocalDate day(Instant at) {
        return at.atZone(workingDays.zone()).toLocalDate();
    }

    private LocalDate today() {
        return day(clock.instant());
    }
}
