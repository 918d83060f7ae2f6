package org.cogov.shared;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An act worth an audit entry. Every module publishes its auditable events as implementations of
 * this contract, and the audit module listens for it alone, so that it needs to know no business
 * module. The payload is readable detail; the entry itself keeps only ids and the payload's hash.
 */
@Domain
public interface Auditable {

    /** The user who acted, or {@code null} for the platform itself or an anonymous caller. */
    @Nullable UUID actorId();

    /** The organization the actor acted for. */
    @Nullable UUID organizationId();

    /** What happened, as {@code module.object.verb}, e.g. {@code identity.user.updated}. */
    String action();

    @Nullable String objectType();

    @Nullable String objectId();

    Map<String, String> payload();

    /**
     * The entry's id when the act needs to name its entry before it is written — a bid's receipt
     * names the entry that proves its time; otherwise {@code null}, and the log picks one.
     */
    default @Nullable UUID presetEntryId() {
        return null;
    }

    /** A refused attempt is recorded in its own transaction: the refused request rolls back. */
    default boolean refused() {
        return false;
    }
}
