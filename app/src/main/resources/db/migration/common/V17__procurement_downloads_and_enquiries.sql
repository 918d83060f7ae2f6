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

-- A clarification that may affect the bids must come this long before the deadline, else the deadline
-- moves (RULES.md "Procurement methods").
INSERT INTO procurement_rule (id, rule, method, region, effective_from, quantity, unit, legal_basis_zh, legal_basis_en) VALUES
    (21, 'CLARIFICATION_LEAD', 'PUBLIC_TENDER', NULL, DATE '2017-10-01', 15, 'DAYS',
        '财政部令第87号第二十七条', 'MoF Order No. 87 Art. 27'),
    (22, 'CLARIFICATION_LEAD', 'INVITATIONAL_TENDER', NULL, DATE '2017-10-01', 15, 'DAYS',
        '财政部令第87号第二十七条', 'MoF Order No. 87 Art. 27'),
    (23, 'CLARIFICATION_LEAD', 'COMPETITIVE_NEGOTIATION', NULL, DATE '2014-02-01', 3, 'WORKING_DAYS',
        '财政部令第74号第二十九条', 'MoF Order No. 74 Art. 29'),
    (24, 'CLARIFICATION_LEAD', 'COMPETITIVE_CONSULTATION', NULL, DATE '2015-01-01', 5, 'DAYS',
        '财库〔2014〕214号第十条', 'Circular Caiku [2014] No. 214 Art. 10');

-- A provider's question on a tendering procedure. The asker is kept for the reply and for the record,
-- and shown to nobody: the purchaser answers the question, publicly, not the asker.
CREATE TABLE procurement_enquiry (
    id                    UUID                     NOT NULL PRIMARY KEY,
    procedure_id          UUID                     NOT NULL REFERENCES procurement_procedure (id),
    asked_by              UUID                     NOT NULL REFERENCES app_user (id),
    asker_organization_id UUID                     NOT NULL REFERENCES organization (id),
    question              VARCHAR(2000)            NOT NULL,
    asked_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    published_question    VARCHAR(2000),
    answer                VARCHAR(4000),
    answered_by           UUID REFERENCES app_user (id),
    answered_at           TIMESTAMP WITH TIME ZONE,
    notice_id             UUID REFERENCES procurement_notice (id),
    CHECK ((answer IS NULL) = (answered_at IS NULL)),
    CHECK ((answer IS NULL) = (notice_id IS NULL))
);
CREATE INDEX procurement_enquiry_by_procedure ON procurement_enquiry (procedure_id, asked_at);

INSERT INTO role_permission (role, permission) VALUES
    ('PROVIDER', 'procurement:document:obtain'),
    ('PROVIDER', 'procurement:enquiry:ask'),
    ('PURCHASER', 'procurement:enquiry:answer'),
    ('AGENT', 'procurement:enquiry:answer'),
    ('PURCHASER', 'procurement:procedure:amend'),
    ('AGENT', 'procurement:procedure:amend'),
    ('AUDITOR', 'procurement:download:read');
