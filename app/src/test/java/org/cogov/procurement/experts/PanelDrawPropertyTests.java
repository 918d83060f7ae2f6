package org.cogov.procurement.experts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.cogov.registry.OrganizationId;
import org.cogov.registry.Tenure;
import org.cogov.registry.Tie;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Over many pools, parties and seeds: nobody employed by the purchaser, its agency or a bidder, nobody tied to the
 * purchaser or a bidder, nobody unavailable is ever drawn — neither at first nor as a replacement; a draw replayed from
 * its seed gives the same order, whatever order the pool was read in; replacements take the recorded order without a gap.
 */
class PanelDrawPropertyTests {

    private static final List<OrganizationId> ORGANIZATIONS = organizations(8);
    private static final OrganizationId PURCHASER = ORGANIZATIONS.get(0);
    private static final OrganizationId AGENCY = ORGANIZATIONS.get(1);

    @Property(tries = 500)
    void nobodyTiedToAPartyNorItsStaffNorOneUnavailableIsEverDrawn(@ForAll Random random,
            @ForAll @IntRange(min = 0, max = 40) int poolSize, @ForAll @IntRange(min = 1, max = 9) int seats,
            @ForAll @IntRange(min = 0, max = 12) int declines) {
        PanelDraw.Parties parties = parties(random);
        List<PanelDraw.Standing> pool = pool(random, poolSize);

        PanelDraw draw = PanelDraw.draw(seed(random), parties, pool);
        List<ExpertId> drawn = new ArrayList<>(draw.first(seats));
        for (int i = 0; i < declines && !drawn.isEmpty(); i++) {
            draw.next(new HashSet<>(drawn)).ifPresent(drawn::add);
        }

        Map<ExpertId, PanelDraw.Standing> byId = new HashMap<>();
        pool.forEach(s -> byId.put(s.expert(), s));
        assertThat(drawn).allSatisfy(expert -> assertThat(independent(byId.get(expert), parties)).as("%s", byId.get(expert)).isTrue());
        assertThat(draw.candidates()).containsExactlyInAnyOrderElementsOf(pool.stream()
                .filter(s -> independent(s, parties)).map(PanelDraw.Standing::expert).toList());
        assertThat(draw.exclusions()).allSatisfy(e -> assertThat(draw.candidates()).doesNotContain(e.expert()));
    }

    @Property(tries = 300)
    void aReplayedDrawGivesTheSamePanelWhateverOrderThePoolIsReadIn(@ForAll Random random,
            @ForAll @IntRange(min = 0, max = 40) int poolSize, @ForAll @IntRange(min = 1, max = 9) int seats) {
        PanelDraw.Parties parties = parties(random);
        List<PanelDraw.Standing> pool = pool(random, poolSize);
        String seed = seed(random);
        PanelDraw draw = PanelDraw.draw(seed, parties, pool);
        List<PanelDraw.Standing> shuffled = new ArrayList<>(pool);
        Collections.shuffle(shuffled, random);

        PanelDraw replayed = PanelDraw.draw(seed, parties, shuffled);

        assertThat(replayed.candidates()).isEqualTo(draw.candidates()).isSorted();
        assertThat(replayed.order()).isEqualTo(draw.order());
        assertThat(replayed.first(seats)).isEqualTo(draw.first(seats));
        assertThat(PanelDraw.check(seed, draw.candidates(), draw.order(), excluded(draw),
                ranks(draw, draw.first(seats)), seats)).isEmpty();
    }

    @Property(tries = 300)
    void replacementsTakeTheRecordedOrderWithoutAGap(@ForAll Random random, @ForAll @IntRange(min = 1, max = 40) int poolSize,
            @ForAll @IntRange(min = 1, max = 9) int seats, @ForAll @IntRange(min = 1, max = 15) int declines) {
        PanelDraw.Parties parties = parties(random);
        PanelDraw draw = PanelDraw.draw(seed(random), parties, pool(random, poolSize));
        List<ExpertId> joined = new ArrayList<>(draw.first(seats));
        List<ExpertId> holding = new ArrayList<>(joined);

        for (int i = 0; i < declines && !holding.isEmpty(); i++) {
            holding.remove(random.nextInt(holding.size()));
            Optional<ExpertId> next = draw.next(new HashSet<>(joined));
            if (next.isPresent()) {
                assertThat(draw.rankOf(next.get())).isEqualTo(joined.size() + 1);
                joined.add(next.get());
                holding.add(next.get());
            } else {
                assertThat(joined).hasSameSizeAs(draw.order());
            }
        }

        assertThat(joined).isEqualTo(draw.order().subList(0, joined.size()));
        assertThat(PanelDraw.check(draw.seed(), draw.candidates(), draw.order(), excluded(draw), ranks(draw, joined), seats))
                .isEmpty();
    }

    @Property(tries = 200)
    void aRecordWhoseMembersSkipTheOrderOrWhoseSeedIsAnotherFailsItsReplay(@ForAll Random random,
            @ForAll @IntRange(min = 12, max = 30) int poolSize) {
        PanelDraw draw = PanelDraw.draw(seed(random), new PanelDraw.Parties(PURCHASER, null, Set.of()), available(poolSize));
        List<ExpertId> skipping = List.of(draw.order().get(0), draw.order().get(2));

        assertThat(PanelDraw.check(draw.seed(), draw.candidates(), draw.order(), List.of(), ranks(draw, skipping), 2))
                .contains("procurement.panel.replay.seats-out-of-order");
        // Twelve candidates or more: another seed giving the same order is a chance of one in 479 million.
        assertThat(PanelDraw.check(seed(random), draw.candidates(), draw.order(), List.of(), ranks(draw, draw.first(2)), 2))
                .as("another seed").contains("procurement.panel.replay.order-differs");
    }

    /** What the rules say, written apart from the draw: no staff of a party, no tie to the purchaser or a bidder, available. */
    private static boolean independent(PanelDraw.Standing s, PanelDraw.Parties parties) {
        Set<OrganizationId> tiedTo = new HashSet<>(parties.bidders());
        tiedTo.add(parties.purchaser());
        Set<OrganizationId> staffOf = new HashSet<>(tiedTo);
        if (parties.agency() != null) {
            staffOf.add(parties.agency());
        }
        return s.available() && s.account() && !staffOf.contains(s.employer())
                && s.ties().entrySet().stream().noneMatch(e -> tiedTo.contains(e.getKey()) && !e.getValue().isEmpty());
    }

    private static PanelDraw.Parties parties(Random random) {
        Set<OrganizationId> bidders = new HashSet<>();
        for (OrganizationId o : ORGANIZATIONS.subList(2, ORGANIZATIONS.size())) {
            if (random.nextInt(3) == 0) {
                bidders.add(o);
            }
        }
        return new PanelDraw.Parties(PURCHASER, random.nextBoolean() ? AGENCY : null, bidders);
    }

    private static List<PanelDraw.Standing> pool(Random random, int size) {
        List<PanelDraw.Standing> pool = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Map<OrganizationId, List<Tie>> ties = new HashMap<>();
            for (OrganizationId o : ORGANIZATIONS) {
                if (random.nextInt(6) == 0) {
                    ties.put(o, List.of(new Tie(Tie.Kind.values()[random.nextInt(Tie.Kind.values().length)], o,
                            Tenure.since(java.time.LocalDate.of(2020, 1, 1)), null, "")));
                }
            }
            // Most experts work elsewhere than for a party; some for one.
            OrganizationId employer = random.nextInt(4) == 0 ? ORGANIZATIONS.get(random.nextInt(ORGANIZATIONS.size()))
                    : new OrganizationId(new UUID(random.nextLong(), random.nextLong()));
            pool.add(new PanelDraw.Standing(new ExpertId(new UUID(random.nextLong(), random.nextLong())), employer,
                    random.nextInt(8) != 0, random.nextInt(20) != 0, ties));
        }
        return pool;
    }

    private static List<PanelDraw.Standing> available(int size) {
        List<PanelDraw.Standing> pool = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            pool.add(new PanelDraw.Standing(new ExpertId(UUID.randomUUID()), new OrganizationId(UUID.randomUUID()), true, true,
                    Map.of()));
        }
        return pool;
    }

    private static List<ExpertId> excluded(PanelDraw draw) {
        return draw.exclusions().stream().map(PanelDraw.Exclusion::expert).toList();
    }

    private static List<Integer> ranks(PanelDraw draw, List<ExpertId> joined) {
        return joined.stream().map(draw::rankOf).toList();
    }

    private static String seed(Random random) {
        byte[] seed = new byte[32];
        random.nextBytes(seed);
        return HexFormat.of().formatHex(seed);
    }

    private static List<OrganizationId> organizations(int n) {
        List<OrganizationId> organizations = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            organizations.add(new OrganizationId(UUID.nameUUIDFromBytes(("organization " + i).getBytes())));
        }
        return List.copyOf(organizations);
    }
}
