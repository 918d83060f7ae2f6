package org.cogov.audit;

import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cogov.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What anyone may ask of the log, without signing in: the signed heads, the keys, an entry's inclusion
 * proof, a consistency proof between two sizes, the witness file, and whether a witness's heads are
 * consistent with today's tree. Proofs carry hashes only, never an entry's content.
 */
@Service
class AuditProofs {

    record Head(long treeSize, String rootHash, Instant signedAt, String keyId, String algorithm, String signature) {
        static Head of(TreeHead head) {
            return new Head(head.size(), head.rootHex(), head.signedAt(), head.keyId(), head.algorithm(),
                    head.signatureBase64());
        }
    }

    record HeadPage(List<Head> heads, @Nullable Long next) {
    }

    record Key(String keyId, String algorithm, String publicKey) {
    }

    record InclusionProof(UUID entryId, long leafIndex, String leafHash, long treeSize, String rootHash,
            @Nullable Head head, List<String> path) {
    }

    record ConsistencyProof(long fromSize, String fromRoot, long toSize, String toRoot, List<String> proof) {
    }

    enum Verdict { CONSISTENT, INCONSISTENT, BEYOND_THE_LOG, UNKNOWN_KEY, BAD_SIGNATURE }

    record WitnessedHead(long treeSize, String rootHash, Verdict verdict, List<String> proof) {
    }

    record WitnessReport(long treeSize, @Nullable String rootHash, int consistent, int inconsistent, List<WitnessedHead> heads) {
    }

    static final int MAX_PAGE = 200;
    private static final HexFormat HEX = HexFormat.of();

    private final JdbcClient jdbc;
    private final StoredTree stored;
    private final TreeHeads heads;
    private final AuditExport export;

    AuditProofs(JdbcClient jdbc, StoredTree stored, TreeHeads heads, AuditExport export) {
        this.jdbc = jdbc;
        this.stored = stored;
        this.heads = heads;
        this.export = export;
    }

    @Transactional(readOnly = true)
    public @Nullable Head latest() {
        return heads.latest().map(Head::of).orElse(null);
    }

    @Transactional(readOnly = true)
    public HeadPage heads(@Nullable Long before, int size) {
        List<Head> page = heads.page(before, Math.max(1, Math.min(size, MAX_PAGE))).stream().map(Head::of).toList();
        return new HeadPage(page, page.size() < Math.max(1, Math.min(size, MAX_PAGE)) ? null
                : page.get(page.size() - 1).treeSize());
    }

    @Transactional(readOnly = true)
    public List<Key> keys() {
        return heads.keys().stream().map(key -> new Key(key.keyId(), key.algorithm(), key.publicKey())).toList();
    }

    /** Into the latest signed head, or into the tree of {@code treeSize} leaves (at most the latest head's). */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public InclusionProof inclusion(UUID entryId, @Nullable Long treeSize) {
        record Placed(long index, String hash) {
        }
        Placed leaf = jdbc.sql("""
                SELECT l.leaf_index, l.leaf_hash FROM audit_entry e JOIN audit_leaf l ON l.entry_seq = e.seq WHERE e.id = :id
                """).param("id", entryId)
                .query((rs, n) -> new Placed(rs.getLong("leaf_index"), rs.getString("leaf_hash"))).optional()
                .orElseThrow(() -> RuleViolation.notFound("audit.proof.not-integrated", entryId));
        long size = size(treeSize, "treeSize");
        if (leaf.index() >= size) {
            throw RuleViolation.refused("audit.proof.after-size", "treeSize", leaf.index(), size);
        }
        MerkleTree tree = stored.tree();
        return new InclusionProof(entryId, leaf.index(), leaf.hash(), size, HEX.formatHex(tree.root(size)),
                heads.ofSize(size).map(Head::of).orElse(null), hex(tree.inclusionPath(leaf.index(), size)));
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ConsistencyProof consistency(long from, @Nullable Long to) {
        long second = size(to, "to");
        if (from < 0 || from > second) {
            throw RuleViolation.refused("audit.proof.sizes", "from", from, second);
        }
        MerkleTree tree = stored.tree();
        return new ConsistencyProof(from, HEX.formatHex(tree.root(from)), second, HEX.formatHex(tree.root(second)),
                hex(tree.consistencyProof(from, second)));
    }

    /** The format line, every key and every signed head: what a witness keeps. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public String witnessFile() {
        StringWriter out = new StringWriter();
        AuditExport.line(out, ExportFile.FORMAT);
        heads.keys().forEach(key -> AuditExport.line(out, key.exportLine()));
        export.witness(out);
        return out.toString();
    }

    /**
     * Each head a witness kept, judged against today's tree: consistent (today's tree extends it, with the
     * proof for the witness to check), inconsistent (its root is not the root of today's first leaves),
     * beyond the log (the log has fewer entries than the head: entries were removed), or not signed by a
     * key of the log.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public WitnessReport checkWitness(String file) {
        ExportFile witness = ExportFile.read(file, ExportFile.WITNESS);
        Map<String, PublishedKey> keys = new HashMap<>();
        heads.keys().forEach(key -> keys.put(key.keyId(), key));
        TreeHead latest = heads.latest().orElse(null);
        long size = latest == null ? 0 : latest.size();
        MerkleTree tree = stored.tree();
        List<WitnessedHead> judged = new ArrayList<>();
        for (TreeHead head : witness.heads()) {
            PublishedKey key = keys.get(head.keyId());
            Verdict verdict;
            List<String> proof = List.of();
            if (key == null) {
                verdict = Verdict.UNKNOWN_KEY;
            } else if (!head.signedBy(key)) {
                verdict = Verdict.BAD_SIGNATURE;
            } else if (head.size() > size) {
                verdict = Verdict.BEYOND_THE_LOG;
            } else if (!Arrays.equals(tree.root(head.size()), head.root())) {
                verdict = Verdict.INCONSISTENT;
            } else {
                verdict = Verdict.CONSISTENT;
                proof = hex(tree.consistencyProof(head.size(), size));
            }
            judged.add(new WitnessedHead(head.size(), head.rootHex(), verdict, proof));
        }
        int consistent = (int) judged.stream().filter(h -> h.verdict() == Verdict.CONSISTENT).count();
        return new WitnessReport(size, latest == null ? null : latest.rootHex(), consistent, judged.size() - consistent, judged);
    }

    /** A size that a signed head covers: the latest head's, when none is asked for. */
    private long size(@Nullable Long asked, String field) {
        long latest = heads.latest().map(TreeHead::size).orElse(0L);
        if (asked == null) {
            return latest;
        }
        if (asked < 0 || asked > latest) {
            throw RuleViolation.refused("audit.proof.size", field, asked, latest);
        }
        return asked;
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HEX::formatHex).toList();
    }
}
