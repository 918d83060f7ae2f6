package org.cogov.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.json.JsonMapper;

/**
 * The load of a deadline surge, planned before it starts and then offered open-loop: each submission
 * has its moment, taken from a Poisson process whose rate ramps from nothing to the peak, holds it until
 * the first deadline, and then falls as the procedures close one after the other (the bidders of a closed
 * procedure stop). A submission goes to a procedure still open at its moment, from one of its bidders
 * that has nothing in flight there; after each deadline one more submission is sent to the closed
 * procedure, which must be refused. A submission waits for a free client connection if all are busy,
 * and its latency counts from its planned moment, so a platform that falls behind is not flattered by
 * the load it slowed down.
 *
 * <p>The attachments are made before the run: a pool of random bodies (incompressible, as the streams of
 * real PDF, JPEG, PNG and Office files are) of sizes drawn from the surge's distribution, each sent inside
 * a PDF whose first line names the submission, so that no two bids carry the same file. A request's body
 * is three byte arrays — its own head, the shared body, the shared tail — and is never copied.
 */
final class SurgeLoad {

    /** A planned submission: its moment after the surge's start, the pair that sends it, its attachment body. */
    record Planned(int seq, long atNanos, int pair, int body, boolean probe) {

        /** A price no other submission has, so that the opening record tells which version was opened. */
        BigDecimal price() {
            return BigDecimal.valueOf(100_000_000L + seq, 2);
        }
    }

    /** The receipt of an accepted submission, as the platform answers it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Receipt(UUID id, UUID procedure, int lot, int version, Instant receivedAt, @Nullable String envelopeSha256,
            long envelopeSize) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Problem(@Nullable String code, @Nullable String title, @Nullable String detail) {
    }

    /** What became of one planned submission. */
    static final class Outcome {

        long sent;
        long done;
        int status;
        int attempts;
        @Nullable Receipt receipt;
        @Nullable String code;
    }

    private static final String BOUNDARY = "cogov-surge-7d3f9a";
    private static final byte[] TAIL = ("\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n\r\n--" + BOUNDARY + "--\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    /** The least time between two planned submissions of one bidder on one procedure. */
    private static final double GAP_SECONDS = 2;
    private static final int ATTEMPTS = 3;
    /** A refusal because the bid was received at or after the deadline (procurement.bid.too-late). */
    static final String TOO_LATE = "too-late";
    /** A refusal because the procedure was closed already (procurement.bid.not-tendering). */
    static final String CLOSED = "closed";

    final SurgeSize size;
    final List<Planned> plan;
    final byte[][] bodies;
    final Outcome[] outcomes;
    /** Seconds after the surge's start at which each procedure closes. */
    final double[] deadlines;
    int skipped;

    private SurgeLoad(SurgeSize size, List<Planned> plan, byte[][] bodies, double[] deadlines, int skipped) {
        this.size = size;
        this.plan = plan;
        this.bodies = bodies;
        this.deadlines = deadlines;
        this.skipped = skipped;
        this.outcomes = new Outcome[plan.size()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = new Outcome();
        }
    }

    /** The attachments' bodies: random bytes of sizes drawn from the surge's distribution, the same for the same seed. */
    static byte[][] bodies(SurgeSize size) {
        Random random = new Random(size.seed());
        byte[][] bodies = new byte[size.pool()][];
        for (int i = 0; i < bodies.length; i++) {
            bodies[i] = new byte[attachmentBody(size, random)];
            random.nextBytes(bodies[i]);
        }
        return bodies;
    }

    /** Plans the surge on the bodies made; nothing is sent yet. */
    static SurgeLoad plan(SurgeSize size, SurgeCity city, byte[][] bodies) {
        Random random = new Random(size.seed() + 1);
        int procedures = city.tenders.size();
        double[] deadlines = new double[procedures];
        for (int j = 0; j < procedures; j++) {
            deadlines[j] = size.firstDeadline() + size.deadlineOffsetMillis(j) / 1000.0;
        }
        double end = size.firstDeadline() + size.closing();
        double[] last = new double[city.pairs.size()];
        Arrays.fill(last, Double.NEGATIVE_INFINITY);
        List<double[]> moments = new ArrayList<>();
        int skipped = 0;
        for (double t = 0;;) {
            t += -Math.log(1 - random.nextDouble()) / size.peak();
            if (t >= end) {
                break;
            }
            int open = firstOpen(deadlines, t);
            if (open == procedures || random.nextDouble() * size.peak() >= rate(size, procedures - open, procedures, t)) {
                continue;
            }
            int pair = -1;
            for (int tries = 0; tries < 20 && pair < 0; tries++) {
                List<Integer> bidders = city.biddersOf.get(open + random.nextInt(procedures - open));
                int candidate = bidders.get(random.nextInt(bidders.size()));
                if (last[candidate] <= t - GAP_SECONDS) {
                    pair = candidate;
                }
            }
            if (pair < 0) {
                skipped++;
                continue;
            }
            last[pair] = t;
            moments.add(new double[] { t, pair, random.nextInt(bodies.length), 0 });
        }
        for (int j = 0; j < procedures; j++) {
            List<Integer> bidders = city.biddersOf.get(j);
            moments.add(new double[] { deadlines[j] + random.nextDouble(), bidders.get(random.nextInt(bidders.size())),
                    random.nextInt(bodies.length), 1 });
        }
        moments.sort(Comparator.comparingDouble(m -> m[0]));
        List<Planned> plan = new ArrayList<>();
        for (double[] m : moments) {
            plan.add(new Planned(plan.size(), (long) (m[0] * 1e9), (int) m[1], (int) m[2], m[3] > 0));
        }
        return new SurgeLoad(size, plan, bodies, deadlines, skipped);
    }

    /** The offered rate at {@code t}: the ramp, the peak, then the peak's share of the procedures still open. */
    private static double rate(SurgeSize size, int open, int procedures, double t) {
        if (t < size.ramp()) {
            return size.peak() * t / size.ramp();
        }
        if (t < size.firstDeadline()) {
            return size.peak();
        }
        return size.peak() * (double) open / procedures;
    }

    private static int firstOpen(double[] deadlines, double t) {
        int i = Arrays.binarySearch(deadlines, t);
        if (i >= 0) {
            while (i < deadlines.length && deadlines[i] <= t) {
                i++;
            }
            return i;
        }
        return -i - 1;
    }

    /** A body's size: the minimum plus an exponential tail whose mean makes the surge's mean, cut at the maximum. */
    private static int attachmentBody(SurgeSize size, Random random) {
        double min = size.minKb() * 1000.0;
        double tail = (size.meanKb() - size.minKb()) * 1000.0;
        double bytes;
        do {
            bytes = min - tail * Math.log(1 - random.nextDouble());
        } while (bytes > size.maxKb() * 1000.0);
        return (int) bytes - 80;
    }

    /** The head of a submission's PDF: the first lines and the stream's dictionary, naming the submission. */
    private static byte[] pdfHead(Planned p, int bodyLength) {
        return ("%PDF-1.4\n% cogov deadline surge, submission " + p.seq() + "\n1 0 obj << /Length " + bodyLength + " >>\nstream\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** The size of the attachment a submission sends: its PDF's head, its body and the tail. */
    int attachmentSize(Planned p) {
        return pdfHead(p, bodies[p.body()].length).length + bodies[p.body()].length + TAIL.length
                - ("\r\n--" + BOUNDARY + "--\r\n").length();
    }

    /**
     * What a submission of a body stores beyond the body, give or take a few bytes: the PDF's head and tail,
     * the price and proposal, and the sealed envelope's overhead (its 160 bytes, the archive's entries and
     * directory).
     */
    static int storedBeyondBody() {
        return 80 + 200 + 1_000;
    }

    /**
     * Offers the plan from {@code start} (a {@link System#nanoTime()}), over {@code clients} connections, and
     * returns once every submission was answered or given up.
     */
    void offer(URI base, SurgeCity city, JsonMapper json, long start) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .build();
        ThreadPoolExecutor clients = new ThreadPoolExecutor(size.clients(), size.clients(), 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>());
        clients.prestartAllCoreThreads();
        Object[] inFlight = new Object[city.pairs.size()];
        for (int i = 0; i < inFlight.length; i++) {
            inFlight[i] = new Object();
        }
        try {
            for (Planned p : plan) {
                long due = start + p.atNanos();
                for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
                clients.execute(() -> {
                    synchronized (inFlight[p.pair()]) {
                        send(http, base, city, json, p, outcomes[p.seq()]);
                    }
                });
            }
        } finally {
            clients.shutdown();
            if (!clients.awaitTermination(10, TimeUnit.MINUTES)) {
                clients.shutdownNow();
            }
        }
    }

    /** One submission, tried again with the same Idempotency-Key when the connection fails or the platform answers 5xx. */
    private void send(HttpClient http, URI base, SurgeCity city, JsonMapper json, Planned p, Outcome outcome) {
        SurgeCity.Pair pair = city.pairs.get(p.pair());
        SurgeCity.Tender tender = city.tenders.get(pair.procedure());
        byte[] body = bodies[p.body()];
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"price\"\r\n\r\n" + p.price().toPlainString()
                + "\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"proposal\"\r\n\r\n" + proposal(p)
                + "\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\"投标文件-" + p.seq()
                + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n";
        byte[] multipartHead = head.getBytes(StandardCharsets.UTF_8);
        byte[] pdfHead = pdfHead(p, body.length);
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/procedures/" + tender.id().value() + "/lots/1/bids"))
                .timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + city.providers.get(pair.provider()).token())
                .header("Idempotency-Key", "surge-" + size.seed() + "-" + p.seq()).header("Accept-Language", "en")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(multipartHead, pdfHead, body, TAIL))).build();
        outcome.sent = System.nanoTime();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            outcome.attempts = attempt;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                outcome.status = response.statusCode();
                if (outcome.status == 201) {
                    outcome.receipt = json.readValue(response.body(), Receipt.class);
                    outcome.code = null;
                    break;
                }
                outcome.code = problem(json, response.body());
                if (outcome.status < 500) {
                    break;
                }
            } catch (IOException e) {
                outcome.status = -1;
                outcome.code = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                outcome.status = -1;
                outcome.code = "interrupted";
                break;
            }
        }
        outcome.done = System.nanoTime();
    }

    private static String proposal(Planned p) {
        return "投标方案（压测提交 " + p.seq() + "）：按采购文件要求开展行业运行监测，按月报送数据，按季度形成分析报告。";
    }

    private static String problem(JsonMapper json, String body) {
        try {
            Problem problem = json.readValue(body, Problem.class);
            String detail = String.valueOf(problem.detail());
            if (!"rule".equals(problem.code())) {
                return String.valueOf(problem.code());
            }
            // A rule's refusal names its reason in words only: these are the English words of its message keys.
            if (detail.contains("takes no more bids")) {
                return TOO_LATE;
            }
            if (detail.contains("is not taking bids")) {
                return CLOSED;
            }
            return detail.length() > 80 ? detail.substring(0, 80) : detail;
        } catch (RuntimeException e) {
            return body.length() > 80 ? body.substring(0, 80) : body;
        }
    }

    /** A short description of the attachments actually planned. */
    String attachments() {
        long sum = 0;
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (Planned p : plan) {
            int s = attachmentSize(p);
            sum += s;
            min = Math.min(min, s);
            max = Math.max(max, s);
        }
        return String.format(Locale.ROOT, "%s attachments of %.0f KB mean (%.0f–%.0f KB), %.2f GB in all, one per submission",
                String.format(Locale.ROOT, "%,d", plan.size()), sum / 1000.0 / plan.size(), min / 1000.0, max / 1000.0, sum / 1e9);
    }
}
