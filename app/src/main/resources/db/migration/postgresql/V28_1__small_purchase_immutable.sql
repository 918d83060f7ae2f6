-- The quotations a small purchase compared and the choice made among them are its record: the application
-- may add them, never change or remove them.
DO $$
BEGIN
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON small_purchase_quotation FROM %I', '${app_role}');
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON small_purchase_choice FROM %I', '${app_role}');
END
$$;
