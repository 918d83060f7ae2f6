package org.cogov.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.shared.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The integrator, the signed heads and the public proofs, on the database the suite runs on. */
@DatabaseTest
class MerkleLogTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HexFormat HEX = HexFormat.of();

    @Autowired
    Integrator integrator;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    TreeHeads heads;
    @Autowired
    AuditExport export;
    @Autowired
    SigningKey key;

    @Test
    void everyEntryGetsOneLeafIndexWithoutGapEvenWithIntegratorsRacing() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Long>> work = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                work.add(() -> {
                    record(unique("audit.test.raced." + n));
                    return integrator.integrateNow();
                });
            }
            for (Future<Long> done : pool.invokeAll(work)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        integrator.integrateNow();

        long leaves = jdbc.sql("SELECT COUNT(*) FROM audit_leaf").query(Long.class).single();
        long entries = jdbc.sql("SELECT COUNT(DISTINCT entry_seq) FROM audit_leaf").query(Long.class).single();
        long highest = jdbc.sql("SELECT MAX(leaf_index) FROM audit_leaf").query(Long.class).single();
        assertThat(entries).isEqualTo(leaves);
        assertThat(highest).isEqualTo(leaves - 1);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM audit_entry e WHERE NOT EXISTS (SELECT 1 FROM audit_leaf l WHERE l.entry_seq = e.seq)
                """).query(Long.class).single()).as("entries committed before the last run are all in the tree").isZero();
    }

    @Test
    void anEntryWhoseTransactionCommitsLateStillGetsItsLeaf() throws Exception {
        String late = unique("audit.test.late");
        String early = unique("audit.test.early");
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch mayCommit = new CountDownLatch(1);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            Future<?> lateWriter = writer.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
                events.publishEvent(new AuditLogTests.Changed(late, Map.of()));
                written.countDown();
                await(mayCommit);
            }));
            await(written);
            record(early);
            integrator.integrateNow();
            mayCommit.countDown();
            lateWriter.get();
        } finally {
            writer.shutdown();
        }
        integrator.integrateNow();

        long earlyLeaf = leafOf(early);
        long lateLeaf = leafOf(late);
        assertThat(lateLeaf).as("written first, committed last, integrated after").isGreaterThan(earlyLeaf);
    }

    @Test
    void theLatestHeadIsSignedByThePublishedKeyAndItsRootIsTheRootOfTheStoredLeaves() throws Exception {
        record(unique("audit.test.signed"));
        long size = integrator.integrateNow();

        JsonNode head = json(get("/api/v1/public/audit/tree-heads/latest"));
        JsonNode keys = json(get("/api/v1/public/audit/keys"));
        TreeHead signed = heads.ofSize(head.path("treeSize").asLong()).orElseThrow();
        PublishedKey key = new PublishedKey(keys.get(0).path("keyId").asString(), keys.get(0).path("algorithm").asString(),
                keys.get(0).path("publicKey").asString());

        assertThat(head.path("treeSize").asLong()).isGreaterThanOrEqualTo(size);
        assertThat(signed.signedBy(key)).isTrue();
        List<byte[]> leafHashes = jdbc.sql("SELECT leaf_hash FROM audit_leaf WHERE leaf_index < :size ORDER BY leaf_index")
                .param("size", signed.size()).query(String.class).list().stream().map(HEX::parseHex).toList();
        assertThat(HEX.formatHex(MerkleTree.of(leafHashes).root(signed.size()))).isEqualTo(head.path("rootHash").asString());
    }

    @Test
    void anEntrysInclusionProofVerifiesAgainstTheSignedRoot() throws Exception {
        String action = unique("audit.test.included");
        record(action);
        integrator.integrateNow();
        UUID id = jdbc.sql("SELECT id FROM audit_entry WHERE action = :a").param("a", action).query(UUID.class).single();

        JsonNode proof = json(get("/api/v1/public/audit/entries/" + id + "/inclusion-proof"));

        List<byte[]> path = new ArrayList<>();
        proof.path("path").forEach(h -> path.add(HEX.parseHex(h.asString())));
        assertThat(MerkleTree.verifyInclusion(HEX.parseHex(proof.path("leafHash").asString()), proof.path("leafIndex").asLong(),
                proof.path("treeSize").asLong(), path, HEX.parseHex(proof.path("head").path("rootHash").asString()))).isTrue();
        Leaf leaf = jdbc.sql("SELECT * FROM audit_entry WHERE id = :id").param("id", id).query(Integrator::leaf).single();
        assertThat(HEX.formatHex(leaf.hash())).as("the leaf recomputed from the row").isEqualTo(proof.path("leafHash").asString());
    }

    @Test
    void aConsistencyProofLinksAnEarlierHeadToTheLatest() throws Exception {
        record(unique("audit.test.before"));
        long first = integrator.integrateNow();
        record(unique("audit.test.after"));
        long second = integrator.integrateNow();

        JsonNode proof = json(get("/api/v1/public/audit/consistency-proof").param("from", Long.toString(first))
                .param("to", Long.toString(second)));

        List<byte[]> hashes = new ArrayList<>();
        proof.path("proof").forEach(h -> hashes.add(HEX.parseHex(h.asString())));
        assertThat(MerkleTree.verifyConsistency(first, second, heads.ofSize(first).orElseThrow().root(),
                heads.ofSize(second).orElseThrow().root(), hashes)).isTrue();
    }

    @Test
    void aWitnessedHeadIsConsistentAndAForgedOneIsNamed() throws Exception {
        record(unique("audit.test.witnessed"));
        integrator.integrateNow();
        String witness = mvc.perform(get("/api/v1/public/audit/witness-file")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        TreeHead kept = ExportFile.read(witness, ExportFile.WITNESS).heads().get(0);
        byte[] forgedRoot = kept.root().clone();
        forgedRoot[0] ^= 1;
        String forged = witness + new TreeHead(kept.size(), forgedRoot, kept.signedAt(), kept.keyId(), kept.algorithm(),
                kept.signature()).exportLine() + "\n" + key.sign(kept.size(), forgedRoot, kept.signedAt()).exportLine() + "\n";

        JsonNode report = json(post("/api/v1/public/audit/witness-check").contentType(MediaType.TEXT_PLAIN).content(forged));

        assertThat(report.path("inconsistent").asInt()).isEqualTo(2);
        assertThat(report.path("consistent").asInt()).isEqualTo(ExportFile.read(witness, ExportFile.WITNESS).heads().size());
        JsonNode judged = report.path("heads");
        assertThat(judged.get(judged.size() - 2).path("verdict").asString()).isEqualTo("BAD_SIGNATURE");
        assertThat(judged.get(judged.size() - 1).path("verdict").asString()).isEqualTo("INCONSISTENT");
        assertThat(judged.get(judged.size() - 1).path("treeSize").asLong()).isEqualTo(kept.size());
    }

    @Test
    void anyoneSeesTheLatestHeadAndTheKeysWithoutSigningIn() throws Exception {
        record(unique("audit.test.public"));
        integrator.integrateNow();
        String root = heads.latest().orElseThrow().rootHex();

        String page = mvc.perform(get("/public/audit")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains(root).contains(key.publicKey().keyId());
    }

    @Test
    void aWrongWitnessFileIsAProblemNamingItsLines() throws Exception {
        String body = mvc.perform(post("/api/v1/public/audit/witness-check").contentType(MediaType.TEXT_PLAIN)
                .content("cogov-audit-export/1\nhead 12 nothex\nleaf 0 AAAA\n")).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();

        assertThat(body).contains("\"line\":2").contains("\"line\":3");
    }

    @Test
    void theExportOfTheLogVerifiesAgainstItsOwnHeads() {
        record(unique("audit.test.exported"));
        integrator.integrateNow();

        assertThat(Verification.of(exported(), List.of())).isEmpty();
    }

    @Test
    void aRedactedPayloadLeavesTheProofsWhole() throws Exception {
        String action = unique("audit.test.redacted");
        new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(
                new AuditLogTests.Changed(action, Map.of("name", "赵秘书长"))));
        integrator.integrateNow();
        UUID id = jdbc.sql("SELECT id FROM audit_entry WHERE action = :a").param("a", action).query(UUID.class).single();

        mvc.perform(post("/api/v1/audit/entries/" + id + "/redaction").with(users.as("auditor")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"personal data of a board member\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/audit/entries/" + id + "/redaction").with(users.as("auditor")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"again\"}"))
                .andExpect(status().isConflict());
        integrator.integrateNow();

        assertThat(jdbc.sql("SELECT payload FROM audit_payload WHERE entry_id = :id").param("id", id).query(String.class).single())
                .isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'audit.payload.redacted' AND object_id = :id")
                .param("id", id.toString()).query(Long.class).single()).isEqualTo(1);
        assertThat(Verification.of(exported(), List.of())).isEmpty();
    }

    @Test
    void theAuditorFiltersByOrganizationAndObjectAndSeesTheLeaf() throws Exception {
        String action = unique("audit.test.filtered");
        UUID organization = UUID.randomUUID();
        new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(
                new Refusal(null, organization, action, "procedure", "P-1", Map.of())));
        integrator.integrateNow();

        JsonNode page = json(get("/api/v1/audit/entries").with(users.as("auditor"))
                .param("organization", organization.toString()).param("objectType", "procedure").param("objectId", "P-1"));

        assertThat(page.path("entries")).hasSize(1);
        assertThat(page.path("entries").get(0).path("action").asString()).isEqualTo(action);
        assertThat(page.path("entries").get(0).path("leafIndex").isNumber()).isTrue();
        mvc.perform(get("/audit").with(users.as("auditor")).param("organization", organization.toString())
                .param("from", "2000-01-01")).andExpect(status().isOk());
    }

    private long leafOf(String action) {
        return jdbc.sql("SELECT l.leaf_index FROM audit_leaf l JOIN audit_entry e ON e.seq = l.entry_seq WHERE e.action = :a")
                .param("a", action).query(Long.class).single();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    ExportFile exported() {
        StringWriter out = new StringWriter();
        new TransactionTemplate(transactions).executeWithoutResult(s -> export.write(heads.keys(), out));
        return ExportFile.read(out.toString(), ExportFile.EXPORT);
    }

    private JsonNode json(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return JSON.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private void record(String action) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(
                new AuditLogTests.Changed(action, Map.of("n", action))));
    }

    static String unique(String action) {
        return action + "." + UUID.randomUUID().toString().substring(0, 8);
    }

}
