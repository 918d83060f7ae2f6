package org.cogov.procurement.bidding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cogov.procurement.bidding.BidFormTests.BOUNDARY;
import static org.cogov.procurement.bidding.BidFormTests.PDF;
import static org.cogov.procurement.bidding.BidFormTests.ascii;
import static org.cogov.procurement.bidding.BidFormTests.concat;
import static org.cogov.procurement.bidding.BidFormTests.end;
import static org.cogov.procurement.bidding.BidFormTests.field;
import static org.cogov.procurement.bidding.BidFormTests.file;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;

import org.cogov.TestUsers;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.ReadyDraft;
import org.cogov.shared.Sha256;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The bid form through the real container, where it matters that nothing reads the body before the
 * handler: a filter or an interceptor asking for a parameter would make Tomcat parse the whole form,
 * and the handler would find the body gone. Other uploads are still parsed by the container.
 */
@Tag("db")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "test-clock" })
@Import(TestUsers.class)
class BidFormOverHttpTests {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    TestUsers users;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aBidFormSentOverHttpReachesItsHandlerWholeAndIsSealed() throws Exception {
        ProcedureId id = ReadyDraft.tenderingWithDocumentsObtainedBy(context, users, 2_500_000, "provider");
        byte[] attachment = new byte[300_000];
        new SecureRandom().nextBytes(attachment);
        System.arraycopy(PDF, 0, attachment, 0, PDF.length);
        byte[] body = concat(field("price", "2345678.90"), field("proposal", "经由容器的投标"), field("lang", "zh-CN"),
                file("attachments", "投标文件.pdf", attachment), end());

        HttpResponse<String> answer = submit(id, "?lang=en&confirmWarnings=false", body);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        assertThat(answer.body()).contains("\"sealedBy\":\"PLATFORM\"");
    }

    @Test
    void aBodyCutShortOverHttpIsAProblemNamingThePart() throws Exception {
        ProcedureId id = ReadyDraft.tenderingWithDocumentsObtainedBy(context, users, 2_500_000, "provider");
        byte[] whole = concat(field("price", "100000"), field("proposal", "截断"), file("attachments", "a.pdf", PDF), end());

        HttpResponse<String> answer = submit(id, "", java.util.Arrays.copyOf(whole, whole.length - 20));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"field\":\"attachments\"");
    }

    @Test
    void otherUploadsAreStillParsedByTheContainer() throws Exception {
        byte[] body = concat(field("purpose", "evidence"), file("file", "证明.pdf", PDF), end());

        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/documents"))
                .header("Authorization", "Bearer " + token("provider")).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        assertThat(answer.body()).contains("证明.pdf");
    }

    private HttpResponse<String> submit(ProcedureId id, String query, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/procedures/" + id.value() + "/lots/1/bids" + query))
                .header("Authorization", "Bearer " + token("provider")).header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** An API token of the user, made as the account page makes one. */
    private String token(String username) {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String secret = "cgv_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        context.getBean(JdbcClient.class).sql("""
                INSERT INTO api_token (id, user_id, name, token_hash, hint, created_at)
                VALUES (:id, :user, :name, :hash, :hint, :now)""")
                .param("id", UUID.randomUUID()).param("user", users.user(username).userId()).param("name", "http " + UUID.randomUUID())
                .param("hash", Sha256.hex(secret)).param("hint", secret.substring(0, 8) + "…")
                .param("now", context.getBean(Clock.class).instant().atOffset(ZoneOffset.UTC)).update();
        return secret;
    }
}
