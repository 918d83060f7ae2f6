-- A procedure's opening key and its sealed shares are published facts: never changed nor removed. No UPDATE or
-- DELETE privilege for the application, and a trigger that refuses both for everyone, the owner included.
-- A custodian key is only ever replaced (replaced_at, current_for), never removed nor rewrapped: the
-- application may not delete it, and a trigger refuses any change of its key material.
DO $$
BEGIN
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON opening_key FROM %I', '${app_role}');
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON opening_share FROM %I', '${app_role}');
    EXECUTE format('REVOKE DELETE, TRUNCATE ON custodian_key FROM %I', '${app_role}');
END
$$;

CREATE FUNCTION opening_key_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'opening keys and their shares never change (% refused)', TG_OP;
END
$$;

CREATE TRIGGER opening_key_immutable BEFORE UPDATE OR DELETE ON opening_key
    FOR EACH ROW EXECUTE FUNCTION opening_key_refuse_change();
CREATE TRIGGER opening_share_immutable BEFORE UPDATE OR DELETE ON opening_share
    FOR EACH ROW EXECUTE FUNCTION opening_key_refuse_change();

CREATE FUNCTION custodian_key_refuse_rewrap() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id <> OLD.id OR NEW.user_id <> OLD.user_id OR NEW.public_key <> OLD.public_key
            OR NEW.wrapped_key <> OLD.wrapped_key OR NEW.salt <> OLD.salt OR NEW.nonce <> OLD.nonce
            OR NEW.enrolled_at <> OLD.enrolled_at OR OLD.replaced_at IS NOT NULL THEN
        RAISE EXCEPTION 'a custodian key is only ever replaced, never changed';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER custodian_key_replaced_only BEFORE UPDATE ON custodian_key
    FOR EACH ROW EXECUTE FUNCTION custodian_key_refuse_rewrap();
CREATE TRIGGER custodian_key_never_deleted BEFORE DELETE ON custodian_key
    FOR EACH ROW EXECUTE FUNCTION opening_key_refuse_change();
