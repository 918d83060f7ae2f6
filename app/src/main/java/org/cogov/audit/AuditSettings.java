package org.cogov.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit settings, {@code cogov.audit.*}: the Ed25519 key that signs tree heads (base64 PKCS#8 in
 * {@code signing-key}, or a file of it, PEM or DER, in {@code signing-key-file}), the public keys of
 * earlier signing keys (base64 X.509), the integrator's batch size, and {@code export}, a path: when
 * set, the application integrates, writes the export there and stops.
 */
@ConfigurationProperties("cogov.audit")
record AuditSettings(@Nullable String signingKey, @Nullable Path signingKeyFile,
        @DefaultValue List<String> previousPublicKeys, @DefaultValue("10000") int batchSize, @Nullable Path export) {

    SigningKey key() {
        if (signingKeyFile != null) {
            try {
                String text = Files.readString(signingKeyFile).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
                return SigningKey.fromPkcs8(text.isEmpty() ? Files.readAllBytes(signingKeyFile) : decode(text, signingKeyFile));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the audit signing key file " + signingKeyFile, e);
            }
        }
        if (signingKey == null || signingKey.isBlank()) {
            throw new IllegalStateException("no audit signing key: set cogov.audit.signing-key or cogov.audit.signing-key-file");
        }
        return SigningKey.fromPkcs8(Base64.getDecoder().decode(signingKey.strip()));
    }

    List<PublishedKey> previousKeys() {
        return previousPublicKeys.stream()
                .map(key -> PublishedKey.of(PublishedKey.ED25519, Base64.getDecoder().decode(key.strip())))
                .toList();
    }

    private static byte[] decode(String text, Path file) throws IOException {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return Files.readAllBytes(file);
        }
    }
}
