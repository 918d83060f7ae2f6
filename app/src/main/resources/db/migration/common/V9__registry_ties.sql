-- The facts the eligibility rules read: ties of associations to state organs, people and their
-- posts, officials' service, credit lists and procurement bans. Each dated, so that any day can be judged.
CREATE TABLE host_tie (
    id              UUID        NOT NULL PRIMARY KEY,
    organization_id UUID        NOT NULL REFERENCES organization (id),
    organ_id        UUID        NOT NULL REFERENCES organization (id),
    role            VARCHAR(20) NOT NULL CHECK (role IN ('HOST', 'SUPERVISING_ORGAN')),
    decoupled_on    DATE
);
CREATE INDEX host_tie_by_organization ON host_tie (organization_id);

-- People are personal data: their names are shown to the registrar, finance and auditors only.
CREATE TABLE person (
    id         UUID                     NOT NULL PRIMARY KEY,
    name       VARCHAR(60)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE person_position (
    id              UUID        NOT NULL PRIMARY KEY,
    person_id       UUID        NOT NULL REFERENCES person (id),
    organization_id UUID        NOT NULL REFERENCES organization (id),
    post            VARCHAR(30) NOT NULL,
    from_date       DATE        NOT NULL,
    until_date      DATE,
    CHECK (until_date IS NULL OR until_date >= from_date)
);
CREATE INDEX person_position_by_organization ON person_position (organization_id);
CREATE INDEX person_position_by_person ON person_position (person_id);

CREATE TABLE civil_service (
    id         UUID NOT NULL PRIMARY KEY,
    person_id  UUID NOT NULL REFERENCES person (id),
    organ_id   UUID NOT NULL REFERENCES organization (id),
    retired_on DATE
);
CREATE INDEX civil_service_by_person ON civil_service (person_id);

CREATE TABLE credit_list_entry (
    id              UUID         NOT NULL PRIMARY KEY,
    organization_id UUID         NOT NULL REFERENCES organization (id),
    credit_list     VARCHAR(30)  NOT NULL CHECK (credit_list IN ('ABNORMAL_ACTIVITY', 'SERIOUS_DISHONESTY')),
    listed_on       DATE         NOT NULL,
    reason          VARCHAR(500) NOT NULL,
    removed_on      DATE,
    CHECK (removed_on IS NULL OR removed_on >= listed_on)
);
CREATE INDEX credit_list_entry_by_organization ON credit_list_entry (organization_id);

CREATE TABLE procurement_ban (
    id              UUID         NOT NULL PRIMARY KEY,
    organization_id UUID         NOT NULL REFERENCES organization (id),
    from_date       DATE         NOT NULL,
    last_day        DATE         NOT NULL,
    reason          VARCHAR(500) NOT NULL,
    decided_by      UUID         NOT NULL REFERENCES organization (id)
);
CREATE INDEX procurement_ban_by_organization ON procurement_ban (organization_id);

INSERT INTO role_permission (role, permission) VALUES
    ('REGISTRAR', 'registry:ties:edit'),
    ('REGISTRAR', 'registry:credit:edit'),
    ('FINANCE', 'registry:ban:edit'),
    ('PURCHASER', 'registry:eligibility:read'),
    ('AGENT', 'registry:eligibility:read'),
    ('FINANCE', 'registry:eligibility:read'),
    ('REGISTRAR', 'registry:eligibility:read'),
    ('AUDITOR', 'registry:eligibility:read');
