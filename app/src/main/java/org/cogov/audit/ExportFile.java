package org.cogov.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cogov.shared.Domain;
import org.cogov.shared.FileRejected;
import org.cogov.shared.LineProblem;

/**
 * The export format of docs/audit-log.md, read: the keys, the leaves in index order, the readable
 * payloads (empty when redacted) and the signed heads. A witness file is the same format without
 * leaves and payloads. A file with a wrong line is refused whole, naming every wrong line.
 */
@Domain
record ExportFile(List<PublishedKey> keys, List<byte[]> leaves, Map<Long, Optional<String>> payloads, List<TreeHead> heads) {

    static final String FORMAT = "cogov-audit-export/1";
    static final String EXPORT = "audit-export";
    static final String WITNESS = "witness-file";
    private static final int MAX_PROBLEMS = 100;

    static ExportFile read(String text, String kind) {
        List<PublishedKey> keys = new ArrayList<>();
        List<byte[]> leaves = new ArrayList<>();
        Map<Long, Optional<String>> payloads = new LinkedHashMap<>();
        List<TreeHead> heads = new ArrayList<>();
        List<LineProblem> problems = new ArrayList<>();
        boolean started = false;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length && problems.size() < MAX_PROBLEMS; i++) {
            int number = i + 1;
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!started) {
                started = true;
                if (!line.equals(FORMAT)) {
                    problems.add(new LineProblem(number, "format", "problem.audit-export.format", FORMAT));
                }
                continue;
            }
            String[] fields = line.split(" ", -1);
            try {
                switch (fields[0]) {
                    case "key" -> {
                        fields(fields, 4);
                        keys.add(new PublishedKey(fields[1], fields[2], base64(fields[3], "public key")));
                    }
                    case "head" -> {
                        fields(fields, 7);
                        heads.add(new TreeHead(number(fields[1]), hash(fields[2]), instant(fields[3]), fields[4], fields[5],
                                Base64.getDecoder().decode(base64(fields[6], "signature"))));
                    }
                    case "leaf" -> {
                        only(kind);
                        fields(fields, 3);
                        long index = number(fields[1]);
                        if (index != leaves.size()) {
                            throw new Wrong("index", "problem.audit-export.leaf-order", leaves.size());
                        }
                        leaves.add(Base64.getDecoder().decode(base64(fields[2], "leaf")));
                    }
                    case "payload" -> {
                        only(kind);
                        fields(fields, 3);
                        long index = number(fields[1]);
                        if (index >= leaves.size() || payloads.containsKey(index)) {
                            throw new Wrong("index", "problem.audit-export.payload-index", index);
                        }
                        payloads.put(index, fields[2].equals("redacted") ? Optional.empty()
                                : Optional.of(new String(Base64.getDecoder().decode(base64(fields[2], "payload")),
                                        StandardCharsets.UTF_8)));
                    }
                    default -> throw new Wrong("record", "problem.audit-export.record", fields[0]);
                }
            } catch (Wrong wrong) {
                problems.add(new LineProblem(number, wrong.column, wrong.messageKey, wrong.arguments));
            } catch (IllegalArgumentException e) {
                problems.add(new LineProblem(number, fields[0], "problem.audit-export.value", fields[0]));
            }
        }
        if (!started) {
            problems.add(new LineProblem(1, "format", "problem.audit-export.format", FORMAT));
        }
        if (!problems.isEmpty()) {
            throw new FileRejected(kind, problems, problems.size() >= MAX_PROBLEMS);
        }
        return new ExportFile(List.copyOf(keys), List.copyOf(leaves), Map.copyOf(payloads), List.copyOf(heads));
    }

    /** A wrong value, with the column and message that name it. */
    private static final class Wrong extends RuntimeException {
        private final String column;
        private final String messageKey;
        private final Object[] arguments;

        Wrong(String column, String messageKey, Object... arguments) {
            super(messageKey, null, false, false);
            this.column = column;
            this.messageKey = messageKey;
            this.arguments = arguments;
        }
    }

    private static void only(String kind) {
        if (kind.equals(WITNESS)) {
            throw new Wrong("record", "problem.witness-file.leaves");
        }
    }

    private static void fields(String[] fields, int count) {
        if (fields.length != count) {
            throw new Wrong(fields[0], "problem.audit-export.fields", fields[0], count - 1);
        }
    }

    private static long number(String text) {
        try {
            long value = Long.parseLong(text);
            if (value < 0 || !text.equals(Long.toString(value))) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new Wrong("size", "problem.audit-export.number", text);
        }
    }

    private static byte[] hash(String hex) {
        if (hex.length() != 64 || !hex.equals(hex.toLowerCase())) {
            throw new Wrong("root", "problem.audit-export.hash", hex);
        }
        try {
            return HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            throw new Wrong("root", "problem.audit-export.hash", hex);
        }
    }

    private static Instant instant(String text) {
        try {
            return Instant.from(Leaf.INSTANT.parse(text));
        } catch (DateTimeParseException e) {
            throw new Wrong("signed at", "problem.audit-export.instant", text);
        }
    }

    private static String base64(String text, String column) {
        try {
            Base64.getDecoder().decode(text);
            return text;
        } catch (IllegalArgumentException e) {
            throw new Wrong(column, "problem.audit-export.base64", column);
        }
    }
}
