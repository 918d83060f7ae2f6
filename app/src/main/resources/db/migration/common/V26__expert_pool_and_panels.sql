-- The expert pool that the finance bureau keeps (评审专家库) and the panels drawn from it (评标委员会, 谈判小组,
-- 磋商小组): RULES.md "Evaluation"; MoF Order No. 87 Art. 47–48, Order No. 74 Art. 7, Circular Caiku [2014] No. 214
-- Art. 14.

-- An expert: a person of the registry, who signs in with an account of role EXPERT, works for an employer, and is
-- drawn for the procedures whose catalogue code lies under one of its specialties. Retired, never deleted: the
-- panels it sat on name it.
CREATE TABLE expert (
    id           UUID                     NOT NULL PRIMARY KEY,
    person_id    UUID                     NOT NULL UNIQUE REFERENCES person (id),
    user_id      UUID                     NOT NULL UNIQUE REFERENCES app_user (id),
    name         VARCHAR(60)              NOT NULL,
    employer_id  UUID                     NOT NULL REFERENCES organization (id),
    available    BOOLEAN                  NOT NULL,
    enrolled_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_at   TIMESTAMP WITH TIME ZONE,
    retired_why  VARCHAR(500),
    version      INTEGER                  NOT NULL,
    CHECK ((retired_at IS NULL) = (retired_why IS NULL))
);

-- A specialty is a catalogue code: a category covers every item under it (its code is a prefix of theirs).
CREATE TABLE expert_specialty (
    expert_id UUID       NOT NULL REFERENCES expert (id),
    code      VARCHAR(8) NOT NULL,
    PRIMARY KEY (expert_id, code)
);

-- A period, first and last day included, in which the expert cannot evaluate.
CREATE TABLE expert_unavailability (
    id          UUID                     NOT NULL PRIMARY KEY,
    expert_id   UUID                     NOT NULL REFERENCES expert (id),
    first_day   DATE                     NOT NULL,
    last_day    DATE                     NOT NULL,
    reason      VARCHAR(200)             NOT NULL,
    recorded_by UUID                     NOT NULL REFERENCES app_user (id),
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (last_day >= first_day)
);
CREATE INDEX expert_unavailability_by_expert ON expert_unavailability (expert_id, first_day);

-- A panel evaluates one lot, or every lot of its procedure (lot_number 0: H2 has no partial unique index, so
-- "the whole procedure" is a number, not a NULL). Its size and the split between experts and the purchaser's
-- representatives, the budget and the complexity it was sized by, and the seed of its draw: anyone replays the
-- draw from the seed and the candidates below.
CREATE TABLE panel (
    id               UUID                     NOT NULL PRIMARY KEY,
    procedure_id     UUID                     NOT NULL REFERENCES procurement_procedure (id),
    lot_number       INTEGER                  NOT NULL CHECK (lot_number >= 0),
    seats            INTEGER                  NOT NULL CHECK (seats >= 3),
    expert_seats     INTEGER                  NOT NULL,
    minimum          INTEGER                  NOT NULL,
    budget           NUMERIC(18, 2)           NOT NULL,
    complex          BOOLEAN                  NOT NULL,
    complex_why      VARCHAR(500),
    catalogue_code   VARCHAR(8)               NOT NULL,
    evaluation_day   DATE                     NOT NULL,
    seed             CHAR(64)                 NOT NULL,
    drawn_by         UUID                     NOT NULL REFERENCES app_user (id),
    drawn_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    seated_at        TIMESTAMP WITH TIME ZONE,
    UNIQUE (procedure_id, lot_number),
    CHECK (expert_seats * 3 >= seats * 2 AND expert_seats <= seats),
    CHECK (complex = FALSE OR complex_why IS NOT NULL)
);
CREATE INDEX panel_by_procedure ON panel (procedure_id);

-- The experts who could be drawn, in the order of their ids (place 1, 2, …), and where the seed put each
-- (draw_rank 1, 2, …): the first seats are filled from rank 1 on, replacements from the next rank.
CREATE TABLE panel_candidate (
    panel_id  UUID    NOT NULL REFERENCES panel (id),
    place     INTEGER NOT NULL,
    expert_id UUID    NOT NULL REFERENCES expert (id),
    draw_rank INTEGER NOT NULL,
    PRIMARY KEY (panel_id, place),
    UNIQUE (panel_id, expert_id),
    UNIQUE (panel_id, draw_rank)
);

-- An expert of the matching specialties who could not be drawn, with each reason: staff of the purchaser or of
-- its agency, a tie (which, to which organization), unavailable on the evaluation day.
CREATE TABLE panel_exclusion (
    panel_id        UUID         NOT NULL REFERENCES panel (id),
    number          INTEGER      NOT NULL,
    expert_id       UUID         NOT NULL REFERENCES expert (id),
    reason          VARCHAR(30)  NOT NULL,
    organization_id UUID REFERENCES organization (id),
    tie             VARCHAR(30),
    PRIMARY KEY (panel_id, number)
);

-- A seat's holders over time: drawn experts and named representatives, numbered in the order they joined; a member
-- who declines or is replaced keeps its row, and its successor takes the same seat.
CREATE TABLE panel_member (
    panel_id    UUID                     NOT NULL REFERENCES panel (id),
    user_id     UUID                     NOT NULL REFERENCES app_user (id),
    joined      INTEGER                  NOT NULL,
    seat        INTEGER                  NOT NULL,
    kind        VARCHAR(15)              NOT NULL CHECK (kind IN ('EXPERT', 'REPRESENTATIVE')),
    expert_id   UUID REFERENCES expert (id),
    name        VARCHAR(100)             NOT NULL,
    status      VARCHAR(10)              NOT NULL CHECK (status IN ('DRAWN', 'SEATED', 'DECLINED', 'REPLACED')),
    joined_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    declared_at TIMESTAMP WITH TIME ZONE,
    conflict    BOOLEAN                  NOT NULL,
    reason      VARCHAR(500),
    PRIMARY KEY (panel_id, user_id),
    UNIQUE (panel_id, joined),
    CHECK ((kind = 'EXPERT') = (expert_id IS NOT NULL))
);
CREATE INDEX panel_member_by_user ON panel_member (user_id);

-- The rule table (RULES.md "Evaluation"): the least size of a panel per method, the larger least size and the budget
-- from which it applies (for non-tender methods, the public-tender threshold, row 2). Rows numbered 260 on, apart from
-- the rows other migrations add.
INSERT INTO procurement_rule (id, rule, method, region, effective_from, quantity, unit, legal_basis_zh, legal_basis_en) VALUES
    (260, 'PANEL_MIN', 'PUBLIC_TENDER', NULL, DATE '2017-10-01', 5, 'COUNT',
        '《政府采购货物和服务招标投标管理办法》（财政部令第87号）第四十七条', 'MoF Order No. 87 Art. 47'),
    (261, 'PANEL_MIN', 'INVITATIONAL_TENDER', NULL, DATE '2017-10-01', 5, 'COUNT',
        '财政部令第87号第四十七条', 'MoF Order No. 87 Art. 47'),
    (262, 'PANEL_MIN_LARGE', 'PUBLIC_TENDER', NULL, DATE '2017-10-01', 7, 'COUNT',
        '财政部令第87号第四十七条（预算1000万元以上、技术复杂或社会影响较大）',
        'MoF Order No. 87 Art. 47 (budget of CNY 10 million or more, complex or high-impact)'),
    (263, 'PANEL_MIN_LARGE', 'INVITATIONAL_TENDER', NULL, DATE '2017-10-01', 7, 'COUNT',
        '财政部令第87号第四十七条（预算1000万元以上、技术复杂或社会影响较大）',
        'MoF Order No. 87 Art. 47 (budget of CNY 10 million or more, complex or high-impact)'),
    (264, 'PANEL_LARGE_BUDGET', 'PUBLIC_TENDER', NULL, DATE '2017-10-01', 10000000, 'CNY',
        '财政部令第87号第四十七条', 'MoF Order No. 87 Art. 47'),
    (265, 'PANEL_LARGE_BUDGET', 'INVITATIONAL_TENDER', NULL, DATE '2017-10-01', 10000000, 'CNY',
        '财政部令第87号第四十七条', 'MoF Order No. 87 Art. 47'),
    (266, 'PANEL_MIN', 'COMPETITIVE_NEGOTIATION', NULL, DATE '2014-02-01', 3, 'COUNT',
        '《政府采购非招标采购方式管理办法》（财政部令第74号）第七条', 'MoF Order No. 74 Art. 7'),
    (267, 'PANEL_MIN_LARGE', 'COMPETITIVE_NEGOTIATION', NULL, DATE '2014-02-01', 5, 'COUNT',
        '财政部令第74号第七条（达到公开招标数额标准）', 'MoF Order No. 74 Art. 7 (at or above the public-tender threshold)'),
    (268, 'PANEL_MIN', 'COMPETITIVE_CONSULTATION', NULL, DATE '2015-01-01', 3, 'COUNT',
        '《政府采购竞争性磋商采购方式管理暂行办法》（财库〔2014〕214号）第十四条', 'Circular Caiku [2014] No. 214 Art. 14'),
    (269, 'PANEL_MIN_LARGE', 'COMPETITIVE_CONSULTATION', NULL, DATE '2015-01-01', 5, 'COUNT',
        '财库〔2014〕214号第十四条（达到公开招标数额标准）',
        'Circular Caiku [2014] No. 214 Art. 14 (at or above the public-tender threshold)');

-- The finance bureau keeps the pool, auditors read it; an expert keeps its own availability. The purchaser or its
-- agency draws a panel; its members declare; the finance bureau and auditors read every panel.
INSERT INTO role_permission (role, permission) VALUES
    ('FINANCE', 'procurement:expert:manage'),
    ('FINANCE', 'procurement:expert:read'),
    ('AUDITOR', 'procurement:expert:read'),
    ('EXPERT', 'procurement:expert:availability'),
    ('PURCHASER', 'procurement:panel:draw'),
    ('AGENT', 'procurement:panel:draw'),
    ('PURCHASER', 'procurement:panel:read'),
    ('AGENT', 'procurement:panel:read'),
    ('EXPERT', 'procurement:panel:read'),
    ('FINANCE', 'procurement:panel:read'),
    ('AUDITOR', 'procurement:panel:read'),
    ('FINANCE', 'procurement:panel:read-all'),
    ('AUDITOR', 'procurement:panel:read-all'),
    ('EXPERT', 'procurement:panel:declare'),
    ('PURCHASER', 'procurement:panel:declare');
