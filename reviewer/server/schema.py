"""The team server's PostgreSQL schema, as an append-only list of migrations.

Like the local schema (``reviewer.storage.schema``), a released step is never
edited; ``reviewer server init`` applies the missing ones and records the
version in ``reviewer.server_meta``.

What the server enforces, whatever a client sends (row-level security, with
identity = the PostgreSQL ``session_user``, never a name the client types):

* **records** (events, reports, claims, evidence, conflicts, adjudications …,
  each a JSON row keyed by its global uid) are written only by their owner,
  the login that created them; an adjudicated event may also be changed by any
  adjudicator. Only adjudicators may create adjudications.
* **blind double coding**: a coder does not see another coder's records on an
  article assigned to both until every coder of it has marked their coding done.
* **reviews** (four eyes): only a reviewer who is not the event's owner.
* **settings**: only admins.
* **outlets** (the team's outlet grades): any member, in their own name.
* **audit**: every change to these tables is logged by triggers (security
  definer) with the login and time; nobody can update or delete a log row.

Every write takes one transaction-level advisory lock before it numbers the
change (``seq``), so changes become visible in the order of their numbers and
a client that pulls "everything after N" never misses a late commit.
"""

from __future__ import annotations

GROUP_ROLES = ("reviewer_coder", "reviewer_reviewer", "reviewer_adjudicator", "reviewer_admin")
ROLES = {"coder": "reviewer_coder", "reviewer": "reviewer_reviewer",
         "adjudicator": "reviewer_adjudicator", "admin": "reviewer_admin"}  # fmt: skip
MEMBER_ROLE = "reviewer_member"  # every analyst's common privileges
SEQ_LOCK = 7_315_001  # pg_advisory_xact_lock key that orders changes

# Cluster-wide roles: created if missing (several team databases may share a cluster).
ROLES_SQL = [
    f"""
    DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN
        CREATE ROLE {role} NOLOGIN;
      END IF;
    END $$
    """
    for role in (MEMBER_ROLE, *GROUP_ROLES)
] + [f"GRANT {MEMBER_ROLE} TO {role}" for role in GROUP_ROLES]


def _has(role: str) -> str:
    return f"pg_has_role(session_user, '{ROLES[role]}', 'MEMBER')"


_SEES_ALL = f"({_has('reviewer')} OR {_has('adjudicator')} OR {_has('admin')})"

MIGRATIONS: list[str] = [
    # 1: articles, assignments, records, reviews, settings, the audit log, and
    # the policies that make the server, not the client, the judge of who may
    # write what.
    f"""
    CREATE SCHEMA reviewer;
    CREATE TABLE reviewer.server_meta (key text PRIMARY KEY, value text NOT NULL);
    CREATE SEQUENCE reviewer.change_seq;

    CREATE FUNCTION reviewer.number_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = reviewer, pg_temp AS $f$
    BEGIN
      PERFORM pg_advisory_xact_lock({SEQ_LOCK});
      NEW.seq := nextval('reviewer.change_seq');
      RETURN NEW;
    END $f$;

    CREATE TABLE reviewer.articles (
      content_hash text PRIMARY KEY,
      title text NOT NULL,
      text text NOT NULL,
      outlet text,
      url text,
      published text,
      language text,
      imported_by text NOT NULL DEFAULT session_user,
      imported_at timestamptz NOT NULL DEFAULT now(),
      seq bigint NOT NULL DEFAULT 0
    );
    CREATE TABLE reviewer.assignments (
      article_hash text NOT NULL REFERENCES reviewer.articles,
      analyst text NOT NULL,
      assigned_by text NOT NULL DEFAULT session_user,
      done_at timestamptz,
      seq bigint NOT NULL DEFAULT 0,
      PRIMARY KEY (article_hash, analyst)
    );
    CREATE TABLE reviewer.records (
      uid text PRIMARY KEY,
      tbl text NOT NULL,
      owner text NOT NULL DEFAULT session_user,
      article_hash text,
      event_uid text,
      row jsonb NOT NULL,
      deleted boolean NOT NULL DEFAULT false,
      version integer NOT NULL DEFAULT 1,
      updated_at timestamptz NOT NULL DEFAULT now(),
      updated_by text NOT NULL DEFAULT session_user,
      seq bigint NOT NULL DEFAULT 0
    );
    CREATE INDEX records_seq ON reviewer.records (seq);
    CREATE INDEX records_article ON reviewer.records (article_hash);
    CREATE INDEX records_adjudicated ON reviewer.records ((row->>'event_id'))
      WHERE tbl = 'adjudications';
    CREATE TABLE reviewer.reviews (
      event_uid text PRIMARY KEY REFERENCES reviewer.records (uid),
      status text NOT NULL CHECK (status IN ('coded', 'reviewed')),
      reviewer text NOT NULL DEFAULT session_user,
      at timestamptz NOT NULL DEFAULT now(),
      seq bigint NOT NULL DEFAULT 0
    );
    CREATE TABLE reviewer.settings (
      key text PRIMARY KEY,
      value text,
      changed_by text NOT NULL DEFAULT session_user,
      seq bigint NOT NULL DEFAULT 0
    );
    CREATE TABLE reviewer.audit (
      id bigserial PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT clock_timestamp(),
      who text NOT NULL DEFAULT session_user,
      tbl text NOT NULL,
      action text NOT NULL,
      old jsonb,
      new jsonb
    );

    -- Records: an owner never changes, a change bumps the version.
    CREATE FUNCTION reviewer.record_update() RETURNS trigger
    LANGUAGE plpgsql AS $f$
    BEGIN
      IF NEW.owner IS DISTINCT FROM OLD.owner OR NEW.uid IS DISTINCT FROM OLD.uid
         OR NEW.tbl IS DISTINCT FROM OLD.tbl THEN
        RAISE EXCEPTION 'a record keeps its owner, uid and kind';
      END IF;
      IF NEW.row IS DISTINCT FROM OLD.row OR NEW.deleted IS DISTINCT FROM OLD.deleted THEN
        NEW.version := OLD.version + 1;
        NEW.updated_at := now();
        NEW.updated_by := session_user;
      END IF;
      RETURN NEW;
    END $f$;
    CREATE TRIGGER records_update BEFORE UPDATE ON reviewer.records
      FOR EACH ROW EXECUTE FUNCTION reviewer.record_update();

    -- The audit log: written by triggers only, never changed.
    CREATE FUNCTION reviewer.audit_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = reviewer, pg_temp AS $f$
    BEGIN
      INSERT INTO reviewer.audit (tbl, action, old, new) VALUES (
        TG_TABLE_NAME, lower(TG_OP),
        CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) - 'text' END,
        CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) - 'text' END);
      RETURN NULL;
    END $f$;
    CREATE FUNCTION reviewer.audit_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $f$
    BEGIN
      RAISE EXCEPTION 'the audit log is append-only';
    END $f$;
    CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON reviewer.audit
      FOR EACH ROW EXECUTE FUNCTION reviewer.audit_is_append_only();
    CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON reviewer.audit
      FOR EACH STATEMENT EXECUTE FUNCTION reviewer.audit_is_append_only();

    -- Who can see whose records (blind double coding), read as the table owner.
    CREATE FUNCTION reviewer.blinded(article text, record_owner text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = reviewer, pg_temp AS $f$
      SELECT article IS NOT NULL AND record_owner <> session_user
        AND EXISTS (SELECT 1 FROM reviewer.assignments
                    WHERE article_hash = article AND analyst = session_user)
        AND EXISTS (SELECT 1 FROM reviewer.assignments
                    WHERE article_hash = article AND analyst = record_owner)
        AND EXISTS (SELECT 1 FROM reviewer.assignments
                    WHERE article_hash = article AND done_at IS NULL)
    $f$;
    CREATE FUNCTION reviewer.owner_of(record text) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = reviewer, pg_temp AS $f$
      SELECT owner FROM reviewer.records WHERE uid = record
    $f$;
    CREATE FUNCTION reviewer.is_adjudicated(record text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = reviewer, pg_temp AS $f$
      SELECT EXISTS (SELECT 1 FROM reviewer.records
                     WHERE tbl = 'adjudications' AND row->>'event_id' = record)
    $f$;
    -- When an assignment is marked done, the article's records are numbered
    -- anew, so that colleagues who could not see them yet pull them next time.
    CREATE FUNCTION reviewer.unblind() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = reviewer, pg_temp AS $f$
    BEGIN
      IF NEW.done_at IS NOT NULL AND OLD.done_at IS NULL THEN
        UPDATE reviewer.records SET seq = 0 WHERE article_hash = NEW.article_hash;
      END IF;
      RETURN NULL;
    END $f$;
    """
    + "".join(
        f"""
    CREATE TRIGGER {table}_number BEFORE INSERT OR UPDATE ON reviewer.{table}
      FOR EACH ROW EXECUTE FUNCTION reviewer.number_change();
    CREATE TRIGGER {table}_audit AFTER INSERT OR UPDATE OR DELETE ON reviewer.{table}
      FOR EACH ROW EXECUTE FUNCTION reviewer.audit_change();
    """
        for table in ("articles", "assignments", "records", "reviews", "settings")
    )
    + f"""
    CREATE TRIGGER assignments_unblind AFTER UPDATE ON reviewer.assignments
      FOR EACH ROW EXECUTE FUNCTION reviewer.unblind();

    ALTER TABLE reviewer.records ENABLE ROW LEVEL SECURITY;
    CREATE POLICY records_read ON reviewer.records FOR SELECT
      USING (owner = session_user OR {_SEES_ALL} OR NOT reviewer.blinded(article_hash, owner));
    CREATE POLICY records_create ON reviewer.records FOR INSERT
      WITH CHECK (owner = session_user AND updated_by = session_user
                  AND (tbl <> 'adjudications' OR {_has("adjudicator")}));
    CREATE POLICY records_change ON reviewer.records FOR UPDATE
      USING (owner = session_user OR ({_has("adjudicator")} AND reviewer.is_adjudicated(uid)))
      WITH CHECK (owner = session_user
                  OR ({_has("adjudicator")} AND reviewer.is_adjudicated(uid)));
    CREATE POLICY records_remove ON reviewer.records FOR DELETE
      USING (owner = session_user);

    ALTER TABLE reviewer.reviews ENABLE ROW LEVEL SECURITY;
    CREATE POLICY reviews_read ON reviewer.reviews FOR SELECT USING (true);
    CREATE POLICY reviews_write ON reviewer.reviews FOR INSERT
      WITH CHECK (reviewer = session_user AND {_has("reviewer")}
                  AND reviewer.owner_of(event_uid) IS DISTINCT FROM session_user);
    CREATE POLICY reviews_change ON reviewer.reviews FOR UPDATE
      USING ({_has("reviewer")})
      WITH CHECK (reviewer = session_user AND {_has("reviewer")}
                  AND reviewer.owner_of(event_uid) IS DISTINCT FROM session_user);

    ALTER TABLE reviewer.settings ENABLE ROW LEVEL SECURITY;
    CREATE POLICY settings_read ON reviewer.settings FOR SELECT USING (true);
    CREATE POLICY settings_write ON reviewer.settings FOR ALL
      USING ({_has("admin")}) WITH CHECK ({_has("admin")} AND changed_by = session_user);

    ALTER TABLE reviewer.articles ENABLE ROW LEVEL SECURITY;
    CREATE POLICY articles_read ON reviewer.articles FOR SELECT USING (true);
    CREATE POLICY articles_add ON reviewer.articles FOR INSERT
      WITH CHECK (imported_by = session_user);

    ALTER TABLE reviewer.assignments ENABLE ROW LEVEL SECURITY;
    CREATE POLICY assignments_read ON reviewer.assignments FOR SELECT USING (true);
    CREATE POLICY assignments_add ON reviewer.assignments FOR INSERT
      WITH CHECK (assigned_by = session_user AND ({_has("admin")} OR {_has("adjudicator")}));
    CREATE POLICY assignments_done ON reviewer.assignments FOR UPDATE
      USING (analyst = session_user) WITH CHECK (analyst = session_user);

    GRANT USAGE ON SCHEMA reviewer TO {MEMBER_ROLE};
    GRANT SELECT ON ALL TABLES IN SCHEMA reviewer TO {MEMBER_ROLE};
    GRANT INSERT, UPDATE, DELETE ON reviewer.records TO {MEMBER_ROLE};
    GRANT INSERT, UPDATE ON reviewer.reviews, reviewer.settings, reviewer.assignments
      TO {MEMBER_ROLE};
    GRANT DELETE ON reviewer.settings TO {MEMBER_ROLE};
    GRANT INSERT ON reviewer.articles TO {MEMBER_ROLE};
    REVOKE ALL ON reviewer.audit FROM PUBLIC;
    GRANT SELECT ON reviewer.audit TO {MEMBER_ROLE};
    """,
    # 2: the team's outlet grades (an outlet is shared by name, not owned): any
    # member may grade, in their own name; the audit log keeps every change.
    f"""
    CREATE TABLE reviewer.outlets (
      name text PRIMARY KEY,
      reliability text CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
      scale text,
      changed_by text NOT NULL DEFAULT session_user,
      seq bigint NOT NULL DEFAULT 0
    );
    CREATE INDEX outlets_seq ON reviewer.outlets (seq);
    CREATE TRIGGER outlets_number BEFORE INSERT OR UPDATE ON reviewer.outlets
      FOR EACH ROW EXECUTE FUNCTION reviewer.number_change();
    CREATE TRIGGER outlets_audit AFTER INSERT OR UPDATE OR DELETE ON reviewer.outlets
      FOR EACH ROW EXECUTE FUNCTION reviewer.audit_change();
    ALTER TABLE reviewer.outlets ENABLE ROW LEVEL SECURITY;
    CREATE POLICY outlets_read ON reviewer.outlets FOR SELECT USING (true);
    CREATE POLICY outlets_grade ON reviewer.outlets FOR INSERT
      WITH CHECK (changed_by = session_user);
    CREATE POLICY outlets_regrade ON reviewer.outlets FOR UPDATE
      USING (true) WITH CHECK (changed_by = session_user);
    GRANT SELECT, INSERT, UPDATE ON reviewer.outlets TO {MEMBER_ROLE};
    """,
]

SERVER_SCHEMA_VERSION = len(MIGRATIONS)
