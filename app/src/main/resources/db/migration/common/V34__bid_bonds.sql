-- Bid bonds (投标保证金, GPL IR Art. 33): the amount a lot's documents require of each bidder (none: waived, the
-- default), and each bond the purchaser or its agency received, until it is refunded or forfeited.
ALTER TABLE procedure_lot ADD COLUMN bid_bond NUMERIC(18, 2) CHECK (bid_bond IS NULL OR bid_bond > 0);

-- One bond per bidder and lot. HELD until a fact decides it: FORFEITED when the bidder's bid was revoked at the
-- opening (its fault); REFUND_DUE, by refund_due, once the lot is awarded to another, its contract signed, the
-- bid withdrawn, the lot or procedure failed or cancelled; REFUNDED when the staff record the refund (late when
-- after refund_due). refund_due stays empty when the calendar of its year is not loaded yet: it is worked out on
-- reading, from refund_from.
CREATE TABLE bid_bond (
    id                UUID                     PRIMARY KEY,
    procedure_id      UUID                     NOT NULL,
    lot_number        INT                      NOT NULL,
    bidder_id         UUID                     NOT NULL REFERENCES organization (id),
    amount            NUMERIC(18, 2)           NOT NULL CHECK (amount > 0),
    received_on       DATE                     NOT NULL,
    form              VARCHAR(20)              NOT NULL CHECK (form IN ('BANK_TRANSFER', 'GUARANTEE_LETTER', 'OTHER')),
    payment_reference VARCHAR(200)             NOT NULL,
    recorded_by       UUID                     NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    state             VARCHAR(20)              NOT NULL CHECK (state IN ('HELD', 'REFUND_DUE', 'REFUNDED', 'FORFEITED')),
    refund_ground     VARCHAR(30) CHECK (refund_ground IN ('AWARDED_TO_ANOTHER', 'CONTRACT_SIGNED', 'WITHDRAWN',
                                                           'NO_BID_OPENED', 'LOT_FAILED', 'PROCEDURE_FAILED',
                                                           'PROCEDURE_CANCELLED')),
    refund_from       DATE,
    refund_due        DATE,
    refunded_on       DATE,
    refund_reference  VARCHAR(200),
    refunded_late     BOOLEAN,
    refunded_by       UUID,
    forfeited_at      TIMESTAMP WITH TIME ZONE,
    version           INT                      NOT NULL DEFAULT 0,
    UNIQUE (procedure_id, lot_number, bidder_id),
    FOREIGN KEY (procedure_id, lot_number) REFERENCES procedure_lot (procedure_id, lot_number),
    CHECK ((state IN ('REFUND_DUE', 'REFUNDED')) = (refund_ground IS NOT NULL AND refund_from IS NOT NULL)),
    CHECK ((state = 'REFUNDED') = (refunded_on IS NOT NULL AND refund_reference IS NOT NULL)),
    CHECK ((state = 'FORFEITED') = (forfeited_at IS NOT NULL))
);
CREATE INDEX bid_bond_due ON bid_bond (state, refund_due);

-- The purchaser's staff and its agency record bonds and refunds; they, the finance bureau and auditors read the
-- ledger (the last two every one); a provider reads its own bonds and asks for one back after withdrawing its bid.
INSERT INTO role_permission (role, permission) VALUES
    ('PURCHASER', 'procurement:bond:record'),
    ('AGENT', 'procurement:bond:record'),
    ('PURCHASER', 'procurement:bond:read'),
    ('AGENT', 'procurement:bond:read'),
    ('FINANCE', 'procurement:bond:read'),
    ('AUDITOR', 'procurement:bond:read'),
    ('FINANCE', 'procurement:bond:read-all'),
    ('AUDITOR', 'procurement:bond:read-all'),
    ('PROVIDER', 'procurement:bond:own');
