package org.cogov.shared.document;

import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;

/** A download, in the reader's organization: the document may belong to another one. */
record DocumentDownloaded(Document document, UUID actorId, UUID organizationId) implements Auditable {

    @Override
    public String action() {
        return "shared.document.downloaded";
    }

    @Override
    public String objectType() {
        return "document";
    }

    @Override
    public String objectId() {
        return document.id().toString();
    }

    @Override
    public Map<String, String> payload() {
        return Map.of("sha256", document.sha256(), "owner", document.organizationId().toString());
    }
}
