package org.cogov.procurement;

import java.time.Clock;
import java.util.List;

import org.cogov.shared.Actor;
import org.cogov.shared.document.Document;
import org.cogov.shared.document.DocumentAccess;
import org.springframework.stereotype.Component;

/**
 * A procedure's documents are read by whoever may read the procedure — the purchaser sees what its
 * agency uploaded, the finance bureau and the auditor see every procedure's — and, once it is
 * published, by every registered provider. A provider's read is recorded as obtaining the documents,
 * so that the platform can tell it of clarifications and of the procedure's end; who did is hidden,
 * from the purchaser too.
 */
@Component
class ProcedureDocumentAccess implements DocumentAccess {

    private final Procedures procedures;
    private final EnquiryRecords records;
    private final Clock clock;

    ProcedureDocumentAccess(Procedures procedures, EnquiryRecords records, Clock clock) {
        this.procedures = procedures;
        this.records = records;
        this.clock = clock;
    }

    @Override
    public boolean grants(Actor actor, Document document) {
        return holding(document).stream().anyMatch(p -> runsOrOversees(actor, p) || obtains(actor, p));
    }

    @Override
    public void opened(Actor actor, Document document) {
        holding(document).stream().filter(p -> obtains(actor, p) && !runsOrOversees(actor, p))
                .forEach(p -> records.logDownload(p.id(), document.id().value(), actor, clock.instant()));
    }

    @Override
    public boolean hidesReaders(Document document) {
        return !holding(document).isEmpty();
    }

    private List<Procedure> holding(Document document) {
        return procedures.holding(document.id()).stream().flatMap(id -> procedures.find(id).stream()).toList();
    }

    private static boolean runsOrOversees(Actor actor, Procedure procedure) {
        return actor.can("procurement:procedure:read")
                && (actor.can("procurement:procedure:read-all") || procedure.isRunBy(actor.organizationId()));
    }

    private static boolean obtains(Actor actor, Procedure procedure) {
        return actor.can("procurement:document:obtain") && procedure.publishedAt() != null;
    }
}
