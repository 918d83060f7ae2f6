-- Beneficiary satisfaction surveys (performance): the purchaser issues single-use tokens to the firms or citizens served;
-- anyone holding one answers once, without an account. The platform keeps the tokens' hashes only, never the list of
-- recipients, and nothing that links an answer to a token: a token knows only whether it was used, an answer only its day.

-- One survey per contract. The settings are copied when it is opened, so that a later change of the platform's settings
-- never moves a result. It takes answers until it is closed (by the purchaser, or by the evaluation that counts it), and
-- through its last day when it has one.
CREATE TABLE satisfaction_survey (
    id             UUID                     NOT NULL PRIMARY KEY,
    contract_id    UUID                     NOT NULL UNIQUE REFERENCES contract (id),
    opened_by      UUID                     NOT NULL REFERENCES app_user (id),
    opened_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    closes_on      DATE,
    closed_at      TIMESTAMP WITH TIME ZONE,
    closed_by      UUID REFERENCES app_user (id),
    minimum_sample INT                      NOT NULL CHECK (minimum_sample >= 1),
    satisfied_from INT                      NOT NULL CHECK (satisfied_from BETWEEN 1 AND 5),
    -- How many tokens were issued, at most 10,000: raised by a conditional UPDATE, so that two batches never pass the cap.
    issued         INT                      DEFAULT 0 NOT NULL CHECK (issued BETWEEN 0 AND 10000)
);

-- A token is its SHA-256 hash (hex) and whether it was used: deliberately no time of use, nothing of its recipient.
CREATE TABLE survey_token (
    token_hash CHAR(64) NOT NULL PRIMARY KEY,
    survey_id  UUID     NOT NULL REFERENCES satisfaction_survey (id),
    used       BOOLEAN  DEFAULT FALSE NOT NULL
);

-- An answer: a rating of 1 to 5, or none for "cannot say" (an answer, not a valid one), and an optional comment. Only the
-- day, and no token: nobody can link an answer to a token by its time or its row.
CREATE TABLE survey_answer (
    id           UUID          NOT NULL PRIMARY KEY,
    survey_id    UUID          NOT NULL REFERENCES satisfaction_survey (id),
    rating       SMALLINT      CHECK (rating BETWEEN 1 AND 5),
    comment_text VARCHAR(1000),
    answered_on  DATE          NOT NULL
);
CREATE INDEX survey_answer_by_survey ON survey_answer (survey_id);
