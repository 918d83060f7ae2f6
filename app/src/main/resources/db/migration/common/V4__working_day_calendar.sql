-- The working-day calendar as data (RULES.md "Time"). A year is loaded as a whole: its row in
-- calendar_year says it was checked, and its special days are the holidays (OFF) and the adjusted
-- working days (WORK); every other day follows the week. A year without a row is not loaded, and
-- periods that reach it are refused.
--
-- The rows are not inserted here: the application loads the shipped calendar/calendar-cn.csv at
-- startup (insert-if-absent), so the shipped years pass the same checks as an administrator's upload
-- and a later release ships a new year by adding lines to that file, without a migration.
--
-- The brief's column names "day" and "year" are keywords in H2, which would force quoting in every
-- query on one database only; hence calendar_date and year_number.

CREATE TABLE calendar_year (
    year_number INT                      NOT NULL PRIMARY KEY,
    loaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    source      VARCHAR(200)             NOT NULL,
    -- Raised by every replacement, so that every node sees its cached calendar is stale.
    version     INT                      NOT NULL DEFAULT 0
);

-- year_number repeats the date's year so that no day can exist without its loaded year.
CREATE TABLE calendar_day (
    calendar_date DATE         NOT NULL PRIMARY KEY,
    year_number   INT          NOT NULL REFERENCES calendar_year (year_number),
    kind          VARCHAR(4)   NOT NULL CHECK (kind IN ('OFF', 'WORK')),
    name          VARCHAR(100) NOT NULL,
    CONSTRAINT calendar_day_in_its_year CHECK (EXTRACT(YEAR FROM calendar_date) = year_number)
);
CREATE INDEX calendar_day_by_year ON calendar_day (year_number);
