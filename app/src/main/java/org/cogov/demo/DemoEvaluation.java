package org.cogov.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cogov.identity.UserProvisioning;
import org.cogov.procurement.EvaluationResults;
import org.cogov.procurement.Lot;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.Publication;
import org.cogov.procurement.bidding.FinalQuotations;
import org.cogov.procurement.bidding.Opening;
import org.cogov.procurement.bidding.OpeningRecord;
import org.cogov.procurement.evaluation.Evaluation;
import org.cogov.procurement.evaluation.EvaluationViews;
import org.cogov.procurement.evaluation.LotEvaluation;
import org.cogov.procurement.evaluation.Negotiation;
import org.cogov.procurement.experts.Panel;
import org.cogov.procurement.experts.PanelMember;
import org.cogov.procurement.experts.PanelSize;
import org.cogov.procurement.experts.Panels;
import org.cogov.shared.Actor;
import org.cogov.shared.time.SettableClock;
import org.cogov.shared.time.WorkingDays;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The evaluation of the lots the demo city opened in its past year, through the services, with the clock moved
 * through working hours: the day after the opening the purchaser draws a panel of the least size the rules allow,
 * one seat its own representative's, and an expert declines for a conflict and is replaced; three working days
 * after the opening the members declare no conflict, the purchaser reviews the qualification of the bids, the panel
 * votes on their compliance (one member against one bid, outvoted), scores them, and signs the ranking after a member
 * mended an arithmetic error — one signing with a dissent. Who is drawn is left to the draw; what each seat does is
 * the lot's {@link Story}.
 */
@Component
class DemoEvaluation {

    /**
     * What the panel of a lot makes of its bids. Its members are counted the purchaser's representative first, then
     * the experts in the order they joined: the first expert slipped in its sheet, the second dissents.
     *
     * @param conflict  the conflict the first expert drawn declares, declining its seat
     * @param doubter   the member who votes against the bid {@code doubted}, for the reason {@code doubt}, and is outvoted
     * @param scores    by bidder, one row per member (as many rows as members, five at most), one score per factor of
     *                  the criteria: what each member scores once its sheet is right
     * @param slip      the arithmetic error in the first expert's sheet, mended after the ranking is compiled
     * @param dissent   what the second expert writes as it signs
     * @param rejection the qualification defect of the dearest bid, rejected only when the lot keeps bids enough
     */
    record Story(String conflict, int doubter, UUID doubted, String doubt, Map<UUID, List<List<String>>> scores, Slip slip,
            String dissent, String rejection, Rounds rounds) {
    }

    /**
     * A negotiation or consultation lot's talks: the minutes of the one round with each supplier, the amendment the
     * panel then sends to all, and each supplier's sealed final quotation (price and text).
     */
    record Rounds(Map<UUID, String> minutes, String amendment, Map<UUID, String> finalPrices, Map<UUID, String> finalTexts) {
    }

    /** A score entered wrongly ({@code entered} instead of the row's score) in the first expert's sheet, and why it was wrong. */
    record Slip(UUID bidder, int factor, String entered, String reason) {
    }

    private final Panels panels;
    private final Evaluation evaluation;
    private final Negotiation negotiation;
    private final EvaluationViews views;
    private final EvaluationResults results;
    private final Opening opening;
    private final Publication publication;
    private final WorkingDays days;
    private final FinalQuotations finalQuotations;

    DemoEvaluation(Panels panels, Evaluation evaluation, Negotiation negotiation, EvaluationViews views, EvaluationResults results,
            Opening opening, Publication publication, WorkingDays days, FinalQuotations finalQuotations) {
        this.finalQuotations = finalQuotations;
        this.panels = panels;
        this.evaluation = evaluation;
        this.negotiation = negotiation;
        this.views = views;
        this.results = results;
        this.opening = opening;
        this.publication = publication;
        this.days = days;
    }

    /**
     * Evaluates every opened lot of the procedure, as its purchaser, its panel and the demo's experts would, one lot every
     * two working days; the clock ends on the afternoon of the last evaluation day.
     */
    void evaluate(SettableClock clock, UserProvisioning users, Actor purchaser, ProcedureId id, Story story) {
        Publication.PublishedProcedure published = publication.published(id).orElseThrow();
        Map<UUID, Actor> people = people(users, purchaser);
        int evaluated = 0;
        for (OpeningRecord.Lot opened : opening.record(id).lots()) {
            if (opened.outcome() != OpeningRecord.LotOutcome.OPENED) {
                continue;
            }
            int lot = opened.lot();
            LocalDate openedOn = opened.decidedAt().atZone(days.zone()).toLocalDate();
            // A lot a day: each further lot's panel is drawn when the one before has evaluated, and evaluates two days later.
            LocalDate evaluationDay = days.plusWorkingDays(openedOn, 3 + 2 * evaluated);
            Panel panel = draw(clock, purchaser, people, published, lot, days.plusWorkingDays(openedOn, 1 + 2 * evaluated), evaluationDay,
                    story);
            evaluated++;

            // The evaluation day: each member declares no conflict before seeing a bid.
            move(clock, evaluationDay, 9, 0);
            for (PanelMember member : panel.members()) {
                if (member.status() == PanelMember.Status.DRAWN) {
                    panels.declare(people.get(member.user()), panel.id());
                    tick(clock);
                }
            }
            List<PanelMember> seated = panels.of(id, lot).orElseThrow().seated().stream()
                    .sorted(Comparator.comparing((PanelMember m) -> m.kind() == PanelMember.Kind.EXPERT)).toList();
            List<Actor> members = seated.stream().map(m -> people.get(m.user())).toList();
            int slipping = (int) seated.stream().filter(m -> m.kind() != PanelMember.Kind.EXPERT).count();
            int dissenting = slipping + 1;

            move(clock, evaluationDay, 9, 30);
            qualify(clock, purchaser, published, opened, openedOn, story);

            move(clock, evaluationDay, 10, 0);
            for (int m = 0; m < members.size(); m++) {
                for (LotEvaluation.EvaluatedBid bid : views.of(purchaser, id, lot).bids()) {
                    if (Boolean.TRUE.equals(bid.qualified())) {
                        boolean against = m == story.doubter() && bid.bidder().equals(story.doubted());
                        evaluation.vote(members.get(m), id, lot, bid.bidder(), LotEvaluation.Question.COMPLIANCE, !against,
                                against ? story.doubt() : null);
                        tick(clock);
                    }
                }
            }

            if (views.of(purchaser, id, lot).stage() == LotEvaluation.Stage.NEGOTIATION) {
                negotiate(clock, users, members, id, lot, evaluationDay, story.rounds());
            }

            move(clock, evaluationDay, 14, 0);
            List<UUID> valid = views.of(purchaser, id, lot).bids().stream().filter(LotEvaluation.EvaluatedBid::valid)
                    .map(LotEvaluation.EvaluatedBid::bidder).toList();
            for (int m = 0; m < members.size(); m++) {
                Map<UUID, List<BigDecimal>> sheet = new LinkedHashMap<>();
                for (UUID bidder : valid) {
                    List<BigDecimal> scores = new ArrayList<>(story.scores().get(bidder).get(m).stream().map(BigDecimal::new).toList());
                    if (m == slipping && bidder.equals(story.slip().bidder())) {
                        scores.set(story.slip().factor(), new BigDecimal(story.slip().entered()));
                    }
                    sheet.put(bidder, scores);
                }
                evaluation.submitScores(members.get(m), id, lot, sheet);
                move(clock, evaluationDay, 14, 12 * (m + 1));
            }

            // Checking the compiled ranking, the first expert finds its slip and mends it.
            move(clock, evaluationDay, 15, 30);
            Slip slip = story.slip();
            if (valid.contains(slip.bidder())) {
                evaluation.correctScore(members.get(slipping), id, lot, slip.bidder(), slip.factor(),
                        new BigDecimal(story.scores().get(slip.bidder()).get(slipping).get(slip.factor())), slip.reason());
            }

            move(clock, evaluationDay, 16, 0);
            for (int m = 0; m < members.size(); m++) {
                evaluation.sign(members.get(m), id, lot, m == dissenting ? story.dissent() : null);
                tick(clock);
            }
        }
    }

    /**
     * The morning of a negotiation's or consultation's evaluation day: the panel talks with each supplier in turn (one
     * round, its minutes recorded), sends every supplier the amended requirements, and calls for final quotations due
     * at noon; each supplier seals its own; after noon three custodians present their shares again and the final
     * quotations are opened, so that the panel scores the responses on their final prices.
     */
    private void negotiate(SettableClock clock, UserProvisioning users, List<Actor> members, ProcedureId id, int lot,
            LocalDate evaluationDay, Rounds rounds) {
        Actor chair = members.get(members.size() - 1);
        move(clock, evaluationDay, 10, 30);
        for (Map.Entry<UUID, String> talk : new java.util.TreeMap<>(rounds.minutes()).entrySet()) {
            negotiation.recordMinutes(chair, id, lot, talk.getKey(), 1, talk.getValue());
            clock.set(clock.instant().plusSeconds(25 * 60));
        }
        move(clock, evaluationDay, 11, 30);
        negotiation.amendRequirements(chair, id, lot, rounds.amendment());
        negotiation.callForFinalQuotations(chair, id, lot, evaluationDay.atTime(12, 0).atZone(days.zone()).toInstant());
        move(clock, evaluationDay, 11, 45);
        for (String username : List.of("provider", "provider2")) {
            Actor supplier = users.actingAs(username);
            String price = rounds.finalPrices().get(supplier.organizationId());
            if (price != null) {
                finalQuotations.submit(supplier, id, lot, new FinalQuotations.GivenQuotation(new BigDecimal(price),
                        rounds.finalTexts().get(supplier.organizationId())));
                tick(clock);
            }
        }
        move(clock, evaluationDay, 13, 30);
        for (String custodian : DemoCity.CUSTODIANS.subList(0, 3)) {
            finalQuotations.present(users.actingAs(custodian), id, lot, DemoCity.custodianPassphrase(custodian));
            tick(clock);
        }
    }

    /**
     * The day after the opening: a panel of the least size for the lot's budget, one seat the purchaser's own where
     * the rules leave it one; in the afternoon the first expert drawn declines for a conflict, when the recorded order
     * holds someone to take the seat.
     */
    private Panel draw(SettableClock clock, Actor purchaser, Map<UUID, Actor> people, Publication.PublishedProcedure published,
            int lot, LocalDate drawDay, LocalDate evaluationDay, Story story) {
        ProcedureId id = published.procedure().id();
        move(clock, drawDay, 10, 0);
        Lot theLot = published.lots().stream().filter(l -> l.number() == lot).findFirst().orElseThrow();
        int seats = PanelSize.minimum(panels.sizeRules(purchaser, id), theLot.budget().amount(), false);
        List<UUID> representatives = PanelSize.maximumRepresentatives(seats) > 0 ? List.of(purchaser.userId()) : List.of();
        Panels.PanelFacts drawn = panels.draw(purchaser, id, new Panels.DrawRequest(lot, seats, false, null, evaluationDay,
                representatives));

        move(clock, drawDay, 15, 0);
        UUID panel = drawn.panel().id();
        if (panels.record(purchaser, panel).candidates().size() > drawn.expertSeats()) {
            PanelMember first = drawn.panel().members().stream().filter(m -> m.kind() == PanelMember.Kind.EXPERT).findFirst()
                    .orElseThrow();
            panels.decline(people.get(first.user()), panel, story.conflict(), true);
        }
        return panels.of(id, lot).orElseThrow();
    }

    /**
     * The purchaser's qualification review: every bid passes, but for the dearest one, rejected for the story's defect
     * when the lot keeps as many bids as its method needs without it (a consultation buying services, two).
     */
    private void qualify(SettableClock clock, Actor purchaser, Publication.PublishedProcedure published, OpeningRecord.Lot opened,
            LocalDate openedOn, Story story) {
        List<OpeningRecord.Bid> bids = opened.bids().stream().filter(b -> b.outcome() == OpeningRecord.BidOutcome.OPENED).toList();
        int needed = results.minimumResponses(published.procedure(), openedOn).value().intValue();
        @Nullable UUID rejected = bids.size() > needed ? bids.stream().max(Comparator.comparing(OpeningRecord.Bid::price))
                .map(OpeningRecord.Bid::bidder).orElse(null) : null;
        for (OpeningRecord.Bid bid : bids) {
            boolean passed = !bid.bidder().equals(rejected);
            evaluation.qualify(purchaser, published.procedure().id(), opened.lot(), bid.bidder(), passed,
                    passed ? null : story.rejection());
            tick(clock);
        }
    }

    /** The purchaser and every expert of the demo pool, by user id: whoever the draw seats, the demo acts as it. */
    private static Map<UUID, Actor> people(UserProvisioning users, Actor purchaser) {
        Map<UUID, Actor> people = new HashMap<>();
        people.put(purchaser.userId(), purchaser);
        for (DemoExperts.Member member : DemoExperts.POOL) {
            Actor expert = users.actingAs(member.username());
            people.put(expert.userId(), expert);
        }
        return people;
    }

    /** Moves the clock to the hour and minutes of the day, unless it is past them already. */
    private void move(SettableClock clock, LocalDate day, int hour, int minutes) {
        Instant at = day.atTime(hour, 0).plusMinutes(minutes).atZone(days.zone()).toInstant();
        if (at.isAfter(clock.instant())) {
            clock.set(at);
        }
    }

    /** A couple of minutes pass between one person's step and the next. */
    private static void tick(SettableClock clock) {
        clock.advance(Duration.ofMinutes(2));
    }
}
