package org.cogov.procurement;

import org.cogov.shared.Actor;
import org.cogov.shared.document.Document;
import org.cogov.shared.document.DocumentAccess;
import org.springframework.stereotype.Component;

/**
 * A procedure's documents are read by whoever may read the procedure: the purchaser sees what its
 * agency uploaded, the finance bureau and the auditor see every procedure's.
 */
@Component
class ProcedureDocumentAccess implements DocumentAccess {

    private final Procedures procedures;

    ProcedureDocumentAccess(Procedures procedures) {
        this.procedures = procedures;
    }

    @Override
    public boolean grants(Actor actor, Document document) {
        if (!actor.can("procurement:procedure:read")) {
            return false;
        }
        return procedures.holding(document.id()).stream().flatMap(id -> procedures.find(id).stream())
                .anyMatch(p -> actor.can("procurement:procedure:read-all") || p.isRunBy(actor.organizationId()));
    }
}
