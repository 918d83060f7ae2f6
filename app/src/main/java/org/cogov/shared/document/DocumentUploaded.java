package org.cogov.shared.document;

import java.util.Map;
import java.util.UUID;

import org.cogov.shared.Auditable;

record DocumentUploaded(Document document) implements Auditable {

    @Override
    public UUID actorId() {
        return document.uploadedBy();
    }

    @Override
    public UUID organizationId() {
        return document.organizationId();
    }

    @Override
    public String action() {
        return "shared.document.uploaded";
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
        return Map.of("sha256", document.sha256(), "filename", document.filename(), "mediaType", document.mediaType(),
                "size", Long.toString(document.size()), "purpose", document.purpose());
    }
}
