-- Renewal of a stable, continuous service contracted year by year: the next year's contract is drafted from the last
-- one, when its performance grade is at least 中, and names the contract it renews.
ALTER TABLE contract ADD COLUMN renewal_of UUID REFERENCES contract (id);
CREATE INDEX contract_by_renewal ON contract (renewal_of);
