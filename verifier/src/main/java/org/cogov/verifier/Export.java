package org.cogov.verifier;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * An audit-log export as read: the tree of its leaves, its keys and its signed heads. The checks that
 * concern one line (key ids, signatures, leaves that parse, payload hashes) are made as the file streams
 * past, so that a payload is dropped as soon as it is hashed.
 */
final class Export {

    private static final String REDACTED = "redacted";

    private final String name;
    private final KeyRing keys = new KeyRing();
    private final MerkleTree tree = new MerkleTree();
    private final Leaves leaves = new Leaves();
    private final List<TreeHead> heads = new ArrayList<>();
    private final BitSet payloadListed = new BitSet();
    private int payloadsChecked;
    private int payloadsRedacted;

    private Export(String name) {
        this.name = name;
    }

    static Export read(Path file) throws Unreadable, Discrepancy {
        try (ExportFile lines = ExportFile.open(file)) {
            Export export = new Export(lines.name());
            for (Line line = lines.next(); line != null; line = lines.next()) {
                export.take(line);
            }
            return export;
        }
    }

    private void take(Line line) throws Unreadable, Discrepancy {
        switch (line.kind()) {
            case "key" -> keys.add(line);
            case "leaf" -> addLeaf(line.expectFields(3));
            case "payload" -> checkPayload(line.expectFields(3));
            case "head" -> heads.add(keys.check(TreeHead.from(line)));
            default -> throw line.unreadable("unknown record " + Line.shown(line.kind()));
        }
    }

    /** Reads {@code leaf <index> <leaf bytes, base64>}. */
    private void addLeaf(Line line) throws Unreadable, Discrepancy {
        long index = line.decimal(1, "leaf index");
        if (index != leaves.count()) {
            throw line.unreadable("leaf " + index + " where leaf " + leaves.count()
                    + " comes next: leaves are listed 0, 1, 2, … without gap");
        }
        byte[] bytes = line.base64(2, "leaf");
        try {
            leaves.add(Leaf.parse(bytes));
        } catch (Leaf.NotALeaf e) {
            throw new Discrepancy(Leaves.name(index, e.entryId()) + " (" + line.where() + ") does not parse: " + e.getMessage());
        }
        tree.append(Hash.leaf(bytes));
    }

    /** Reads {@code payload <index> <payload, base64>} or {@code payload <index> redacted}. */
    private void checkPayload(Line line) throws Unreadable, Discrepancy {
        long index = line.decimal(1, "payload index");
        if (index >= leaves.count()) {
            throw line.unreadable("payload " + index + " comes before leaf " + index
                    + ": a payload line follows the leaf line of its index");
        }
        if (payloadListed.get((int) index)) {
            throw line.unreadable("a second payload line for leaf " + index);
        }
        payloadListed.set((int) index);
        if (REDACTED.equals(line.text(2))) {
            payloadsRedacted++;
            return;
        }
        Hash hash = Hash.sha256(line.base64(2, "payload"));
        Hash claimed = leaves.payloadHash(index);
        if (!hash.equals(claimed)) {
            throw new Discrepancy(leaves.name(index) + ": its payload (" + line.where() + ") hashes to " + hash
                    + ", but the leaf holds " + claimed);
        }
        payloadsChecked++;
    }

    String name() {
        return name;
    }

    KeyRing keys() {
        return keys;
    }

    MerkleTree tree() {
        return tree;
    }

    List<TreeHead> heads() {
        return List.copyOf(heads);
    }

    String leafName(long index) {
        return leaves.name(index);
    }

    int payloadsChecked() {
        return payloadsChecked;
    }

    int payloadsRedacted() {
        return payloadsRedacted;
    }
}
