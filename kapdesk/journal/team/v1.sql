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
            WHEN p_event = 'outcome' AND p_state IN ('done', 'unknown')
                THEN ARRAY['intended', 'sent']
            -- An approved payout whose order the gateway refused to create: nothing was sent.
            WHEN p_event = 'outcome' AND p_state = 'refused'
                THEN ARRAY['intended', 'sent', 'approved']
            WHEN p_event = 'settle' AND p_state = 'done'
                THEN ARRAY['intended', 'sent', 'unknown']
            -- Approved, then stopped before sending (the order no longer allows it).
            WHEN p_event = 'settle' AND p_state = 'not_done'
                THEN ARRAY['intended', 'sent', 'unknown', 'approved']
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
        IF p_event = 'reject' AND coalesce(btrim(v_row.note), '') = '' THEN
            RAISE EXCEPTION 'a rejection needs a reason' USING ERRCODE = 'KD422';
        END IF;
        IF p_event = 'sent' AND v_cur.state = 'approved' AND session_user <> v_cur.requested_by THEN
            RAISE EXCEPTION 'only the requester sends' USING ERRCODE = 'KD406';
        END IF;
        -- Four-eyes holds even against a client that skips it: an entry above its currency's
        -- threshold leaves only once approved (a threshold set after the intent counts too).
        IF p_event = 'sent' AND v_cur.state = 'intended'
           AND v_cur.operation IN ('refund', 'reverse', 'pay_out') THEN
            SELECT t.amount INTO v_limit FROM kapdesk.journal_events e
                JOIN kapdesk.thresholds t ON t.currency = e.currency
                WHERE e.entry_id = p_entry_id AND e.event = 'intent';
            IF v_limit IS NOT NULL AND (SELECT e.amount FROM kapdesk.journal_events e
                    WHERE e.entry_id = p_entry_id AND e.event = 'intent') > v_limit THEN
                RAISE EXCEPTION 'entry % needs a supervisor''s approval', p_entry_id
                    USING ERRCODE = 'KD412';
            END IF;
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

-- ========================================================================================
-- Shared order index, holds and take-over (team infrastructure). Kept below the journal's
-- functions on purpose: the statements above are the journal's own.
-- ========================================================================================

-- The order index: every order any colleague read, searchable offline by all. Rows are
-- scoped by environment and gateway terminal ("profile"), columns as the SQLite index's
-- (kapdesk.journal.orders); the raw answer is masked and deflated by the client (bytea).
-- The index is not money: clerks write it with plain grants; the journal stays untouchable.
CREATE TABLE IF NOT EXISTS kapdesk.order_index (
    id bigserial PRIMARY KEY,
    environment text NOT NULL,
    profile text NOT NULL,
    order_id bigint NOT NULL,
    type text NOT NULL,
    status text NOT NULL,
    status_key text NOT NULL,
    amount text NOT NULL,
    amount_key text NOT NULL,
    currency text NOT NULL,
    created timestamptz,
    masked_card text,
    last4 text,
    refunded text,
    last_refreshed timestamptz NOT NULL,
    raw bytea NOT NULL,
    saved_by text NOT NULL DEFAULT session_user,
    UNIQUE (environment, profile, order_id)
);
-- Every index ends in (created, order_id) as the page is ordered: newest first, no sort.
CREATE INDEX IF NOT EXISTS order_index_by_created ON kapdesk.order_index
    (environment, profile, created DESC NULLS LAST, order_id DESC);
CREATE INDEX IF NOT EXISTS order_index_by_last4 ON kapdesk.order_index
    (environment, profile, last4, created DESC NULLS LAST, order_id DESC);
CREATE INDEX IF NOT EXISTS order_index_by_amount ON kapdesk.order_index
    (environment, profile, amount_key, created DESC NULLS LAST, order_id DESC);
CREATE INDEX IF NOT EXISTS order_index_by_status ON kapdesk.order_index
    (environment, profile, status_key, created DESC NULLS LAST, order_id DESC);
CREATE TABLE IF NOT EXISTS kapdesk.order_refs (
    kind text NOT NULL CHECK (kind IN ('rrn', 'code')),
    value text NOT NULL,
    ref bigint NOT NULL REFERENCES kapdesk.order_index (id) ON DELETE CASCADE,
    PRIMARY KEY (kind, value, ref)
);
CREATE INDEX IF NOT EXISTS order_refs_by_order ON kapdesk.order_refs (ref);

-- Who holds an open entry: the person and workstation of its intent, or of the last
-- take-over. While the holder's session lives it holds a session-level advisory lock
-- (class 27492, the entry id) taken with the intent; a crash or a lost connection frees it
-- (a cut-off workstation when TCP keepalive gives up), a frozen but connected one does not.
CREATE OR REPLACE FUNCTION kapdesk.holders(p_entry_ids bigint[])
RETURNS TABLE (entry_id bigint, person text, workstation text, since timestamptz,
               held_by_other boolean, held_here boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, kapdesk AS $$
    SELECT e.entry_id, h.person, h.workstation, h.time,
           coalesce(bool_or(l.pid <> pg_backend_pid()), false),
           coalesce(bool_or(l.pid = pg_backend_pid()), false)
    FROM kapdesk.entries e
    CROSS JOIN LATERAL (
        SELECT j.person, j.workstation, j.time FROM kapdesk.journal_events j
        WHERE j.entry_id = e.entry_id AND j.event IN ('intent', 'take_over')
        ORDER BY j.seq DESC LIMIT 1
    ) h
    LEFT JOIN pg_locks l ON l.locktype = 'advisory' AND l.granted AND l.classid = 27492
        AND l.objid::bigint = e.entry_id AND l.objsubid = 2
        AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
    WHERE e.entry_id = ANY (p_entry_ids)
    GROUP BY e.entry_id, h.person, h.workstation, h.time
$$;

-- A colleague takes over an open entry whose holder's session is gone: recorded in the
-- journal (who, from whom, server time) as one chained row; refused while the holder lives.
CREATE OR REPLACE FUNCTION kapdesk.take_over(
    p_entry_id bigint, p_workstation text, p_time timestamptz DEFAULT NULL
) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, kapdesk SET TimeZone = 'UTC' AS $$
DECLARE
    v_head kapdesk.head;
    v_row kapdesk.journal_events;
    v_cur kapdesk.entries;
    v_from record;
BEGIN
    SELECT * INTO v_head FROM kapdesk.head WHERE id = 1 FOR UPDATE;
    SELECT * INTO v_cur FROM kapdesk.entries WHERE entry_id = p_entry_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no entry %', p_entry_id USING ERRCODE = 'KD404';
    END IF;
    IF v_cur.state NOT IN ('intended', 'sent', 'unknown') THEN
        RAISE EXCEPTION 'entry % is already %', p_entry_id, v_cur.state
            USING ERRCODE = 'KD409', DETAIL = v_cur.state;
    END IF;
    SELECT * INTO v_from FROM kapdesk.holders(ARRAY[p_entry_id]);
    IF v_from.person = session_user AND v_from.workstation IS NOT DISTINCT FROM p_workstation THEN
        RAISE EXCEPTION 'entry % is yours already', p_entry_id USING ERRCODE = 'KD426';
    END IF;
    -- The holder's session still holds the entry: it may be frozen, not dead.
    IF v_from.held_by_other OR NOT pg_try_advisory_lock(27492, p_entry_id::int) THEN
        RAISE EXCEPTION 'entry % is held by a live session', p_entry_id
            USING ERRCODE = 'KD424';
    END IF;
    v_row := jsonb_populate_record(NULL::kapdesk.journal_events, '{}'::jsonb);
    v_row.seq := v_head.count + 1;
    v_row.entry_id := p_entry_id;
    v_row.event := 'take_over';
    v_row.state := v_cur.state;
    v_row.person := session_user;
    v_row.workstation := p_workstation;
    v_row.time := clock_timestamp();
    IF p_time IS NOT NULL AND (SELECT trust_client_clock FROM kapdesk.settings WHERE id = 1) THEN
        v_row.time := p_time;
    END IF;
    v_row.note := format('taken over by %s on %s from %s on %s', session_user,
                         coalesce(p_workstation, '?'), v_from.person,
                         coalesce(v_from.workstation, '?'));
    v_row.prev_hash := v_head.last_hash;
    v_row.hash := kapdesk.link(v_head.last_hash, v_row);
    INSERT INTO kapdesk.journal_events SELECT v_row.*;
    UPDATE kapdesk.head SET count = v_row.seq, last_hash = v_row.hash WHERE id = 1;
    PERFORM pg_notify('kapdesk_journal', v_row.seq::text);
    RETURN v_row.note;
END $$;

-- Only an entry's holder reconciles it (settle, check): a colleague takes it over first.
CREATE OR REPLACE FUNCTION kapdesk.refuse_settling_unheld() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, kapdesk AS $$
DECLARE
    v_from record;
BEGIN
    IF NEW.event IN ('settle', 'check') THEN
        SELECT j.person, j.workstation INTO v_from FROM kapdesk.journal_events j
            WHERE j.entry_id = NEW.entry_id AND j.event IN ('intent', 'take_over')
            ORDER BY j.seq DESC LIMIT 1;
        IF FOUND AND (v_from.person <> NEW.person
                      OR v_from.workstation IS DISTINCT FROM NEW.workstation) THEN
            RAISE EXCEPTION 'entry % is held by % on %', NEW.entry_id, v_from.person,
                v_from.workstation USING ERRCODE = 'KD425';
        END IF;
    END IF;
    RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS journal_events_settled_by_holder ON kapdesk.journal_events;
CREATE TRIGGER journal_events_settled_by_holder BEFORE INSERT ON kapdesk.journal_events
    FOR EACH ROW EXECUTE FUNCTION kapdesk.refuse_settling_unheld();

REVOKE ALL ON kapdesk.order_index, kapdesk.order_refs FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION kapdesk.holders(bigint[]), kapdesk.take_over(bigint, text, timestamptz),
    kapdesk.refuse_settling_unheld() FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE ON kapdesk.order_index
    TO kapdesk_clerk, kapdesk_supervisor, kapdesk_admin;
GRANT SELECT, INSERT, DELETE ON kapdesk.order_refs
    TO kapdesk_clerk, kapdesk_supervisor, kapdesk_admin;
GRANT USAGE ON SEQUENCE kapdesk.order_index_id_seq
    TO kapdesk_clerk, kapdesk_supervisor, kapdesk_admin;
GRANT EXECUTE ON FUNCTION kapdesk.holders(bigint[]), kapdesk.take_over(bigint, text, timestamptz)
    TO kapdesk_clerk, kapdesk_supervisor, kapdesk_admin;

-- The Journal tab's pages: intent rows by time, newest first (kapdesk.journal.team.pages).
-- An index only: no row, no function and no schema version changes.
CREATE INDEX IF NOT EXISTS journal_events_intent_time ON kapdesk.journal_events (time, seq)
    WHERE event = 'intent';
