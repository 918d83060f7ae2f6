package org.cogov.procurement;

import org.cogov.shared.Actor;
import org.cogov.shared.document.Document;
import org.cogov.shared.document.DocumentAccess;
import org.springframework.stereotype.Component;

/**
 * A document attached to an objection is read by the finance bureau, which decides the objection, besides
 * the objecting organization that owns it; not by the purchaser, since it may name the objector.
 */
@Component
class ObjectionDocumentAccess implements DocumentAccess {

    private final StoredObjections objections;

    ObjectionDocumentAccess(StoredObjections objections) {
        this.objections = objections;
    }

    @Override
    public boolean grants(Actor actor, Document document) {
        return actor.can("procurement:objection:review") && objections.attached(document.id());
    }
}
