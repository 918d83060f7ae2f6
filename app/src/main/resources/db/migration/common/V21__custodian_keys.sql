-- Custodians' own keys and the procedures' opening keys (ARCHITECTURE.md "Sealed bids", "Keys").

-- A custodian's own key (开标密钥保管人密钥): an X25519 public key, and its private key wrapped by a passphrase
-- that only the custodian knows (Argon2id of the passphrase, then AES-256-GCM; the Argon2 cost is stored with
-- the key, so that it may be raised for later enrolments). No unwrapped key and no passphrase is ever stored.
-- Re-enrolment replaces the current key; the replaced key stays, since the shares sealed to it before are
-- still opened with it. current_for is the user while the key is current and NULL once replaced: one current
-- key per user, on both databases (H2 has no partial unique index).
CREATE TABLE custodian_key (
    id                 UUID                     NOT NULL PRIMARY KEY,
    user_id            UUID                     NOT NULL REFERENCES app_user (id),
    organization_id    UUID                     NOT NULL REFERENCES organization (id),
    public_key         BYTEA                    NOT NULL,
    fingerprint        CHAR(64)                 NOT NULL,
    wrapping           INT                      NOT NULL,
    salt               BYTEA                    NOT NULL,
    argon2_memory_kib  INT                      NOT NULL,
    argon2_iterations  INT                      NOT NULL,
    argon2_parallelism INT                      NOT NULL,
    nonce              BYTEA                    NOT NULL,
    wrapped_key        BYTEA                    NOT NULL,
    enrolled_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    replaced_at        TIMESTAMP WITH TIME ZONE,
    current_for        UUID                     UNIQUE,
    CHECK ((replaced_at IS NULL) = (current_for IS NOT NULL)),
    CHECK (current_for IS NULL OR current_for = user_id)
);
CREATE INDEX custodian_key_by_user ON custodian_key (user_id, enrolled_at);

-- A procedure's opening key, made at publication: its public key seals the bids; its private key was split
-- k of n among the custodians and wiped. Published with the tender notice, with its fingerprint.
CREATE TABLE opening_key (
    procedure_id UUID                     NOT NULL PRIMARY KEY REFERENCES procurement_procedure (id),
    algorithm    VARCHAR(40)              NOT NULL,
    public_key   BYTEA                    NOT NULL,
    fingerprint  CHAR(64)                 NOT NULL,
    needed       INT                      NOT NULL CHECK (needed >= 1),
    custodians   INT                      NOT NULL CHECK (custodians <= 255),
    made_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (custodians >= needed)
);

-- One share of an opening key, sealed (HPKE) to the custodian key that was its custodian's current key at
-- publication, with the SHA-256 commitment published in the notice. Only that custodian, with the passphrase
-- of that key, opens it. The custodian's name and organization are kept as the notice published them.
CREATE TABLE opening_share (
    procedure_id     UUID         NOT NULL REFERENCES opening_key (procedure_id),
    share_index      INT          NOT NULL CHECK (share_index BETWEEN 1 AND 255),
    user_id          UUID         NOT NULL REFERENCES app_user (id),
    organization_id  UUID         NOT NULL REFERENCES organization (id),
    custodian_name   VARCHAR(100) NOT NULL,
    custodian_key_id UUID         NOT NULL REFERENCES custodian_key (id),
    sealing          VARCHAR(60)  NOT NULL,
    sealed_share     BYTEA        NOT NULL,
    commitment       CHAR(64)     NOT NULL,
    PRIMARY KEY (procedure_id, share_index),
    UNIQUE (procedure_id, user_id)
);
CREATE INDEX opening_share_by_user ON opening_share (user_id);

-- Officials who may be named custodians — those of a department, the finance bureau, the registration
-- authority and the audit office — enrol their key and see their duties.
INSERT INTO role_permission (role, permission) VALUES
    ('PURCHASER', 'procurement:custodian:enrol'),
    ('FINANCE', 'procurement:custodian:enrol'),
    ('REGISTRAR', 'procurement:custodian:enrol'),
    ('AUDITOR', 'procurement:custodian:enrol'),
    ('PURCHASER', 'procurement:custodian:duties'),
    ('FINANCE', 'procurement:custodian:duties'),
    ('REGISTRAR', 'procurement:custodian:duties'),
    ('AUDITOR', 'procurement:custodian:duties');
