package org.cogov.sealing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A provider fetches a procedure's opening key and submits its sealed bid to a platform on a random local port. */
class SubmitCommandTests {

    private static final TestKeys PROCEDURE = TestKeys.generate();
    private static final String RECEIPT = """
            {"bidId":"5b0f7c1e-0000-4000-8000-000000000001","version":1,"sha256":"…","receivedAt":"2026-11-29T10:00:00Z"}""";

    @TempDir
    Path directory;

    private final Binding binding = new Binding(UUID.randomUUID(), 2, UUID.randomUUID(), 1);
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private HttpServer platform;
    private Path envelope;
    private volatile int status = 201;
    private volatile String contentType = "application/json";
    private volatile String answer = RECEIPT;

    record Request(String method, String path, Headers headers, byte[] body) {
    }

    @BeforeEach
    void start() throws IOException {
        platform = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        platform.createContext("/", this::answer);
        platform.start();
        envelope = directory.resolve("bid.cogov");
        Files.write(envelope, Envelopes.seal(PROCEDURE.publicKey(), binding, "a bid".getBytes(StandardCharsets.UTF_8)));
    }

    @AfterEach
    void stop() {
        platform.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders(), exchange.getRequestBody().readAllBytes()));
        byte[] body = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private String url() {
        return "http://127.0.0.1:" + platform.getAddress().getPort();
    }

    @Test
    void submittingPostsTheEnvelopeAsItIsWithTheTokenAndANewIdempotencyKey() throws IOException {
        CommandRun run = submit();

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains(RECEIPT);
        Request request = requests.get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/api/v1/procedures/" + binding.procedure() + "/lots/2/bids");
        assertThat(request.headers().getFirst("Content-Type")).isEqualTo("application/vnd.cogov.sealed-bid");
        assertThat(request.headers().getFirst("Authorization")).isEqualTo("Bearer provider-token");
        String idempotencyKey = request.headers().getFirst("Idempotency-Key");
        assertThat(UUID.fromString(idempotencyKey)).isNotNull();
        assertThat(run.err()).contains("--idempotency-key " + idempotencyKey);
        assertThat(request.body()).isEqualTo(Files.readAllBytes(envelope));
    }

    @Test
    void aRetrySendsTheIdempotencyKeyOfTheFirstAttempt() {
        CommandRun run = submit("--idempotency-key", "9f3c55e2-first-attempt");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(requests.get(0).headers().getFirst("Idempotency-Key")).isEqualTo("9f3c55e2-first-attempt");
    }

    @Test
    void theTokenMayComeFromTheEnvironmentInsteadOfTheCommandLine() {
        CommandRun run = CommandRun.withEnvironment(Map.of("COGOV_TOKEN", "from-environment"), "submit", "--url", url(),
                "--procedure", binding.procedure().toString(), "--lot", String.valueOf(binding.lot()), envelope.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(requests.get(0).headers().getFirst("Authorization")).isEqualTo("Bearer from-environment");
    }

    @Test
    void aRefusedSubmissionPrintsTheProblemsTitleAndDetailAndFails() {
        status = 409;
        contentType = "application/problem+json";
        answer = """
                {"type":"about:blank","title":"投标已截止","status":409,"detail":"The deadline passed at 2026-11-29T09:00:00+08:00.",
                 "errors":[{"field":"version","message":"must be 3"}]}""";

        CommandRun run = submit();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("HTTP 409", "投标已截止", "The deadline passed at 2026-11-29T09:00:00+08:00.",
                "version: must be 3");
    }

    @Test
    void aServerErrorSaysHowToRetryTheSameSubmission() {
        status = 503;
        contentType = "text/plain";
        answer = "busy";

        CommandRun run = submit();

        String idempotencyKey = requests.get(0).headers().getFirst("Idempotency-Key");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("HTTP 503: busy", "To retry this same submission", "--idempotency-key " + idempotencyKey);
    }

    @Test
    void aFileSealedForAnotherLotIsNotSent() {
        CommandRun run = CommandRun.of("submit", "--url", url(), "--token", "provider-token",
                "--procedure", binding.procedure().toString(), "--lot", "3", envelope.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("is sealed for procedure " + binding.procedure() + ", lot 2, not for procedure "
                + binding.procedure() + ", lot 3");
        assertThat(requests).isEmpty();
    }

    @Test
    void aLotThatIsNotANumberIsAUsageError() {
        for (String lot : List.of("0", "-2", "lot-2", UUID.randomUUID().toString())) {
            CommandRun run = CommandRun.of("submit", "--url", url(), "--token", "provider-token",
                    "--procedure", binding.procedure().toString(), "--lot", lot, envelope.toString());

            assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
            assertThat(run.err()).contains("--lot " + lot + " is not a whole number of 1 or more");
        }
        assertThat(requests).isEmpty();
    }

    @Test
    void aFileThatIsNotASealedBidIsNotSent() throws IOException {
        Files.writeString(envelope, "not a bid");

        CommandRun run = submit();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("envelope.magic");
        assertThat(requests).isEmpty();
    }

    @Test
    void anUnreachablePlatformFailsWithTheKeyToRetryWith() throws IOException {
        String url;
        try (ServerSocket closedSoon = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            url = "http://127.0.0.1:" + closedSoon.getLocalPort();
        }

        CommandRun run = CommandRun.of("submit", "--url", url, "--token", "provider-token",
                "--procedure", binding.procedure().toString(), "--lot", String.valueOf(binding.lot()), envelope.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no answer from", "--idempotency-key").doesNotContain("\tat ");
    }

    @Test
    void submittingWithoutATokenIsAUsageError() {
        CommandRun run = CommandRun.of("submit", "--url", url(), "--procedure", binding.procedure().toString(),
                "--lot", String.valueOf(binding.lot()), envelope.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--token");
        assertThat(requests).isEmpty();
    }

    @Test
    void theOpeningKeyIsFetchedAndPrintedForItsFingerprintToBeChecked() {
        answer = """
                {"procedure":"%s","algorithm":"X25519","publicKey":"q83vEjRWeJA=","fingerprint":"SHA256:ab12 cd34"}"""
                .formatted(binding.procedure());

        CommandRun run = CommandRun.of("key", "--url", url() + "/", "--procedure", binding.procedure().toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"fingerprint\":\"SHA256:ab12 cd34\"");
        assertThat(run.err()).contains("published tender notice");
        Request request = requests.get(0);
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo("/api/v1/procedures/" + binding.procedure() + "/opening-key");
        assertThat(request.headers().containsKey("Authorization")).isFalse();
    }

    @Test
    void theKeyOfAnUnknownProcedureFails() {
        status = 404;
        contentType = "application/problem+json";
        answer = "{\"title\":\"Not Found\",\"status\":404,\"detail\":\"No procedure has that id.\"}";

        CommandRun run = CommandRun.of("key", "--url", url(), "--procedure", binding.procedure().toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("HTTP 404: Not Found: No procedure has that id.");
    }

    @Test
    void aUrlThatIsNotHttpIsAUsageError() {
        CommandRun run = CommandRun.of("key", "--url", "ftp://example.org", "--procedure", binding.procedure().toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(requests).isEmpty();
    }

    private CommandRun submit(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("submit", "--url", url(), "--token", "provider-token",
                "--procedure", binding.procedure().toString(), "--lot", String.valueOf(binding.lot())));
        args.addAll(List.of(more));
        args.add(envelope.toString());
        return CommandRun.of(args.toArray(String[]::new));
    }
}
