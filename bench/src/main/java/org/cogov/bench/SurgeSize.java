package org.cogov.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The size of a deadline surge: who bids where, how fast the submissions come, how large their attachments
 * are, and how many writers the baseline and the openings use. {@code small} runs in CI in well under two
 * minutes; {@code full} is the issue's: 1,000 providers, 200 procedures, 300 submissions a second, attachments
 * of 50 KB to 1 MB with a mean of about 200 KB. Any field can be changed with {@code --name=value}.
 *
 * @param providers      provider organizations, each with a user and an API token
 * @param procedures     public tenders of one lot each, whose deadlines fall in one minute
 * @param perProvider    how many of the procedures each provider bids into
 * @param peak           submissions a second at the top of the ramp
 * @param ramp           seconds from no submissions to the peak
 * @param hold           seconds at the peak before the first deadline
 * @param closing        seconds from the first deadline to the last (at most 60: the same minute)
 * @param clients        concurrent client connections, and the baseline's writers
 * @param minKb          the smallest attachment, in KB (1,000 bytes)
 * @param meanKb         the mean attachment: the minimum plus an exponential tail, cut at the maximum
 * @param maxKb          the largest attachment
 * @param pool           distinct attachment bodies made before the run (each submission gets its own header)
 * @param baseline       seconds of raw inserts measured for the baseline
 * @param openers        procedures opened at once
 * @param seed           the seed of every random choice, so that two runs offer the same load
 */
record SurgeSize(String name, int providers, int procedures, int perProvider, int peak, int ramp, int hold, int closing,
        int clients, int minKb, int meanKb, int maxKb, int pool, int baseline, int openers, long seed) {

    SurgeSize {
        if (providers < 1 || procedures < 1 || perProvider < 1 || perProvider > procedures || peak < 1 || ramp < 0 || hold < 0
                || closing < 0 || closing > 60 || clients < 1 || minKb < 1 || meanKb < minKb || maxKb < meanKb || pool < 1
                || baseline < 1 || openers < 1) {
            throw new IllegalArgumentException("not a surge: " + this);
        }
        if ((long) providers * perProvider < 3L * procedures) {
            throw new IllegalArgumentException("a public tender opens with at least 3 bids: give more providers or more procedures each");
        }
    }

    static SurgeSize small() {
        return new SurgeSize("small", 50, 10, 4, 30, 10, 10, 10, 8, 5, 20, 100, 32, 5, 2, 20261129L);
    }

    static SurgeSize full() {
        return new SurgeSize("full", 1000, 200, 10, 300, 30, 30, 60, 64, 50, 200, 1000, 256, 15, 2, 20261129L);
    }

    /** The size named by the first argument ({@code small} when none), changed by the {@code --name=value} arguments. */
    static SurgeSize of(String[] args) {
        int from = args.length > 0 && !args[0].startsWith("--") ? 1 : 0;
        String name = from == 1 ? args[0] : "small";
        SurgeSize size = switch (name) {
            case "small" -> small();
            case "full" -> full();
            default -> throw new IllegalArgumentException("a surge is small or full, not " + name);
        };
        Map<String, Long> fields = size.fields();
        for (int i = from; i < args.length; i++) {
            String[] option = args[i].replaceFirst("^--", "").split("=", 2);
            if (option.length != 2 || !fields.containsKey(option[0])) {
                throw new IllegalArgumentException("unknown option " + args[i] + "; known: " + fields.keySet());
            }
            fields.put(option[0], Long.parseLong(option[1].replace("_", "")));
            name = size.name() + "*";
        }
        return new SurgeSize(name, i(fields, "providers"), i(fields, "procedures"), i(fields, "perProvider"), i(fields, "peak"),
                i(fields, "ramp"), i(fields, "hold"), i(fields, "closing"), i(fields, "clients"), i(fields, "minKb"),
                i(fields, "meanKb"), i(fields, "maxKb"), i(fields, "pool"), i(fields, "baseline"), i(fields, "openers"),
                fields.get("seed"));
    }

    private Map<String, Long> fields() {
        Map<String, Long> fields = new LinkedHashMap<>();
        fields.put("providers", (long) providers);
        fields.put("procedures", (long) procedures);
        fields.put("perProvider", (long) perProvider);
        fields.put("peak", (long) peak);
        fields.put("ramp", (long) ramp);
        fields.put("hold", (long) hold);
        fields.put("closing", (long) closing);
        fields.put("clients", (long) clients);
        fields.put("minKb", (long) minKb);
        fields.put("meanKb", (long) meanKb);
        fields.put("maxKb", (long) maxKb);
        fields.put("pool", (long) pool);
        fields.put("baseline", (long) baseline);
        fields.put("openers", (long) openers);
        fields.put("seed", seed);
        return fields;
    }

    private static int i(Map<String, Long> fields, String name) {
        return Math.toIntExact(fields.get(name));
    }

    /** Seconds from the start of the surge to the first deadline. */
    int firstDeadline() {
        return ramp + hold;
    }

    /** Milliseconds from the first deadline to procedure {@code i}'s (0-based): the deadlines spread over {@code closing}. */
    long deadlineOffsetMillis(int i) {
        return closing * 1000L * i / procedures;
    }

    @Override
    public String toString() {
        return name + " " + fields();
    }
}
