package org.cogov.procurement.bidding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.ReadyDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The promise to providers: before the deadline, a bid's price, text and attachment are nowhere in
 * the clear — not in any table (the event publications included), not in the log, not in a temporary
 * file — and nothing that the purchaser, the platform's administrator or another provider may ask
 * about the procedure answers differently for one bid, two or none.
 */
@DatabaseTest
@ExtendWith(OutputCaptureExtension.class)
class BidSecrecyTests {

    @Autowired
    TestUsers users;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    DataSource dataSource;
    @Autowired
    ApplicationContext context;
    @Autowired
    Environment environment;

    /** What each of them may ask about one procedure, by page or API. */
    private static List<String[]> questions(ProcedureId id) {
        String p = id.value().toString();
        List<String[]> questions = new ArrayList<>();
        for (String user : List.of("purchaser", "admin", "provider2", "auditor", "finance")) {
            for (String path : List.of("/procedures/" + p, "/api/v1/procedures/" + p, "/api/v1/procedures/" + p + "/readiness",
                    "/public/procedures/" + p, "/api/v1/public/procedures/" + p, "/tenders/" + p, "/tenders/" + p + "/bid",
                    "/api/v1/procedures/" + p + "/bids/mine", "/api/v1/procedures/" + p + "/lots/1/bids/mine",
                    "/api/v1/procedures/" + p + "/opening-key", "/api/v1/procedures/" + p + "/enquiries",
                    "/api/v1/procedures/" + p + "/downloads", "/openings/" + p, "/public/procedures/" + p + "/opening",
                    "/api/v1/public/procedures/" + p + "/opening", LIST + "/api/v1/procedures", LIST + "/api/v1/public/procedures")) {
                questions.add(new String[] { user, path });
            }
        }
        return questions;
    }

    /**
     * Marks a list of every procedure: other procedures in it change while the test runs (the scheduler
     * closes and fails earlier tests' procedures), so only this procedure's own entry is compared.
     */
    private static final String LIST = "list:";

    @Test
    void beforeTheDeadlineABidIsNowhereInTheClearAndNothingCountsTheBids(CapturedOutput output) throws Exception {
        ProcedureId id = ReadyDraft.tenderingWithDocumentsObtainedBy(context, users, 9_000_000, "provider", "provider2");
        String marker = Long.toString(System.nanoTime(), 36).toUpperCase();
        String priceCanary = "7319" + (100 + (System.nanoTime() % 800)) + ".58";
        String textCanary = "TEXT-CANARY-" + marker;
        String fileCanary = "FILE-CANARY-" + marker;
        String nameCanary = "NAME-CANARY-" + marker;
        Map<String, String> before = answers(id);

        submit(id, "provider", priceCanary, textCanary, fileCanary, nameCanary);
        Map<String, String> afterOne = answers(id);
        submit(id, "provider", "7319000.01", "第二版 " + textCanary, fileCanary, nameCanary);
        submit(id, "provider2", "8000000", "另一投标人", "另一个附件", "attachment");
        Map<String, String> afterThree = answers(id);

        assertThat(afterOne).as("one bid changes no answer").isEqualTo(before);
        assertThat(othersThan("provider2", afterThree)).as("two bidders change no answer to anyone else")
                .isEqualTo(othersThan("provider2", before));
        List<String> canaries = List.of(priceCanary, textCanary, fileCanary, nameCanary);
        assertThat(String.join("\n", afterThree.values())).doesNotContain(canaries);
        for (String list : List.of("/procedures", "/public/procedures", "/tenders", "/api/v1/procedures", "/api/v1/public/procedures")) {
            for (String user : List.of("purchaser", "admin", "provider2")) {
                assertThat(mvc.perform(get(list).with(users.as(user))).andReturn().getResponse()
                        .getContentAsString(StandardCharsets.UTF_8)).as(user + " " + list).doesNotContain(canaries);
            }
        }
        assertThat(databaseMentions(canaries)).as("the database, every table and column").isEmpty();
        assertThat(output.getAll()).as("the application log").doesNotContain(canaries);
        assertThat(temporaryFilesMentioning(canaries)).as("the temporary directory").isEmpty();
    }

    private void submit(ProcedureId id, String provider, String price, String text, String fileContent, String filename)
            throws Exception {
        byte[] pdf = ("%PDF-1.4\n% " + fileContent + "\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/api/v1/procedures/{id}/lots/1/bids", id.value())
                .file(new MockMultipartFile("attachments", filename + ".pdf", "application/pdf", pdf)).param("price", price)
                .param("proposal", text).with(users.as(provider)).with(csrf())).andExpect(status().isCreated());
    }

    private static Map<String, String> othersThan(String user, Map<String, String> answers) {
        Map<String, String> others = new LinkedHashMap<>(answers);
        others.keySet().removeIf(question -> question.startsWith(user + " "));
        return others;
    }

    /** Every answer, with what differs by request alone (CSRF tokens, form keys) left out. */
    private Map<String, String> answers(ProcedureId id) throws Exception {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String[] q : questions(id)) {
            boolean list = q[1].startsWith(LIST);
            MvcResult result = mvc.perform(get(list ? q[1].substring(LIST.length()) : q[1]).with(users.as(q[0]))).andReturn();
            String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8)
                    .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "")
                    .replaceAll("<meta name=\"_csrf\" content=\"[^\"]*\"", "")
                    .replaceAll("name=\"formKey\" value=\"[^\"]*\"", "")
                    // The count of unread messages in the top bar moves with everything else the platform tells the user.
                    .replaceAll("(?s)<span[^>]*id=\"unread-badge\".*?</span>", "");
            answers.put(q[0] + " " + q[1], result.getResponse().getStatus() + " " + (list ? entryOf(body, id) : body));
        }
        return answers;
    }

    /** The procedure's own entry in a JSON list of procedures (or the whole answer, when it is a refusal). */
    private static String entryOf(String body, ProcedureId id) {
        JsonNode list = JSON.readTree(body);
        if (!list.isArray()) {
            return body;
        }
        for (JsonNode entry : list) {
            if (id.value().toString().equals(entry.path("id").asString())) {
                return entry.toString();
            }
        }
        return "absent";
    }

    /** Where any canary shows in the database: every row of every table, text and bytes alike. */
    private List<String> databaseMentions(List<String> canaries) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = dumping()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, connection.getSchema(), "%", new String[] { "TABLE" })) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            assertThat(tables).as("the dump reads the tables that matter").contains("sealed_bid", "event_publication",
                    "document_chunk", "audit_payload");
            for (String table : tables) {
                try (Statement statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int c = 1; c <= columns; c++) {
                            int type = rows.getMetaData().getColumnType(c);
                            boolean binary = type == Types.BINARY || type == Types.VARBINARY || type == Types.LONGVARBINARY
                                    || type == Types.BLOB;
                            byte[] bytes = binary ? rows.getBytes(c) : null;
                            String text = bytes != null ? new String(bytes, StandardCharsets.ISO_8859_1) : rows.getString(c);
                            for (String canary : canaries) {
                                if (text != null && text.contains(canary)) {
                                    found.add(table + "." + rows.getMetaData().getColumnName(c) + " holds " + canary);
                                }
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    /**
     * A connection that reads every table, as a dump would: the schema's owner where the migrations run
     * as one (the app role may not read the migrations' history), else the application's own.
     */
    private Connection dumping() throws SQLException {
        String owner = environment.getProperty("spring.flyway.user");
        String url = environment.getProperty("spring.flyway.url");
        if (owner == null || owner.isBlank() || url == null || url.isBlank()) {
            return dataSource.getConnection();
        }
        return DriverManager.getConnection(url, owner, environment.getProperty("spring.flyway.password", ""));
    }

    private static List<String> temporaryFilesMentioning(List<String> canaries) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of(System.getProperty("java.io.tmpdir")))) {
            files.filter(Files::isRegularFile).filter(Files::isReadable).forEach(file -> {
                try (InputStream in = Files.newInputStream(file)) {
                    String content = new String(in.readNBytes(64 * 1024 * 1024), StandardCharsets.ISO_8859_1);
                    for (String canary : canaries) {
                        if (content.contains(canary)) {
                            found.add(file + " holds " + canary);
                        }
                    }
                } catch (IOException unreadable) {
                    // a file that vanished or is locked while the walk passes: not one the bid could be in
                }
            });
        } catch (java.io.UncheckedIOException unwalkable) {
            // a directory that vanished during the walk (another process's temporary files)
        }
        return found;
    }
}
