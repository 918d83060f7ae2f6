package org.cogov.contracting;

import java.util.Optional;

/**
 * Where the last performance grade of a contract comes from: the performance module, which evaluates contracts, answers
 * it; until a contract is evaluated there is none, and a renewal waits for it.
 */
public interface PerformanceGrades {

    Optional<Grade> lastGrade(ContractId contract);
}
