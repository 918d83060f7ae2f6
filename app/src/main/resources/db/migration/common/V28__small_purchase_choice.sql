-- The small-purchase path (below the procurement limit): after the deadline of its purchase notice the
-- purchaser records the quotations it received, per lot, and the supplier it chose with the reason. The
-- quotations are compared on the record; choosing another than the cheapest, or with fewer quotations
-- than the setting asks, needs its own reason.
CREATE TABLE small_purchase_quotation (
    procedure_id UUID                     NOT NULL,
    lot_number   INTEGER                  NOT NULL,
    supplier_id  UUID                     NOT NULL REFERENCES organization (id),
    price        NUMERIC(18, 2)           NOT NULL CHECK (price > 0),
    received_on  DATE                     NOT NULL,
    note         VARCHAR(2000),
    recorded_by  UUID                     NOT NULL REFERENCES app_user (id),
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (procedure_id, lot_number, supplier_id),
    FOREIGN KEY (procedure_id, lot_number) REFERENCES procedure_lot (procedure_id, lot_number)
);

CREATE TABLE small_purchase_choice (
    procedure_id UUID                     NOT NULL,
    lot_number   INTEGER                  NOT NULL,
    supplier_id  UUID                     NOT NULL,
    reason       VARCHAR(2000)            NOT NULL,
    fewer_reason VARCHAR(2000),
    chosen_by    UUID                     NOT NULL REFERENCES app_user (id),
    chosen_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (procedure_id, lot_number),
    FOREIGN KEY (procedure_id, lot_number, supplier_id)
        REFERENCES small_purchase_quotation (procedure_id, lot_number, supplier_id)
);
