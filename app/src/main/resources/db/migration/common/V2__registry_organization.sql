-- The minimal organization of the registry: the registry issue adds people, ties, ratings and credit.
CREATE TABLE organization (
    id          UUID                     NOT NULL PRIMARY KEY,
    credit_code CHAR(18)                 NOT NULL UNIQUE,
    name_zh     VARCHAR(200)             NOT NULL,
    name_en     VARCHAR(200)             NOT NULL,
    kind        VARCHAR(40)              NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     INT                      NOT NULL DEFAULT 0
);
