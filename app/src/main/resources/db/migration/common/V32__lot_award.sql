-- A lot's award (中标/成交): the candidates each evaluation round ranked, with their prices; the purchaser's
-- confirmation in ranking order by its last day (silence = the first candidate still standing); the decisions
-- with their result notice and award letter, and what upheld challenges and complaints did to them.
CREATE TABLE lot_award (
    procedure_id UUID                     NOT NULL REFERENCES procurement_procedure (id),
    lot_number   INT                      NOT NULL,
    status       VARCHAR(20)              NOT NULL CHECK (status IN ('AWAITING', 'AWARDED', 'REEVALUATING', 'FAILED')),
    round_number INT                      NOT NULL CHECK (round_number >= 1),
    -- The evaluation report reached the purchaser when the lot's evaluation completed, on the platform.
    report_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    confirm_by   DATE                     NOT NULL,
    version      INT                      NOT NULL DEFAULT 0,
    PRIMARY KEY (procedure_id, lot_number)
);
CREATE INDEX lot_award_awaiting ON lot_award (status, confirm_by);

CREATE TABLE award_candidate (
    procedure_id  UUID                     NOT NULL,
    lot_number    INT                      NOT NULL,
    round_number  INT                      NOT NULL,
    candidate_rank INT                     NOT NULL CHECK (candidate_rank >= 1),
    bidder_id     UUID                     NOT NULL REFERENCES organization (id),
    price         NUMERIC(18, 2)           NOT NULL,
    total         NUMERIC(7, 2),
    -- Passed over by the purchaser (the candidate declined, or lost its eligibility) or by a remedy, with the reason.
    passed_reason VARCHAR(2000),
    passed_at     TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (procedure_id, lot_number, round_number, candidate_rank),
    FOREIGN KEY (procedure_id, lot_number) REFERENCES lot_award (procedure_id, lot_number)
);

CREATE TABLE award_decision (
    id               UUID                     NOT NULL PRIMARY KEY,
    procedure_id     UUID                     NOT NULL,
    lot_number       INT                      NOT NULL,
    round_number     INT                      NOT NULL,
    candidate_rank   INT                      NOT NULL,
    winner_id        UUID                     NOT NULL REFERENCES organization (id),
    price            NUMERIC(18, 2)           NOT NULL,
    by_silence       BOOLEAN                  NOT NULL,
    decided_by       UUID REFERENCES app_user (id),
    decided_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    result_notice_id UUID,
    display_until    DATE,
    letter_zh        VARCHAR(8000),
    letter_en        VARCHAR(8000),
    letter_sha256    VARCHAR(64),
    cancelled_at     TIMESTAMP WITH TIME ZONE,
    cancelled_by     UUID REFERENCES app_user (id),
    remedy           VARCHAR(20) CHECK (remedy IN ('RE_EVALUATE', 'NEXT_CANDIDATE', 'FAIL_LOT')),
    cancel_reason    VARCHAR(2000),
    FOREIGN KEY (procedure_id, lot_number) REFERENCES lot_award (procedure_id, lot_number)
);
CREATE INDEX award_decision_by_lot ON award_decision (procedure_id, lot_number, decided_at);

-- The purchaser decides its awards; the staff who run a procedure read its awards, the finance bureau and auditors
-- read every award; a bidder reads its own place and letter.
INSERT INTO role_permission (role, permission) VALUES
    ('PURCHASER', 'procurement:award:decide'),
    ('PURCHASER', 'procurement:award:read'),
    ('AGENT', 'procurement:award:read'),
    ('FINANCE', 'procurement:award:supervise'),
    ('AUDITOR', 'procurement:award:supervise'),
    ('PROVIDER', 'procurement:award:own');
