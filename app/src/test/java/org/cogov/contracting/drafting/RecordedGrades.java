package org.cogov.contracting.drafting;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.cogov.contracting.ContractId;
import org.cogov.contracting.Grade;
import org.cogov.contracting.PerformanceGrades;
import org.springframework.stereotype.Component;

/**
 * Grades the renewal tests give contracts directly, beside those the performance module concludes: renewal is a rule of
 * contracting, tested here on its own; the whole loop from an evaluation to a refused renewal is in PerformanceTests.
 */
@Component
class RecordedGrades implements PerformanceGrades {

    private static final Map<ContractId, Grade> GRADES = new ConcurrentHashMap<>();

    static void grade(ContractId contract, Grade grade) {
        GRADES.put(contract, grade);
    }

    @Override
    public Optional<Grade> lastGrade(ContractId contract) {
        return Optional.ofNullable(GRADES.get(contract));
    }
}
