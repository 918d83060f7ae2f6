package org.cogov.procurement.experts;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.cogov.procurement.ProcedureId;
import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/**
 * A panel (评标委员会, 谈判小组, 磋商小组) that evaluates one lot of a procedure, or every lot ({@code lot} null): its
 * seats, the seed of its draw, and its members past and present, in the order they joined.
 */
@Domain
public record Panel(UUID id, ProcedureId procedure, @Nullable Integer lot, String seed, int seats, List<PanelMember> members) {

    public Panel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(procedure, "procedure");
        members = List.copyOf(members);
    }

    /** Whether it evaluates every lot of its procedure. */
    public boolean wholeProcedure() {
        return lot == null;
    }

    /** Whether it evaluates the lot. */
    public boolean evaluates(int lotNumber) {
        return lot == null || lot == lotNumber;
    }

    /** The members who declared no conflict and hold their seat. */
    public List<PanelMember> seated() {
        return members.stream().filter(m -> m.status() == PanelMember.Status.SEATED).toList();
    }

    /** Every seat held by a member who declared no conflict: the panel may see the bids. */
    public boolean complete() {
        return seated().size() == seats;
    }

    /** Whether the user holds a seat, declared. */
    public boolean seated(UUID user) {
        return seated().stream().anyMatch(m -> m.user().equals(user));
    }
}
