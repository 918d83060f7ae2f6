package org.cogov.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import javax.sql.DataSource;

import org.cogov.CogovApplication;
import org.cogov.identity.UserProvisioning;
import org.cogov.procurement.bidding.Opening;
import org.cogov.procurement.bidding.OpeningRecord;
import org.cogov.shared.Actor;
import org.cogov.shared.time.SettableClock;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * The deadline surge (issue 8): providers bidding into procedures that close in the same minute, at a rate
 * that ramps to the peak, with attachments of real sizes; then every opening. It reports the accepted
 * submissions a second, their latency, the opening time per lot, and the ratio of the accepted rate to the
 * database's raw insert rate for rows of the same size at the same concurrency, measured in the same run;
 * and it checks that no acknowledged bid was lost and none was accepted late. Exit status 1 when a check
 * fails.
 *
 * <p>The application runs in this JVM on a random port, on the demo city (its purchaser and custodians)
 * under the {@code test-clock} profile, with a clock of its own that runs like real time from a Monday in
 * the shipped calendars and is moved forward once, from the publication of the procedures to just before
 * their deadlines. The submissions go over HTTP with each provider's API token, as multipart forms sealed on
 * arrival; the openings are made in-process by three custodians each. H2 in memory unless
 * {@code SPRING_DATASOURCE_URL} and friends name a database (on PostgreSQL, {@code SPRING_FLYWAY_URL},
 * {@code SPRING_FLYWAY_USER} and {@code SPRING_FLYWAY_PASSWORD} name the schema's owner, whom the baseline
 * uses to create its table).
 *
 * <p>Run: {@code bench/run surge [small|full] [--name=value …]}; see {@link SurgeSize}.
 */
public final class DeadlineSurge {

    /** A Monday early in the shipped calendars, as the tests start; the procedures are published on it. */
    private static final Instant START = Instant.parse("2026-01-05T01:00:00Z");
    /** The platform's zone, {@code cogov.zone}. */
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalTime DEADLINE_TIME = LocalTime.of(9, 30);
    private static final List<String> CUSTODIANS = List.of("auditor", "registrar", "purchaser");
    private static final String IN_MEMORY = "jdbc:h2:mem:surge;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
            + "LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1";
    /** How long before the surge's start the clock is set, so that the generator starts on time. */
    private static final Duration LEAD = Duration.ofSeconds(3);

    private final StringBuilder report = new StringBuilder();
    private final List<String> failures = new ArrayList<>();

    private DeadlineSurge() {
    }

    public static void main(String[] args) throws Exception {
        SurgeSize size = SurgeSize.of(args);
        DeadlineSurge surge = new DeadlineSurge();
        int status;
        try {
            status = surge.run(size);
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 2;
        }
        System.out.flush();
        System.exit(status);
    }

    private int run(SurgeSize size) throws Exception {
        long began = System.nanoTime();
        System.out.println("deadline surge: " + size);
        byte[][] bodies = SurgeLoad.bodies(size);
        // The baseline first, on the database alone: the table it makes is dropped before the migrations run.
        Map<String, String> env = System.getenv();
        String url = env.getOrDefault("SPRING_DATASOURCE_URL", IN_MEMORY);
        RawInserts.Result baseline = RawInserts.measure(env.getOrDefault("SPRING_FLYWAY_URL", url),
                env.getOrDefault("SPRING_FLYWAY_USER", env.getOrDefault("SPRING_DATASOURCE_USERNAME", "cogov")),
                env.getOrDefault("SPRING_FLYWAY_PASSWORD", env.getOrDefault("SPRING_DATASOURCE_PASSWORD", "cogov")),
                size.clients(), baselineRows(size, bodies), 2, size.baseline());
        System.out.printf(Locale.ROOT, "baseline: %,d rows in %.1f s%n", baseline.rows(), baseline.seconds());
        SettableClock clock = SettableClock.runningBehind(Duration.between(START, Instant.now()), ZONE);
        ConfigurableApplicationContext app = new SpringApplicationBuilder(CogovApplication.class).profiles("test-clock")
                .initializers(context -> ((GenericApplicationContext) context).registerBean("surgeClock", SettableClock.class,
                        () -> clock, definition -> definition.setPrimary(true)))
                .run("--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=warn",
                        "--cogov.demo.enabled=true", "--spring.datasource.hikari.maximum-pool-size=" + (size.clients() + 10),
                        "--spring.datasource.url=" + url);
        try {
            String database = database(app.getBean(DataSource.class));
            System.out.printf(Locale.ROOT, "application up on %s in %.1f s%n", database, (System.nanoTime() - began) / 1e9);

            SurgeCity.Progress progress = new SurgeCity.Progress();
            SurgeCity city = SurgeCity.make(app, size, DEADLINE_TIME, progress);
            SurgeLoad load = SurgeLoad.plan(size, city, bodies);
            progress.step("submissions planned", load.plan.size());
            System.out.println("  " + load.attachments());

            JdbcClient jdbc = app.getBean(JdbcClient.class);
            Set<UUID> before = new HashSet<>(jdbc.sql("SELECT id FROM sealed_bid").query(UUID.class).list());
            Instant firstDeadline = city.tenders.get(0).deadline();
            Instant surgeStart = firstDeadline.minusSeconds(size.firstDeadline());
            clock.set(surgeStart.minus(LEAD));
            long start = System.nanoTime() + LEAD.toNanos();
            URI base = URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port"));
            CpuMeter cpu = new CpuMeter();
            load.offer(base, city, app.getBean(JsonMapper.class), start);
            String surgeCpu = cpu.read();
            progress.step("submissions answered", load.plan.size());

            Instant lastDeadline = city.tenders.get(city.tenders.size() - 1).deadline();
            if (clock.instant().isBefore(lastDeadline)) {
                clock.set(lastDeadline.plusSeconds(1));
            }
            List<OpeningTime> openings = open(app, city, size.openers());
            progress.step("procedures opened", openings.size());
            Set<UUID> stored = new HashSet<>(jdbc.sql("SELECT id FROM sealed_bid").query(UUID.class).list());
            stored.removeAll(before);

            header(size, database, city, load, surgeStart);
            submissions(size, load, start, baseline, city, surgeStart);
            line("CPU during the surge: %s", surgeCpu);
            openings(openings);
            check(city, load, openings, stored, start, surgeStart);
            line("");
            line("run took %.0f s", (System.nanoTime() - began) / 1e9);
            if (failures.isEmpty()) {
                line("checks: all held");
            } else {
                failures.forEach(f -> line("FAILED: %s", f));
            }
            System.out.print(report);
            write(size);
            return failures.isEmpty() ? 0 : 1;
        } finally {
            app.close();
        }
    }

    /**
     * The baseline's rows: as many as the surge's bodies drawn at random, each as large as a submission of its
     * body stores (the body and what {@link SurgeLoad#storedBeyondBody()} adds), and of random bytes too.
     */
    private static List<byte[]> baselineRows(SurgeSize size, byte[][] bodies) {
        Random random = new Random(size.seed() + 2);
        byte[][] rows = new byte[bodies.length][];
        for (int i = 0; i < bodies.length; i++) {
            rows[i] = new byte[bodies[i].length + SurgeLoad.storedBeyondBody()];
            random.nextBytes(rows[i]);
        }
        List<byte[]> drawn = new ArrayList<>();
        for (int i = 0; i < 10 * bodies.length; i++) {
            drawn.add(rows[random.nextInt(rows.length)]);
        }
        return drawn;
    }

    private static String database(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion().replaceFirst(" .*", "");
        }
    }

    /** The opening of one procedure: each custodian's request in order, the last one opening the lot. */
    record OpeningTime(int procedure, long[] nanos, OpeningRecord record) {

        long opening() {
            return nanos[nanos.length - 1];
        }
    }

    private static List<OpeningTime> open(ConfigurableApplicationContext app, SurgeCity city, int openers) throws Exception {
        Opening opening = app.getBean(Opening.class);
        UserProvisioning users = app.getBean(UserProvisioning.class);
        List<Actor> custodians = CUSTODIANS.stream().map(users::actingAs).toList();
        ExecutorService pool = Executors.newFixedThreadPool(openers);
        try {
            List<Future<OpeningTime>> futures = new ArrayList<>();
            for (int j = 0; j < city.tenders.size(); j++) {
                int procedure = j;
                futures.add(pool.submit(() -> {
                    long[] nanos = new long[custodians.size()];
                    OpeningRecord record = null;
                    for (int c = 0; c < custodians.size(); c++) {
                        long t = System.nanoTime();
                        record = opening.present(custodians.get(c), city.tenders.get(procedure).id(),
                                (CUSTODIANS.get(c) + "-opening-key").toCharArray());
                        nanos[c] = System.nanoTime() - t;
                    }
                    return new OpeningTime(procedure, nanos, record);
                }));
            }
            List<OpeningTime> times = new ArrayList<>();
            for (Future<OpeningTime> f : futures) {
                times.add(f.get());
            }
            return times;
        } finally {
            pool.shutdownNow();
        }
    }

    private void header(SurgeSize size, String database, SurgeCity city, SurgeLoad load, Instant surgeStart) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.S").withZone(ZONE);
        line("");
        line("deadline surge (%s) on %s, %d cores, JDK %s", size.name(), database, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        line("%,d providers bidding into %,d public tenders of one lot (%d each, %,d bidders a lot); deadlines %s – %s",
                city.providers.size(), city.tenders.size(), size.perProvider(), city.pairs.size() / city.tenders.size(),
                time.format(city.tenders.get(0).deadline()), time.format(city.tenders.get(city.tenders.size() - 1).deadline()));
        line("offered: from %s, ramp %d s to %d/s, %d s at the peak, then falling as the procedures close over %d s; "
                + "%,d submissions (%,d after a deadline, to be refused); %d client connections",
                time.format(surgeStart), size.ramp(), size.peak(), size.hold(), size.closing(), load.plan.size(),
                load.plan.stream().filter(SurgeLoad.Planned::probe).count(), size.clients());
        line("%s", load.attachments());
        if (load.skipped > 0) {
            line("%,d planned moments found no bidder free to submit (none with nothing planned in the last 2 s) and were dropped",
                    load.skipped);
        }
    }

    private void submissions(SurgeSize size, SurgeLoad load, long start, RawInserts.Result baseline, SurgeCity city,
            Instant surgeStart) {
        Map<String, Integer> answers = new TreeMap<>();
        for (SurgeLoad.Outcome o : load.outcomes) {
            answers.merge(o.status == 201 ? "201 accepted" : o.status + " " + o.code, 1, Integer::sum);
        }
        line("");
        line("answers: %s", answers);
        double ramp = size.ramp();
        double first = size.firstDeadline();
        double end = first + size.closing();
        line("");
        line("| phase | seconds | offered/s | accepted/s | p50 | p99 | max |");
        line("|---|---|---|---|---|---|---|");
        phase(load, start, "ramp", 0, ramp);
        double[] atPeak = phase(load, start, "peak", ramp, first);
        double peak = atPeak[1];
        phase(load, start, "closing minute", first, end);
        phase(load, start, "whole surge", 0, end);
        double best = bestWindow(load, start, 10);
        line("");
        line("best 10 s: %.1f accepted/s", best);
        line("baseline: raw inserts of rows of the same size (%.0f KB mean), %d writers: %.1f rows/s (%,d rows in %.1f s)",
                baseline.bytes() / 1000.0 / Math.max(1, baseline.rows()), size.clients(), baseline.rowsPerSecond(), baseline.rows(),
                baseline.seconds());
        line("ratio accepted/s at the peak ÷ raw inserts/s: %.2f (best 10 s: %.2f; goal ≥ 0.5)%s", peak / baseline.rowsPerSecond(),
                best / baseline.rowsPerSecond(), peak >= 0.95 * atPeak[0]
                        ? " — the platform accepted all it was offered at the peak: the ratio is a lower bound" : "");
    }

    /** A phase's line: what was offered in it, what was accepted (answered 201) in it, and the latency of its accepted ones. */
    private double[] phase(SurgeLoad load, long start, String name, double from, double to) {
        if (to <= from) {
            return new double[] { 0, 0 };
        }
        long fromNanos = start + (long) (from * 1e9);
        long toNanos = start + (long) (to * 1e9);
        long offered = 0;
        long accepted = 0;
        List<Long> latencies = new ArrayList<>();
        for (SurgeLoad.Planned p : load.plan) {
            SurgeLoad.Outcome o = load.outcomes[p.seq()];
            long planned = start + p.atNanos();
            if (planned >= fromNanos && planned < toNanos) {
                offered++;
                if (o.status == 201) {
                    latencies.add(o.done - planned);
                }
            }
            if (o.status == 201 && o.done >= fromNanos && o.done < toNanos) {
                accepted++;
            }
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        double seconds = to - from;
        line("| %s | %.0f | %.1f | %.1f | %s | %s | %s |", name, seconds, offered / seconds, accepted / seconds, ms(at(sorted, 0.5)),
                ms(at(sorted, 0.99)), ms(sorted.length == 0 ? -1 : sorted[sorted.length - 1]));
        return new double[] { offered / seconds, accepted / seconds };
    }

    /** The most submissions accepted in {@code seconds} consecutive seconds, a second. */
    private static double bestWindow(SurgeLoad load, long start, int seconds) {
        Map<Long, Integer> perSecond = new HashMap<>();
        for (SurgeLoad.Outcome o : load.outcomes) {
            if (o.status == 201) {
                perSecond.merge(Math.floorDiv(o.done - start, 1_000_000_000L), 1, Integer::sum);
            }
        }
        long last = perSecond.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
        int best = 0;
        for (long s = 0; s + seconds <= last + 1; s++) {
            int sum = 0;
            for (long k = s; k < s + seconds; k++) {
                sum += perSecond.getOrDefault(k, 0);
            }
            best = Math.max(best, sum);
        }
        return best / (double) seconds;
    }

    private void openings(List<OpeningTime> openings) {
        long[] lot = openings.stream().mapToLong(OpeningTime::opening).sorted().toArray();
        long[] shares = openings.stream().flatMapToLong(o -> Arrays.stream(o.nanos(), 0, o.nanos().length - 1)).sorted().toArray();
        long bids = 0;
        long opened = 0;
        for (OpeningTime o : openings) {
            for (OpeningRecord.Lot l : o.record().lots()) {
                bids += l.standing();
                opened += l.bids().stream().filter(b -> b.outcome() == OpeningRecord.BidOutcome.OPENED).count();
            }
        }
        long total = Arrays.stream(lot).sum() + Arrays.stream(shares).sum();
        line("");
        line("openings: %,d lots, %,d standing bids, %,d opened; custodians' requests took %.1f s in all", lot.length, bids, opened,
                total / 1e9);
        line("| opening | p50 | p99 | max |");
        line("|---|---|---|---|");
        line("| a lot (the 3rd custodian's request: key rebuilt, every bid opened and recorded) | %s | %s | %s |", ms(at(lot, 0.5)),
                ms(at(lot, 0.99)), ms(lot.length == 0 ? -1 : lot[lot.length - 1]));
        line("| a share kept (the 1st and 2nd custodians' requests) | %s | %s | %s |", ms(at(shares, 0.5)), ms(at(shares, 0.99)),
                ms(shares.length == 0 ? -1 : shares[shares.length - 1]));
        // The 3rd request opens the custodian's share too (a key derivation, as the others do): what it costs beyond, per bid.
        double beyond = Arrays.stream(lot).sum() - lot.length * (double) at(shares, 0.5);
        line("per opened bid, beyond a share's own cost: %.1f ms", opened == 0 ? 0 : beyond / 1e6 / opened);
    }

    /**
     * The checks: every acknowledged receipt is stored; none was received at or after its deadline; on every lot,
     * each bidder's last acknowledged version is the one opened, with the price it was sent with; nothing opened
     * was received late; and every answer was an acceptance or a refusal for lateness.
     */
    private void check(SurgeCity city, SurgeLoad load, List<OpeningTime> openings, Set<UUID> stored, long start,
            Instant surgeStart) {
        Map<Integer, SurgeLoad.Planned> lastAcknowledged = new HashMap<>();
        Map<UUID, Integer> receipts = new HashMap<>();
        long acknowledgedLate = 0;
        long refusedButSentInTime = 0;
        long refusedButPlannedInTime = 0;
        long unexpected = 0;
        for (SurgeLoad.Planned p : load.plan) {
            SurgeLoad.Outcome o = load.outcomes[p.seq()];
            SurgeCity.Tender tender = city.tenders.get(city.pairs.get(p.pair()).procedure());
            if (o.status == 201 && o.receipt != null) {
                receipts.merge(o.receipt.id(), 1, Integer::sum);
                if (!o.receipt.receivedAt().isBefore(tender.deadline())) {
                    acknowledgedLate++;
                }
                SurgeLoad.Planned last = lastAcknowledged.get(p.pair());
                if (last == null || load.outcomes[last.seq()].receipt.version() < o.receipt.version()) {
                    lastAcknowledged.put(p.pair(), p);
                }
            } else if (o.status == 409 && (SurgeLoad.TOO_LATE.equals(o.code) || SurgeLoad.CLOSED.equals(o.code))) {
                if (surgeStart.plusNanos(o.sent - start).isBefore(tender.deadline())) {
                    refusedButSentInTime++;
                }
                if (surgeStart.plusNanos(p.atNanos()).isBefore(tender.deadline())) {
                    refusedButPlannedInTime++;
                }
            } else {
                unexpected++;
            }
        }
        long missing = receipts.keySet().stream().filter(Predicate.not(stored::contains)).count();
        long twice = receipts.values().stream().filter(n -> n > 1).count();
        Map<String, SurgeLoad.Planned> byBidderAndProcedure = new HashMap<>();
        lastAcknowledged.forEach((pair, p) -> byBidderAndProcedure.put(key(city, pair), p));
        long lost = 0;
        long wrongPrice = 0;
        long openedLate = 0;
        long openedUnacknowledged = 0;
        long notOpened = 0;
        long failedLots = 0;
        Set<String> seen = new HashSet<>();
        for (OpeningTime o : openings) {
            SurgeCity.Tender tender = city.tenders.get(o.procedure());
            for (OpeningRecord.Lot lot : o.record().lots()) {
                if (lot.outcome() != OpeningRecord.LotOutcome.OPENED) {
                    failedLots++;
                }
                for (OpeningRecord.Bid bid : lot.bids()) {
                    String key = bid.bidder() + "/" + tender.id().value();
                    seen.add(key);
                    if (!bid.receivedAt().isBefore(tender.deadline())) {
                        openedLate++;
                    }
                    SurgeLoad.Planned p = byBidderAndProcedure.get(key);
                    if (p == null || bid.version() > load.outcomes[p.seq()].receipt.version()) {
                        openedUnacknowledged++;
                    } else if (bid.version() < load.outcomes[p.seq()].receipt.version()) {
                        lost++;
                    } else if (bid.outcome() != OpeningRecord.BidOutcome.OPENED) {
                        notOpened++;
                    } else if (bid.price() == null || bid.price().compareTo(p.price()) != 0) {
                        wrongPrice++;
                    }
                }
            }
        }
        lost += byBidderAndProcedure.keySet().stream().filter(Predicate.not(seen::contains)).count();
        long unacknowledgedStored = stored.size() - receipts.size();
        line("");
        line("checks on %,d acknowledged receipts (%,d bidders' last versions):", receipts.size(), byBidderAndProcedure.size());
        line("  acknowledged but not stored: %d; stored twice: %d; stored but never acknowledged (client gave up): %d", missing,
                twice, unacknowledgedStored);
        line("  acknowledged with a receipt time at or after the deadline: %d; opened with one: %d", acknowledgedLate, openedLate);
        line("  last acknowledged version not the one opened (lost): %d; opened with another price: %d; not opened: %d", lost,
                wrongPrice, notOpened);
        line("  opened but not the last acknowledged version: %d; lots that failed: %d", openedUnacknowledged, failedLots);
        line("  refused as late though planned before the deadline: %d, of which sent before it: %d "
                + "(the others waited for a client connection)", refusedButPlannedInTime, refusedButSentInTime);
        line("  other answers (errors, other refusals): %d", unexpected);
        if (missing + twice + lost + wrongPrice + notOpened + failedLots > 0) {
            failures.add("an acknowledged bid was lost, doubled, or not opened as sent");
        }
        if (acknowledgedLate + openedLate > 0) {
            failures.add("a bid was accepted late");
        }
        if (unexpected > 0 || openedUnacknowledged + unacknowledgedStored > 0) {
            failures.add("answers other than accepted or too late: " + unexpected + ", unacknowledged bids stored: "
                    + unacknowledgedStored);
        }
    }

    /**
     * Where the CPU went between its making and {@link #read()}: this JVM (the application and the load
     * generator) and the rest of the machine (the database and anything else), in cores, from
     * {@code /proc/stat} where there is one.
     */
    static final class CpuMeter {

        private final long wall = System.nanoTime();
        private final long jvm = jvmCpu();
        private final long[] machine = machine();

        String read() {
            double seconds = (System.nanoTime() - wall) / 1e9;
            double jvmCores = (jvmCpu() - jvm) / 1e9 / seconds;
            long[] now = machine();
            if (machine.length == 0 || now.length == 0) {
                return String.format(Locale.ROOT, "this JVM %.2f cores", jvmCores);
            }
            int cores = Runtime.getRuntime().availableProcessors();
            double total = now[0] - machine[0];
            double busy = cores * (now[1] - machine[1]) / total;
            double iowait = cores * (now[2] - machine[2]) / total;
            return String.format(Locale.ROOT, "this JVM (application and load generator) %.2f cores, the rest of the machine "
                    + "(the database, anything else) %.2f, idle %.2f (waiting for I/O %.2f) of %d", jvmCores,
                    Math.max(0, busy - jvmCores), cores - busy, iowait, cores);
        }

        private static long jvmCpu() {
            return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
        }

        /** Jiffies of all CPUs: in all, busy, and waiting for I/O; none where there is no /proc/stat. */
        private static long[] machine() {
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long user = Long.parseLong(f[1]) + Long.parseLong(f[2]);
                long system = Long.parseLong(f[3]) + Long.parseLong(f[6]) + Long.parseLong(f[7]) + Long.parseLong(f[8]);
                long idle = Long.parseLong(f[4]);
                long iowait = Long.parseLong(f[5]);
                return new long[] { user + system + idle + iowait, user + system, iowait };
            } catch (IOException | RuntimeException e) {
                return new long[0];
            }
        }
    }

    private static String key(SurgeCity city, int pair) {
        SurgeCity.Pair p = city.pairs.get(pair);
        return city.providers.get(p.provider()).organization().value() + "/" + city.tenders.get(p.procedure()).id().value();
    }

    private static long at(long[] sorted, double quantile) {
        return sorted.length == 0 ? -1 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)];
    }

    private static String ms(long nanos) {
        if (nanos < 0) {
            return "–";
        }
        return nanos >= 10_000_000_000L ? String.format(Locale.ROOT, "%.1f s", nanos / 1e9)
                : String.format(Locale.ROOT, "%.0f ms", nanos / 1e6);
    }

    private void line(String format, Object... arguments) {
        report.append(String.format(Locale.ROOT, format, arguments)).append('\n');
    }

    private void write(SurgeSize size) throws IOException {
        Path file = Path.of("bench", "target", "surge-" + size.name().replace("*", "") + ".txt");
        if (Files.isDirectory(file.getParent())) {
            Files.writeString(file, report.toString(), StandardCharsets.UTF_8);
            System.out.println("written to " + file);
        }
    }
}
