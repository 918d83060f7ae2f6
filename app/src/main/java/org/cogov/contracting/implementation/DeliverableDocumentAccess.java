package org.cogov.contracting.implementation;

import java.util.List;
import java.util.UUID;

import org.cogov.shared.Actor;
import org.cogov.shared.document.Document;
import org.cogov.shared.document.DocumentAccess;
import org.springframework.stereotype.Component;

/**
 * A deliverable the provider submitted with a milestone is read, besides the provider that owns it, by the purchaser that
 * accepts it and by the finance bureau and auditors who supervise the contract.
 */
@Component
class DeliverableDocumentAccess implements DocumentAccess {

    private final ImplementationRecords records;

    DeliverableDocumentAccess(ImplementationRecords records) {
        this.records = records;
    }

    @Override
    public boolean grants(Actor actor, Document document) {
        List<UUID> purchasers = records.purchasersReceiving(document.id().value());
        if (purchasers.isEmpty()) {
            return false;
        }
        return actor.can("contracting:contract:supervise")
                || actor.can("contracting:contract:read") && purchasers.contains(actor.organizationId());
    }
}
