package org.cogov.performance.evaluation;

import java.util.List;
import java.util.UUID;

import org.cogov.contracting.ContractId;
import org.cogov.contracting.implementation.Deliverables;
import org.cogov.shared.Actor;
import org.cogov.shared.document.Document;
import org.cogov.shared.document.DocumentAccess;
import org.springframework.stereotype.Component;

/**
 * An evaluation's evidence and report are read by the contract's parties, its assigned evaluator, the finance bureau and
 * auditors; and the assigned evaluator reads the deliverables the provider submitted under the contract, which it judges.
 */
@Component
class EvaluationDocumentAccess implements DocumentAccess {

    private final PerformanceRecords records;
    private final Deliverables deliverables;

    EvaluationDocumentAccess(PerformanceRecords records, Deliverables deliverables) {
        this.records = records;
        this.deliverables = deliverables;
    }

    @Override
    public boolean grants(Actor actor, Document document) {
        UUID id = document.id().value();
        List<UUID> cited = records.contractsCiting(id);
        if (!cited.isEmpty()) {
            return actor.can("contracting:contract:supervise")
                    || cited.stream().anyMatch(contract -> records.partiesOf(contract).contains(actor.organizationId()));
        }
        return actor.can("performance:evaluation:third-party") && deliverables.contractsDelivering(id).stream().map(ContractId::value)
                .anyMatch(contract -> records.evaluator(contract).filter(actor.organizationId()::equals).isPresent());
    }
}
