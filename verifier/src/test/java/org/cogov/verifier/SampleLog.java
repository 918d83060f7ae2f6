package org.cogov.verifier;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * An audit log as the application exports it, written from docs/audit-log.md alone: its leaves, payloads
 * and heads are built here with the JDK and a naive recursive MTH, not with the verifier's classes, so
 * that a misreading of the page in one is caught by the other.
 */
final class SampleLog {

    private static final Instant START = Instant.parse("2026-11-29T02:35:01.123456Z");
    private static final DateTimeFormatter SIX_DIGITS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final List<String> leaves = new ArrayList<>();
    private final List<String> payloads = new ArrayList<>();

    static SampleLog withEntries(int count) {
        SampleLog log = new SampleLog();
        for (int i = 0; i < count; i++) {
            log.append("registry.host-tie.recorded", "{\"organization\":\"Lanjiang Logistics Association\",\"seq\":" + i + "}");
        }
        return log;
    }

    void append(String action, String payload) {
        int i = leaves.size();
        payloads.add(payload);
        leaves.add(leafText(entryId(i), SIX_DIGITS.format(START.plusSeconds(i)), action, payload));
    }

    /** Swaps what two entries hold, leaves and payloads alike. */
    SampleLog swap(int a, int b) {
        SampleLog swapped = copy();
        swapped.leaves.set(a, leaves.get(b));
        swapped.leaves.set(b, leaves.get(a));
        swapped.payloads.set(a, payloads.get(b));
        swapped.payloads.set(b, payloads.get(a));
        return swapped;
    }

    /** The same log with one entry's action changed and its leaf rewritten to match. */
    SampleLog withAction(int index, String action) {
        SampleLog changed = copy();
        changed.leaves.set(index, leafText(entryId(index), SIX_DIGITS.format(START.plusSeconds(index)), action, payloads.get(index)));
        return changed;
    }

    String leaf(int index) {
        return leaves.get(index);
    }

    String entryId(int index) {
        return new UUID(0x0b6f3c1e2d4a4f51L, 0x8a00000000000000L + index).toString();
    }

    String leafLine(int index) {
        return "leaf " + index + " " + base64(leaves.get(index));
    }

    String payloadLine(int index) {
        return "payload " + index + " " + base64(payloads.get(index));
    }

    String headLine(int size, Signer key) {
        return headLine(size, root(size), key);
    }

    String headLine(int size, String rootHex, Signer key) {
        String signedAt = SIX_DIGITS.format(START.plusSeconds(3600L + size));
        String signed = "cogov-tree-head/1\n" + size + "\n" + rootHex + "\n" + signedAt + "\n" + key.id() + "\ned25519\n";
        return "head " + size + " " + rootHex + " " + signedAt + " " + key.id() + " ed25519 "
                + Base64.getEncoder().encodeToString(key.sign(signed.getBytes(StandardCharsets.UTF_8)));
    }

    /** The export as the application writes it: format, key, every entry's leaf and payload, then heads. */
    List<String> export(Signer key, int... headSizes) {
        List<String> lines = new ArrayList<>(List.of("cogov-audit-export/1", "# written by SampleLog", key.keyLine()));
        for (int i = 0; i < leaves.size(); i++) {
            lines.add(leafLine(i));
            lines.add(payloadLine(i));
        }
        for (int size : headSizes) {
            lines.add(headLine(size, key));
        }
        return lines;
    }

    /** A witness file: the heads another body kept. */
    List<String> witness(Signer key, int... headSizes) {
        List<String> lines = new ArrayList<>(List.of("cogov-audit-export/1", key.keyLine()));
        for (int size : headSizes) {
            lines.add(headLine(size, key));
        }
        return lines;
    }

    String root(int size) {
        List<byte[]> hashes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            hashes.add(sha256(new byte[] {0}, leaves.get(i).getBytes(StandardCharsets.UTF_8)));
        }
        return HexFormat.of().formatHex(mth(hashes));
    }

    private static byte[] mth(List<byte[]> hashes) {
        if (hashes.isEmpty()) {
            return sha256();
        }
        if (hashes.size() == 1) {
            return hashes.get(0);
        }
        int k = 1;
        while (2 * k < hashes.size()) {
            k *= 2;
        }
        return sha256(new byte[] {1}, mth(hashes.subList(0, k)), mth(hashes.subList(k, hashes.size())));
    }

    private String leafText(String entryId, String recordedAt, String action, String payload) {
        return String.join("\t", "cogov-audit-leaf/1", entryId, recordedAt,
                "5d1c2a3b-0000-4000-8000-00000000000a", "", action, "DONE", "organization", "org-42",
                HexFormat.of().formatHex(sha256(payload.getBytes(StandardCharsets.UTF_8))));
    }

    private SampleLog copy() {
        SampleLog copy = new SampleLog();
        copy.leaves.addAll(leaves);
        copy.payloads.addAll(payloads);
        return copy;
    }

    static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            Arrays.stream(parts).forEach(digest::update);
            return digest.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An Ed25519 key pair that signs heads, as the application holds it. */
    static final class Signer {

        private final KeyPair pair;

        private Signer(KeyPair pair) {
            this.pair = pair;
        }

        static Signer generate() {
            try {
                return new Signer(KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        String id() {
            return HexFormat.of().formatHex(sha256(pair.getPublic().getEncoded())).substring(0, 16);
        }

        String keyLine() {
            return "key " + id() + " ed25519 " + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
        }

        byte[] sign(byte[] message) {
            try {
                Signature signature = Signature.getInstance("Ed25519");
                signature.initSign(pair.getPrivate());
                signature.update(message);
                return signature.sign();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
