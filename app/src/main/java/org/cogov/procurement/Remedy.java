package org.cogov.procurement;

/**
 * What an upheld challenge or complaint does to a lot before its contract is signed (RULES.md "After
 * evaluation"): the panel evaluates it again, the next candidate of the ranking takes the award, or the
 * lot fails and is procured again.
 */
public enum Remedy { RE_EVALUATE, NEXT_CANDIDATE, FAIL_LOT }
