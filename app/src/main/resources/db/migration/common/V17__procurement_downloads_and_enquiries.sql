-- Who obtained a published procedure's documents: kept so that the platform can tell them of every
-- clarification, amendment or end of the procedure, and shown to nobody before the opening.
CREATE TABLE procurement_download (
    id              UUID                     NOT NULL PRIMARY KEY,
    procedure_id    UUID                     NOT NULL REFERENCES procurement_procedure (id),
    document_id     UUID                     NOT NULL REFERENCES document (id),
    organization_id UUID                     NOT NULL REFERENCES organization (id),
    user_id         UUID                     NOT NULL REFERENCES app_user (id),
    downloaded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX procurement_download_by_procedure ON procurement_download (procedure_id, organization_id);
