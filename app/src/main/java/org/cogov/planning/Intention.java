package org.cogov.planning;

import java.time.Instant;
import java.time.YearMonth;

import org.cogov.registry.OrganizationId;
import org.cogov.shared.Domain;
import org.cogov.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * A procurement intention (采购意向): a department's notice that it means to buy a catalogue item around
 * a month, published in principle at least 30 days before the procedure starts (财库〔2020〕10号), so
 * that providers can prepare. A draft is the department's alone; once published it never changes, and a
 * withdrawn intention stays visible as withdrawn, so that the record of what was announced is whole.
 */
@Domain
public record Intention(IntentionId id, OrganizationId department, String title, String catalogueCode,
        Money estimatedAmount, YearMonth expectedMonth, @Nullable String description, Status status, Instant createdAt,
        @Nullable Instant publishedAt, @Nullable Instant withdrawnAt, @Nullable String withdrawReason, int version) {

    public enum Status {
        /** Written, not yet published: the department may still revise it. */
        DRAFT,
        /** Published: the public reads it, and it no longer changes. */
        PUBLISHED,
        /** Withdrawn with a reason, after publication or as a draft. */
        WITHDRAWN
    }

    /** Published once, whether still in force or withdrawn since: the public sees it. */
    public boolean wasPublished() {
        return publishedAt != null;
    }
}
