-- A sealed bid's row is a receipt: never changed nor removed, by the application or anyone else.
DO $$
BEGIN
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON sealed_bid FROM %I', '${app_role}');
END
$$;

CREATE FUNCTION sealed_bid_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'sealed bids never change (% refused)', TG_OP;
END
$$;

CREATE TRIGGER sealed_bid_append_only BEFORE UPDATE OR DELETE ON sealed_bid
    FOR EACH ROW EXECUTE FUNCTION sealed_bid_refuse_change();
