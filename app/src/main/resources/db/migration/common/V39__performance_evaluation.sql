-- Performance evaluation (performance) and what it changes: the contract's clause tying its final payment to the grade,
-- the settlement of that payment, the third-party evaluator assigned to a contract, the evaluations against the
-- contract's indicators with a score and its evidence for each indicator, the concluded result with the provider's public
-- comment, and the registry's entry of a poor (差) performance in the provider's credit record.

-- The percent of the final milestone's payment each grade earns; all four absent when the final payment does not
-- depend on the grade.
ALTER TABLE contract ADD COLUMN final_excellent NUMERIC(5, 2);
ALTER TABLE contract ADD COLUMN final_good NUMERIC(5, 2);
ALTER TABLE contract ADD COLUMN final_fair NUMERIC(5, 2);
ALTER TABLE contract ADD COLUMN final_poor NUMERIC(5, 2);
ALTER TABLE contract ADD CONSTRAINT contract_final_instalment CHECK (
    (final_excellent IS NULL AND final_good IS NULL AND final_fair IS NULL AND final_poor IS NULL)
    OR (final_excellent BETWEEN 0 AND 100 AND final_good BETWEEN 0 AND final_excellent
        AND final_fair BETWEEN 0 AND final_good AND final_poor BETWEEN 0 AND final_fair));

-- How the final payment was settled once the contract was evaluated: once per contract.
CREATE TABLE final_instalment_settlement (
    contract_id    UUID                     NOT NULL PRIMARY KEY REFERENCES contract (id),
    ordinal        INT                      NOT NULL,
    grade          VARCHAR(10)              NOT NULL CHECK (grade IN ('EXCELLENT', 'GOOD', 'FAIR', 'POOR')),
    percent_earned NUMERIC(5, 2)            NOT NULL,
    full_amount    NUMERIC(18, 2)           NOT NULL,
    earned         NUMERIC(18, 2)           NOT NULL,
    withheld       NUMERIC(18, 2)           NOT NULL,
    settled_on     DATE                     NOT NULL,
    settled_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (earned + withheld = full_amount)
);

-- The third-party evaluator (第三方评估机构) the purchaser or the finance bureau assigned to a contract; replaced only
-- while its evaluation is not submitted.
CREATE TABLE evaluator_assignment (
    contract_id   UUID                     NOT NULL PRIMARY KEY REFERENCES contract (id),
    evaluator_id  UUID                     NOT NULL REFERENCES organization (id),
    assigned_by   UUID                     NOT NULL REFERENCES app_user (id),
    assigned_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX evaluator_assignment_by_evaluator ON evaluator_assignment (evaluator_id);

-- One evaluation of each kind per contract, submitted whole: the provider's self-evaluation, the purchaser's, and the
-- third party's. The satisfaction group is not scored here: the survey scores it when the result is concluded.
CREATE TABLE performance_evaluation (
    id                 UUID                     NOT NULL PRIMARY KEY,
    contract_id        UUID                     NOT NULL REFERENCES contract (id),
    kind               VARCHAR(12)              NOT NULL CHECK (kind IN ('SELF', 'PURCHASER', 'THIRD_PARTY')),
    evaluator_id       UUID                     NOT NULL REFERENCES organization (id),
    summary            VARCHAR(4000)            NOT NULL,
    report_document_id UUID REFERENCES document (id),
    submitted_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_by       UUID                     NOT NULL REFERENCES app_user (id),
    CONSTRAINT performance_evaluation_once UNIQUE (contract_id, kind)
);

-- The score of one indicator: what was measured and the points its rule gives, or the evaluator's judgement with its
-- reason; the evidence it rests on.
CREATE TABLE evaluation_score (
    evaluation_id        UUID           NOT NULL REFERENCES performance_evaluation (id),
    group_ordinal        INT            NOT NULL,
    indicator_ordinal    INT            NOT NULL,
    measured             NUMERIC(18, 4),
    points               NUMERIC(9, 4)  NOT NULL CHECK (points >= 0),
    reason               VARCHAR(2000),
    evidence_document_id UUID           NOT NULL REFERENCES document (id),
    PRIMARY KEY (evaluation_id, group_ordinal, indicator_ordinal)
);

-- The concluded result: the evaluation that governs it (the third party's when one was assigned, else the purchaser's),
-- the satisfaction the survey gave, the total out of 100 and the grade. Published; the provider may comment on it once.
CREATE TABLE performance_result (
    contract_id            UUID                     NOT NULL PRIMARY KEY REFERENCES contract (id),
    evaluation_id          UUID                     NOT NULL REFERENCES performance_evaluation (id),
    provider_id            UUID                     NOT NULL REFERENCES organization (id),
    purchaser_id           UUID                     NOT NULL REFERENCES organization (id),
    total                  NUMERIC(5, 2)            NOT NULL CHECK (total BETWEEN 0 AND 100),
    grade                  VARCHAR(10)              NOT NULL CHECK (grade IN ('EXCELLENT', 'GOOD', 'FAIR', 'POOR')),
    survey_answers         INT,
    survey_valid           INT,
    survey_satisfied       INT,
    survey_minimum         INT,
    survey_satisfied_from  INT,
    satisfaction_points    NUMERIC(9, 4),
    scored_weight          NUMERIC(5, 2)            NOT NULL,
    late_milestones        INT                      NOT NULL,
    concluded_on           DATE                     NOT NULL,
    concluded_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    concluded_by           UUID                     NOT NULL REFERENCES app_user (id),
    provider_comment       VARCHAR(2000),
    provider_commented_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX performance_result_by_provider ON performance_result (provider_id, concluded_on);

-- A contract graded 差 (poor), in the provider's credit record (registry).
CREATE TABLE poor_performance_entry (
    contract_id         UUID          NOT NULL PRIMARY KEY REFERENCES contract (id),
    organization_id     UUID          NOT NULL REFERENCES organization (id),
    procedure_reference VARCHAR(60)   NOT NULL,
    lot_number          INT           NOT NULL,
    total               NUMERIC(5, 2) NOT NULL,
    evaluated_on        DATE          NOT NULL
);
CREATE INDEX poor_performance_by_organization ON poor_performance_entry (organization_id);

INSERT INTO role_permission (role, permission) VALUES
    ('EVALUATOR', 'performance:evaluation:third-party'),
    ('PURCHASER', 'performance:evaluation:manage'),
    ('FINANCE', 'performance:evaluation:manage'),
    ('PROVIDER', 'performance:evaluation:self'),
    ('AUDITOR', 'performance:evaluation:read');
