-- A declared incident and the extensions it made are public facts: the application may add them, never
-- change or remove them.
DO $$
BEGIN
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON platform_incident FROM %I', '${app_role}');
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON incident_extension FROM %I', '${app_role}');
END
$$;
