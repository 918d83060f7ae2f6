-- Competitive negotiation (竞争性谈判) and consultation (竞争性磋商): after the reviews the panel talks with
-- each valid supplier separately, in rounds, may amend the requirements for all, then calls for sealed final
-- quotations (最后报价), which the custodians open with the procedure's opening key rebuilt once more.

-- Two more stages: NEGOTIATION after CLARIFICATION, FINAL_QUOTATIONS until they are opened. The column is
-- remade (dropping a column drops its check on H2 and PostgreSQL alike, whatever name the check was given).
ALTER TABLE lot_evaluation ADD COLUMN stage_now VARCHAR(20);
UPDATE lot_evaluation SET stage_now = stage;
ALTER TABLE lot_evaluation DROP COLUMN stage;
ALTER TABLE lot_evaluation RENAME COLUMN stage_now TO stage;
ALTER TABLE lot_evaluation ALTER COLUMN stage SET NOT NULL;
ALTER TABLE lot_evaluation ADD CONSTRAINT lot_evaluation_stage CHECK (stage IN ('QUALIFICATION', 'COMPLIANCE',
    'CLARIFICATION', 'NEGOTIATION', 'FINAL_QUOTATIONS', 'SCORING', 'COMPILED', 'COMPLETED', 'FAILED'));
-- when the final quotations are due, once the panel called for them
ALTER TABLE lot_evaluation ADD COLUMN final_quotations_due TIMESTAMP WITH TIME ZONE;
-- the supplier's opened final quotation: the price the ranking then uses
ALTER TABLE evaluated_bid ADD COLUMN final_price NUMERIC(18, 2);

-- The minutes of one round's talk with one supplier, by a seated member: shown to the panel and the
-- purchaser (and to that supplier), never to the other suppliers.
CREATE TABLE negotiation_minutes (
    id           UUID                     NOT NULL PRIMARY KEY,
    procedure_id UUID                     NOT NULL,
    lot_number   INTEGER                  NOT NULL,
    bidder_id    UUID                     NOT NULL,
    round        INTEGER                  NOT NULL CHECK (round >= 1),
    text         VARCHAR(20000)           NOT NULL,
    recorded_by  UUID                     NOT NULL REFERENCES app_user (id),
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT negotiation_minutes_once UNIQUE (procedure_id, lot_number, bidder_id, round),
    FOREIGN KEY (procedure_id, lot_number, bidder_id) REFERENCES evaluated_bid (procedure_id, lot_number, bidder_id)
);

-- A written amendment of the requirements, for every remaining valid supplier alike.
CREATE TABLE negotiation_amendment (
    id           UUID                     NOT NULL PRIMARY KEY,
    procedure_id UUID                     NOT NULL,
    lot_number   INTEGER                  NOT NULL,
    text         VARCHAR(20000)           NOT NULL,
    recorded_by  UUID                     NOT NULL REFERENCES app_user (id),
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    FOREIGN KEY (procedure_id, lot_number) REFERENCES lot_evaluation (procedure_id, lot_number)
);

-- The call for final quotations on a lot: who may submit one (the valid suppliers at the call), until when,
-- and when they were opened.
CREATE TABLE final_quotation_call (
    procedure_id UUID                     NOT NULL,
    lot_number   INTEGER                  NOT NULL,
    called_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (procedure_id, lot_number),
    FOREIGN KEY (procedure_id, lot_number) REFERENCES lot_opening (procedure_id, lot_number)
);

CREATE TABLE final_quotation_invitee (
    procedure_id UUID    NOT NULL,
    lot_number   INTEGER NOT NULL,
    bidder_id    UUID    NOT NULL REFERENCES organization (id),
    PRIMARY KEY (procedure_id, lot_number, bidder_id),
    FOREIGN KEY (procedure_id, lot_number) REFERENCES final_quotation_call (procedure_id, lot_number)
);

-- A sealed final quotation, one row per arrival, kept like a sealed bid (see sealed_bid): the procedure, lot
-- and bidder only in the routing sealed under the bid key and as keyed tags, the envelope at rest under a
-- second layer. Its version lies in the range reserved for final quotations (docs/sealed-bids.md).
CREATE TABLE final_quotation (
    id              UUID                     NOT NULL PRIMARY KEY,
    owner_tag       CHAR(64)                 NOT NULL,
    slot_tag        CHAR(64)                 NOT NULL,
    version         INTEGER                  NOT NULL CHECK (version > 1000000),
    routing         VARCHAR(400)             NOT NULL,
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    envelope_sha256 CHAR(64)                 NOT NULL,
    envelope_size   BIGINT                   NOT NULL,
    kept_sha256     CHAR(64)                 NOT NULL REFERENCES document_blob (sha256),
    CONSTRAINT final_quotation_version UNIQUE (slot_tag, version)
);
CREATE INDEX final_quotation_by_owner ON final_quotation (owner_tag);

-- A custodian's share presented again for the opening of a lot's final quotations; kept (sealed under the
-- bid key) only until the k-th arrives.
CREATE TABLE final_quotation_presentation (
    procedure_id UUID                     NOT NULL,
    lot_number   INTEGER                  NOT NULL,
    share_index  INTEGER                  NOT NULL,
    custodian_id UUID                     NOT NULL REFERENCES app_user (id),
    presented_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sealed_share VARCHAR(400),
    PRIMARY KEY (procedure_id, lot_number, share_index),
    FOREIGN KEY (procedure_id, lot_number) REFERENCES final_quotation_call (procedure_id, lot_number)
);

-- The last final quotation of each invited supplier, opened: its price and text, or why it did not open.
CREATE TABLE opened_final_quotation (
    final_quotation_id UUID                     NOT NULL PRIMARY KEY REFERENCES final_quotation (id),
    procedure_id       UUID                     NOT NULL,
    lot_number         INTEGER                  NOT NULL,
    bidder_id          UUID                     NOT NULL REFERENCES organization (id),
    version            INTEGER                  NOT NULL,
    received_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    envelope_sha256    CHAR(64)                 NOT NULL,
    outcome            VARCHAR(10)              NOT NULL CHECK (outcome IN ('OPENED', 'REFUSED')),
    reason             VARCHAR(80),
    price              NUMERIC(18, 2),
    text               VARCHAR(20000),
    CHECK ((outcome = 'OPENED') = (price IS NOT NULL)),
    CONSTRAINT opened_final_quotation_once UNIQUE (procedure_id, lot_number, bidder_id)
);
