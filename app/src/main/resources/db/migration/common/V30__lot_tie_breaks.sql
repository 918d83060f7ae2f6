-- The tie rules a lot's documents state (Order 87 Art. 68), in the order they apply after the rules' own
-- order and before the random draw: the higher average on one of the lot's factors (factor_number, from 1),
-- or the earlier receipt of the bid.
CREATE TABLE lot_tie_break (
    procedure_id  UUID        NOT NULL,
    lot_number    INT         NOT NULL,
    position      INT         NOT NULL CHECK (position >= 1),
    rule          VARCHAR(20) NOT NULL CHECK (rule IN ('HIGHER_FACTOR', 'EARLIER_RECEIPT')),
    factor_number INT CHECK (factor_number >= 1),
    PRIMARY KEY (procedure_id, lot_number, position),
    FOREIGN KEY (procedure_id, lot_number) REFERENCES procedure_lot (procedure_id, lot_number),
    CHECK ((rule = 'HIGHER_FACTOR') = (factor_number IS NOT NULL))
);

-- A bid the rules' order left equal with another, whose place a stated tie break decided (drawn: the draw did).
ALTER TABLE evaluated_bid ADD COLUMN tie_settled BOOLEAN NOT NULL DEFAULT FALSE;
