-- Sealed bids (加密投标文件). A row is one arrival: a version of a bidder's bid on a lot, or its
-- withdrawal; rows are never changed nor removed. Nothing here says, to someone holding a copy of the
-- database, whose bid a row is, on which procedure, nor how many bids a procedure has: the procedure,
-- lot and bidder are kept only in `routing`, sealed under the platform's bid key (not in the database),
-- and as tags keyed with it. The envelope itself is kept in the blob store under a second layer made
-- with that key; only the procedure's opening key, split among its custodians, opens the bid inside.
CREATE TABLE sealed_bid (
    id              UUID                     NOT NULL PRIMARY KEY,
    -- keyed tag of the bidder: its own bids, for its own pages
    owner_tag       CHAR(64)                 NOT NULL,
    -- keyed tag of (procedure, lot, bidder): one bidder's versions on one lot, numbered without gaps
    slot_tag        CHAR(64)                 NOT NULL,
    version         INTEGER                  NOT NULL CHECK (version >= 1),
    routing         VARCHAR(400)             NOT NULL,
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the envelope as it arrived (null for a withdrawal), and the blob that keeps it at rest
    envelope_sha256 CHAR(64),
    envelope_size   BIGINT                   NOT NULL,
    kept_sha256     CHAR(64) REFERENCES document_blob (sha256),
    audit_entry     UUID                     NOT NULL,
    CONSTRAINT sealed_bid_version UNIQUE (slot_tag, version),
    CHECK ((envelope_sha256 IS NULL) = (kept_sha256 IS NULL))
);
CREATE INDEX sealed_bid_by_owner ON sealed_bid (owner_tag);

-- The Idempotency-Key of a submission or withdrawal, per caller, for a while (a setting): a retry gets
-- the first answer, the same key with another request is refused. The request is known only by a tag
-- keyed with the bid key, never by its content, and the caller by a keyed tag too: the table must not
-- tell who is bidding.
CREATE TABLE bid_idempotency (
    principal_tag   CHAR(64)                 NOT NULL,
    idempotency_key VARCHAR(255)             NOT NULL,
    request_tag     CHAR(64)                 NOT NULL,
    -- the receipt the key was answered with: claimed before the bid's row is written, in the same transaction
    sealed_bid_id   UUID                     NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (principal_tag, idempotency_key)
);
CREATE INDEX bid_idempotency_by_age ON bid_idempotency (created_at);

INSERT INTO role_permission (role, permission) VALUES
    ('PROVIDER', 'procurement:bid:submit');
