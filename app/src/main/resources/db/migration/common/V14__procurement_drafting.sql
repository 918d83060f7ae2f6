-- Drafting procedures (procurement): the rule table of methods, thresholds and periods; procedures with
-- their lots and award criteria, dates, custodians and documents; delegations to procurement agencies;
-- FINANCE's approval of a method; the random draw of invited suppliers.

-- RULES.md as data: every number a procedure is checked against, one row per rule, method (NULL: any),
-- region (NULL: every region) and effective period, each with its legal basis. A province or a later
-- amendment adds a row; no class changes. The row in force on a day is the one with the latest
-- effective_from not after it; a regional row wins over a general one.
CREATE TABLE procurement_rule (
    id             INT                      NOT NULL PRIMARY KEY,
    rule           VARCHAR(40)              NOT NULL,
    method         VARCHAR(30),
    region         VARCHAR(20),
    effective_from DATE                     NOT NULL,
    quantity       NUMERIC(18, 2)           NOT NULL,
    unit           VARCHAR(12)              NOT NULL CHECK (unit IN ('CNY', 'DAYS', 'WORKING_DAYS', 'PERCENT', 'COUNT')),
    legal_basis_zh VARCHAR(300)             NOT NULL,
    legal_basis_en VARCHAR(300)             NOT NULL,
    UNIQUE (rule, method, region, effective_from)
);

INSERT INTO procurement_rule (id, rule, method, region, effective_from, quantity, unit, legal_basis_zh, legal_basis_en) VALUES
    (1, 'PROCUREMENT_LIMIT', NULL, NULL, DATE '2020-01-01', 1000000, 'CNY',
        '《地方预算单位政府集中采购目录及标准指引（2020年版）》分散采购限额标准（服务，待核实）',
        'Guidance on central purchasing catalogues and standards (2020): procurement limit for services (verify)'),
    (2, 'PUBLIC_TENDER_THRESHOLD', NULL, NULL, DATE '2020-01-01', 2000000, 'CNY',
        '《地方预算单位政府集中采购目录及标准指引（2020年版）》公开招标数额标准（服务）',
        'Guidance on central purchasing catalogues and standards (2020): public-tender threshold for services'),
    (3, 'NOTICE_PERIOD', 'PUBLIC_TENDER', NULL, DATE '2017-10-01', 5, 'WORKING_DAYS',
        '《政府采购货物和服务招标投标管理办法》（财政部令第87号）第十六条', 'MoF Order No. 87 Art. 16'),
    (4, 'DOCUMENTS_AVAILABLE', 'PUBLIC_TENDER', NULL, DATE '2017-10-01', 5, 'WORKING_DAYS',
        '财政部令第87号第二十四条', 'MoF Order No. 87 Art. 24'),
    (5, 'DOCUMENTS_TO_DEADLINE', 'PUBLIC_TENDER', NULL, DATE '2003-01-01', 20, 'DAYS',
        '《中华人民共和国政府采购法》第三十五条', 'Government Procurement Law Art. 35'),
    (6, 'PREQUALIFICATION_PERIOD', 'INVITATIONAL_TENDER', NULL, DATE '2017-10-01', 5, 'WORKING_DAYS',
        '财政部令第87号第十四条', 'MoF Order No. 87 Art. 14'),
    (7, 'NOTICE_PERIOD', 'INVITATIONAL_TENDER', NULL, DATE '2017-10-01', 5, 'WORKING_DAYS',
        '财政部令第87号第十六条', 'MoF Order No. 87 Art. 16'),
    (8, 'DOCUMENTS_AVAILABLE', 'INVITATIONAL_TENDER', NULL, DATE '2017-10-01', 5, 'WORKING_DAYS',
        '财政部令第87号第二十四条', 'MoF Order No. 87 Art. 24'),
    (9, 'DOCUMENTS_TO_DEADLINE', 'INVITATIONAL_TENDER', NULL, DATE '2003-01-01', 20, 'DAYS',
        '《中华人民共和国政府采购法》第三十五条', 'Government Procurement Law Art. 35'),
    (10, 'MIN_INVITEES', 'INVITATIONAL_TENDER', NULL, DATE '2003-01-01', 3, 'COUNT',
        '《中华人民共和国政府采购法》第三十四条', 'Government Procurement Law Art. 34'),
    (11, 'NOTICE_PERIOD', 'COMPETITIVE_NEGOTIATION', NULL, DATE '2014-02-01', 3, 'WORKING_DAYS',
        '《政府采购非招标采购方式管理办法》（财政部令第74号）第十条', 'MoF Order No. 74 Art. 10'),
    (12, 'DOCUMENTS_TO_DEADLINE', 'COMPETITIVE_NEGOTIATION', NULL, DATE '2014-02-01', 3, 'WORKING_DAYS',
        '财政部令第74号第二十九条', 'MoF Order No. 74 Art. 29'),
    (13, 'NOTICE_PERIOD', 'COMPETITIVE_CONSULTATION', NULL, DATE '2015-01-01', 3, 'WORKING_DAYS',
        '《政府采购竞争性磋商采购方式管理暂行办法》（财库〔2014〕214号）第七条', 'Circular Caiku [2014] No. 214 Art. 7'),
    (14, 'DOCUMENTS_AVAILABLE', 'COMPETITIVE_CONSULTATION', NULL, DATE '2015-01-01', 5, 'WORKING_DAYS',
        '财库〔2014〕214号第十条（待核实）', 'Circular Caiku [2014] No. 214 Art. 10 (verify)'),
    (15, 'DOCUMENTS_TO_DEADLINE', 'COMPETITIVE_CONSULTATION', NULL, DATE '2015-01-01', 10, 'DAYS',
        '财库〔2014〕214号第十条', 'Circular Caiku [2014] No. 214 Art. 10'),
    (16, 'PUBLICITY_PERIOD', 'SINGLE_SOURCE', NULL, DATE '2015-03-01', 5, 'WORKING_DAYS',
        '《中华人民共和国政府采购法实施条例》第三十八条', 'Implementing Regulations of the GPL Art. 38'),
    (17, 'PRICE_WEIGHT_MIN', NULL, NULL, DATE '2017-10-01', 10, 'PERCENT',
        '财政部令第87号第五十五条（服务项目价格分值占总分值比重 10%–30%）', 'MoF Order No. 87 Art. 55 (services: price 10–30 %)'),
    (18, 'PRICE_WEIGHT_MAX', NULL, NULL, DATE '2017-10-01', 30, 'PERCENT',
        '财政部令第87号第五十五条（服务项目价格分值占总分值比重 10%–30%）', 'MoF Order No. 87 Art. 55 (services: price 10–30 %)'),
    (19, 'INTENTION_LEAD', NULL, NULL, DATE '2020-03-01', 30, 'DAYS',
        '《关于开展政府采购意向公开工作的通知》（财库〔2020〕10号）', 'Circular Caiku [2020] No. 10 on publishing procurement intentions'),
    (20, 'MIN_QUOTATIONS', 'SMALL_PURCHASE', NULL, DATE '2020-01-01', 3, 'COUNT',
        '分散采购内部控制规范（三家以上书面报价，待核实）', 'Internal rules for purchases below the limit: three written quotations (verify)');

-- A purchaser's entrustment of one purchase request to a procurement agency (采购代理机构). The agency
-- may then draft and run the procedure; the purchaser stays accountable and sees everything.
CREATE TABLE procurement_delegation (
    id            UUID                     NOT NULL PRIMARY KEY,
    request_id    UUID                     NOT NULL REFERENCES purchase_request (id),
    purchaser_id  UUID                     NOT NULL REFERENCES organization (id),
    agency_id     UUID                     NOT NULL REFERENCES organization (id),
    agreement     VARCHAR(200)             NOT NULL,
    recorded_by   UUID                     NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    -- The request while the delegation runs, NULL once revoked: one running delegation per request,
    -- kept by the database on both vendors (a unique column allows many NULLs).
    running_for   UUID UNIQUE,
    CHECK ((revoked_at IS NULL) = (running_for IS NOT NULL))
);
CREATE INDEX procurement_delegation_by_agency ON procurement_delegation (agency_id);

CREATE TABLE procurement_procedure (
    id                        UUID                     NOT NULL PRIMARY KEY,
    reference                 VARCHAR(40)              NOT NULL UNIQUE,
    purchaser_id              UUID                     NOT NULL REFERENCES organization (id),
    agency_id                 UUID                     REFERENCES organization (id),
    request_id                UUID                     NOT NULL REFERENCES purchase_request (id),
    catalogue_code            VARCHAR(8)               NOT NULL,
    title                     VARCHAR(200)             NOT NULL,
    description               VARCHAR(4000),
    method                    VARCHAR(30)              NOT NULL,
    justification             VARCHAR(40),
    justification_text        VARCHAR(2000),
    single_source_supplier_id UUID                     REFERENCES organization (id),
    state                     VARCHAR(20)              NOT NULL DEFAULT 'DRAFT',
    notice_on                 DATE,
    documents_until           DATE,
    deadline                  TIMESTAMP WITH TIME ZONE,
    opening_from              TIMESTAMP WITH TIME ZONE,
    opening_until             TIMESTAMP WITH TIME ZONE,
    prequalification_on       DATE,
    prequalification_until    DATE,
    publicity_from            DATE,
    publicity_until           DATE,
    custodians_needed         INT                      NOT NULL DEFAULT 3 CHECK (custodians_needed >= 2),
    intention_acknowledged_by UUID,
    intention_acknowledged_at TIMESTAMP WITH TIME ZONE,
    approval                  VARCHAR(12)              NOT NULL DEFAULT 'NOT_ASKED'
                                  CHECK (approval IN ('NOT_ASKED', 'REQUESTED', 'APPROVED', 'REFUSED')),
    approval_request_reason   VARCHAR(2000),
    approval_decision_reason  VARCHAR(2000),
    approval_decided_by       UUID,
    approval_decided_at       TIMESTAMP WITH TIME ZONE,
    approved_method           VARCHAR(30),
    approved_amount           NUMERIC(18, 2),
    created_by                UUID                     NOT NULL,
    created_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    version                   INT                      NOT NULL DEFAULT 0
);
CREATE INDEX procedure_by_purchaser ON procurement_procedure (purchaser_id, created_at);
CREATE INDEX procedure_by_agency ON procurement_procedure (agency_id, created_at);
-- A request is drafted into one procedure at a time (the request's own status says so too).
CREATE INDEX procedure_by_request ON procurement_procedure (request_id);

CREATE TABLE procedure_lot (
    procedure_id UUID           NOT NULL REFERENCES procurement_procedure (id),
    lot_number   INT            NOT NULL CHECK (lot_number >= 1),
    title        VARCHAR(200)   NOT NULL,
    description  VARCHAR(4000),
    budget       NUMERIC(18, 2) NOT NULL CHECK (budget > 0),
    award_method VARCHAR(30)    NOT NULL CHECK (award_method IN ('COMPREHENSIVE_SCORING', 'LOWEST_PRICE')),
    price_weight NUMERIC(5, 2),
    price_fixed  BOOLEAN        NOT NULL DEFAULT FALSE,
    PRIMARY KEY (procedure_id, lot_number)
);

CREATE TABLE lot_factor (
    procedure_id UUID          NOT NULL,
    lot_number   INT           NOT NULL,
    position     INT           NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    weight       NUMERIC(5, 2) NOT NULL CHECK (weight > 0),
    guidance     VARCHAR(2000) NOT NULL,
    kind         VARCHAR(20)   NOT NULL CHECK (kind IN ('GENERAL', 'PAST_PERFORMANCE')),
    PRIMARY KEY (procedure_id, lot_number, position),
    FOREIGN KEY (procedure_id, lot_number) REFERENCES procedure_lot (procedure_id, lot_number)
);

-- The officials named to hold one share each of the opening key (k of n, procedure.custodians_needed = k).
CREATE TABLE procedure_custodian (
    procedure_id    UUID NOT NULL REFERENCES procurement_procedure (id),
    user_id         UUID NOT NULL,
    organization_id UUID NOT NULL REFERENCES organization (id),
    PRIMARY KEY (procedure_id, user_id)
);

-- Tender documents, versioned per kind: a new upload of a kind is its next version, earlier ones stay.
CREATE TABLE procedure_document (
    procedure_id UUID                     NOT NULL REFERENCES procurement_procedure (id),
    kind         VARCHAR(30)              NOT NULL,
    version      INT                      NOT NULL CHECK (version >= 1),
    document_id  UUID                     NOT NULL REFERENCES document (id),
    uploaded_by  UUID                     NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (procedure_id, kind, version)
);
CREATE INDEX procedure_document_by_document ON procedure_document (document_id);

-- Invitational tender: the qualified suppliers after pre-qualification and those drawn at random to be
-- invited, with the seed of the draw, so that anyone can redo it.
CREATE TABLE invitation_draw (
    procedure_id UUID                     NOT NULL PRIMARY KEY REFERENCES procurement_procedure (id),
    seed         VARCHAR(64)              NOT NULL,
    drawn_by     UUID                     NOT NULL,
    drawn_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE invitation_candidate (
    procedure_id UUID    NOT NULL REFERENCES invitation_draw (procedure_id),
    supplier_id  UUID    NOT NULL REFERENCES organization (id),
    position     INT     NOT NULL,
    invited      BOOLEAN NOT NULL,
    PRIMARY KEY (procedure_id, supplier_id)
);

INSERT INTO role_permission (role, permission) VALUES
    ('PURCHASER', 'procurement:procedure:draft'),
    ('AGENT', 'procurement:procedure:draft'),
    ('PURCHASER', 'procurement:procedure:read'),
    ('AGENT', 'procurement:procedure:read'),
    ('FINANCE', 'procurement:procedure:read'),
    ('AUDITOR', 'procurement:procedure:read'),
    ('FINANCE', 'procurement:procedure:read-all'),
    ('AUDITOR', 'procurement:procedure:read-all'),
    ('PURCHASER', 'procurement:delegation:record'),
    ('FINANCE', 'procurement:method:approve');
