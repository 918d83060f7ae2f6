-- Contracts (contracting), third slice: implementation. The clauses a delivery is held to (quantity, unit price, the
-- days to pay after acceptance, whether the service is delivered to the public), the publication and the filing of the
-- signed contract, the provider's progress reports and deliverables, the purchaser's acceptance with the beneficiaries'
-- representatives' opinions, the payment orders and payments that follow, add-on purchases, completion and termination.

-- Payment after acceptance, for small and medium providers: within 30 days, at most 60 when the contract says so.
INSERT INTO procurement_rule (id, rule, method, region, effective_from, quantity, unit, legal_basis_zh, legal_basis_en) VALUES
    (370, 'PAYMENT_DAYS', NULL, NULL, DATE '2020-09-01', 30, 'DAYS', '《保障中小企业款项支付条例》第八条',
        'Regulations on Ensuring Payments to SMEs Art. 8'),
    (371, 'PAYMENT_DAYS_MAX', NULL, NULL, DATE '2020-09-01', 60, 'DAYS', '《保障中小企业款项支付条例》第八条',
        'Regulations on Ensuring Payments to SMEs Art. 8');

ALTER TABLE contract ADD COLUMN quantity VARCHAR(200);
ALTER TABLE contract ADD COLUMN unit_price NUMERIC(18, 2);
ALTER TABLE contract ADD CONSTRAINT contract_unit_price CHECK (unit_price > 0);
ALTER TABLE contract ADD COLUMN payment_days INT DEFAULT 30 NOT NULL;
ALTER TABLE contract ADD CONSTRAINT contract_payment_days CHECK (payment_days BETWEEN 1 AND 60);
ALTER TABLE contract ADD COLUMN serves_public BOOLEAN DEFAULT TRUE NOT NULL;
-- Services for the government's own use (catalogue category 05) have no public to invite at acceptance.
UPDATE contract SET serves_public = FALSE WHERE catalogue_code LIKE '05%';
-- The budget line the purchase request committed its money on: payments are spent from it.
ALTER TABLE contract ADD COLUMN budget_line_id UUID REFERENCES budget_line (id);
UPDATE contract SET budget_line_id = (SELECT r.budget_line_id FROM procurement_procedure p JOIN purchase_request r ON r.id = p.request_id
                                      WHERE p.id = contract.procedure_id);
ALTER TABLE contract ALTER COLUMN budget_line_id SET NOT NULL;
-- What the lot holds of the request's committed money (its budget), with the add-ons committed since: what a completed
-- or terminated contract did not spend goes back to the budget line.
ALTER TABLE contract ADD COLUMN budget_held NUMERIC(18, 2);
UPDATE contract SET budget_held = (SELECT l.budget FROM procedure_lot l WHERE l.procedure_id = contract.procedure_id
                                   AND l.lot_number = contract.lot_number);
ALTER TABLE contract ALTER COLUMN budget_held SET NOT NULL;
ALTER TABLE contract ADD COLUMN published_on DATE;
ALTER TABLE contract ADD COLUMN filed_on DATE;
-- The day it was completed (every milestone accepted and paid) or terminated.
ALTER TABLE contract ADD COLUMN closed_on DATE;
ALTER TABLE contract ADD COLUMN termination_reason VARCHAR(2000);
-- What termination gave back to the budget line.
ALTER TABLE contract ADD COLUMN released NUMERIC(18, 2);
ALTER TABLE contract DROP CONSTRAINT contract_status;
ALTER TABLE contract ADD CONSTRAINT contract_status CHECK (status IN ('DRAFT', 'WITHDRAWN', 'SIGNED', 'COMPLETED', 'TERMINATED'));
CREATE INDEX contract_by_status ON contract (status, publish_by);

-- What the provider reports on the way: kept, never changed.
CREATE TABLE contract_progress (
    id           UUID                     NOT NULL PRIMARY KEY,
    contract_id  UUID                     NOT NULL REFERENCES contract (id),
    ordinal      INT,
    reported_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    reported_by  UUID                     NOT NULL REFERENCES app_user (id),
    report       VARCHAR(4000)            NOT NULL,
    percent_done INT CHECK (percent_done BETWEEN 0 AND 100),
    FOREIGN KEY (contract_id, ordinal) REFERENCES contract_milestone (contract_id, ordinal)
);
CREATE INDEX contract_progress_by_contract ON contract_progress (contract_id, reported_at);

-- Each submission of a milestone's deliverable, and the purchaser's decision on it: a rejected deliverable is submitted
-- again as the next round; the rounds are kept. Accepted once, the milestone is done.
CREATE TABLE milestone_submission (
    contract_id     UUID                     NOT NULL,
    ordinal         INT                      NOT NULL,
    round           INT                      NOT NULL CHECK (round >= 1),
    submitted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_by    UUID                     NOT NULL REFERENCES app_user (id),
    report          VARCHAR(4000)            NOT NULL,
    document_id     UUID REFERENCES document (id),
    decision        VARCHAR(10) CHECK (decision IN ('ACCEPTED', 'REJECTED')),
    decided_at      TIMESTAMP WITH TIME ZONE,
    decided_by      UUID REFERENCES app_user (id),
    decided_on      DATE,
    reason          VARCHAR(2000),
    PRIMARY KEY (contract_id, ordinal, round),
    FOREIGN KEY (contract_id, ordinal) REFERENCES contract_milestone (contract_id, ordinal)
);

-- The opinions of the beneficiaries' representatives invited to an acceptance (IR Art. 45). The representative's
-- name is personal data: it is shown to the parties, the finance bureau and auditors, never published.
CREATE TABLE acceptance_opinion (
    contract_id     UUID          NOT NULL,
    ordinal         INT           NOT NULL,
    round           INT           NOT NULL,
    seq             INT           NOT NULL,
    representative  VARCHAR(100)  NOT NULL,
    represents      VARCHAR(200)  NOT NULL,
    rating          INT           NOT NULL CHECK (rating BETWEEN 1 AND 5),
    opinion         VARCHAR(2000) NOT NULL,
    PRIMARY KEY (contract_id, ordinal, round, seq),
    FOREIGN KEY (contract_id, ordinal, round) REFERENCES milestone_submission (contract_id, ordinal, round)
);

-- Add-on purchases (GPL Art. 49): each delivered and paid with a milestone of the contract not yet accepted.
CREATE TABLE contract_add_on (
    contract_id   UUID                     NOT NULL REFERENCES contract (id),
    add_on_number INT                      NOT NULL CHECK (add_on_number >= 1),
    amount        NUMERIC(18, 2)           NOT NULL CHECK (amount > 0),
    unit_price    NUMERIC(18, 2),
    quantity      VARCHAR(200),
    reason        VARCHAR(2000)            NOT NULL,
    ordinal       INT                      NOT NULL,
    agreed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    agreed_by     UUID                     NOT NULL REFERENCES app_user (id),
    PRIMARY KEY (contract_id, add_on_number),
    FOREIGN KEY (contract_id, ordinal) REFERENCES contract_milestone (contract_id, ordinal)
);

-- One payment per milestone: ordered when the milestone is accepted (an advance when the contract is signed), due
-- payment_days later, paid once. The amount is the milestone's share of the price plus the add-ons delivered with it.
CREATE TABLE contract_payment (
    contract_id  UUID                     NOT NULL,
    ordinal      INT                      NOT NULL,
    amount       NUMERIC(18, 2)           NOT NULL CHECK (amount >= 0),
    ordered_on   DATE                     NOT NULL,
    due_on       DATE                     NOT NULL,
    paid_on      DATE,
    paid_at      TIMESTAMP WITH TIME ZONE,
    paid_by      UUID REFERENCES app_user (id),
    voucher      VARCHAR(60),
    cancelled_on DATE,
    PRIMARY KEY (contract_id, ordinal),
    FOREIGN KEY (contract_id, ordinal) REFERENCES contract_milestone (contract_id, ordinal)
);
CREATE INDEX contract_payment_due ON contract_payment (paid_on, due_on);

-- The purchaser delivers its department's contracts' implementation (publish, file, accept, order and record payments,
-- agree add-ons, terminate); the provider reports and submits its deliverables.
INSERT INTO role_permission (role, permission) VALUES
    ('PURCHASER', 'contracting:contract:manage'),
    ('PROVIDER', 'contracting:contract:deliver');

-- The reminders sent of a contract's days, one per subject and day, so that the hourly sweep reminds once.
CREATE TABLE contract_reminder (
    contract_id UUID                     NOT NULL REFERENCES contract (id),
    subject     VARCHAR(40)              NOT NULL,
    due_day     DATE                     NOT NULL,
    sent_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (contract_id, subject, due_day)
);
