package org.cogov.contracting;

import java.util.UUID;

/**
 * The seam for certificate authorities (ARCHITECTURE.md "Keys"): what stands behind a signer key. The platform's own
 * answer is that the key was self-enrolled and has no certificate; a deployment that trusts a CA supplies a bean of its
 * own answering with the certificate (its issuer, serial and subject, or the certificate itself). Whatever it answers is
 * recorded with each signature, so that a signature keeps the answer given when it was made.
 */
public interface SignerCertificates {

    /** The answer recorded with a signature made with this key: never empty, at most {@value #ANSWER_MAX} characters. */
    String answerFor(UUID userId, UUID organizationId, UUID keyId, String algorithm, String publicKey);

    int ANSWER_MAX = 2000;
}
