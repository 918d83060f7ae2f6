-- Budget lines and purchase requests (planning). A request commits money on its budget line when it is
-- accepted and releases it when cancelled: "no budget, no purchase" (MoF Order No. 102 Art. 14).

-- An appropriation of one department for one fiscal year. A department proposes a line, the finance
-- bureau approves or rejects it (or records it approved at once, one by one or from a file). Only an
-- approved line funds requests. committed: held by accepted requests; spent: paid out (contracting).
CREATE TABLE budget_line (
    id              UUID                     NOT NULL PRIMARY KEY,
    department_id   UUID                     NOT NULL REFERENCES organization (id),
    fiscal_year     INT                      NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
    code            VARCHAR(40)              NOT NULL,
    name            VARCHAR(200)             NOT NULL,
    amount          NUMERIC(18, 2)           NOT NULL CHECK (amount > 0),
    committed       NUMERIC(18, 2)           NOT NULL DEFAULT 0 CHECK (committed >= 0),
    spent           NUMERIC(18, 2)           NOT NULL DEFAULT 0 CHECK (spent >= 0),
    status          VARCHAR(10)              NOT NULL CHECK (status IN ('PROPOSED', 'APPROVED', 'REJECTED')),
    proposed_by     UUID                     NOT NULL,
    proposed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by      UUID,
    decided_at      TIMESTAMP WITH TIME ZONE,
    decision_reason VARCHAR(500),
    version         INT                      NOT NULL DEFAULT 0,
    -- The database itself refuses to commit money that the line does not have, whatever the caller.
    CONSTRAINT budget_line_within_amount CHECK (committed + spent <= amount),
    CONSTRAINT budget_line_code_unique UNIQUE (department_id, fiscal_year, code)
);
CREATE INDEX budget_line_by_year ON budget_line (fiscal_year, department_id);

-- A department's request to buy one catalogue item from one budget line. Only accepted requests are
-- kept: a refused one is answered with every reason and leaves nothing behind.
CREATE TABLE purchase_request (
    id                     UUID                     NOT NULL PRIMARY KEY,
    department_id          UUID                     NOT NULL REFERENCES organization (id),
    budget_line_id         UUID                     NOT NULL REFERENCES budget_line (id),
    catalogue_code         VARCHAR(8)               NOT NULL,
    title                  VARCHAR(200)             NOT NULL,
    description            VARCHAR(4000),
    estimated_amount       NUMERIC(18, 2)           NOT NULL CHECK (estimated_amount > 0),
    term_start             DATE                     NOT NULL,
    term_end               DATE                     NOT NULL,
    stable_service_reason  VARCHAR(1000),
    beneficiaries          VARCHAR(1000)            NOT NULL,
    status                 VARCHAR(12)              NOT NULL CHECK (status IN ('ACCEPTED', 'IN_PROCEDURE', 'CANCELLED')),
    created_by             UUID                     NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    cancelled_at           TIMESTAMP WITH TIME ZONE,
    cancel_reason          VARCHAR(500),
    version                INT                      NOT NULL DEFAULT 0,
    CHECK (term_end >= term_start)
);
CREATE INDEX purchase_request_by_department ON purchase_request (department_id, created_at);
CREATE INDEX purchase_request_by_budget_line ON purchase_request (budget_line_id);

-- The numbers of RULES.md that planning checks, as data with their legal basis: a later amendment adds a
-- row in force from its day.
CREATE TABLE planning_rule (
    rule           VARCHAR(40)  NOT NULL,
    effective_from DATE         NOT NULL,
    quantity       INT          NOT NULL CHECK (quantity > 0),
    legal_basis_zh VARCHAR(300) NOT NULL,
    legal_basis_en VARCHAR(300) NOT NULL,
    PRIMARY KEY (rule, effective_from)
);
INSERT INTO planning_rule (rule, effective_from, quantity, legal_basis_zh, legal_basis_en) VALUES
    ('TERM_NORMAL_YEARS', DATE '2020-03-01', 1, '《政府购买服务管理办法》（财政部令第102号）第二十四条',
        'MoF Order No. 102 Art. 24'),
    ('TERM_STABLE_SERVICE_YEARS', DATE '2020-03-01', 3, '《政府购买服务管理办法》（财政部令第102号）第二十四条',
        'MoF Order No. 102 Art. 24');

INSERT INTO role_permission (role, permission) VALUES
    ('PURCHASER', 'planning:budget:read'),
    ('PURCHASER', 'planning:budget:propose'),
    ('FINANCE', 'planning:budget:read'),
    ('FINANCE', 'planning:budget:read-all'),
    ('FINANCE', 'planning:budget:approve'),
    ('AUDITOR', 'planning:budget:read'),
    ('AUDITOR', 'planning:budget:read-all'),
    ('PURCHASER', 'planning:request:read'),
    ('PURCHASER', 'planning:request:create'),
    ('PURCHASER', 'planning:request:cancel'),
    ('FINANCE', 'planning:request:read'),
    ('FINANCE', 'planning:request:read-all'),
    ('AUDITOR', 'planning:request:read'),
    ('AUDITOR', 'planning:request:read-all');
