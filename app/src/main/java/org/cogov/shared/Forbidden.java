package org.cogov.shared;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * An attempt on an object that is not the caller's: another organization's record, a record the
 * caller holds no assignment for. Answered 403 and recorded as a refused audit entry.
 */
public class Forbidden extends AccessDeniedException {

    private final String action;
    private final @Nullable String objectType;
    private final @Nullable String objectId;

    public Forbidden(String action, @Nullable String objectType, @Nullable Object objectId) {
        super(action + " refused on " + objectType + " " + objectId);
        this.action = action;
        this.objectType = objectType;
        this.objectId = objectId == null ? null : objectId.toString();
    }

    public String action() {
        return action;
    }

    public @Nullable String objectType() {
        return objectType;
    }

    public @Nullable String objectId() {
        return objectId;
    }
}
