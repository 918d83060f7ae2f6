package org.cogov.catalogue;

import org.cogov.shared.Domain;

/** What a purchase buys. Only services may be bought here; the rest is negative-list item 3. */
@Domain
public enum SubjectKind {
    SERVICE,
    GOODS,
    WORKS,
    /** Works bundled with services: refused like works, or the bundle would hide a works contract. */
    MIXED_WORKS
}
