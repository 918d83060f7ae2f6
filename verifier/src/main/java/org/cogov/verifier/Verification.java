package org.cogov.verifier;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The {@code verify} command (docs/audit-log.md, "What the verifier checks"): the export's own lines as
 * they are read, then every head of the export and of the witness files, smallest first, against the
 * root of the export's leaves, consistency between successive heads, and every leaf's inclusion in the
 * largest head. The first finding ends the run.
 */
final class Verification {

    private Verification() {
    }

    static Verdict of(Path exportFile, List<Path> witnessFiles) {
        try {
            Export export = Export.read(exportFile);
            List<TreeHead> witnessed = new ArrayList<>();
            for (Path file : witnessFiles) {
                witnessed.addAll(Witness.read(file, export.keys()));
            }
            List<TreeHead> heads = new ArrayList<>(export.heads());
            heads.addAll(witnessed);
            heads.sort(Comparator.comparingLong(TreeHead::size));
            checkRoots(export.tree(), heads);
            checkConsistency(export.tree(), heads);
            checkInclusion(export, heads);
            return Verdict.holds(summary(export, witnessed.size(), heads));
        } catch (Discrepancy finding) {
            return Verdict.fails("FAIL: " + finding.getMessage());
        } catch (Unreadable problem) {
            return Verdict.cannotCheck("error: " + problem.getMessage());
        }
    }

    private static void checkRoots(MerkleTree tree, List<TreeHead> heads) throws Discrepancy {
        TreeHead lastGood = null;
        for (TreeHead head : heads) {
            if (head.size() > tree.size()) {
                throw new Discrepancy(head + ": the export holds " + count(tree.size(), "leaf", "leaves") + "; "
                        + range(tree.size(), head.size()) + are(tree.size(), head.size()) + " missing");
            }
            Hash root = tree.root(head.size());
            if (!root.equals(head.root())) {
                throw new Discrepancy(head + ": its root " + head.root() + " is not the root of the export's first "
                        + count(head.size(), "leaf", "leaves") + ", " + root + whereItDiffers(lastGood, head));
            }
            lastGood = head;
        }
    }

    /** Narrows a differing root down to the leaves that no good head covers. */
    private static String whereItDiffers(TreeHead lastGood, TreeHead bad) {
        if (bad.size() == 0) {
            return "";
        }
        if (lastGood == null) {
            return "; the change lies in " + range(0, bad.size());
        }
        if (lastGood.size() == bad.size()) {
            return "; " + lastGood + " has the same size and the export's root";
        }
        return "; the change lies in " + range(lastGood.size(), bad.size()) + ", after " + lastGood + ", which holds";
    }

    private static void checkConsistency(MerkleTree tree, List<TreeHead> heads) throws Discrepancy {
        for (int i = 1; i < heads.size(); i++) {
            TreeHead earlier = heads.get(i - 1);
            TreeHead later = heads.get(i);
            if (!tree.consistencyProof(earlier.size(), later.size()).verifies(earlier.root(), later.root())) {
                throw new Discrepancy(later + ": not consistent with " + earlier);
            }
        }
    }

    private static void checkInclusion(Export export, List<TreeHead> heads) throws Discrepancy {
        if (heads.isEmpty()) {
            return;
        }
        TreeHead largest = heads.get(heads.size() - 1);
        MerkleTree tree = export.tree();
        for (long index = 0; index < largest.size(); index++) {
            if (!tree.inclusionProof(index, largest.size()).verifies(tree.leafHash(index), largest.root())) {
                throw new Discrepancy(export.leafName(index) + ": not included in " + largest);
            }
        }
    }

    private static String summary(Export export, int witnessHeads, List<TreeHead> heads) {
        long leaves = export.tree().size();
        List<String> keys = export.keys().ids();
        StringBuilder summary = new StringBuilder("OK: ").append(export.name()).append(": ")
                .append(count(leaves, "leaf", "leaves"))
                .append(" (").append(count(export.payloadsChecked(), "payload matches", "payloads match"))
                .append(", ").append(export.payloadsRedacted()).append(" redacted), ")
                .append(count(heads.size() - witnessHeads, "head", "heads")).append(", ")
                .append(count(witnessHeads, "witness head", "witness heads")).append(", ")
                .append(count(keys.size(), "key", "keys")).append(keys.isEmpty() ? "" : " " + String.join(", ", keys));
        long signed = 0;
        if (heads.isEmpty()) {
            summary.append("\nlatest head: none");
        } else {
            TreeHead latest = heads.get(heads.size() - 1);
            signed = latest.size();
            summary.append("\nlatest head: ").append(count(signed, "leaf", "leaves")).append(", root ")
                    .append(latest.root()).append(", signed at ").append(latest.signedAt())
                    .append(" by key ").append(latest.keyId());
        }
        if (signed < leaves) {
            summary.append('\n').append(range(signed, leaves)).append(are(signed, leaves)).append(" not yet under a signed head");
        }
        return summary.toString();
    }

    /** "leaf 7" or "leaves 4 to 7": the leaves from {@code from} up to, not including, {@code to}. */
    private static String range(long from, long to) {
        return to - from == 1 ? "leaf " + from : "leaves " + from + " to " + (to - 1);
    }

    private static String are(long from, long to) {
        return to - from == 1 ? " is" : " are";
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
