-- Audit entries are append-only for the application: no UPDATE or DELETE privilege, and a trigger
-- that refuses both for everyone, the owner included.
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);

DO $$
BEGIN
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry, audit_payload FROM %I', '${app_role}');
END
$$;

CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit entries are append-only (% refused)', TG_OP;
END
$$;

CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
