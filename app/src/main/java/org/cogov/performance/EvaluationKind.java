package org.cogov.performance;

/**
 * Who evaluates a contract's performance: the provider itself, the purchaser, or a third-party evaluator independent of
 * both. The third party's evaluation governs the result when one is assigned, else the purchaser's; the provider's is heard.
 */
public enum EvaluationKind {
    SELF, PURCHASER, THIRD_PARTY
}
