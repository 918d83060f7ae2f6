package org.cogov.procurement.experts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.cogov.procurement.Draw;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Tie;
import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/**
 * The random draw of a panel's experts, replayable by anyone from its record. Every expert of the matching
 * specialties is considered; those who may not sit are set aside with every reason — staff of the purchaser (its
 * own staff are never experts on its project) or of its agency (MoF Order No. 87 Art. 47), employed by a bidder,
 * tied to a bidder or to the purchaser (RULES.md "Evaluation", avoidance), unavailable on the evaluation day. The
 * others are the candidates, listed in the order of their ids, shuffled with the seed ({@link Draw}); the first
 * seats go to the first of that order, and each replacement to the next one not yet drawn.
 *
 * @param candidates the experts who could be drawn, in the order of their ids
 * @param order      the candidates in the order the seed gives them
 */
@Domain
public record PanelDraw(String seed, List<ExpertId> candidates, List<ExpertId> order, List<Exclusion> exclusions) {

    /** Why an expert could not be drawn. */
    public enum Reason {
        STAFF_OF_PURCHASER, STAFF_OF_AGENCY, EMPLOYED_BY_BIDDER, TIED_TO_PURCHASER, TIED_TO_BIDDER, UNAVAILABLE, NO_ACCOUNT
    }

    /** One reason an expert was set aside: with the organization and the kind of tie when it is a tie. */
    public record Exclusion(ExpertId expert, Reason reason, @Nullable OrganizationId organization, Tie.@Nullable Kind tie) {

        public Exclusion {
            Objects.requireNonNull(expert, "expert");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Who the panel must be independent of. */
    public record Parties(OrganizationId purchaser, @Nullable OrganizationId agency, Set<OrganizationId> bidders) {

        public Parties {
            bidders = Set.copyOf(bidders);
        }
    }

    /**
     * An expert of the matching specialties as the draw weighs it: its employer, whether it is available on the
     * evaluation day and has an account to sit with, and its ties, within the avoidance window, to each party.
     */
    public record Standing(ExpertId expert, OrganizationId employer, boolean available, boolean account,
            Map<OrganizationId, List<Tie>> ties) {

        public Standing {
            ties = Map.copyOf(ties);
        }
    }

    public PanelDraw {
        candidates = List.copyOf(candidates);
        order = List.copyOf(order);
        exclusions = List.copyOf(exclusions);
    }

    /** Weighs every expert, sets aside those who may not sit, and orders the others by the seed. */
    public static PanelDraw draw(String seed, Parties parties, List<Standing> considered) {
        List<Exclusion> exclusions = new ArrayList<>();
        List<ExpertId> candidates = new ArrayList<>();
        for (Standing standing : considered.stream().sorted(java.util.Comparator.comparing(Standing::expert)).toList()) {
            List<Exclusion> reasons = exclusions(parties, standing);
            if (reasons.isEmpty()) {
                candidates.add(standing.expert());
            } else {
                exclusions.addAll(reasons);
            }
        }
        return new PanelDraw(seed, candidates, Draw.shuffle(seed, candidates), exclusions);
    }

    /** Every reason the expert may not sit on a panel independent of the parties; none when it may. */
    static List<Exclusion> exclusions(Parties parties, Standing standing) {
        List<Exclusion> reasons = new ArrayList<>();
        ExpertId expert = standing.expert();
        if (standing.employer().equals(parties.purchaser())) {
            reasons.add(new Exclusion(expert, Reason.STAFF_OF_PURCHASER, parties.purchaser(), null));
        }
        if (standing.employer().equals(parties.agency())) {
            reasons.add(new Exclusion(expert, Reason.STAFF_OF_AGENCY, parties.agency(), null));
        }
        if (parties.bidders().contains(standing.employer())) {
            reasons.add(new Exclusion(expert, Reason.EMPLOYED_BY_BIDDER, standing.employer(), null));
        }
        for (Tie tie : standing.ties().getOrDefault(parties.purchaser(), List.of())) {
            reasons.add(new Exclusion(expert, Reason.TIED_TO_PURCHASER, parties.purchaser(), tie.kind()));
        }
        for (OrganizationId bidder : parties.bidders().stream().sorted(java.util.Comparator.comparing(o -> o.value().toString()))
                .toList()) {
            for (Tie tie : standing.ties().getOrDefault(bidder, List.of())) {
                reasons.add(new Exclusion(expert, Reason.TIED_TO_BIDDER, bidder, tie.kind()));
            }
        }
        if (!standing.available()) {
            reasons.add(new Exclusion(expert, Reason.UNAVAILABLE, null, null));
        }
        if (!standing.account()) {
            reasons.add(new Exclusion(expert, Reason.NO_ACCOUNT, null, null));
        }
        return reasons;
    }

    /** The first {@code seats} of the order: the experts drawn at first. */
    public List<ExpertId> first(int seats) {
        return order.subList(0, Math.min(seats, order.size()));
    }

    /**
     * The replacement: the first expert of the order after every one drawn so far, or none when the order is
     * exhausted. Drawn experts who declined stay drawn, so no one is drawn twice and the order is never skipped.
     */
    public Optional<ExpertId> next(Set<ExpertId> drawnSoFar) {
        int last = -1;
        for (int rank = 0; rank < order.size(); rank++) {
            if (drawnSoFar.contains(order.get(rank))) {
                last = rank;
            }
        }
        return last + 1 < order.size() ? Optional.of(order.get(last + 1)) : Optional.empty();
    }

    /** The rank (1, 2, …) the seed gave a candidate. */
    public int rankOf(ExpertId expert) {
        int index = order.indexOf(expert);
        if (index < 0) {
            throw new IllegalArgumentException("not a candidate: " + expert);
        }
        return index + 1;
    }

    /**
     * Checks a recorded draw: the candidates listed in the order of their ids, the order the seed gives them, no
     * excluded expert among them, and the experts who took seats — the first ones and every replacement — the first
     * of that order, with no gap. The problems found, as message keys; none when the record holds.
     *
     * @param recordedOrder the candidates by the rank the record gives them
     * @param seated        the ranks of the experts who joined the panel, first draw and replacements
     */
    public static List<String> check(String seed, List<ExpertId> recordedCandidates, List<ExpertId> recordedOrder,
            List<ExpertId> excluded, List<Integer> seated, int expertSeats) {
        List<String> problems = new ArrayList<>();
        if (!recordedCandidates.equals(recordedCandidates.stream().sorted().toList())) {
            problems.add("procurement.panel.replay.candidates-not-in-id-order");
        }
        if (!Draw.shuffle(seed, recordedCandidates).equals(recordedOrder)) {
            problems.add("procurement.panel.replay.order-differs");
        }
        if (recordedCandidates.stream().anyMatch(excluded::contains)) {
            problems.add("procurement.panel.replay.excluded-candidate");
        }
        List<Integer> ranks = seated.stream().sorted().toList();
        for (int i = 0; i < ranks.size(); i++) {
            if (ranks.get(i) != i + 1) {
                problems.add("procurement.panel.replay.seats-out-of-order");
                break;
            }
        }
        if (ranks.size() < Math.min(expertSeats, recordedOrder.size())) {
            problems.add("procurement.panel.replay.seats-missing");
        }
        return problems;
    }
}
