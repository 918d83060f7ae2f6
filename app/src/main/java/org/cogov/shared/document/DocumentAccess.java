package org.cogov.shared.document;

import org.cogov.shared.Actor;

/**
 * Lets a module that assigns people to work grant them documents of another organization: the
 * tender documents of a published procedure to a provider, a contract's deliverables to its
 * evaluator. Implemented as a bean by that module; consulted only when the actor's organization does
 * not own the document, and one grant suffices.
 */
public interface DocumentAccess {

    boolean grants(Actor actor, Document document);
}
