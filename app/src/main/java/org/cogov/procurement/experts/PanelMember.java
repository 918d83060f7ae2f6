package org.cogov.procurement.experts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/**
 * A member of a panel, or one who was: a drawn expert or a representative the purchaser named. A member declares
 * no conflict before seeing any bid (SEATED, when), or declines — for a conflict or any other reason — and is
 * replaced (DECLINED); one who does not answer may be replaced by the purchaser (REPLACED).
 */
@Domain
public record PanelMember(UUID user, String name, Kind kind, Status status, @Nullable Instant declaredAt) {

    public enum Kind { EXPERT, REPRESENTATIVE }

    public enum Status { DRAWN, SEATED, DECLINED, REPLACED }

    public PanelMember {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
    }

    /** Holds a seat: drawn and not yet declared, or seated. */
    public boolean holdsSeat() {
        return status == Status.DRAWN || status == Status.SEATED;
    }
}
