-- Contracts (contracting), first slice: the numbers a contract is held to, in the rule table; the draft contract
-- each award makes, with its term, settlement and liabilities, milestones, performance bond and indicator set.

-- The rule table's unit gains MONTHS, for the longest terms. Its CHECK constraint was declared without a name in V14,
-- so each database named it its own way: the column is rebuilt under a named constraint, which both databases do alike.
ALTER TABLE procurement_rule ADD COLUMN unit_name VARCHAR(12);
UPDATE procurement_rule SET unit_name = unit;
ALTER TABLE procurement_rule DROP COLUMN unit;
ALTER TABLE procurement_rule RENAME COLUMN unit_name TO unit;
ALTER TABLE procurement_rule ALTER COLUMN unit SET NOT NULL;
ALTER TABLE procurement_rule ADD CONSTRAINT procurement_rule_unit
    CHECK (unit IN ('CNY', 'DAYS', 'WORKING_DAYS', 'PERCENT', 'COUNT', 'MONTHS'));

-- Rows numbered 350 on.
INSERT INTO procurement_rule (id, rule, method, region, effective_from, quantity, unit, legal_basis_zh, legal_basis_en) VALUES
    (350, 'CONTRACT_PUBLICATION', NULL, NULL, DATE '2015-03-01', 2, 'WORKING_DAYS',
        '《政府采购法实施条例》第五十条', 'GPL Implementing Regulations Art. 50'),
    (351, 'CONTRACT_FILING', NULL, NULL, DATE '2003-01-01', 7, 'WORKING_DAYS',
        '《中华人民共和国政府采购法》第四十七条', 'Government Procurement Law Art. 47'),
    (352, 'CONTRACT_TERM_MAX', NULL, NULL, DATE '2020-03-01', 12, 'MONTHS',
        '《政府购买服务管理办法》（财政部令第102号）第二十四条；《关于做好政府购买服务合同管理的通知》（财库〔2020〕46号）',
        'MoF Order No. 102 Art. 24; MoF Circular Caiku [2020] No. 46'),
    (353, 'CONTRACT_TERM_MAX_STABLE', NULL, NULL, DATE '2020-03-01', 36, 'MONTHS',
        '《政府购买服务管理办法》（财政部令第102号）第二十四条；《关于做好政府购买服务合同管理的通知》（财库〔2020〕46号）',
        'MoF Order No. 102 Art. 24; MoF Circular Caiku [2020] No. 46'),
    (354, 'ADD_ON_MAX', NULL, NULL, DATE '2003-01-01', 10, 'PERCENT',
        '《中华人民共和国政府采购法》第四十九条', 'Government Procurement Law Art. 49'),
    (355, 'PERFORMANCE_BOND_MAX', NULL, NULL, DATE '2015-03-01', 10, 'PERCENT',
        '《政府采购法实施条例》第四十八条', 'GPL Implementing Regulations Art. 48');

-- A contract per awarded lot, drafted when the award is decided: the parties, the service, the award price, the term,
-- the day by which to sign. A remedy that cancels the award before signature withdraws the draft; it is kept.
CREATE TABLE contract (
    id                    UUID                     NOT NULL PRIMARY KEY,
    procedure_id          UUID                     NOT NULL REFERENCES procurement_procedure (id),
    procedure_reference   VARCHAR(40)              NOT NULL,
    lot_number            INT                      NOT NULL,
    purchaser_id          UUID                     NOT NULL REFERENCES organization (id),
    provider_id           UUID                     NOT NULL REFERENCES organization (id),
    catalogue_code        VARCHAR(8)               NOT NULL,
    service_title         VARCHAR(200)             NOT NULL,
    service_description   VARCHAR(4000),
    price                 NUMERIC(18, 2)           NOT NULL CHECK (price > 0),
    -- Named, so that the signature, implementation and termination states later add theirs by dropping it.
    status                VARCHAR(20)              NOT NULL CONSTRAINT contract_status CHECK (status IN ('DRAFT', 'WITHDRAWN')),
    awarded_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    award_notice_on       DATE                     NOT NULL,
    sign_by               DATE                     NOT NULL,
    term_start            DATE                     NOT NULL,
    term_months           INT                      NOT NULL CHECK (term_months >= 1),
    stable_service        BOOLEAN                  NOT NULL,
    stable_justification  VARCHAR(2000),
    settlement            VARCHAR(4000),
    liabilities           VARCHAR(4000),
    performance_bond      NUMERIC(18, 2) CHECK (performance_bond >= 0),
    drafted_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    withdrawn_at          TIMESTAMP WITH TIME ZONE,
    withdrawn_reason      VARCHAR(2000),
    version               INT                      NOT NULL DEFAULT 0,
    -- One draft per award decision: a redelivered event finds it made. A remedy cancels one award and decides the
    -- next candidate at the same instant, so the winner is part of the key.
    UNIQUE (procedure_id, lot_number, provider_id, awarded_at)
);
CREATE INDEX contract_by_purchaser ON contract (purchaser_id, drafted_at);
CREATE INDEX contract_by_provider ON contract (provider_id, drafted_at);

CREATE TABLE contract_milestone (
    contract_id     UUID          NOT NULL REFERENCES contract (id),
    ordinal         INT           NOT NULL CHECK (ordinal >= 1),
    deliverable     VARCHAR(1000) NOT NULL,
    due_on          DATE          NOT NULL,
    share           NUMERIC(5, 2) NOT NULL CHECK (share > 0 AND share <= 100),
    advance_payment BOOLEAN       NOT NULL,
    PRIMARY KEY (contract_id, ordinal)
);

CREATE TABLE contract_indicator_group (
    contract_id UUID          NOT NULL REFERENCES contract (id),
    ordinal     INT           NOT NULL,
    dimension   VARCHAR(20)   NOT NULL CHECK (dimension IN ('OUTPUTS', 'EFFECTS', 'SATISFACTION', 'BUDGET_EXECUTION')),
    weight      NUMERIC(5, 2) NOT NULL CHECK (weight > 0 AND weight <= 100),
    PRIMARY KEY (contract_id, dimension)
);

-- A second-level indicator: LINEAR and THRESHOLD keep their number in target_value, BANDED its bands as
-- "from:percent" pairs, JUDGEMENT neither.
CREATE TABLE contract_indicator (
    contract_id  UUID           NOT NULL,
    dimension    VARCHAR(20)    NOT NULL,
    ordinal      INT            NOT NULL,
    name_zh      VARCHAR(200)   NOT NULL,
    name_en      VARCHAR(200)   NOT NULL,
    weight       NUMERIC(5, 2)  NOT NULL CHECK (weight > 0 AND weight <= 100),
    target       VARCHAR(500)   NOT NULL,
    scoring      VARCHAR(12)    NOT NULL CHECK (scoring IN ('LINEAR', 'THRESHOLD', 'BANDED', 'JUDGEMENT')),
    target_value NUMERIC(18, 4),
    bands        VARCHAR(300),
    PRIMARY KEY (contract_id, dimension, ordinal),
    FOREIGN KEY (contract_id, dimension) REFERENCES contract_indicator_group (contract_id, dimension)
);

-- The purchaser drafts its department's contracts; a provider reads its own; the finance bureau and auditors read all.
INSERT INTO role_permission (role, permission) VALUES
    ('PURCHASER', 'contracting:contract:draft'),
    ('PURCHASER', 'contracting:contract:read'),
    ('PROVIDER', 'contracting:contract:own'),
    ('FINANCE', 'contracting:contract:supervise'),
    ('AUDITOR', 'contracting:contract:supervise');
