-- What a person (an evaluation expert above all) declares of their own ties to organizations: control
-- of one, kinship with its head, or any other relationship that may affect a fair evaluation (the
-- catch-all declaration). Personal data, read only by the registrar, finance and auditors.
CREATE TABLE declared_tie (
    id              UUID         NOT NULL PRIMARY KEY,
    person_id       UUID         NOT NULL REFERENCES person (id),
    organization_id UUID         NOT NULL REFERENCES organization (id),
    kind            VARCHAR(30)  NOT NULL
        CHECK (kind IN ('CONTROLLING_SHAREHOLDER', 'ACTUAL_CONTROLLER', 'CLOSE_RELATIVE_OF_HEAD', 'OTHER')),
    from_date       DATE         NOT NULL,
    until_date      DATE,
    description     VARCHAR(500) NOT NULL,
    declared_on     DATE         NOT NULL,
    CHECK (until_date IS NULL OR until_date >= from_date)
);
CREATE INDEX declared_tie_by_person ON declared_tie (person_id);

CREATE INDEX person_by_name ON person (name, id);

INSERT INTO role_permission (role, permission) VALUES
    ('REGISTRAR', 'registry:declaration:edit'),
    ('FINANCE', 'registry:declaration:edit');
