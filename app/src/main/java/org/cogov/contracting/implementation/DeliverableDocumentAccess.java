package org.cogov.contracting.implementation;

import java.util.UUID;

import org.cogov.contracting.Contract;
import org.cogov.contracting.drafting.ContractDrafts;
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
    private final ContractDrafts drafts;

    DeliverableDocumentAccess(ImplementationRecords records, ContractDrafts drafts) {
        this.records = records;
        this.drafts = drafts;
    }

    @Override
    public boolean grants(Actor actor, Document document) {
        for (UUID id : records.contractsDelivering(document.id().value())) {
            Contract contract = drafts.contract(id);
            if (actor.can("contracting:contract:supervise")
                    || actor.can("contracting:contract:read") && contract.purchaser().organizationId().equals(actor.organizationId())) {
                return true;
            }
        }
        return false;
    }
}
