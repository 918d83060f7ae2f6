-- Contracts (contracting), second slice: signature by both parties. Each user who signs contracts enrols a signer key
-- (Ed25519), its private key kept only wrapped by the user's passphrase (Argon2id, AES-256-GCM); each party signs the
-- SHA-256 of the contract's canonical text once; with both signatures the contract is SIGNED, and the award's lot
-- records it, so that no remedy reaches a signed contract.

-- A user's signer keys: the current one has no replaced_at; earlier ones stay, for the signatures made with them.
CREATE TABLE signer_key (
    id                UUID                     NOT NULL PRIMARY KEY,
    user_id           UUID                     NOT NULL REFERENCES app_user (id),
    organization_id   UUID                     NOT NULL REFERENCES organization (id),
    algorithm         VARCHAR(20)              NOT NULL CHECK (algorithm IN ('Ed25519')),
    public_key        VARCHAR(100)             NOT NULL,
    fingerprint       VARCHAR(64)              NOT NULL,
    wrapping          INT                      NOT NULL,
    wrap_salt         BYTEA                    NOT NULL,
    wrap_memory_kib   INT                      NOT NULL,
    wrap_iterations   INT                      NOT NULL,
    wrap_parallelism  INT                      NOT NULL,
    wrap_nonce        BYTEA                    NOT NULL,
    wrapped_key       BYTEA                    NOT NULL,
    enrolled_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    replaced_at       TIMESTAMP WITH TIME ZONE,
    -- The user while the key is current, NULL once replaced: one current key per user without a partial index.
    current_for       UUID UNIQUE
);
CREATE INDEX signer_key_by_user ON signer_key (user_id, enrolled_at);

-- One signature per party and contract, over the hash of the document as it stood; kept for ever.
CREATE TABLE contract_signature (
    contract_id       UUID                     NOT NULL REFERENCES contract (id),
    party             VARCHAR(10)              NOT NULL CHECK (party IN ('PURCHASER', 'PROVIDER')),
    signer_id         UUID                     NOT NULL REFERENCES app_user (id),
    organization_id   UUID                     NOT NULL REFERENCES organization (id),
    signed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    algorithm         VARCHAR(20)              NOT NULL,
    key_id            UUID                     NOT NULL REFERENCES signer_key (id),
    document_hash     VARCHAR(64)              NOT NULL,
    signature_value   VARCHAR(200)             NOT NULL,
    certificate       VARCHAR(2000)            NOT NULL,
    late              BOOLEAN                  NOT NULL,
    PRIMARY KEY (contract_id, party)
);

-- The signed contract: its day, and the days to publish it and to file it with the finance bureau.
ALTER TABLE contract ADD COLUMN signed_on DATE;
ALTER TABLE contract ADD COLUMN publish_by DATE;
ALTER TABLE contract ADD COLUMN file_by DATE;
ALTER TABLE contract ADD COLUMN signed_late BOOLEAN;
ALTER TABLE contract DROP CONSTRAINT contract_status;
ALTER TABLE contract ADD CONSTRAINT contract_status CHECK (status IN ('DRAFT', 'WITHDRAWN', 'SIGNED'));

-- The award's lot knows its contract is signed: no remedy applies after it.
ALTER TABLE lot_award ADD COLUMN contract_signed_on DATE;


-- The parties as named when the contract was drafted: the signed text names them, and a later rename in the registry
-- must leave a signed contract verifiable.
ALTER TABLE contract ADD COLUMN purchaser_name_zh VARCHAR(200);
ALTER TABLE contract ADD COLUMN purchaser_name_en VARCHAR(200);
ALTER TABLE contract ADD COLUMN provider_name_zh VARCHAR(200);
ALTER TABLE contract ADD COLUMN provider_name_en VARCHAR(200);
UPDATE contract SET purchaser_name_zh = (SELECT o.name_zh FROM organization o WHERE o.id = contract.purchaser_id),
                    purchaser_name_en = (SELECT o.name_en FROM organization o WHERE o.id = contract.purchaser_id),
                    provider_name_zh = (SELECT o.name_zh FROM organization o WHERE o.id = contract.provider_id),
                    provider_name_en = (SELECT o.name_en FROM organization o WHERE o.id = contract.provider_id);
ALTER TABLE contract ALTER COLUMN purchaser_name_zh SET NOT NULL;
ALTER TABLE contract ALTER COLUMN purchaser_name_en SET NOT NULL;
ALTER TABLE contract ALTER COLUMN provider_name_zh SET NOT NULL;
ALTER TABLE contract ALTER COLUMN provider_name_en SET NOT NULL;
