package org.cogov.contracting;

import java.time.Instant;
import java.util.UUID;

import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/**
 * What the provider reports on the way, on the contract or on one milestone.
 *
 * @param percentDone how far the provider says the work is, when it says
 */
@Domain
public record ProgressReport(UUID id, @Nullable Integer ordinal, Instant reportedAt, UUID reportedBy, String report,
        @Nullable Integer percentDone) {

    public static final int REPORT_MAX = 4000;
}
