-- A procedure's end before award, and single-source objections.

-- A new procedure from the request of a failed one follows it (re-tender, or another method with the
-- finance bureau's approval). A suspended procedure remembers the state it resumes.
ALTER TABLE procurement_procedure ADD COLUMN follows_procedure_id UUID REFERENCES procurement_procedure (id);
ALTER TABLE procurement_procedure ADD COLUMN suspended_from VARCHAR(20);
CREATE INDEX procedure_by_predecessor ON procurement_procedure (follows_procedure_id);

-- How a procedure ended before award, once: cancelled by its runner with the runner's reason, or failed
-- as a rule says, with the message key of that rule. A procedure that was published has its notice.
CREATE TABLE procurement_ending (
    procedure_id UUID                     NOT NULL PRIMARY KEY REFERENCES procurement_procedure (id),
    outcome      VARCHAR(10)              NOT NULL CHECK (outcome IN ('CANCELLED', 'FAILED')),
    from_state   VARCHAR(20)              NOT NULL,
    reason       VARCHAR(2000)            NOT NULL,
    ended_by     UUID,
    ended_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    notice_id    UUID                     REFERENCES procurement_notice (id)
);

-- An objection to a single-source publicity (单一来源公示异议), lodged by a supplier within the period. The
-- objecting organization is kept for the finance bureau and the auditors, never published; the decision
-- is, with its notice.
CREATE TABLE procurement_objection (
    id              UUID                     NOT NULL PRIMARY KEY,
    procedure_id    UUID                     NOT NULL REFERENCES procurement_procedure (id),
    organization_id UUID                     NOT NULL REFERENCES organization (id),
    lodged_by       UUID                     NOT NULL,
    lodged_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    reasons         VARCHAR(4000)            NOT NULL,
    document_id     UUID                     REFERENCES document (id),
    status          VARCHAR(10)              NOT NULL DEFAULT 'PENDING'
                        CHECK (status IN ('PENDING', 'DISMISSED', 'UPHELD', 'MOOT')),
    decision_reason VARCHAR(2000),
    decided_by      UUID,
    decided_at      TIMESTAMP WITH TIME ZONE,
    notice_id       UUID                     REFERENCES procurement_notice (id),
    version         INT                      NOT NULL DEFAULT 0,
    CHECK (status IN ('PENDING', 'MOOT') OR (decision_reason IS NOT NULL AND decided_at IS NOT NULL))
);
CREATE INDEX procurement_objection_by_procedure ON procurement_objection (procedure_id, lodged_at);
CREATE INDEX procurement_objection_by_status ON procurement_objection (status, lodged_at);

INSERT INTO role_permission (role, permission) VALUES
    ('PURCHASER', 'procurement:procedure:cancel'),
    ('AGENT', 'procurement:procedure:cancel'),
    ('PROVIDER', 'procurement:objection:lodge'),
    ('FINANCE', 'procurement:objection:review');
