package org.cogov.contracting.implementation;

import java.util.List;
import java.util.UUID;

import org.cogov.contracting.ContractId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which contracts a document was delivered under, for the modules that grant reading a deliverable to those they assign
 * to a contract — the third-party evaluator above all. It reads records only, so that a document grant may depend on it.
 */
@Component
public class Deliverables {

    private final ImplementationRecords records;

    Deliverables(ImplementationRecords records) {
        this.records = records;
    }

    @Transactional(readOnly = true)
    public List<ContractId> contractsDelivering(UUID document) {
        return records.contractsDelivering(document).stream().map(ContractId::new).toList();
    }
}
