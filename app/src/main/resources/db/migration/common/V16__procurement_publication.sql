-- Publication: a draft becomes TENDERING with its first notice. Notices are numbered per procedure and
-- never change: each holds its text in both languages and the SHA-256 of the two, as published.
ALTER TABLE procurement_procedure ADD COLUMN published_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE procurement_notice (
    id           UUID                     NOT NULL PRIMARY KEY,
    procedure_id UUID                     NOT NULL REFERENCES procurement_procedure (id),
    number       VARCHAR(60)              NOT NULL UNIQUE,
    kind         VARCHAR(30)              NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    text_zh      TEXT                     NOT NULL,
    text_en      TEXT                     NOT NULL,
    sha256       CHAR(64)                 NOT NULL
);
CREATE INDEX procurement_notice_by_procedure ON procurement_notice (procedure_id, published_at);
CREATE INDEX procedure_by_publication ON procurement_procedure (published_at);

INSERT INTO role_permission (role, permission) VALUES
    ('PURCHASER', 'procurement:procedure:publish'),
    ('AGENT', 'procurement:procedure:publish');
