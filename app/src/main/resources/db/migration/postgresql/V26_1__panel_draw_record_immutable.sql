-- The record of a panel's draw — its candidates with their ranks, and every exclusion with its reason — is what anyone
-- replays the draw from: the application may add to it, never change or remove it.
DO $$
BEGIN
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON panel_candidate FROM %I', '${app_role}');
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON panel_exclusion FROM %I', '${app_role}');
END
$$;
