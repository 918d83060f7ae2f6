package org.cogov.sealing;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The client's two calls to the platform's API: {@code key} and {@code submit}, with the JDK's HTTP client. */
final class PlatformClient {

    static final String SEALED_BID_TYPE = "application/vnd.cogov.sealed-bid";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);

    private final PrintStream out;
    private final PrintStream err;

    PlatformClient(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    void key(List<String> args, Map<String, String> environment) throws CommandFailed {
        Options options = Options.parse("key", args, Set.of("url", "procedure", "token"), Set.of());
        if (options.help()) {
            out.println(Main.KEY_USAGE);
            return;
        }
        options.noArguments();
        URI base = base(options.required("url"));
        UUID procedure = options.uuid("procedure");
        String token = options.optional("token") != null ? options.optional("token") : environment.get("COGOV_TOKEN");
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("api/v1/procedures/" + procedure + "/opening-key"))
                .timeout(ANSWER_TIMEOUT)
                .header("Accept", "application/json, application/problem+json")
                .GET();
        if (token != null && !token.isBlank()) {
            warnIfPlain(base);
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> answer = send(request.build(), base, null);
        refuseErrors(answer, null);
        out.println(answer.body());
        err.println("Check the fingerprint against the one in the procedure's published tender notice before sealing to this key.");
    }

    void submit(List<String> args, Map<String, String> environment) throws CommandFailed {
        Options options = Options.parse("submit", args,
                Set.of("url", "token", "procedure", "lot", "idempotency-key"), Set.of());
        if (options.help()) {
            out.println(Main.SUBMIT_USAGE);
            return;
        }
        URI base = base(options.required("url"));
        String token = options.optional("token") != null ? options.optional("token") : environment.get("COGOV_TOKEN");
        if (token == null || token.isBlank()) {
            throw CommandFailed.usage("submit needs --token (or the COGOV_TOKEN environment variable)");
        }
        UUID procedure = options.uuid("procedure");
        int lot = options.positive("lot");
        String idempotencyKey = options.optional("idempotency-key");
        if (idempotencyKey == null) {
            idempotencyKey = UUID.randomUUID().toString();
        } else if (idempotencyKey.isBlank() || idempotencyKey.length() > 255
                || idempotencyKey.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw CommandFailed.usage("--idempotency-key is 1 to 255 visible ASCII characters, such as the UUID an earlier attempt printed");
        }
        Path file = options.readable(null, options.argument("a sealed bid's file"));
        String sha256 = checkEnvelope(file, procedure, lot);

        warnIfPlain(base);
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(base.resolve("api/v1/procedures/" + procedure + "/lots/" + lot + "/bids"))
                    .header("Content-Type", SEALED_BID_TYPE)
                    .header("Accept", "application/json, application/problem+json")
                    .header("Authorization", "Bearer " + token)
                    .header("Idempotency-Key", idempotencyKey)
                    .POST(HttpRequest.BodyPublishers.ofFile(file))
                    .build();
        } catch (IOException e) {
            throw CommandFailed.failed("cannot read " + file + ": " + Main.describe(e));
        } catch (IllegalArgumentException e) {
            throw CommandFailed.usage("--token holds characters an HTTP header cannot carry");
        }
        err.println("Idempotency-Key: " + idempotencyKey + " (give --idempotency-key " + idempotencyKey
                + " to retry this submission without submitting twice)");
        HttpResponse<String> answer = send(request, base, idempotencyKey);
        refuseErrors(answer, idempotencyKey);
        out.println(answer.body());
        err.println("Submitted (HTTP " + answer.statusCode() + "). The sha256 of the file sent is " + sha256
                + "; the receipt must show the same. Keep the receipt and the file.");
    }

    /** Refuses, before anything is sent, a file that is not an envelope sealed for that procedure and lot. */
    private static String checkEnvelope(Path file, UUID procedure, int lot) throws CommandFailed {
        MessageDigest sha256 = Main.sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
            BidEnvelope.Header header = BidEnvelope.header(in);
            if (!header.binding().procedure().equals(procedure) || header.binding().lot() != lot) {
                throw CommandFailed.failed(file + " is sealed for procedure " + header.binding().procedure() + ", lot "
                        + header.binding().lot() + ", not for procedure " + procedure + ", lot " + lot);
            }
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (EnvelopeRefused e) {
            throw CommandFailed.failed(file + " is not a well-formed sealed bid (" + e.reason() + "): " + e.detail());
        } catch (IOException e) {
            throw CommandFailed.failed("cannot read " + file + ": " + Main.describe(e));
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private HttpResponse<String> send(HttpRequest request, URI base, String idempotencyKey) throws CommandFailed {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw CommandFailed.failed("no answer from " + base + ": " + Main.describe(e) + retry(idempotencyKey));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CommandFailed.failed("interrupted while waiting for " + base + retry(idempotencyKey));
        }
    }

    /** An answer of 300 or more becomes a failure that says the problem detail's title and detail. */
    private static void refuseErrors(HttpResponse<String> answer, String idempotencyKey) throws CommandFailed {
        int status = answer.statusCode();
        if (status < 300) {
            return;
        }
        StringBuilder message = new StringBuilder("the platform answered HTTP " + status);
        String body = answer.body() == null ? "" : answer.body().strip();
        Object problem = null;
        try {
            problem = body.isEmpty() ? null : Json.parse(body);
        } catch (IllegalArgumentException notJson) {
            // said below, as text
        }
        if (problem instanceof Map<?, ?> members && (members.containsKey("title") || members.containsKey("detail"))) {
            appendText(message, ": ", members.get("title"));
            appendText(message, ": ", members.get("detail"));
            for (Object value : members.values()) {
                if (value instanceof List<?> list) {
                    for (Object element : list) {
                        if (element instanceof Map<?, ?> field && field.get("field") != null) {
                            message.append("\n  ").append(field.get("field")).append(": ")
                                    .append(firstOf(field, "message", "detail", "defaultMessage", "code"));
                        }
                    }
                }
            }
        } else if (!body.isEmpty()) {
            message.append(": ").append(body.length() > 500 ? body.substring(0, 500) + "…" : body);
        }
        if (status >= 500 || status == 408 || status == 429) {
            message.append(retry(idempotencyKey));
        }
        throw CommandFailed.failed(message.toString());
    }

    private static void appendText(StringBuilder message, String separator, Object text) {
        if (text instanceof String string && !string.isBlank()) {
            message.append(separator).append(string);
        }
    }

    private static Object firstOf(Map<?, ?> members, String... names) {
        for (String name : names) {
            if (members.get(name) instanceof String text) {
                return text;
            }
        }
        return "refused";
    }

    private static String retry(String idempotencyKey) {
        return idempotencyKey == null ? ""
                : "\nTo retry this same submission: submit ... --idempotency-key " + idempotencyKey;
    }

    private void warnIfPlain(URI base) {
        String host = base.getHost();
        if (base.getScheme().equals("http") && !(host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]"))) {
            err.println("warning: " + base + " is plain http; the API token travels unencrypted. Use https.");
        }
    }

    /** The platform's address, ending with a slash, so that API paths resolve below it. */
    static URI base(String url) throws CommandFailed {
        try {
            URI uri = new URI(url.endsWith("/") ? url : url + "/");
            if (uri.getScheme() == null || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))
                    || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
                throw new URISyntaxException(url, "not an http or https address");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw CommandFailed.usage("--url " + url + " is not an http or https address such as https://cogov.example.gov.cn");
        }
    }
}
