package org.cogov.contracting.drafting;

import java.util.UUID;

import org.cogov.contracting.SignerCertificates;
import org.springframework.stereotype.Component;

/**
 * The platform's answer while no certificate authority is configured: the key was self-enrolled, with no certificate. A
 * deployment that trusts a CA declares its own {@link SignerCertificates} as {@code @Primary}.
 */
@Component
class SelfEnrolledCertificates implements SignerCertificates {

    static final String ANSWER = "self-enrolled; no certificate";

    @Override
    public String answerFor(UUID userId, UUID organizationId, UUID keyId, String algorithm, String publicKey) {
        return ANSWER;
    }
}
