-- Progress reports and beneficiaries' opinions are the record: the application may add them, never change or remove them.
DO $$
BEGIN
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON contract_progress FROM %I', '${app_role}');
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON acceptance_opinion FROM %I', '${app_role}');
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON contract_add_on FROM %I', '${app_role}');
END
$$;
