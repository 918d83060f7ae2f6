-- The minutes and amendments of a negotiation, the sealed final quotations and what their opening found are
-- the record: the application may add to them, never change or remove them.
DO $$
BEGIN
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON negotiation_minutes FROM %I', '${app_role}');
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON negotiation_amendment FROM %I', '${app_role}');
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON final_quotation FROM %I', '${app_role}');
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON opened_final_quotation FROM %I', '${app_role}');
END
$$;
