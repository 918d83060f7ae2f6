-- Procurement intentions and needs consultation (planning), and the permissions of the planning screens.

-- A department's notice that it means to buy a catalogue item around a month (采购意向, 财库〔2020〕10号):
-- published, in principle, at least 30 days before the procedure starts. A draft is the department's
-- alone; a published intention never changes, and a withdrawn one stays visible as withdrawn.
CREATE TABLE procurement_intention (
    id               UUID                     NOT NULL PRIMARY KEY,
    department_id    UUID                     NOT NULL REFERENCES organization (id),
    title            VARCHAR(200)             NOT NULL,
    catalogue_code   VARCHAR(8)               NOT NULL,
    estimated_amount NUMERIC(18, 2)           NOT NULL CHECK (estimated_amount > 0),
    -- The first day of the month in which the purchase is expected.
    expected_month   DATE                     NOT NULL,
    description      VARCHAR(4000),
    status           VARCHAR(10)              NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    created_by       UUID                     NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at     TIMESTAMP WITH TIME ZONE,
    withdrawn_at     TIMESTAMP WITH TIME ZONE,
    withdraw_reason  VARCHAR(500),
    version          INT                      NOT NULL DEFAULT 0,
    CHECK (status = 'DRAFT' OR status = 'WITHDRAWN' OR published_at IS NOT NULL),
    CHECK (status <> 'WITHDRAWN' OR withdrawn_at IS NOT NULL)
);
CREATE INDEX procurement_intention_by_department ON procurement_intention (department_id, catalogue_code, published_at);
CREATE INDEX procurement_intention_published ON procurement_intention (published_at);

-- A department's planned purchase put to the providers before the request is written (需求征询): they
-- comment until the end of the closing day, and the department answers each comment in public.
CREATE TABLE needs_consultation (
    id                  UUID                     NOT NULL PRIMARY KEY,
    department_id       UUID                     NOT NULL REFERENCES organization (id),
    purchase_request_id UUID                     REFERENCES purchase_request (id),
    catalogue_code      VARCHAR(8)               NOT NULL,
    title               VARCHAR(200)             NOT NULL,
    description         VARCHAR(4000)            NOT NULL,
    closes_on           DATE                     NOT NULL,
    published_by        UUID                     NOT NULL,
    published_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX needs_consultation_by_department ON needs_consultation (department_id, published_at);
CREATE INDEX needs_consultation_published ON needs_consultation (published_at);

-- A provider's comment. The commenting organization is kept for the department, the finance bureau and
-- the auditors; the public reads the comment and its answer without it.
CREATE TABLE consultation_comment (
    id              UUID                     NOT NULL PRIMARY KEY,
    consultation_id UUID                     NOT NULL REFERENCES needs_consultation (id),
    organization_id UUID                     NOT NULL REFERENCES organization (id),
    author_id       UUID                     NOT NULL,
    body            VARCHAR(4000)            NOT NULL,
    commented_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    answer          VARCHAR(4000),
    answered_by     UUID,
    answered_at     TIMESTAMP WITH TIME ZONE,
    version         INT                      NOT NULL DEFAULT 0,
    CHECK ((answer IS NULL) = (answered_at IS NULL))
);
CREATE INDEX consultation_comment_by_consultation ON consultation_comment (consultation_id, commented_at);

INSERT INTO role_permission (role, permission) VALUES
    ('FINANCE', 'planning:budget:import'),
    ('PURCHASER', 'planning:intention:read'),
    ('PURCHASER', 'planning:intention:publish'),
    ('FINANCE', 'planning:intention:read'),
    ('FINANCE', 'planning:intention:read-all'),
    ('AUDITOR', 'planning:intention:read'),
    ('AUDITOR', 'planning:intention:read-all'),
    ('PURCHASER', 'planning:consultation:read'),
    ('PURCHASER', 'planning:consultation:publish'),
    ('PURCHASER', 'planning:consultation:answer'),
    ('PROVIDER', 'planning:consultation:comment'),
    ('FINANCE', 'planning:consultation:read'),
    ('FINANCE', 'planning:consultation:read-all'),
    ('AUDITOR', 'planning:consultation:read'),
    ('AUDITOR', 'planning:consultation:read-all');
