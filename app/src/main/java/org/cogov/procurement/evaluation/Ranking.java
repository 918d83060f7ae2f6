package org.cogov.procurement.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import org.cogov.procurement.Draw;
import org.cogov.shared.Domain;

/**
 * The order of a lot's valid bids, ties broken by a recorded random draw (MoF Order No. 87 Art. 55, 56).
 *
 * <p>Comprehensive scoring ranks by the total rounded to 2 decimals, highest first, then by the lower bid price;
 * the lowest evaluated price ranks by evaluated price, lowest first. Bids still equal form a tie. Each tie is
 * drawn as anyone can replay it: its bids in the order of their ids (as strings, like every draw of a
 * procedure), shuffled by {@link Draw#shuffle} with the seed {@code seed + ":" + n}, where n numbers the ties
 * from 1 in ranking order. Ranks run 1, 2, 3… without gaps: the draw decides who goes first among the tied.
 * Nothing depends on the order of the input list.
 *
 * <p>This is the draw the rules fall back on when the documents state no other tie rule; a caller whose
 * documents do state one applies it instead.
 *
 * @param order every bid, best first
 * @param draws the ties that were drawn, in ranking order
 */
@Domain
public record Ranking(List<RankedBid> order, List<TieDraw> draws) {

    public Ranking {
        order = List.copyOf(order);
        draws = List.copyOf(draws);
    }

    /**
     * A bid's place.
     *
     * @param rank  1 for the first, no gaps
     * @param drawn its place among bids it was tied with came from a draw
     */
    public record RankedBid(UUID bid, int rank, boolean drawn) {
    }

    /**
     * A tie and how it was drawn: what the audit log records so that anyone can replay it.
     *
     * @param tied  the tied bids in the order of their ids, as given to the draw
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

    /** Comprehensive scoring: by shown total descending, then by lower bid price; still equal, drawn. */
    public static Ranking byTotal(List<Scores.BidScore> scores, String seed) {
        Comparator<Scores.BidScore> better = Comparator.comparing(Scores.BidScore::shownTotal).reversed()
                .thenComparing(Scores.BidScore::price);
        return rank(scores, Scores.BidScore::bid, better, seed);
    }

    /** Lowest evaluated price: by evaluated price ascending; equal, drawn. */
    public static Ranking byLowestPrice(List<Offer> offers, String seed) {
        return rank(offers, Offer::bid, Comparator.comparing(Offer::evaluatedPrice), seed);
    }

    /** The bid ranked first; the ranking must not be empty. */
    public UUID first() {
        if (order.isEmpty()) {
            throw new IllegalStateException("nothing ranked");
        }
        return order.get(0).bid();
    }

    private static <T> Ranking rank(List<T> items, Function<T, UUID> id, Comparator<T> better, String seed) {
        Objects.requireNonNull(seed, "seed");
        Scores.requireDistinct(items.stream().map(id).toList(), "bid");
        // Sorting by id first makes the grouping below independent of the input order.
        List<T> sorted = items.stream().sorted(better.thenComparing(t -> id.apply(t).toString())).toList();
        List<RankedBid> order = new ArrayList<>();
        List<TieDraw> draws = new ArrayList<>();
        int start = 0;
        while (start < sorted.size()) {
            int end = start + 1;
            while (end < sorted.size() && better.compare(sorted.get(start), sorted.get(end)) == 0) {
                end++;
            }
            List<UUID> group = sorted.subList(start, end).stream().map(id).toList();
            if (group.size() == 1) {
                order.add(new RankedBid(group.get(0), order.size() + 1, false));
            } else {
                String drawSeed = seed + ":" + (draws.size() + 1);
                List<UUID> drawn = Draw.shuffle(drawSeed, group);
                draws.add(new TieDraw(group, drawn, drawSeed));
                for (UUID bid : drawn) {
                    order.add(new RankedBid(bid, order.size() + 1, true));
                }
            }
            start = end;
        }
        return new Ranking(order, draws);
    }
}
