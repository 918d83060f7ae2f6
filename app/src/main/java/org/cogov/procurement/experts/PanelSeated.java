package org.cogov.procurement.experts;

import java.util.Map;
import java.util.UUID;

import org.cogov.procurement.ProcedureId;
import org.cogov.shared.Auditable;
import org.jspecify.annotations.Nullable;

/**
 * The last seat of a panel was filled by a member who declared no conflict: the panel may evaluate its lot, or
 * every lot of the procedure ({@code lot} null). Published again if a seat falls vacant and is filled anew.
 */
public record PanelSeated(UUID actorId, UUID organizationId, UUID panel, ProcedureId procedure, @Nullable Integer lot)
        implements Auditable {

    @Override
    public String action() {
        return "procurement.panel.seated";
    }

    @Override
    public String objectType() {
        return "panel";
    }

    @Override
    public String objectId() {
        return panel.toString();
    }

    @Override
    public Map<String, String> payload() {
        return Map.of("procedure", procedure.value().toString(), "lot", lot == null ? "all" : lot.toString());
    }
}
