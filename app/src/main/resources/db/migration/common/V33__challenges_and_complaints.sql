-- Challenges (质疑) of participating suppliers to the purchaser, complaints (投诉) to the finance bureau, and the
-- bureau's suspensions of a procedure (RULES.md "After evaluation"). The windows are set when each is received, from
-- the calendar and the rule table then in force, and kept, so that a calendar loaded later never moves them. Every
-- answer, decision and end of a suspension is a compare-and-set on the row's version and status.

-- statement: the challenger's own words, read only by its organization, the procedure's runners, the finance bureau
-- and auditors; the other affected suppliers read the reply and the subject (kind, lot), never the statement.
CREATE TABLE procurement_challenge (
    id              UUID                     NOT NULL PRIMARY KEY,
    procedure_id    UUID                     NOT NULL REFERENCES procurement_procedure (id),
    organization_id UUID                     NOT NULL REFERENCES organization (id),
    lodged_by       UUID                     NOT NULL REFERENCES app_user (id),
    lodged_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    kind            VARCHAR(10)              NOT NULL CHECK (kind IN ('DOCUMENTS', 'PROCESS', 'RESULT')),
    lot             INT,
    statement       VARCHAR(8000)            NOT NULL,
    counted_from    DATE                     NOT NULL,
    window_ends     TIMESTAMP WITH TIME ZONE NOT NULL,
    reply_due       TIMESTAMP WITH TIME ZONE NOT NULL,
    status          VARCHAR(10)              NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'UPHELD', 'DISMISSED')),
    reply           VARCHAR(8000),
    remedy          VARCHAR(20)              CHECK (remedy IN ('RE_EVALUATE', 'NEXT_CANDIDATE', 'FAIL_LOT')),
    answered_by     UUID                     REFERENCES app_user (id),
    answered_at     TIMESTAMP WITH TIME ZONE,
    answered_late   BOOLEAN,
    version         INT                      NOT NULL DEFAULT 0,
    CHECK ((status = 'PENDING') = (answered_at IS NULL)),
    CHECK (status = 'PENDING' OR (reply IS NOT NULL AND answered_by IS NOT NULL AND answered_late IS NOT NULL)),
    CHECK (remedy IS NULL OR (status = 'UPHELD' AND lot IS NOT NULL))
);
CREATE INDEX procurement_challenge_by_procedure ON procurement_challenge (procedure_id, lodged_at);
CREATE INDEX procurement_challenge_by_organization ON procurement_challenge (organization_id, lodged_at);

-- One complaint per challenge, by the challenger's organization; decided by the finance bureau with a published notice.
CREATE TABLE procurement_complaint (
    id              UUID                     NOT NULL PRIMARY KEY,
    challenge_id    UUID                     NOT NULL UNIQUE REFERENCES procurement_challenge (id),
    procedure_id    UUID                     NOT NULL REFERENCES procurement_procedure (id),
    organization_id UUID                     NOT NULL REFERENCES organization (id),
    lodged_by       UUID                     NOT NULL REFERENCES app_user (id),
    lodged_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    statement       VARCHAR(8000)            NOT NULL,
    decision_due    TIMESTAMP WITH TIME ZONE NOT NULL,
    status          VARCHAR(10)              NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'UPHELD', 'DISMISSED')),
    lot             INT,
    remedy          VARCHAR(20)              CHECK (remedy IN ('RE_EVALUATE', 'NEXT_CANDIDATE', 'FAIL_LOT')),
    reason          VARCHAR(4000),
    decided_by      UUID                     REFERENCES app_user (id),
    decided_at      TIMESTAMP WITH TIME ZONE,
    decided_late    BOOLEAN,
    notice_id       UUID                     REFERENCES procurement_notice (id),
    version         INT                      NOT NULL DEFAULT 0,
    CHECK ((status = 'PENDING') = (decided_at IS NULL)),
    CHECK (status = 'PENDING' OR (reason IS NOT NULL AND decided_by IS NOT NULL AND notice_id IS NOT NULL)),
    CHECK ((status = 'UPHELD') = (remedy IS NOT NULL)),
    CHECK (remedy IS NULL OR lot IS NOT NULL)
);
CREATE INDEX procurement_complaint_by_status ON procurement_complaint (status, lodged_at);
CREATE INDEX procurement_complaint_by_organization ON procurement_complaint (organization_id, lodged_at);

-- A suspension of a procedure on a complaint: from the state it resumes to, until the latest end the law allows. It
-- ends once: lifted by the bureau, expired at its limit, or with the complaint's decision.
CREATE TABLE procurement_suspension (
    id           UUID                     NOT NULL PRIMARY KEY,
    procedure_id UUID                     NOT NULL REFERENCES procurement_procedure (id),
    complaint_id UUID                     NOT NULL REFERENCES procurement_complaint (id),
    from_state   VARCHAR(20)              NOT NULL,
    reason       VARCHAR(2000)            NOT NULL,
    suspended_by UUID                     NOT NULL REFERENCES app_user (id),
    suspended_at TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_by      TIMESTAMP WITH TIME ZONE NOT NULL,
    ending       VARCHAR(10)              CHECK (ending IN ('LIFTED', 'EXPIRED', 'DECIDED')),
    ended_by     UUID                     REFERENCES app_user (id),
    ended_at     TIMESTAMP WITH TIME ZONE,
    end_reason   VARCHAR(2000),
    CHECK ((ending IS NULL) = (ended_at IS NULL))
);
CREATE INDEX procurement_suspension_by_procedure ON procurement_suspension (procedure_id, suspended_at);
CREATE INDEX procurement_suspension_by_end ON procurement_suspension (ended_at, ends_by);

INSERT INTO role_permission (role, permission) VALUES
    ('PROVIDER', 'procurement:challenge:lodge'),
    ('PURCHASER', 'procurement:challenge:answer'),
    ('AGENT', 'procurement:challenge:answer'),
    ('FINANCE', 'procurement:challenge:read'),
    ('AUDITOR', 'procurement:challenge:read'),
    ('PROVIDER', 'procurement:complaint:lodge'),
    ('FINANCE', 'procurement:complaint:decide');
