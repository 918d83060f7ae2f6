-- A panel member's vote and the log of scores mended after compilation are the evaluation's record: the
-- application may add to them, never change or remove them.
DO $$
BEGIN
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON panel_vote FROM %I', '${app_role}');
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON score_correction FROM %I', '${app_role}');
END
$$;
