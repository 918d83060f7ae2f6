package org.cogov.shared.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.util.unit.DataSize;

import com.jayway.jsonpath.JsonPath;

@DatabaseTest
class DocumentStoreTests {

    private static final int MIB = 1024 * 1024;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Value("${cogov.documents.max-size}")
    DataSize maxSize;

    @Autowired
    TestUsers users;

    /** The store's rows, counted: the tests share one database with each other and never assume it empty. */
    record Rows(long blobs, long chunks, long documents) {
    }

    private Rows rows() {
        return new Rows(count("SELECT COUNT(*) FROM document_blob"), count("SELECT COUNT(*) FROM document_chunk"),
                count("SELECT COUNT(*) FROM document"));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private ResultActions upload(String username, MockMultipartFile file) throws Exception {
        return mvc.perform(multipart("/api/v1/documents").file(file).param("purpose", "evidence")
                .with(users.as(username)).with(csrf()));
    }

    private ResultActions upload(String username, String filename, byte[] bytes) throws Exception {
        return upload(username, new MockMultipartFile("file", filename, "application/octet-stream", bytes));
    }

    private UUID uploaded(String username, String filename, byte[] bytes) throws Exception {
        MvcResult result = upload(username, filename, bytes).andExpect(status().isCreated()).andReturn();
        return UUID.fromString(JsonPath.read(result.getResponse().getContentAsString(), "$.id"));
    }

    private static long seed() {
        return UUID.randomUUID().getMostSignificantBits();
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void aFileOfSeveralChunksComesBackByteForByteWithItsHash() throws Exception {
        byte[] bytes = Bytes.pdf(3 * MIB + MIB / 2, seed());

        UUID id = uploaded("provider", "年度报告.pdf", bytes);
        MvcResult download = mvc.perform(get("/api/v1/documents/{id}/content", id).with(users.as("provider")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().longValue("Content-Length", bytes.length))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"____.pdf\"; filename*=UTF-8''%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A.pdf"))
                .andReturn();

        byte[] received = download.getResponse().getContentAsByteArray();
        assertThat(received).isEqualTo(bytes);
        String sha256 = sha256(bytes);
        mvc.perform(get("/api/v1/documents/{id}", id).with(users.as("provider")))
                .andExpect(jsonPath("$.sha256").value(sha256))
                .andExpect(jsonPath("$.size").value(bytes.length))
                .andExpect(jsonPath("$.mediaType").value("application/pdf"))
                .andExpect(jsonPath("$.filename").value("年度报告.pdf"));
        assertThat(jdbc.sql("SELECT chunk_count FROM document_blob WHERE sha256 = :sha256").param("sha256", sha256)
                .query(Integer.class).single()).isEqualTo(4);
    }

    @Test
    void identicalContentIsStoredOnce() throws Exception {
        byte[] bytes = Bytes.pdf(10_000, seed());
        Rows before = rows();

        UUID first = uploaded("provider", "a.pdf", bytes);
        UUID second = uploaded("purchaser", "b.pdf", bytes);

        Rows after = rows();
        assertThat(after.blobs()).isEqualTo(before.blobs() + 1);
        assertThat(after.chunks()).isEqualTo(before.chunks() + 1);
        assertThat(after.documents()).isEqualTo(before.documents() + 2);
        assertThat(first).isNotEqualTo(second);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT sha256) FROM document WHERE id IN (:ids)")
                .param("ids", List.of(first, second)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void uploadOfAnExecutableIsRefusedByContent() throws Exception {
        Rows before = rows();

        upload("provider", new MockMultipartFile("file", "invoice.pdf", "application/pdf", Bytes.elfExecutable()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("file"));

        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void anArchiveRefusedAfterItsChunksWereWrittenLeavesNothingBehind() throws Exception {
        var jar = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(jar)) {
            zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            zip.putNextEntry(new ZipEntry("payload.bin"));
            zip.write(Bytes.filler(new byte[0], 2 * MIB + MIB / 2, seed()));
        }
        Rows before = rows();

        upload("provider", "thesis.docx", jar.toByteArray())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("file"));

        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aWorkbookLargerThanAChunkIsKnownFromItsDirectory() throws Exception {
        var xlsx = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(xlsx)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.putNextEntry(new ZipEntry("xl/media/image1.png"));
            zip.write(Bytes.filler(new byte[0], 2 * MIB + MIB / 2, seed()));
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
        }

        upload("provider", "budget.zip", xlsx.toByteArray())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mediaType").value(ContentSniffer.XLSX));
    }

    @Test
    void anUploadPastTheLimitIsRefusedWhileStreaming() throws Exception {
        long limit = maxSize.toBytes();
        Endless endless = new Endless();
        // Declares ten bytes: the store counts what it reads instead.
        MockMultipartFile file = new MockMultipartFile("file", "scan.pdf", "application/pdf", new byte[0]) {
            @Override
            public long getSize() {
                return 10;
            }

            @Override
            public InputStream getInputStream() {
                return endless;
            }
        };
        Rows before = rows();

        upload("provider", file)
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.errors[0].field").value("file"));

        assertThat(rows()).isEqualTo(before);
        assertThat(endless.served).isGreaterThan(limit).isLessThanOrEqualTo(limit + MIB);
    }

    /** A PDF that never ends, counting what it hands out. */
    static final class Endless extends InputStream {

        private static final byte[] HEADER = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        long served;

        @Override
        public int read() {
            return served < HEADER.length ? HEADER[(int) served++] : (int) (served++ & 0x7F);
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            for (int i = 0; i < length; i++) {
                buffer[offset + i] = (byte) read();
            }
            return length;
        }
    }

    @Test
    void anotherOrganizationsUserIsRefusedAndTheRefusalIsAudited() throws Exception {
        UUID id = uploaded("provider", "bid-evidence.pdf", Bytes.pdf(5_000, seed()));
        UUID intruder = users.user("provider2").userId();

        mvc.perform(get("/api/v1/documents/{id}/content", id).with(users.as("provider2")))
                .andExpect(status().isForbidden());

        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM audit_entry
                WHERE action = 'shared.document.download' AND outcome = 'REFUSED' AND object_id = :id AND actor_id = :actor
                """).param("id", id.toString()).param("actor", intruder).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM document_download WHERE document_id = :id").param("id", id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aDownloadIsLogged() throws Exception {
        UUID id = uploaded("provider", "minutes.txt", "会议纪要\n".getBytes(StandardCharsets.UTF_8));
        UUID reader = users.user("provider").userId();

        mvc.perform(get("/api/v1/documents/{id}/content", id).with(users.as("provider")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/plain;charset=UTF-8"));

        mvc.perform(get("/api/v1/documents/{id}/downloads", id).with(users.as("provider")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].userId").value(reader.toString()));
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM audit_entry
                WHERE action = 'shared.document.downloaded' AND outcome = 'DONE' AND object_id = :id AND actor_id = :actor
                """).param("id", id.toString()).param("actor", reader).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aHeadRequestDescribesTheContentWithoutDownloadingIt() throws Exception {
        byte[] bytes = Bytes.pdf(2_000, seed());
        UUID id = uploaded("provider", "notice.pdf", bytes);

        mvc.perform(head("/api/v1/documents/{id}/content", id).with(users.as("provider")))
                .andExpect(status().isOk())
                .andExpect(header().longValue("Content-Length", bytes.length))
                .andExpect(header().string("Content-Type", "application/pdf"));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM document_download WHERE document_id = :id").param("id", id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anUploadWithoutAFileIsABadRequest() throws Exception {
        mvc.perform(multipart("/api/v1/documents").param("purpose", "evidence").with(users.as("provider")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    @Test
    void aUserWithoutTheUploadPermissionIsRefused() throws Exception {
        Rows before = rows();

        upload("auditor", "notes.txt", "x".getBytes(StandardCharsets.UTF_8)).andExpect(status().isForbidden());

        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void anUnknownDocumentIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/documents/{id}", UUID.randomUUID()).with(users.as("provider")))
                .andExpect(status().isNotFound());
    }
}
