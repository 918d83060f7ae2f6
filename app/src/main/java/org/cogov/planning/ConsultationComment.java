package org.cogov.planning;

import java.time.Instant;

import org.cogov.registry.OrganizationId;
import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/**
 * A provider's comment on a needs consultation, and the department's public answer once given. The
 * commenting organization is known to the department, the finance bureau and the auditors, never to the
 * public: a provider should not be seen to lobby, nor be singled out for what it said.
 */
@Domain
public record ConsultationComment(CommentId id, ConsultationId consultation, OrganizationId organization, String body,
        Instant commentedAt, @Nullable String answer, @Nullable Instant answeredAt, int version) {

    public boolean answered() {
        return answer != null;
    }
}
