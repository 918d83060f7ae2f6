-- Platform incidents (电子交易平台故障): the finance bureau declares one once it is over, for the window
-- [starts_at, ends_at) in which the platform was down or broken, with its reason. Every deadline of a
-- procedure still tendering, or closed and not yet opened, that fell inside the window is extended (顺延)
-- in the same transaction, with a notice; incident_extension records which, from what and to what.
-- Public facts: anyone reads them; nobody changes them.
CREATE TABLE platform_incident (
    id              UUID                     NOT NULL PRIMARY KEY,
    reference       VARCHAR(30)              NOT NULL UNIQUE,
    starts_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    reason          VARCHAR(2000)            NOT NULL,
    declared_by     UUID                     NOT NULL REFERENCES app_user (id),
    organization_id UUID                     NOT NULL REFERENCES organization (id),
    declared_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (starts_at < ends_at),
    CHECK (ends_at <= declared_at)
);
CREATE INDEX platform_incident_by_window ON platform_incident (starts_at, ends_at);

CREATE TABLE incident_extension (
    incident_id     UUID                     NOT NULL REFERENCES platform_incident (id),
    procedure_id    UUID                     NOT NULL REFERENCES procurement_procedure (id),
    from_state      VARCHAR(20)              NOT NULL CHECK (from_state IN ('TENDERING', 'CLOSED')),
    deadline_before TIMESTAMP WITH TIME ZONE NOT NULL,
    deadline_after  TIMESTAMP WITH TIME ZONE NOT NULL,
    notice_id       UUID                     NOT NULL REFERENCES procurement_notice (id),
    PRIMARY KEY (incident_id, procedure_id),
    CHECK (deadline_before < deadline_after)
);
CREATE INDEX incident_extension_by_procedure ON incident_extension (procedure_id);

-- The deadlines an incident may extend are found by their instant.
CREATE INDEX procedure_by_deadline ON procurement_procedure (deadline);

INSERT INTO role_permission (role, permission) VALUES
    ('FINANCE', 'procurement:incident:declare');
