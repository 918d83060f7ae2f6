package org.cogov.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.cogov.contracting.ContractEvent;
import org.cogov.contracting.Grade;

/**
 * A contract's performance evaluation concluded: its total out of 100 and its grade are published, the final payment is
 * settled as the contract says, and the grade enters the provider's track record — a 差 its credit record too.
 *
 * @param governing whose evaluation the result rests on
 * @param satisfactionScored whether the survey reached its minimum sample and counted
 */
public record PerformanceEvaluated(UUID actorId, UUID organizationId, UUID contractId, UUID procedureId, String reference, int lot,
        UUID purchaserId, UUID providerId, EvaluationKind governing, BigDecimal total, Grade grade, boolean satisfactionScored,
        LocalDate evaluatedOn) implements ContractEvent {

    @Override
    public String action() {
        return "performance.contract.evaluated";
    }

    @Override
    public Map<String, String> payload() {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("reference", reference);
        payload.put("lot", Integer.toString(lot));
        payload.put("governing", governing.name());
        payload.put("total", total.toPlainString());
        payload.put("grade", grade.name());
        payload.put("satisfactionScored", Boolean.toString(satisfactionScored));
        payload.put("evaluatedOn", evaluatedOn.toString());
        return payload;
    }
}
