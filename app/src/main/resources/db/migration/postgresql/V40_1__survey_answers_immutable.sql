-- Satisfaction survey answers are the record: the application may add them, never change or remove them. A token is only
-- ever marked used, never removed.
DO $$
BEGIN
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON survey_answer FROM %I', '${app_role}');
    EXECUTE format('REVOKE DELETE, TRUNCATE ON survey_token FROM %I', '${app_role}');
END
$$;
