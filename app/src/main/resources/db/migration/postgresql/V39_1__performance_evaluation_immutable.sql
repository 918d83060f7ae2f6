-- Submitted evaluations, their scores, settlements and credit entries are the record: the application adds them, never
-- changes or removes them. A result changes once, when the provider comments on it.
DO $$
BEGIN
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON performance_evaluation FROM %I', '${app_role}');
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON evaluation_score FROM %I', '${app_role}');
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON final_instalment_settlement FROM %I', '${app_role}');
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON poor_performance_entry FROM %I', '${app_role}');
    EXECUTE format('REVOKE DELETE, TRUNCATE ON performance_result FROM %I', '${app_role}');
END
$$;
