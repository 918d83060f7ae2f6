-- A contract's signatures are the record: the application may add them, never change or remove them.
DO $$
BEGIN
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON contract_signature FROM %I', '${app_role}');
END
$$;
