-- A published notice is never changed nor removed: no UPDATE or DELETE privilege for the application,
-- and a trigger that refuses both for everyone, the owner included.
DO $$
BEGIN
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON procurement_notice FROM %I', '${app_role}');
END
$$;

CREATE FUNCTION procurement_notice_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'published notices never change (% refused)', TG_OP;
END
$$;

CREATE TRIGGER procurement_notice_immutable BEFORE UPDATE OR DELETE ON procurement_notice
    FOR EACH ROW EXECUTE FUNCTION procurement_notice_refuse_change();
