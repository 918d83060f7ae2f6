-- The opening of sealed bids (开标). A custodian presents its share in its own request: the share, opened
-- with its passphrase and checked against its commitment, is kept under the platform's bid key only until
-- the k-th arrives; in that request the key is rebuilt, checked and used, and every kept share is wiped
-- (the row stays, as the record of who presented when).
CREATE TABLE opening_presentation (
    procedure_id UUID                     NOT NULL REFERENCES procurement_procedure (id),
    share_index  INTEGER                  NOT NULL,
    custodian_id UUID                     NOT NULL REFERENCES app_user (id),
    presented_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sealed_share VARCHAR(400),
    PRIMARY KEY (procedure_id, share_index)
);

-- A lot at the opening: opened, or failed with too few bids standing at the deadline (its bids stay sealed).
CREATE TABLE lot_opening (
    procedure_id UUID                     NOT NULL,
    lot_number   INTEGER                  NOT NULL,
    outcome      VARCHAR(10)              NOT NULL CHECK (outcome IN ('OPENED', 'FAILED')),
    standing     INTEGER                  NOT NULL,
    needed       INTEGER                  NOT NULL,
    reason       VARCHAR(80),
    decided_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (procedure_id, lot_number),
    FOREIGN KEY (procedure_id, lot_number) REFERENCES procedure_lot (procedure_id, lot_number)
);

-- The bid that counted for a bidder on an opened lot: opened, with the price it was sealed with; revoked
-- (撤销, the bidder's fault: sealed on its machine and failing to open, or holding a forbidden type); or
-- withdrawn (撤回, anyone else's fault). Earlier versions and withdrawals are never opened.
CREATE TABLE opened_bid (
    sealed_bid_id UUID                     NOT NULL PRIMARY KEY REFERENCES sealed_bid (id),
    procedure_id  UUID                     NOT NULL,
    lot_number    INTEGER                  NOT NULL,
    bidder_id     UUID                     NOT NULL REFERENCES organization (id),
    version       INTEGER                  NOT NULL,
    received_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    sealed_by     VARCHAR(10)              NOT NULL,
    envelope_sha256 CHAR(64)               NOT NULL,
    outcome       VARCHAR(10)              NOT NULL CHECK (outcome IN ('OPENED', 'REVOKED', 'WITHDRAWN')),
    reason        VARCHAR(80),
    price         NUMERIC(18, 2),
    currency      CHAR(3),
    proposal      VARCHAR(20000),
    CHECK ((outcome = 'OPENED') = (price IS NOT NULL)),
    FOREIGN KEY (procedure_id, lot_number) REFERENCES lot_opening (procedure_id, lot_number)
);
CREATE INDEX opened_bid_by_lot ON opened_bid (procedure_id, lot_number);

CREATE TABLE opened_attachment (
    sealed_bid_id UUID    NOT NULL REFERENCES opened_bid (sealed_bid_id),
    position      INTEGER NOT NULL,
    document_id   UUID    NOT NULL REFERENCES document (id),
    PRIMARY KEY (sealed_bid_id, position)
);

INSERT INTO role_permission (role, permission) VALUES
    ('PURCHASER', 'procurement:opening:present'),
    ('FINANCE', 'procurement:opening:present'),
    ('REGISTRAR', 'procurement:opening:present'),
    ('AUDITOR', 'procurement:opening:present');

-- An opening window that ended with fewer than k shares presented: the opening moved to a later window
-- (at most a setting's number of times), the shares presented in the ended window forgotten.
CREATE TABLE opening_postponement (
    procedure_id     UUID                     NOT NULL REFERENCES procurement_procedure (id),
    number           INTEGER                  NOT NULL,
    presented        INTEGER                  NOT NULL,
    window_from      TIMESTAMP WITH TIME ZONE,
    window_until     TIMESTAMP WITH TIME ZONE NOT NULL,
    new_from         TIMESTAMP WITH TIME ZONE,
    new_until        TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (procedure_id, number)
);

-- A bidder's objection to the opening record (对开标记录的异议), raised on the record during the opening
-- session, and the purchaser's answer, also on the record: both published with it.
CREATE TABLE opening_objection (
    id           UUID                     NOT NULL PRIMARY KEY,
    procedure_id UUID                     NOT NULL,
    lot_number   INTEGER                  NOT NULL,
    bidder_id    UUID                     NOT NULL REFERENCES organization (id),
    raised_by    UUID                     NOT NULL REFERENCES app_user (id),
    text         VARCHAR(2000)            NOT NULL,
    raised_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    answer       VARCHAR(2000),
    answered_by  UUID REFERENCES app_user (id),
    answered_at  TIMESTAMP WITH TIME ZONE,
    FOREIGN KEY (procedure_id, lot_number) REFERENCES lot_opening (procedure_id, lot_number),
    CHECK ((answer IS NULL) = (answered_at IS NULL))
);
CREATE INDEX opening_objection_by_procedure ON opening_objection (procedure_id, raised_at);

INSERT INTO role_permission (role, permission) VALUES
    ('PROVIDER', 'procurement:opening:object'),
    ('PURCHASER', 'procurement:opening:answer'),
    ('AGENT', 'procurement:opening:answer');
