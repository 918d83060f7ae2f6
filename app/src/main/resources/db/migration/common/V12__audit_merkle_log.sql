-- The audit log as a Merkle log (docs/audit-log.md). Like audit_entry, every table here is append-only:
-- a leaf, a subtree hash or a signed head, once written, is never changed.

-- The position of each entry in the tree. Leaf indexes run 0, 1, 2, … without gap. The entry is named
-- by its seq: the integrator finds new entries as a range of seqs; no foreign key, because checking one
-- would lock each entry's row for nothing (the integrator writes a leaf only for an entry it just read).
CREATE TABLE audit_leaf (
    leaf_index BIGINT   NOT NULL PRIMARY KEY,
    entry_seq  BIGINT   NOT NULL UNIQUE,
    leaf_hash  CHAR(64) NOT NULL
);

-- Hashes of the perfect subtrees of 16 leaves and more, written as each completes: node (level, i)
-- covers leaves i·2^level … (i+1)·2^level − 1. Smaller subtrees are hashed from their leaves when
-- needed. Roots and proofs read O(log² n) rows, never every leaf.
CREATE TABLE audit_node (
    level      INT      NOT NULL,
    node_index BIGINT   NOT NULL,
    hash       CHAR(64) NOT NULL,
    PRIMARY KEY (level, node_index)
);

CREATE TABLE audit_tree_head (
    tree_size BIGINT                   NOT NULL PRIMARY KEY,
    root_hash CHAR(64)                 NOT NULL,
    signed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    key_id    VARCHAR(16)              NOT NULL,
    algorithm VARCHAR(20)              NOT NULL,
    signature VARCHAR(200)             NOT NULL
);

-- Every public key that ever signed a head, so that old heads stay verifiable after a rotation.
-- Only public keys: the signing key lives in the configuration or a key file, never here.
CREATE TABLE audit_signing_key (
    key_id        VARCHAR(16)              NOT NULL PRIMARY KEY,
    algorithm     VARCHAR(20)              NOT NULL,
    public_key    VARCHAR(200)             NOT NULL,
    first_used_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- For the auditor's time filter, and for the integrator to find the last entry older than an hour.
CREATE INDEX audit_entry_by_time ON audit_entry (recorded_at);

-- One row, locked by the integrator's transaction (SELECT … FOR UPDATE), so that of several app nodes
-- only one integrates at a time. It remembers how far the log is integrated, so that no run scans the
-- whole log: highest_seq is the highest seq given a leaf; settled_seq is a seq at or below which every
-- entry has its leaf (see Integrator for how it advances).
CREATE TABLE audit_integrator (
    id          INT    NOT NULL PRIMARY KEY CHECK (id = 1),
    settled_seq BIGINT NOT NULL,
    highest_seq BIGINT NOT NULL
);
INSERT INTO audit_integrator (id, settled_seq, highest_seq) VALUES (1, 0, 0);

INSERT INTO role_permission (role, permission) VALUES
    ('AUDITOR', 'audit:log:export'),
    ('AUDITOR', 'audit:payload:redact'),
    ('ADMIN', 'audit:payload:redact');
