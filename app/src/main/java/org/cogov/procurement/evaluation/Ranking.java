package org.cogov.procurement.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import org.cogov.procurement.AwardCriteria;
import org.cogov.procurement.Draw;
import org.cogov.shared.Domain;

/**
 * The order of a lot's valid bids (MoF Order No. 87 Art. 55, 56, 68).
 *
 * <p>Comprehensive scoring ranks by the total rounded to 2 decimals, highest first, then by the lower bid price;
 * the lowest evaluated price ranks by evaluated price, lowest first. Bids still equal are tied. A tie is settled
 * by the tie breaks the documents state, in their order; bids they leave equal are drawn as anyone can replay
 * it: in the order of their ids (as strings, like every draw of a procedure), shuffled by {@link Draw#shuffle}
 * with the seed {@code seed + ":" + n}, where n numbers the draws from 1 in ranking order. Ranks run 1, 2, 3…
 * without gaps. Nothing depends on the order of the input list.
 *
 * @param order every bid, best first
 * @param draws the draws, in ranking order
 */
@Domain
public record Ranking(List<RankedBid> order, List<TieDraw> draws) {

    public Ranking {
        order = List.copyOf(order);
        draws = List.copyOf(draws);
    }

    /** How a bid's place among bids the rules' order left equal was decided. */
    public enum Tie {
        /** Not tied. */
        NONE,
        /** By a tie break the documents state. */
        SETTLED,
        /** By the draw. */
        DRAWN
    }

    /** A bid's place: 1 for the first, no gaps. */
    public record RankedBid(UUID bid, int rank, Tie tie) {

        public boolean drawn() {
            return tie == Tie.DRAWN;
        }
    }

    /**
     * A draw and what anyone needs to replay it: what the audit log records.
     *
     * @param tied  the bids drawn in the order of their ids, as given to the draw
     * @param order the order the draw gave them, first ranked first
     * @param seed  the seed the draw used ({@code seed:n})
     */
    public record TieDraw(List<UUID> tied, List<UUID> order, String seed) {

        public TieDraw {
            tied = List.copyOf(tied);
            order = List.copyOf(order);
            Objects.requireNonNull(seed, "seed");
        }
    }

    /** Comprehensive scoring, ties left to the draw. */
    public static Ranking byTotal(List<Scores.BidScore> scores, String seed) {
        return byTotal(scores, List.of(), Map.of(), seed);
    }

    /**
     * Comprehensive scoring: by shown total descending, then by lower bid price; still equal, by the stated tie
     * breaks, then drawn.
     *
     * @param receivedAt each bid's receipt time; needed only when a tie break compares it
     */
    public static Ranking byTotal(List<Scores.BidScore> scores, List<AwardCriteria.TieBreak> tieBreaks,
            Map<UUID, Instant> receivedAt, String seed) {
        Comparator<Scores.BidScore> better = Comparator.comparing(Scores.BidScore::shownTotal).reversed()
                .thenComparing(Scores.BidScore::price);
        Comparator<Scores.BidScore> stated = (a, b) -> 0;
        for (AwardCriteria.TieBreak tieBreak : tieBreaks) {
            stated = stated.thenComparing(switch (tieBreak.rule()) {
                case HIGHER_FACTOR -> {
                    int factor = Objects.requireNonNull(tieBreak.factor(), "factor") - 1;
                    yield Comparator.comparing((Scores.BidScore s) -> shown(s.factors().get(factor).average())).reversed();
                }
                case EARLIER_RECEIPT -> Comparator.comparing((Scores.BidScore s) -> receipt(receivedAt, s.bid()));
            });
        }
        return rank(scores, Scores.BidScore::bid, better, stated, seed);
    }

    /** Lowest evaluated price, ties left to the draw. */
    public static Ranking byLowestPrice(List<Offer> offers, String seed) {
        return byLowestPrice(offers, List.of(), Map.of(), seed);
    }

    /**
     * Lowest evaluated price: by evaluated price ascending; equal, by the stated tie breaks, then drawn. A tie
     * break on a factor has nothing to compare here and leaves the bids equal.
     */
    public static Ranking byLowestPrice(List<Offer> offers, List<AwardCriteria.TieBreak> tieBreaks,
            Map<UUID, Instant> receivedAt, String seed) {
        Comparator<Offer> stated = (a, b) -> 0;
        for (AwardCriteria.TieBreak tieBreak : tieBreaks) {
            if (tieBreak.rule() == AwardCriteria.TieBreak.Rule.EARLIER_RECEIPT) {
                stated = stated.thenComparing((Offer o) -> receipt(receivedAt, o.bid()));
            }
        }
        return rank(offers, Offer::bid, Comparator.comparing(Offer::evaluatedPrice), stated, seed);
    }

    /** The bid ranked first; the ranking must not be empty. */
    public UUID first() {
        if (order.isEmpty()) {
            throw new IllegalStateException("nothing ranked");
        }
        return order.get(0).bid();
    }

    private static BigDecimal shown(BigDecimal average) {
        return average.setScale(2, RoundingMode.HALF_UP);
    }

    private static Instant receipt(Map<UUID, Instant> receivedAt, UUID bid) {
        Instant at = receivedAt.get(bid);
        if (at == null) {
            throw new IllegalArgumentException("no receipt time for bid " + bid);
        }
        return at;
    }

    private static <T> Ranking rank(List<T> items, Function<T, UUID> id, Comparator<T> better, Comparator<T> stated,
            String seed) {
        Objects.requireNonNull(seed, "seed");
        Scores.requireDistinct(items.stream().map(id).toList(), "bid");
        Comparator<T> settled = better.thenComparing(stated);
        // Sorting by id last makes the grouping below independent of the input order.
        List<T> sorted = items.stream().sorted(settled.thenComparing(t -> id.apply(t).toString())).toList();
        List<RankedBid> order = new ArrayList<>();
        List<TieDraw> draws = new ArrayList<>();
        int start = 0;
        while (start < sorted.size()) {
            int end = start + 1;
            while (end < sorted.size() && better.compare(sorted.get(start), sorted.get(end)) == 0) {
                end++;
            }
            boolean tied = end - start > 1;
            int from = start;
            while (from < end) {
                int to = from + 1;
                while (to < end && settled.compare(sorted.get(from), sorted.get(to)) == 0) {
                    to++;
                }
                List<UUID> group = sorted.subList(from, to).stream().map(id).toList();
                if (group.size() == 1) {
                    order.add(new RankedBid(group.get(0), order.size() + 1, tied ? Tie.SETTLED : Tie.NONE));
                } else {
                    String drawSeed = seed + ":" + (draws.size() + 1);
                    List<UUID> drawn = Draw.shuffle(drawSeed, group);
                    draws.add(new TieDraw(group, drawn, drawSeed));
                    for (UUID bid : drawn) {
                        order.add(new RankedBid(bid, order.size() + 1, Tie.DRAWN));
                    }
                }
                from = to;
            }
            start = end;
        }
        return new Ranking(order, draws);
    }
}
