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

    /**
     * Told of every read of a document's bytes, by its owner or by a grantee, inside the reading
     * transaction: a module that must know who obtained its documents records it here.
     */
    default void opened(Actor actor, Document document) {
    }

    /**
     * Whether the list of a document's readers must stay hidden even from its owner, as who obtained a
     * procedure's documents must until the opening.
     */
    default boolean hidesReaders(Document document) {
        return false;
    }
}
