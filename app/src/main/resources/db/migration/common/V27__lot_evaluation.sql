-- The evaluation of an opened lot (评审, MoF Order 87): the purchaser's qualification review, the panel's
-- compliance review, price corrections the bidder confirms, explanations of abnormally low prices, the
-- members' scores, the compiled ranking and the members' signatures on it.
CREATE TABLE lot_evaluation (
    procedure_id   UUID                     NOT NULL,
    lot_number     INTEGER                  NOT NULL,
    stage          VARCHAR(15)              NOT NULL
        CHECK (stage IN ('QUALIFICATION', 'COMPLIANCE', 'CLARIFICATION', 'SCORING', 'COMPILED', 'COMPLETED', 'FAILED')),
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the seed of the draw that orders bids still tied after every rule, drawn when the ranking is compiled
    tie_seed       CHAR(64),
    compiled_at    TIMESTAMP WITH TIME ZONE,
    completed_at   TIMESTAMP WITH TIME ZONE,
    failure_reason VARCHAR(80),
    PRIMARY KEY (procedure_id, lot_number),
    FOREIGN KEY (procedure_id, lot_number) REFERENCES lot_opening (procedure_id, lot_number)
);

-- Each opened bid of the lot, as the evaluation sees it: the verdicts on it, why it stopped being valid,
-- and its place in the compiled ranking. Scores are kept to 28 decimals, the full precision the ranking is
-- computed with; the shown total is rounded to 2 and is what ranks.
CREATE TABLE evaluated_bid (
    procedure_id         UUID                     NOT NULL,
    lot_number           INTEGER                  NOT NULL,
    bidder_id            UUID                     NOT NULL REFERENCES organization (id),
    price                NUMERIC(18, 2)           NOT NULL,
    qualified            BOOLEAN,
    qualification_reason VARCHAR(2000),
    qualified_by         UUID REFERENCES app_user (id),
    qualified_at         TIMESTAMP WITH TIME ZONE,
    compliant            BOOLEAN,
    invalid_reason       VARCHAR(80),
    ranking              INTEGER,
    drawn                BOOLEAN                  NOT NULL DEFAULT FALSE,
    price_score          NUMERIC(40, 28),
    total                NUMERIC(40, 28),
    shown_total          NUMERIC(7, 2),
    PRIMARY KEY (procedure_id, lot_number, bidder_id),
    FOREIGN KEY (procedure_id, lot_number) REFERENCES lot_evaluation (procedure_id, lot_number)
);

-- A panel member's vote on a question about a bid: is it compliant (COMPLIANCE), is its low price
-- justified (EXPLANATION). The majority decides once every seated member has voted; the others' votes and
-- reasons stay on the record as dissent.
CREATE TABLE panel_vote (
    procedure_id UUID                     NOT NULL,
    lot_number   INTEGER                  NOT NULL,
    bidder_id    UUID                     NOT NULL,
    question     VARCHAR(12)              NOT NULL CHECK (question IN ('COMPLIANCE', 'EXPLANATION')),
    member_id    UUID                     NOT NULL REFERENCES app_user (id),
    in_favour    BOOLEAN                  NOT NULL,
    reason       VARCHAR(2000),
    voted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (procedure_id, lot_number, bidder_id, question, member_id),
    FOREIGN KEY (procedure_id, lot_number, bidder_id) REFERENCES evaluated_bid (procedure_id, lot_number, bidder_id)
);

-- A correction of a bid's price by the panel (Order 87 Art. 59), which counts only once the bidder
-- confirms it; a refused correction makes the bid invalid.
CREATE TABLE price_correction (
    procedure_id UUID                     NOT NULL,
    lot_number   INTEGER                  NOT NULL,
    bidder_id    UUID                     NOT NULL,
    kind         VARCHAR(20)              NOT NULL,
    original     NUMERIC(18, 2)           NOT NULL,
    corrected    NUMERIC(18, 2)           NOT NULL,
    reason       VARCHAR(2000)            NOT NULL,
    proposed_by  UUID                     NOT NULL REFERENCES app_user (id),
    proposed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    answer       VARCHAR(10) CHECK (answer IN ('CONFIRMED', 'REFUSED')),
    answered_by  UUID REFERENCES app_user (id),
    answered_at  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (procedure_id, lot_number, bidder_id),
    FOREIGN KEY (procedure_id, lot_number, bidder_id) REFERENCES evaluated_bid (procedure_id, lot_number, bidder_id)
);

-- The panel's request that a bidder explain an abnormally low price (Order 87 Art. 60), with the grounds
-- the rule found, the bidder's written answer and the time it was due by.
CREATE TABLE price_explanation (
    procedure_id UUID                     NOT NULL,
    lot_number   INTEGER                  NOT NULL,
    bidder_id    UUID                     NOT NULL,
    below_mean   NUMERIC(40, 28),
    mean_price   NUMERIC(40, 28),
    below_next   NUMERIC(40, 28),
    next_price   NUMERIC(18, 2),
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    explanation  VARCHAR(20000),
    explained_by UUID REFERENCES app_user (id),
    explained_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (procedure_id, lot_number, bidder_id),
    FOREIGN KEY (procedure_id, lot_number, bidder_id) REFERENCES evaluated_bid (procedure_id, lot_number, bidder_id)
);

-- A member's score sheet: submitted once, whole; signed when the member signs the compiled ranking, with
-- the member's dissent if any. A correction of the ranking clears the signatures given to the old one.
CREATE TABLE score_sheet (
    procedure_id UUID                     NOT NULL,
    lot_number   INTEGER                  NOT NULL,
    member_id    UUID                     NOT NULL REFERENCES app_user (id),
    submitted_at TIMESTAMP WITH TIME ZONE,
    signed_at    TIMESTAMP WITH TIME ZONE,
    dissent      VARCHAR(4000),
    PRIMARY KEY (procedure_id, lot_number, member_id),
    FOREIGN KEY (procedure_id, lot_number) REFERENCES lot_evaluation (procedure_id, lot_number)
);

CREATE TABLE expert_score (
    procedure_id UUID          NOT NULL,
    lot_number   INTEGER       NOT NULL,
    member_id    UUID          NOT NULL,
    bidder_id    UUID          NOT NULL,
    factor_index INTEGER       NOT NULL,
    score        NUMERIC(5, 2) NOT NULL CHECK (score >= 0 AND score <= 100),
    PRIMARY KEY (procedure_id, lot_number, member_id, bidder_id, factor_index),
    FOREIGN KEY (procedure_id, lot_number, member_id) REFERENCES score_sheet (procedure_id, lot_number, member_id)
);

-- After the ranking is compiled a score changes only to mend an arithmetic error (Order 87 Art. 64), and
-- every such change stays here with its reason.
CREATE TABLE score_correction (
    id           UUID                     NOT NULL PRIMARY KEY,
    procedure_id UUID                     NOT NULL,
    lot_number   INTEGER                  NOT NULL,
    member_id    UUID                     NOT NULL REFERENCES app_user (id),
    bidder_id    UUID                     NOT NULL,
    factor_index INTEGER                  NOT NULL,
    before_score NUMERIC(5, 2)            NOT NULL,
    after_score  NUMERIC(5, 2)            NOT NULL,
    reason       VARCHAR(2000)            NOT NULL,
    corrected_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX score_correction_by_lot ON score_correction (procedure_id, lot_number);

INSERT INTO role_permission (role, permission) VALUES
    ('PURCHASER', 'procurement:evaluation:run'),
    ('AGENT', 'procurement:evaluation:run'),
    ('EXPERT', 'procurement:evaluation:review'),
    ('PURCHASER', 'procurement:evaluation:review'),
    ('PROVIDER', 'procurement:evaluation:answer'),
    ('FINANCE', 'procurement:evaluation:read'),
    ('AUDITOR', 'procurement:evaluation:read');
