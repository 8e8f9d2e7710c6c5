-- kapdesk team journal, schema version 1. Run by `kapdesk team init` as the administrator;
-- every statement is idempotent. Objects live in schema "kapdesk"; group roles are created
-- beforehand (they are cluster-wide).
CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;
CREATE SCHEMA IF NOT EXISTS kapdesk;
REVOKE ALL ON SCHEMA kapdesk FROM PUBLIC;

CREATE TABLE IF NOT EXISTS kapdesk.meta (
    id int PRIMARY KEY CHECK (id = 1),
    version int NOT NULL
);
CREATE TABLE IF NOT EXISTS kapdesk.head (
    id int PRIMARY KEY CHECK (id = 1),
    count bigint NOT NULL,
    last_hash text NOT NULL
);
INSERT INTO kapdesk.head VALUES (1, 0, repeat('0', 64)) ON CONFLICT DO NOTHING;
-- The chain's HMAC key: no client role may read it; only the definer's functions use it.
CREATE TABLE IF NOT EXISTS kapdesk.chain_key (
    id int PRIMARY KEY CHECK (id = 1),
    secret bytea NOT NULL
);
INSERT INTO kapdesk.chain_key VALUES (1, public.gen_random_bytes(32)) ON CONFLICT DO NOTHING;
CREATE TABLE IF NOT EXISTS kapdesk.settings (
    id int PRIMARY KEY CHECK (id = 1),
    -- Only for test databases: take the time a client passes instead of the server's clock.
    trust_client_clock boolean NOT NULL DEFAULT false
);
INSERT INTO kapdesk.settings VALUES (1, false) ON CONFLICT DO NOTHING;
CREATE TABLE IF NOT EXISTS kapdesk.thresholds (
    currency text PRIMARY KEY CHECK (currency ~ '^[A-Z]{3}$'),
    amount numeric NOT NULL CHECK (amount >= 0)
);

CREATE TABLE IF NOT EXISTS kapdesk.journal_events (
    seq bigint PRIMARY KEY,
    entry_id bigint NOT NULL,
    event text NOT NULL,
    state text NOT NULL,
    time timestamptz NOT NULL,
    person text NOT NULL,
    workstation text,
    os_user text,
    profile text,
    environment text,
    order_id bigint,
    operation text,
    amount numeric,
    currency text,
    masked_card text,
    reason text,
    approval_code text,
    rrn text,
    action_id text,
    error_code text,
    error_description text,
    order_before text,
    order_after text,
    note text,
    owner_pid bigint,
    owner_host text,
    owner_token text,
    reason_category text,
    operator text,
    prev_hash text NOT NULL,
    hash text NOT NULL
);
CREATE INDEX IF NOT EXISTS journal_events_entry ON kapdesk.journal_events (entry_id, seq);
CREATE INDEX IF NOT EXISTS journal_events_order ON kapdesk.journal_events (order_id);

-- Each entry's present state, kept by the append function: the per-order lock is the
-- partial unique index below, so the database itself refuses a second open entry.
CREATE TABLE IF NOT EXISTS kapdesk.entries (
    entry_id bigint PRIMARY KEY,
    order_id bigint,
    operation text NOT NULL,
    state text NOT NULL,
    requested_by text NOT NULL,
    decided_by text
);
CREATE UNIQUE INDEX IF NOT EXISTS one_open_entry_per_order ON kapdesk.entries (order_id)
    WHERE state IN ('intended', 'sent', 'unknown', 'awaiting_approval', 'approved');

CREATE TABLE IF NOT EXISTS kapdesk.batch_rows (
    row_key text NOT NULL,
    entry_id bigint NOT NULL,
    row_number int NOT NULL,
    file text NOT NULL,
    PRIMARY KEY (row_key, entry_id)
);

CREATE OR REPLACE FUNCTION kapdesk.refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the team journal is append-only: % refused', TG_OP
        USING ERRCODE = 'KD403';
END $$;
DROP TRIGGER IF EXISTS journal_events_append_only ON kapdesk.journal_events;
CREATE TRIGGER journal_events_append_only BEFORE UPDATE OR DELETE ON kapdesk.journal_events
    FOR EACH ROW EXECUTE FUNCTION kapdesk.refuse_change();
DROP TRIGGER IF EXISTS journal_events_no_truncate ON kapdesk.journal_events;
CREATE TRIGGER journal_events_no_truncate BEFORE TRUNCATE ON kapdesk.journal_events
    FOR EACH STATEMENT EXECUTE FUNCTION kapdesk.refuse_change();

-- The link of one row: HMAC-SHA256 under the server's key of the previous link and the row
-- (as jsonb text, without its own hash; times in UTC by the functions' SET TimeZone).
CREATE OR REPLACE FUNCTION kapdesk.link(p_prev text, p_row kapdesk.journal_events)
RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, kapdesk SET TimeZone = 'UTC' AS $$
    SELECT encode(public.hmac(convert_to(p_prev || '|' || (to_jsonb(p_row) - 'hash')::text, 'UTF8'),
                              (SELECT secret FROM kapdesk.chain_key WHERE id = 1), 'sha256'), 'hex')
$$;

-- The only way to write: one event of one entry. Serialised on the head row (gapless seq),
-- server time, the login as person, transitions and four-eyes checked here.
CREATE OR REPLACE FUNCTION kapdesk.append(
    p_entry_id bigint, p_event text, p_state text, p_fields jsonb, p_workstation text,
    p_time timestamptz DEFAULT NULL
) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, kapdesk SET TimeZone = 'UTC' AS $$
DECLARE
    v_head kapdesk.head;
    v_row kapdesk.journal_events;
    v_cur kapdesk.entries;
    v_limit numeric;
    v_holder bigint;
    v_from text[];
BEGIN
    SELECT * INTO v_head FROM kapdesk.head WHERE id = 1 FOR UPDATE;
    v_row := jsonb_populate_record(NULL::kapdesk.journal_events, p_fields);
    v_row.seq := v_head.count + 1;
    v_row.event := p_event;
    v_row.state := p_state;
    v_row.person := session_user;
    v_row.workstation := p_workstation;
    v_row.time := clock_timestamp();
    IF p_time IS NOT NULL AND (SELECT trust_client_clock FROM kapdesk.settings WHERE id = 1) THEN
        v_row.time := p_time;
    END IF;
    v_row.prev_hash := v_head.last_hash;
    v_row.hash := NULL;

    IF p_event = 'intent' THEN
        IF p_state <> 'intended' THEN
            RAISE EXCEPTION 'an intent starts as intended' USING ERRCODE = 'KD409';
        END IF;
        v_row.entry_id := v_row.seq;
        SELECT amount INTO v_limit FROM kapdesk.thresholds WHERE currency = v_row.currency;
        IF v_row.operation IN ('refund', 'reverse', 'pay_out') AND v_limit IS NOT NULL
           AND v_row.amount > v_limit THEN
            v_row.state := 'awaiting_approval';
        END IF;
        BEGIN
            INSERT INTO kapdesk.entries VALUES
                (v_row.entry_id, v_row.order_id, v_row.operation, v_row.state, session_user, NULL);
        EXCEPTION WHEN unique_violation THEN
            SELECT entry_id INTO v_holder FROM kapdesk.entries WHERE order_id = v_row.order_id
                AND state IN ('intended', 'sent', 'unknown', 'awaiting_approval', 'approved');
            RAISE EXCEPTION 'order % is busy', v_row.order_id
                USING ERRCODE = 'KD423', DETAIL = coalesce(v_holder::text, '');
        END;
    ELSE
        SELECT * INTO v_cur FROM kapdesk.entries WHERE entry_id = p_entry_id FOR UPDATE;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'no entry %', p_entry_id USING ERRCODE = 'KD404';
        END IF;
        v_row.entry_id := p_entry_id;
        -- Intent-only facts never come with a later event.
        v_row.profile := NULL; v_row.environment := NULL; v_row.operation := NULL;
        v_row.amount := NULL; v_row.currency := NULL; v_row.masked_card := NULL;
        v_row.reason := NULL; v_row.owner_pid := NULL; v_row.owner_host := NULL;
        v_row.owner_token := NULL; v_row.reason_category := NULL; v_row.operator := NULL;
        IF p_event <> 'order' THEN
            v_row.order_id := NULL;
        END IF;
        v_from := CASE
            WHEN p_event = 'sent' AND p_state = 'sent' THEN ARRAY['intended', 'approved']
            WHEN p_event = 'outcome' AND p_state IN ('done', 'refused', 'unknown')
                THEN ARRAY['intended', 'sent']
            WHEN p_event = 'settle' AND p_state IN ('done', 'not_done')
                THEN ARRAY['intended', 'sent', 'unknown']
            WHEN p_event = 'check' AND p_state = 'unknown'
                THEN ARRAY['intended', 'sent', 'unknown']
            WHEN p_event IN ('order', 'after') AND p_state = v_cur.state THEN ARRAY[v_cur.state]
            WHEN p_event IN ('approve', 'reject') AND p_state IN ('approved', 'rejected')
                THEN ARRAY['awaiting_approval']
            ELSE ARRAY[]::text[]
        END;
        IF NOT v_cur.state = ANY (v_from) THEN
            RAISE EXCEPTION 'entry % is already %', p_entry_id, v_cur.state
                USING ERRCODE = 'KD409', DETAIL = v_cur.state;
        END IF;
        IF p_event = 'order' AND v_cur.state NOT IN
           ('intended', 'sent', 'unknown', 'awaiting_approval', 'approved') THEN
            RAISE EXCEPTION 'entry % is already %', p_entry_id, v_cur.state
                USING ERRCODE = 'KD409', DETAIL = v_cur.state;
        END IF;
        IF p_event IN ('approve', 'reject') THEN
            IF NOT (pg_has_role(session_user, 'kapdesk_supervisor', 'MEMBER')
                    OR pg_has_role(session_user, 'kapdesk_admin', 'MEMBER')) THEN
                RAISE EXCEPTION 'only a supervisor approves' USING ERRCODE = 'KD401';
            END IF;
            IF session_user = v_cur.requested_by THEN
                RAISE EXCEPTION 'the requester cannot approve' USING ERRCODE = 'KD402';
            END IF;
        END IF;
        IF p_event = 'sent' AND v_cur.state = 'approved' AND session_user <> v_cur.requested_by THEN
            RAISE EXCEPTION 'only the requester sends' USING ERRCODE = 'KD402';
        END IF;
        BEGIN
            UPDATE kapdesk.entries SET state = v_row.state,
                order_id = CASE WHEN p_event = 'order' THEN v_row.order_id ELSE order_id END,
                decided_by = CASE WHEN p_event IN ('approve', 'reject') THEN session_user
                                  ELSE decided_by END
                WHERE entry_id = p_entry_id;
        EXCEPTION WHEN unique_violation THEN
            SELECT entry_id INTO v_holder FROM kapdesk.entries WHERE order_id = v_row.order_id
                AND state IN ('intended', 'sent', 'unknown', 'awaiting_approval', 'approved');
            RAISE EXCEPTION 'order % is busy', v_row.order_id
                USING ERRCODE = 'KD423', DETAIL = coalesce(v_holder::text, '');
        END;
    END IF;

    v_row.hash := kapdesk.link(v_head.last_hash, v_row);
    INSERT INTO kapdesk.journal_events SELECT v_row.*;
    UPDATE kapdesk.head SET count = v_row.seq, last_hash = v_row.hash WHERE id = 1;
    PERFORM pg_notify('kapdesk_journal', v_row.seq::text);
    RETURN v_row.entry_id;
END $$;

-- The chain, checked on the server (the key never leaves it): one row per problem.
CREATE OR REPLACE FUNCTION kapdesk.verify_chain()
RETURNS TABLE (seq bigint, problem text)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, kapdesk SET TimeZone = 'UTC' AS $$
DECLARE
    v_row kapdesk.journal_events;
    v_prev text := repeat('0', 64);
    v_expected bigint := 1;
    v_head kapdesk.head;
BEGIN
    FOR v_row IN SELECT * FROM kapdesk.journal_events e ORDER BY e.seq LOOP
        IF v_row.seq <> v_expected THEN
            seq := v_row.seq; problem := 'gap'; RETURN NEXT;
        END IF;
        IF v_row.prev_hash <> v_prev THEN
            seq := v_row.seq; problem := 'prev'; RETURN NEXT;
        END IF;
        IF v_row.hash <> kapdesk.link(v_row.prev_hash, v_row) THEN
            seq := v_row.seq; problem := 'link'; RETURN NEXT;
        END IF;
        v_prev := v_row.hash;
        v_expected := v_row.seq + 1;
    END LOOP;
    SELECT * INTO v_head FROM kapdesk.head WHERE id = 1;
    IF v_head.count <> v_expected - 1 OR v_head.last_hash <> v_prev THEN
        seq := v_head.count; problem := 'head'; RETURN NEXT;
    END IF;
END $$;

CREATE OR REPLACE FUNCTION kapdesk.remember_batch_row(
    p_row_key text, p_entry_id bigint, p_row_number int, p_file text
) RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, kapdesk AS $$
    INSERT INTO kapdesk.batch_rows VALUES (p_row_key, p_entry_id, p_row_number, p_file)
        ON CONFLICT DO NOTHING
$$;

CREATE OR REPLACE FUNCTION kapdesk.set_threshold(p_currency text, p_amount numeric)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, kapdesk AS $$
BEGIN
    IF NOT pg_has_role(session_user, 'kapdesk_admin', 'MEMBER') THEN
        RAISE EXCEPTION 'only an administrator sets thresholds' USING ERRCODE = 'KD401';
    END IF;
    INSERT INTO kapdesk.thresholds VALUES (p_currency, p_amount)
        ON CONFLICT (currency) DO UPDATE SET amount = EXCLUDED.amount;
END $$;

-- Grants: clerks and supervisors read and append through the functions only.
REVOKE ALL ON ALL TABLES IN SCHEMA kapdesk FROM PUBLIC;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA kapdesk FROM PUBLIC;
GRANT USAGE ON SCHEMA kapdesk TO kapdesk_clerk, kapdesk_supervisor, kapdesk_admin;
GRANT SELECT ON kapdesk.journal_events, kapdesk.entries, kapdesk.thresholds, kapdesk.batch_rows, kapdesk.head,
    kapdesk.meta TO kapdesk_clerk, kapdesk_supervisor, kapdesk_admin;
GRANT EXECUTE ON FUNCTION kapdesk.append(bigint, text, text, jsonb, text, timestamptz),
    kapdesk.verify_chain(), kapdesk.remember_batch_row(text, bigint, int, text)
    TO kapdesk_clerk, kapdesk_supervisor, kapdesk_admin;
GRANT EXECUTE ON FUNCTION kapdesk.set_threshold(text, numeric) TO kapdesk_admin;

-- The Journal tab's pages: intent rows by time, newest first (kapdesk.journal.team.pages).
-- An index only: no row, no function and no schema version changes.
CREATE INDEX IF NOT EXISTS journal_events_intent_time ON kapdesk.journal_events (time, seq)
    WHERE event = 'intent';
