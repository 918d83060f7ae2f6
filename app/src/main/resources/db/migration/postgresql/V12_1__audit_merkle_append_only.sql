-- The Merkle log is append-only for the application, as audit_entry is: no UPDATE, DELETE or TRUNCATE
-- privilege, and a trigger that refuses UPDATE and DELETE for everyone, the owner included.
DO $$
BEGIN
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_leaf, audit_node, audit_tree_head, audit_signing_key FROM %I',
                   '${app_role}');
    -- A payload may be redacted, and nothing else: the app may set its two columns, the trigger below says how.
    EXECUTE format('GRANT UPDATE (payload, redacted_at) ON audit_payload TO %I', '${app_role}');
    EXECUTE format('REVOKE DELETE, TRUNCATE ON audit_integrator FROM %I', '${app_role}');
END
$$;

CREATE TRIGGER audit_leaf_append_only BEFORE UPDATE OR DELETE ON audit_leaf
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_node_append_only BEFORE UPDATE OR DELETE ON audit_node
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_tree_head_append_only BEFORE UPDATE OR DELETE ON audit_tree_head
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_signing_key_append_only BEFORE UPDATE OR DELETE ON audit_signing_key
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

-- Redaction empties the readable payload once, and records when; the entry id and the leaf's hash of
-- the payload stay, so every proof still holds.
CREATE FUNCTION audit_payload_redaction_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.redacted_at IS NULL AND NEW.redacted_at IS NOT NULL AND NEW.payload = ''
            AND NEW.entry_id = OLD.entry_id THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit payloads may only be redacted, once (% refused)', TG_OP;
END
$$;

CREATE TRIGGER audit_payload_redaction_only BEFORE UPDATE OR DELETE ON audit_payload
    FOR EACH ROW EXECUTE FUNCTION audit_payload_redaction_only();
