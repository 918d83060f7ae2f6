package org.cogov.verifier;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The heads another body received and kept: a witness file holds the format line, key lines and head
 * lines. Its heads are checked against its own keys, and each of those keys must still be in the export,
 * since old keys stay in every export; a log rebuilt and re-signed under a new key is caught here.
 */
final class Witness {

    private Witness() {
    }

    static List<TreeHead> read(Path file, KeyRing exportKeys) throws Unreadable, Discrepancy {
        KeyRing keys = new KeyRing();
        List<TreeHead> heads = new ArrayList<>();
        try (ExportFile lines = ExportFile.open(file)) {
            for (Line line = lines.next(); line != null; line = lines.next()) {
                switch (line.kind()) {
                    case "key" -> keys.add(line);
                    case "head" -> heads.add(listedIn(exportKeys, keys.check(TreeHead.from(line))));
                    default -> throw line.unreadable("a witness file holds key and head lines only, not "
                            + Line.shown(line.kind()));
                }
            }
        }
        return heads;
    }

    private static TreeHead listedIn(KeyRing exportKeys, TreeHead head) throws Discrepancy {
        if (!exportKeys.knows(head.keyId())) {
            throw new Discrepancy(head + ": the export does not list key " + head.keyId()
                    + ", though old keys stay in every export");
        }
        return head;
    }
}
