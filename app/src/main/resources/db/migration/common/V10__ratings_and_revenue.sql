-- Ratings of social organizations (5A…1A, valid five years) and each association's share of revenue
-- from government per year (the decoupling plan ends direct appropriations).
CREATE TABLE rating (
    id              UUID    NOT NULL PRIMARY KEY,
    organization_id UUID    NOT NULL REFERENCES organization (id),
    grade           INT     NOT NULL CHECK (grade BETWEEN 1 AND 5),
    rated_on        DATE    NOT NULL,
    valid_until     DATE    NOT NULL,
    CHECK (valid_until > rated_on)
);
CREATE INDEX rating_by_organization ON rating (organization_id);

CREATE TABLE government_revenue_share (
    organization_id UUID         NOT NULL REFERENCES organization (id),
    fiscal_year     INT          NOT NULL,
    share_percent   NUMERIC(5,2) NOT NULL CHECK (share_percent BETWEEN 0 AND 100),
    PRIMARY KEY (organization_id, fiscal_year)
);

INSERT INTO role_permission (role, permission) VALUES
    ('REGISTRAR', 'registry:person:read'),
    ('FINANCE', 'registry:person:read'),
    ('AUDITOR', 'registry:person:read');
