package org.cogov.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.cogov.shared.Domain;
import org.cogov.shared.Sha256;

/**
 * The application's own check of an export, against its heads and against heads that witnesses kept:
 * the same checks as the stand-alone verifier (docs/audit-log.md, "What the verifier checks"), so that
 * the tests can prove tampering is caught without it. Every finding names the leaf or the head.
 */
@Domain
final class Verification {

    /** What is wrong, and with what: {@code leaf 12} or {@code head 15}. */
    record Finding(String subject, String problem) {
        @Override
        public String toString() {
            return subject + ": " + problem;
        }
    }

    private Verification() {
    }

    static List<Finding> of(ExportFile export, List<ExportFile> witnesses) {
        List<Finding> findings = new ArrayList<>();
        Map<String, PublishedKey> keys = new HashMap<>();
        export.keys().forEach(key -> keys.put(key.keyId(), key));
        witnesses.forEach(witness -> witness.keys().forEach(key -> keys.putIfAbsent(key.keyId(), key)));

        List<byte[]> leafHashes = export.leaves().stream().map(MerkleTree::leafHash).toList();
        MerkleTree tree = MerkleTree.of(leafHashes);
        payloads(export, findings);

        List<TreeHead> heads = new ArrayList<>(export.heads());
        witnesses.forEach(witness -> heads.addAll(witness.heads()));
        heads.sort(Comparator.comparingLong(TreeHead::size));
        TreeMap<Long, TreeHead> good = new TreeMap<>();
        for (TreeHead head : heads) {
            String subject = "head " + head.size();
            PublishedKey key = keys.get(head.keyId());
            if (key == null) {
                findings.add(new Finding(subject, "signed with unknown key " + head.keyId()));
                continue;
            }
            if (!head.signedBy(key)) {
                findings.add(new Finding(subject, "the signature does not verify with key " + head.keyId()));
                continue;
            }
            if (head.size() > leafHashes.size()) {
                findings.add(new Finding(subject, "leaves " + leafHashes.size() + " to " + (head.size() - 1)
                        + " are missing from the export"));
                continue;
            }
            if (!Arrays.equals(tree.root(head.size()), head.root())) {
                long lastGood = Optional.ofNullable(good.lowerKey(head.size())).orElse(0L);
                findings.add(new Finding(subject, "the root of the exported leaves differs from the signed root: "
                        + (head.size() - lastGood == 1 ? "leaf " + lastGood + " was changed"
                                : "a leaf between " + lastGood + " and " + (head.size() - 1) + " was changed, removed or moved")));
                continue;
            }
            TreeHead same = good.get(head.size());
            if (same != null && !Arrays.equals(same.root(), head.root())) {
                findings.add(new Finding(subject, "two signed heads of this size disagree"));
            }
            good.put(head.size(), head);
        }
        consistency(tree, good, findings);
        inclusion(tree, leafHashes, good, findings);
        return findings;
    }

    private static void payloads(ExportFile export, List<Finding> findings) {
        export.payloads().forEach((index, payload) -> {
            if (payload.isEmpty()) {
                return;
            }
            String[] fields = new String(export.leaves().get(Math.toIntExact(index)), StandardCharsets.UTF_8).split("\t", -1);
            if (fields.length != 10 || !fields[0].equals(Leaf.FORMAT)) {
                findings.add(new Finding("leaf " + index, "not a " + Leaf.FORMAT + " leaf"));
            } else if (!fields[9].equals(Sha256.hex(payload.get()))) {
                findings.add(new Finding("leaf " + index, "its payload does not hash to the payload hash in the leaf"));
            }
        });
    }

    /** The proofs the API serves, computed from the exported leaves, must verify between successive good heads. */
    private static void consistency(MerkleTree tree, TreeMap<Long, TreeHead> good, List<Finding> findings) {
        TreeHead previous = null;
        for (TreeHead head : good.values()) {
            if (previous != null && !MerkleTree.verifyConsistency(previous.size(), head.size(), previous.root(), head.root(),
                    tree.consistencyProof(previous.size(), head.size()))) {
                findings.add(new Finding("head " + head.size(), "not consistent with head " + previous.size()));
            }
            previous = head;
        }
    }

    private static void inclusion(MerkleTree tree, List<byte[]> leafHashes, TreeMap<Long, TreeHead> good,
            List<Finding> findings) {
        if (good.isEmpty()) {
            return;
        }
        TreeHead largest = good.lastEntry().getValue();
        for (long index = 0; index < largest.size(); index++) {
            if (!MerkleTree.verifyInclusion(leafHashes.get(Math.toIntExact(index)), index, largest.size(),
                    tree.inclusionPath(index, largest.size()), largest.root())) {
                findings.add(new Finding("leaf " + index, "not included in head " + largest.size()));
            }
        }
    }
}
