package org.cogov.procurement.bidding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.ReadyDraft;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's bid form read as it streams in: sealed like the form the container parsed, and every
 * malformed or oversized body answered with a problem that names the field and the reason, with
 * nothing stored.
 */
@DatabaseTest
class BidFormTests {

    static final String BOUNDARY = "----cogov-form-4b1e";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Bidding bidding;

    @Test
    void aFormReadAsItStreamsIsSealedOnArrival() throws Exception {
        ProcedureId id = ReadyDraft.tenderingWithDocumentsObtainedBy(context, users, 2_500_000, "provider");
        byte[] body = concat(field("price", "1234567.80"), field("proposal", "流式读取的技术方案\r\n第二行"),
                file("attachments", "报价单.pdf", PDF), file("attachments", "", new byte[0]), field("_csrf", "ignored"), end());

        MvcResult result = submit(id, body);

        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
        assertThat(result.getResponse().getContentAsString()).contains("\"sealedBy\":\"PLATFORM\"", "\"version\":1");
        assertThat(bidding.mine(users.user("provider"), id).lots().get(0).standing()).isNotNull();
    }

    @Test
    void aMalformedBodyIsAnsweredWithItsFieldAndReasonAndNothingIsStored() throws Exception {
        ProcedureId id = ReadyDraft.tenderingWithDocumentsObtainedBy(context, users, 2_500_000, "provider");
        byte[] whole = concat(field("price", "100000"), field("proposal", "方案"), file("attachments", "a.pdf", PDF), end());
        long rows = rows();

        assertProblem(mvc.perform(post("/api/v1/procedures/{id}/lots/1/bids", id.value()).contentType("multipart/form-data")
                .content(whole).with(users.as("provider")).with(csrf().asHeader())).andReturn(), 400, "Content-Type");
        assertProblem(submit(id, java.util.Arrays.copyOf(whole, whole.length - 30)), 400, "attachments");
        assertProblem(submit(id, concat(ascii("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\""
                + "x".repeat(600) + ".pdf\"\r\n\r\n"), PDF, ascii("\r\n"), end())), 400, "body");
        assertProblem(submit(id, ascii("price=1&proposal=2")), 400, "body");
        assertProblem(submit(id, concat(field("proposal", "没有价格"), end())), 400, "price");
        assertProblem(submit(id, concat(field("price", "一百万"), field("proposal", "价格不是数"), end())), 400, "price");

        assertThat(rows()).isEqualTo(rows);
    }

    @Test
    void oneAttachmentTooManyIsRefusedAsItArrivesAndTheRefusalRecorded() throws Exception {
        ProcedureId id = ReadyDraft.tenderingWithDocumentsObtainedBy(context, users, 2_500_000, "provider");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(concat(field("price", "100000"), field("proposal", "附件太多")));
        for (int i = 1; i <= 11; i++) {
            body.writeBytes(file("attachments", i + ".pdf", PDF));
        }
        body.writeBytes(end());
        long rows = rows();
        long refusals = users.refusalsOf("provider");

        assertProblem(submit(id, body.toByteArray()), 422, "attachments");

        assertThat(rows()).isEqualTo(rows);
        assertThat(users.refusalsOf("provider")).isEqualTo(refusals + 1);
    }

    @Test
    void anAttachmentLargerThanTheLimitIsRefusedWithItsName() throws Exception {
        ProcedureId id = ReadyDraft.tenderingWithDocumentsObtainedBy(context, users, 2_500_000, "provider");
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);

        MvcResult result = submit(id, concat(field("price", "100000"), field("proposal", "附件太大"), file("attachments", "大文件.pdf", big),
                end()));

        JsonNode problem = assertProblem(result, 422, "attachments");
        assertThat(problem.path("errors").get(0).path("reason").asString()).contains("大文件.pdf");
    }

    @Test
    void whoMayNotBidIsRefusedBeforeTheBodyIsRead() throws Exception {
        ProcedureId id = ReadyDraft.tenderingWithDocumentsObtainedBy(context, users, 2_500_000, "provider");

        MvcResult result = mvc.perform(post("/api/v1/procedures/{id}/lots/1/bids", id.value())
                .contentType("multipart/form-data; boundary=" + BOUNDARY).content(ascii("not even multipart"))
                .with(users.as("purchaser")).with(csrf().asHeader())).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(403);
    }

    private MvcResult submit(ProcedureId id, byte[] body) throws Exception {
        return mvc.perform(post("/api/v1/procedures/{id}/lots/1/bids", id.value()).contentType("multipart/form-data; boundary=" + BOUNDARY)
                .content(body).with(users.as("provider")).with(csrf().asHeader())).andReturn();
    }

    private static JsonNode assertProblem(MvcResult result, int status, String field) throws Exception {
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(body).isEqualTo(status);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(body);
        List<String> fields = problem.path("errors").valueStream().map(e -> e.path("field").asString()).toList();
        assertThat(fields).as(body).contains(field);
        assertThat(problem.path("errors").get(0).path("reason").asString()).as(body).isNotBlank();
        return problem;
    }

    private long rows() {
        return jdbc.sql("SELECT COUNT(*) FROM sealed_bid").query(Long.class).single();
    }

    static byte[] field(String name, String value) {
        return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] file(String name, String filename, byte[] content) {
        return concat(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8), content, ascii("\r\n"));
    }

    static byte[] end() {
        return ascii("--" + BOUNDARY + "--\r\n");
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] concat(byte[]... arrays) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] a : arrays) {
            out.writeBytes(a);
        }
        return out.toByteArray();
    }
}
