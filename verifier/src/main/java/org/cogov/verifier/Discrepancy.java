package org.cogov.verifier;

/** A leaf, payload, key or head that does not hold: the log is not what its signed heads say. */
final class Discrepancy extends Exception {

    Discrepancy(String finding) {
        super(finding);
    }
}
