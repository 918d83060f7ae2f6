package org.cogov.contracting;

import java.time.Instant;
import java.util.UUID;

/**
 * One party's signature of a contract: who signed for which organization and when, with which key and algorithm, over
 * which hash of the contract document, and what the certificate seam answered for the key.
 *
 * @param algorithm the signature algorithm's id, {@code Ed25519} so far
 * @param documentHash the SHA-256 of the contract's canonical text, in hex, as signed
 * @param signature the signature over the hash (see {@link SignerKey#signedBytes}), in base64
 * @param certificate the certificate authority's answer for the key, or that it was self-enrolled
 * @param late whether it was made after the sign-by day
 */
public record ContractSignature(Party party, UUID signerId, UUID organizationId, Instant signedAt, String algorithm, UUID keyId,
        String documentHash, String signature, String certificate, boolean late) {

    /** Which side of the contract signed. */
    public enum Party {
        PURCHASER, PROVIDER
    }
}
