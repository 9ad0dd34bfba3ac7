"""The schema as an ordered list of migrations.

Migration ``n`` takes a file from ``user_version`` n-1 to n. Migrations are
append-only: a released step is never edited, so every file ever written can be
brought forward step by step. Fixture files of each old version live in
``tests/fixtures/`` and are opened by the tests.
"""

from __future__ import annotations

from reviewer.team.ids import UUID7_SQL

# Marks a SQLite file as ours (PRAGMA application_id), so that we refuse to
# migrate some other program's database by mistake. ASCII "RVWR".
APPLICATION_ID = 0x52565752


def _audit_triggers(table: str, columns: tuple[str, ...], event_id: str | None) -> str:
    """SQL for insert/update/delete triggers writing full old/new rows to audit_log.

    Triggers rather than calls in Python so that no write path can forget the
    log. ``reviewer_user()`` is a function each connection registers
    (storage.database); a tool that has not registered it cannot write to
    audited tables, which keeps the log honest.
    """

    def row(alias: str) -> str:
        pairs = ", ".join(f"'{c}', {alias}.{c}" for c in ("id", *columns))
        return f"json_object({pairs})"

    def event(alias: str) -> str:
        return f"{alias}.{event_id}" if event_id else "NULL"

    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns)
    insert = (
        "INSERT INTO audit_log"
        " (at, user, table_name, row_id, event_id, action, old_values, new_values)"
    )
    stamp = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
    return f"""
    CREATE TRIGGER audit_{table}_insert AFTER INSERT ON {table} BEGIN
        {insert} VALUES ({stamp}, reviewer_user(), '{table}', NEW.id, {event("NEW")},
            'insert', NULL, {row("NEW")});
    END;
    CREATE TRIGGER audit_{table}_update AFTER UPDATE ON {table} WHEN {changed} BEGIN
        {insert} VALUES ({stamp}, reviewer_user(), '{table}', NEW.id, {event("NEW")},
            'update', {row("OLD")}, {row("NEW")});
    END;
    CREATE TRIGGER audit_{table}_delete AFTER DELETE ON {table} BEGIN
        {insert} VALUES ({stamp}, reviewer_user(), '{table}', OLD.id, {event("OLD")},
            'delete', {row("OLD")}, NULL);
    END;
    """


def audit_triggers(
    table: str,
    columns: tuple[str, ...],
    *,
    event_id: str | None = None,
    row_id: str = "id",
    digests: tuple[str, ...] = (),
    replace: bool = False,
    insert_when: str | None = None,
) -> str:
    """SQL for the chained audit triggers of ``table`` (schema 5 on): reuse it for new tables.

    ``columns`` are every column of the table but its ``row_id`` ("id", or
    "rowid" for a table without an integer id); ``event_id`` names the column
    tying a row to an event (its history), if any; ``digests`` are columns
    logged as ``sha256:<hex>`` of their value rather than the value (an
    article's text). Each trigger appends one audit row whose ``hash`` chains
    it to the row before (storage.audit_chain); ``replace`` drops the table's
    previous audit triggers first — a migration adding a column to an audited
    table recreates its triggers with the new column list this way.
    ``insert_when`` limits the insert trigger to rows it holds for (articles an
    import batch covers are logged by their batch, schema 12).
    """
    names = [f"audit_{table}_{action}" for action in ("insert", "update", "delete")]
    drops = "".join(f"DROP TRIGGER IF EXISTS {name};\n" for name in names) if replace else ""
    logged = ("id", *columns) if row_id == "id" else columns

    def value(alias: str, column: str) -> str:
        ref = f'{alias}."{column}"'
        return f"'sha256:' || reviewer_sha256({ref})" if column in digests else ref

    def row(alias: str) -> str:
        return "json_object(" + ", ".join(f"'{c}', {value(alias, c)}" for c in logged) + ")"

    def append(action: str, alias: str, old: str, new: str) -> str:
        event = f'{alias}."{event_id}"' if event_id else "NULL"
        return f"""
        INSERT INTO audit_log ({", ".join(_CHAINED)}, hash)
        SELECT {", ".join(f"r.{c}" for c in _CHAINED)},
            reviewer_audit_hash(
                (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1),
                {", ".join(f"r.{c}" for c in _CHAINED)})
        FROM (SELECT (SELECT coalesce(max(id), 0) + 1 FROM audit_log) AS id,
            strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, reviewer_user() AS user,
            '{table}' AS table_name, {alias}.{row_id} AS row_id, {event} AS event_id,
            '{action}' AS action, {old} AS old_values, {new} AS new_values) AS r;"""

    changed = " OR ".join(f'OLD."{c}" IS NOT NEW."{c}"' for c in columns)
    on_insert = append("insert", "NEW", "NULL", row("NEW"))
    on_update = append("update", "NEW", row("OLD"), row("NEW"))
    on_delete = append("delete", "OLD", row("OLD"), "NULL")
    when = f" WHEN {insert_when} " if insert_when else " "
    return f"""
    {drops}CREATE TRIGGER {names[0]} AFTER INSERT ON {table}{when}BEGIN{on_insert}
    END;
    CREATE TRIGGER {names[1]} AFTER UPDATE ON {table} WHEN {changed} BEGIN{on_update}
    END;
    CREATE TRIGGER {names[2]} AFTER DELETE ON {table} BEGIN{on_delete}
    END;
    """


# The audit row fields the chain hash covers (storage.audit_chain.CHAINED_COLUMNS).
_CHAINED = (
    "id", "at", "user", "table_name", "row_id", "event_id", "action", "old_values", "new_values",
)  # fmt: skip


_EVENT_COLUMNS = (
    "event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "civilian_targeting", "iso", "country", "admin1", "admin2", "admin3", "location",
    "location_ar", "geonames_id", "latitude", "longitude", "geo_precision", "notes", "tags",
    "fatalities", "fatalities_low", "fatalities_high", "status", "coded_by",
    "reviewed_by", "reviewed_at",
)  # fmt: skip
_CLAIM_COLUMNS = (
    "event_id", "article_id", "field", "value_text", "verbatim", "low", "best", "high",
    "qualifier", "start", "end", "credibility",
)  # fmt: skip
_CONFLICT_COLUMNS = (
    "event_id", "field", "claim_a", "claim_b", "origin", "status", "resolution_value",
    "resolution_low", "resolution_best", "resolution_high", "rationale", "resolved_by",
    "resolved_at",
)  # fmt: skip

# Column lists as of schema 5 (every column but the id): frozen, since migration 5 uses them.
_V5_EVENT_COLUMNS = (*_EVENT_COLUMNS, "created_by", "created_at", "updated_at", "version")
_V5_CLAIM_COLUMNS = (*_CLAIM_COLUMNS, "created_by", "created_at")
_V5_CONFLICT_COLUMNS = (*_CONFLICT_COLUMNS, "created_by", "created_at")
_V5_ARTICLE_COLUMNS = (
    "content_hash", "title", "text", "source_id", "url", "published", "language",
    "origin_path", "encoding", "status", "imported_at", "text_sha256",
)  # fmt: skip
_V5_PLACE_COLUMNS = (
    "name_en", "name_ar", "variants", "admin1", "admin2", "admin3", "latitude", "longitude",
    "geonames_id", "created_by", "created_at",
)  # fmt: skip

# -- global ids and analysts (schema 8, issue 14) ------------------------------------


def _global_ids(table: str, *, add_column: bool = True) -> str:
    """A ``uid`` on ``table``: backfilled, unique, filled on insert, never changed.

    The trigger fills it only when the inserting code gave none, so a merge can
    bring a colleague's record in under its own uid. ``_with_uid`` keeps that
    fill out of the audit log (it is not an edit); a uid, once set, cannot change.
    """
    column = f"ALTER TABLE {table} ADD COLUMN uid TEXT;\n" if add_column else ""
    return f"""
    {column}UPDATE {table} SET uid = {UUID7_SQL} WHERE uid IS NULL;
    CREATE UNIQUE INDEX idx_{table}_uid ON {table}(uid);
    CREATE TRIGGER uid_{table} AFTER INSERT ON {table} WHEN NEW.uid IS NULL BEGIN
        UPDATE {table} SET uid = {UUID7_SQL} WHERE rowid = NEW.rowid;
    END;
    CREATE TRIGGER uid_{table}_fixed BEFORE UPDATE OF uid ON {table}
    WHEN OLD.uid IS NOT NULL AND NEW.uid IS NOT OLD.uid BEGIN
        SELECT RAISE(ABORT, 'a record''s global id never changes');
    END;
    """


def _with_uid(table: str, columns: tuple[str, ...], **options: object) -> str:
    """``table``'s audit triggers with its uid logged, but the uid's first fill not logged."""
    sql = audit_triggers(table, (*columns, "uid"), **options)  # type: ignore[arg-type]
    fill = ' OR OLD."uid" IS NOT NEW."uid"'
    assert fill in sql, table
    return sql.replace(fill, "")


def _known_analyst(table: str, column: str) -> str:
    """Whoever creates a row in ``table`` becomes one of the project's analysts."""
    return f"""
    CREATE TRIGGER analyst_{table}_{column} AFTER INSERT ON {table}
    WHEN NEW.{column} IS NOT NULL AND NEW.{column} != '' BEGIN
        INSERT OR IGNORE INTO analysts (name, first_seen)
            VALUES (NEW.{column}, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
    END;
    """


# Records an analyst creates, which travel between projects by their uid, with
# every column but the id as of schema 8 (frozen: migration 8 uses them).
_V8_GLOBAL_ID_COLUMNS: dict[str, tuple[str, ...]] = {
    "events": _V5_EVENT_COLUMNS,
    "reports": ("article_id", "event_id", "credibility", "created_at", "created_by"),
    "claims": (*_V5_CLAIM_COLUMNS, "speaker", "speaker_kind", "stance"),
    "evidence": (
        "event_id", "article_id", "field", "start", "end", "quote", "created_by", "created_at",
    ),
    "conflicts": _V5_CONFLICT_COLUMNS,
    "sources": ("name", "name_en", "url", "reliability", "scale", "name_ar"),
    "custom_actors": ("name", "inter", "aliases_ar", "aliases_en", "created_by", "created_at"),
    "custom_places": _V5_PLACE_COLUMNS,
    "suggestion_rejections": (
        "article_id", "kind", "start", "end", "value", "rejected_by", "rejected_at",
    ),
}  # fmt: skip
_V8_EVENT_OF = {
    "events": "id", "reports": "event_id", "claims": "event_id", "evidence": "event_id",
    "conflicts": "event_id",
}  # fmt: skip
GLOBAL_ID_TABLES = tuple(_V8_GLOBAL_ID_COLUMNS)
# Tables of team work (schema 8), with every column but the id.
_V8_TEAM_COLUMNS: dict[str, tuple[str, ...]] = {
    "analysts": ("name", "first_seen"),
    "project_identity": ("uid",),
    "assignments": ("article_id", "analyst", "assigned_by", "assigned_at", "done_at", "uid"),
    "event_pairings": ("article_id", "event_id", "group_key", "set_by", "set_at", "uid"),
    "adjudications": (
        "event_id", "article_id", "coders", "adjudicated_by", "adjudicated_at", "uid",
    ),
    "adjudication_sources": ("adjudication_id", "event_id", "coder", "uid"),
    "adjudication_choices": (
        "adjudication_id", "event_id", "field", "value", "chosen_from", "rationale", "uid",
    ),
    "merged_audit": (
        "origin", "origin_id", "at", "user", "table_name", "row_uid", "row_id", "event_id",
        "action", "old_values", "new_values", "hash", "merged_at",
    ),
}  # fmt: skip
TEAM_TABLES = tuple(
    t for t in _V8_TEAM_COLUMNS if "uid" in _V8_TEAM_COLUMNS[t] and t != "project_identity"
)


def _team_audit(table: str) -> str:
    columns = _V8_TEAM_COLUMNS[table]
    if table in TEAM_TABLES:
        columns = tuple(c for c in columns if c != "uid")
    event = "event_id" if "event_id" in columns and table != "merged_audit" else None
    if table in TEAM_TABLES:
        return _with_uid(table, columns, event_id=event)
    return audit_triggers(table, columns, event_id=event)


# Schema 9: a conflict is the disagreement about one field of one event, with every
# claim on that field a member (conflict_claims), and a version checked by decisions.
_V9_CONFLICT_COLUMNS = (
    "event_id", "field", "origin", "status", "resolution_value", "resolution_low",
    "resolution_best", "resolution_high", "rationale", "resolved_by", "resolved_at",
    "created_by", "created_at", "version",
)  # fmt: skip
_V9_MEMBER_COLUMNS = ("conflict_id", "claim_id", "event_id")
_V9_DECISION_COLUMNS = (
    *_V8_GLOBAL_ID_COLUMNS["suggestion_rejections"], "decision",
)  # fmt: skip

_V10_ARTICLE_METADATA_COLUMNS = (
    "article_id", "field", "value", "origin", "evidence_start", "evidence_end", "decided_by",
    "decided_at",
)  # fmt: skip

# Schema 12: one import batch of articles, logged as one audit row (issue 19).
_V12_IMPORT_BATCH_COLUMNS = ("first_article", "last_article", "articles_sha256", "imported_at")

MIGRATIONS: list[str] = [
    # 1: the foundation — outlets, articles, events and the reports linking them.
    """
    CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        name_en TEXT,
        url TEXT,
        reliability TEXT CHECK (reliability IN ('A','B','C','D','E','F')),
        scale TEXT
    );
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        text TEXT NOT NULL,
        source_id INTEGER REFERENCES sources(id),
        url TEXT,
        published TEXT,
        language TEXT,
        origin_path TEXT,
        encoding TEXT,
        status TEXT NOT NULL DEFAULT 'new'
            CHECK (status IN ('new','in_progress','coded','reviewed','rejected')),
        imported_at TEXT NOT NULL
    );
    CREATE INDEX idx_articles_status ON articles(status);
    CREATE INDEX idx_articles_published ON articles(published);
    CREATE INDEX idx_articles_source ON articles(source_id);
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        event_id_cnty TEXT UNIQUE,
        event_date TEXT,
        time_precision INTEGER CHECK (time_precision IN (1,2,3)),
        event_type TEXT,
        sub_event_type TEXT,
        actor1 TEXT,
        assoc_actor_1 TEXT,
        inter1 TEXT,
        actor2 TEXT,
        assoc_actor_2 TEXT,
        inter2 TEXT,
        civilian_targeting INTEGER NOT NULL DEFAULT 0,
        iso INTEGER,
        country TEXT,
        admin1 TEXT,
        admin2 TEXT,
        admin3 TEXT,
        location TEXT,
        latitude REAL,
        longitude REAL,
        geo_precision INTEGER CHECK (geo_precision IN (1,2,3)),
        notes TEXT,
        tags TEXT,
        fatalities INTEGER CHECK (fatalities >= 0),
        fatalities_low INTEGER,
        fatalities_high INTEGER,
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','coded','reviewed')),
        created_by TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
    );
    CREATE INDEX idx_events_date ON events(event_date);
    CREATE INDEX idx_events_status ON events(status);
    CREATE TABLE reports (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        credibility INTEGER CHECK (credibility BETWEEN 1 AND 6),
        created_at TEXT NOT NULL,
        UNIQUE (article_id, event_id)
    );
    CREATE INDEX idx_reports_event ON reports(event_id);
    """,
    # 2: evidence spans (code-point offsets into the never-changing article text)
    # and per-project settings such as the four-eyes review rule.
    """
    CREATE TABLE evidence (
        id INTEGER PRIMARY KEY,
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        field TEXT NOT NULL,
        start INTEGER NOT NULL CHECK (start >= 0),
        end INTEGER NOT NULL CHECK (end > start),
        quote TEXT NOT NULL,
        created_by TEXT,
        created_at TEXT NOT NULL
    );
    CREATE INDEX idx_evidence_event ON evidence(event_id);
    CREATE INDEX idx_evidence_article ON evidence(article_id);
    CREATE TABLE project_settings (
        key TEXT PRIMARY KEY,
        value TEXT
    );
    """,
    # 3: review workflow, claims and conflicts, the audit log, and the search index.
    """
    ALTER TABLE events ADD COLUMN location_ar TEXT;
    ALTER TABLE events ADD COLUMN geonames_id INTEGER;
    ALTER TABLE events ADD COLUMN coded_by TEXT;
    ALTER TABLE events ADD COLUMN reviewed_by TEXT;
    ALTER TABLE events ADD COLUMN reviewed_at TEXT;
    ALTER TABLE sources ADD COLUMN name_ar TEXT;
    CREATE TABLE claims (
        id INTEGER PRIMARY KEY,
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        field TEXT NOT NULL,
        value_text TEXT,
        verbatim TEXT NOT NULL,
        low INTEGER,
        best INTEGER,
        high INTEGER,
        qualifier TEXT,
        start INTEGER CHECK (start >= 0),
        end INTEGER CHECK (end > start),
        credibility INTEGER CHECK (credibility BETWEEN 1 AND 6),
        created_by TEXT,
        created_at TEXT NOT NULL
    );
    CREATE INDEX idx_claims_event ON claims(event_id, field);
    CREATE INDEX idx_claims_article ON claims(article_id);
    CREATE TABLE conflicts (
        id INTEGER PRIMARY KEY,
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        field TEXT NOT NULL,
        claim_a INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        claim_b INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        origin TEXT NOT NULL CHECK (origin IN ('detected', 'manual')),
        status TEXT NOT NULL DEFAULT 'open'
            CHECK (status IN ('open', 'resolved', 'dismissed', 'accepted')),
        resolution_value TEXT,
        resolution_low INTEGER,
        resolution_best INTEGER,
        resolution_high INTEGER,
        rationale TEXT,
        resolved_by TEXT,
        resolved_at TEXT,
        created_by TEXT,
        created_at TEXT NOT NULL,
        UNIQUE (claim_a, claim_b)
    );
    CREATE INDEX idx_conflicts_event ON conflicts(event_id, status);
    CREATE INDEX idx_conflicts_status ON conflicts(status);
    CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        user TEXT,
        table_name TEXT NOT NULL,
        row_id INTEGER NOT NULL,
        event_id INTEGER,
        action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
        old_values TEXT,
        new_values TEXT
    );
    CREATE INDEX idx_audit_event ON audit_log(event_id, id);
    CREATE INDEX idx_audit_row ON audit_log(table_name, row_id, id);
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
        SELECT RAISE(ABORT, 'the audit log is append-only');
    END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
        SELECT RAISE(ABORT, 'the audit log is append-only');
    END;
    """
    + _audit_triggers("events", _EVENT_COLUMNS, "id")
    + _audit_triggers("claims", _CLAIM_COLUMNS, "event_id")
    + _audit_triggers("conflicts", _CONFLICT_COLUMNS, "event_id")
    + _audit_triggers("reports", ("article_id", "event_id", "credibility"), "event_id")
    + _audit_triggers("sources", ("name", "reliability", "scale"), None)
    + _audit_triggers(
        "evidence", ("event_id", "article_id", "field", "start", "end", "quote"), "event_id"
    )
    + """
    CREATE TABLE custom_actors (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        inter TEXT,
        aliases_ar TEXT,
        aliases_en TEXT,
        created_by TEXT,
        created_at TEXT NOT NULL
    );
    CREATE TABLE custom_places (
        id INTEGER PRIMARY KEY,
        name_en TEXT NOT NULL,
        name_ar TEXT,
        variants TEXT,
        admin1 TEXT,
        admin2 TEXT,
        admin3 TEXT,
        latitude REAL,
        longitude REAL,
        geonames_id INTEGER,
        created_by TEXT,
        created_at TEXT NOT NULL
    );
    -- Suggestions the analyst rejected stay hidden for that article.
    CREATE TABLE suggestion_rejections (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        value TEXT NOT NULL DEFAULT '',
        rejected_by TEXT,
        rejected_at TEXT NOT NULL,
        PRIMARY KEY (article_id, kind, start, end, value)
    );
    CREATE INDEX idx_articles_title ON articles(title);
    -- Search index over Arabic-normalised title and body (reviewer.search fills it).
    -- Contentless: the article text is already stored once in articles.
    CREATE VIRTUAL TABLE article_search USING fts5(
        title, body, content='', tokenize='unicode61 remove_diacritics 0'
    );
    """,
    # 4: values an imported dataset carries that this project cannot derive (an
    # imported event has no articles here), moved out of project_settings into a
    # table that follows its event; and a composite index for the list filters.
    """
    CREATE TABLE event_import_values (
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        value TEXT,
        PRIMARY KEY (event_id, name)
    );
    INSERT INTO event_import_values (event_id, name, value)
        SELECT e.id, j.key, j.value
        FROM project_settings p
        JOIN events e ON e.event_id_cnty = substr(p.key, 10)
        JOIN json_each(p.value) j
        WHERE p.key LIKE 'imported:%';
    DELETE FROM project_settings WHERE key LIKE 'imported:%';
    CREATE INDEX idx_articles_filter ON articles(status, source_id, published);
    """,
    # 5: a tamper-evident audit log (storage.audit_chain). Every audit row gets a
    # hash chained to the row before; rows already logged are chained in id
    # order. Only the triggers can append (a guard refuses rows whose hash does
    # not follow). Every table is now audited, every column included: articles
    # (their text as its sha256, kept in text_sha256 so check can verify it),
    # project settings, the custom vocabularies, import values and rejections.
    """
    ALTER TABLE audit_log ADD COLUMN hash TEXT;
    ALTER TABLE articles ADD COLUMN text_sha256 TEXT;
    UPDATE articles SET text_sha256 = reviewer_sha256(text);
    DROP TRIGGER audit_log_no_update;
    CREATE TEMP TABLE audit_chain_backfill AS
        WITH RECURSIVE chain(id, hash) AS (
            SELECT 0, NULL
            UNION ALL
            SELECT a.id, reviewer_audit_hash(chain.hash, a.id, a.at, a.user, a.table_name,
                a.row_id, a.event_id, a.action, a.old_values, a.new_values)
            FROM chain JOIN audit_log a
                ON a.id = (SELECT min(id) FROM audit_log WHERE id > chain.id)
        )
        SELECT id, hash FROM chain WHERE id > 0;
    UPDATE audit_log SET hash = (SELECT b.hash FROM temp.audit_chain_backfill b
        WHERE b.id = audit_log.id);
    DROP TABLE temp.audit_chain_backfill;
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
        SELECT RAISE(ABORT, 'the audit log is append-only');
    END;
    CREATE TRIGGER audit_log_guard BEFORE INSERT ON audit_log
    WHEN reviewer_audit_valid((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1),
        NEW.id, NEW.at, NEW.user, NEW.table_name, NEW.row_id, NEW.event_id, NEW.action,
        NEW.old_values, NEW.new_values, NEW.hash) IS NOT 1
    BEGIN
        SELECT RAISE(ABORT, 'audit rows are written only by the audit triggers');
    END;
    -- Filled by the importer; a row written another way gets it here.
    CREATE TRIGGER articles_text_sha256 AFTER INSERT ON articles
    WHEN NEW.text_sha256 IS NULL BEGIN
        UPDATE articles SET text_sha256 = reviewer_sha256(NEW.text) WHERE id = NEW.id;
    END;
    """
    + audit_triggers("events", _V5_EVENT_COLUMNS, event_id="id", replace=True)
    + audit_triggers("claims", _V5_CLAIM_COLUMNS, event_id="event_id", replace=True)
    + audit_triggers("conflicts", _V5_CONFLICT_COLUMNS, event_id="event_id", replace=True)
    + audit_triggers(
        "reports",
        ("article_id", "event_id", "credibility", "created_at"),
        event_id="event_id",
        replace=True,
    )
    + audit_triggers(
        "sources", ("name", "name_en", "url", "reliability", "scale", "name_ar"), replace=True
    )
    + audit_triggers(
        "evidence",
        ("event_id", "article_id", "field", "start", "end", "quote", "created_by", "created_at"),
        event_id="event_id",
        replace=True,
    )
    + audit_triggers("articles", _V5_ARTICLE_COLUMNS, digests=("text",))
    + audit_triggers("project_settings", ("key", "value"), row_id="rowid")
    + audit_triggers(
        "custom_actors", ("name", "inter", "aliases_ar", "aliases_en", "created_by", "created_at")
    )
    + audit_triggers("custom_places", _V5_PLACE_COLUMNS)
    + audit_triggers(
        "event_import_values", ("event_id", "name", "value"), event_id="event_id", row_id="rowid"
    )
    + audit_triggers(
        "suggestion_rejections",
        ("article_id", "kind", "start", "end", "value", "rejected_by", "rejected_at"),
        row_id="rowid",
    ),
    # 6: the article list's own narrow index, in list order (by id) and covering
    # its filter columns: a page deep in a million-article list, its row count
    # and an article's row are walks over this index, never over the wide
    # article rows, and the list holds no ids of the whole corpus (issue 19).
    """
    CREATE INDEX idx_articles_list ON articles(id, status, source_id, published);
    """,
    # 7: who says a claim (reviewer.suggest.attribution): the speaker's words, the
    # speaker's kind and the stance, suggested with the claim and editable. Claims
    # made before stay NULL (unknown), never guessed in bulk by the migration.
    """
    ALTER TABLE claims ADD COLUMN speaker TEXT;
    ALTER TABLE claims ADD COLUMN speaker_kind TEXT
        CHECK (speaker_kind IN ('outlet', 'party', 'monitor', 'local', 'social'));
    ALTER TABLE claims ADD COLUMN stance TEXT
        CHECK (stance IN ('asserts', 'denies', 'confirms', 'intends', 'hearsay'));
    """
    + audit_triggers(
        "claims",
        (*_V5_CLAIM_COLUMNS, "speaker", "speaker_kind", "stance"),
        event_id="event_id",
        replace=True,
    ),
    # 8: several analysts on one dataset (issue 14). A global uid (UUIDv7) beside
    # the local id of every record an analyst creates; reports keep their coder
    # like the other records; the project knows its analysts and has its own uid
    # (the origin of the audit rows it passes on in a merge). Team work:
    # double-coding assignments and "my coding is done"; a person's pairing of
    # coders' events; adjudicated events with the coder events they came from
    # and every choice made; audit rows merged in from colleagues' projects, kept
    # apart from this project's own chained log.
    """
    CREATE TABLE analysts (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        first_seen TEXT NOT NULL
    );
    ALTER TABLE reports ADD COLUMN created_by TEXT;
    UPDATE reports SET created_by = (SELECT created_by FROM events WHERE id = reports.event_id);
    INSERT OR IGNORE INTO analysts (name, first_seen)
        SELECT name, min(at) FROM (
            SELECT created_by AS name, created_at AS at FROM events
            UNION ALL SELECT coded_by, updated_at FROM events
            UNION ALL SELECT reviewed_by, reviewed_at FROM events
            UNION ALL SELECT created_by, created_at FROM claims
            UNION ALL SELECT created_by, created_at FROM evidence
            UNION ALL SELECT created_by, created_at FROM conflicts
            UNION ALL SELECT resolved_by, resolved_at FROM conflicts
            UNION ALL SELECT user, at FROM audit_log
        ) WHERE name IS NOT NULL AND name != '' AND at IS NOT NULL GROUP BY name;
    CREATE TABLE project_identity (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        uid TEXT NOT NULL
    );
    INSERT INTO project_identity (id, uid) VALUES (1, """
    + UUID7_SQL
    + """);
    CREATE TABLE assignments (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        analyst TEXT NOT NULL,
        assigned_by TEXT,
        assigned_at TEXT NOT NULL,
        done_at TEXT,
        uid TEXT,
        UNIQUE (article_id, analyst)
    );
    CREATE TABLE event_pairings (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        group_key TEXT NOT NULL,
        set_by TEXT,
        set_at TEXT NOT NULL,
        uid TEXT,
        UNIQUE (article_id, event_id)
    );
    CREATE TABLE adjudications (
        id INTEGER PRIMARY KEY,
        event_id INTEGER NOT NULL UNIQUE REFERENCES events(id) ON DELETE CASCADE,
        article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
        coders TEXT NOT NULL,
        adjudicated_by TEXT,
        adjudicated_at TEXT NOT NULL,
        uid TEXT
    );
    CREATE TABLE adjudication_sources (
        id INTEGER PRIMARY KEY,
        adjudication_id INTEGER NOT NULL REFERENCES adjudications(id) ON DELETE CASCADE,
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        coder TEXT,
        uid TEXT,
        UNIQUE (adjudication_id, event_id)
    );
    CREATE INDEX idx_adjudication_sources_event ON adjudication_sources(event_id);
    CREATE TABLE adjudication_choices (
        id INTEGER PRIMARY KEY,
        adjudication_id INTEGER NOT NULL REFERENCES adjudications(id) ON DELETE CASCADE,
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        field TEXT NOT NULL,
        value TEXT,
        chosen_from TEXT NOT NULL,
        rationale TEXT,
        uid TEXT,
        UNIQUE (adjudication_id, field)
    );
    CREATE TABLE merged_audit (
        id INTEGER PRIMARY KEY,
        origin TEXT NOT NULL,
        origin_id INTEGER NOT NULL,
        at TEXT NOT NULL,
        user TEXT,
        table_name TEXT NOT NULL,
        row_uid TEXT,
        row_id INTEGER,
        event_id INTEGER,
        action TEXT NOT NULL,
        old_values TEXT,
        new_values TEXT,
        hash TEXT,
        merged_at TEXT NOT NULL,
        UNIQUE (origin, origin_id)
    );
    CREATE INDEX idx_merged_audit_event ON merged_audit(event_id, at);
    CREATE TRIGGER merged_audit_no_update BEFORE UPDATE ON merged_audit BEGIN
        SELECT RAISE(ABORT, 'the audit log is append-only');
    END;
    CREATE TRIGGER merged_audit_no_delete BEFORE DELETE ON merged_audit BEGIN
        SELECT RAISE(ABORT, 'the audit log is append-only');
    END;
    """
    + "".join(_global_ids(table) for table in GLOBAL_ID_TABLES)
    + "".join(_global_ids(table, add_column=False) for table in TEAM_TABLES)
    + "".join(
        _with_uid(
            table,
            columns,
            event_id=_V8_EVENT_OF.get(table),
            row_id="rowid" if table == "suggestion_rejections" else "id",
            replace=True,
        )
        for table, columns in _V8_GLOBAL_ID_COLUMNS.items()
    )
    + "".join(_team_audit(table) for table in _V8_TEAM_COLUMNS)
    + "".join(
        _known_analyst(table, column)
        for table, column in (
            ("events", "created_by"),
            ("reports", "created_by"),
            ("claims", "created_by"),
            ("evidence", "created_by"),
            ("conflicts", "created_by"),
            ("assignments", "analyst"),
            ("adjudications", "adjudicated_by"),
        )
    )
    + """
    CREATE TRIGGER analyst_events_update AFTER UPDATE OF coded_by, reviewed_by ON events BEGIN
        INSERT OR IGNORE INTO analysts (name, first_seen)
            SELECT name, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
            FROM (SELECT NEW.coded_by AS name UNION SELECT NEW.reviewed_by)
            WHERE name IS NOT NULL AND name != '';
    END;
    CREATE TRIGGER analyst_conflicts_update AFTER UPDATE OF resolved_by ON conflicts
    WHEN NEW.resolved_by IS NOT NULL AND NEW.resolved_by != '' BEGIN
        INSERT OR IGNORE INTO analysts (name, first_seen)
            VALUES (NEW.resolved_by, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
    END;
    """,
    # 9: conflicts per field of an event (issue 12). The pairwise rows become one
    # conflict per (event, field) keeping the lowest id and its uid: open if any
    # pair was open, else the latest decision. Its members are both claims of every
    # pair plus every other claim on that field. A version lets a decision refuse
    # a conflict changed since it was shown. Suggestions keep accepted ones too
    # (suggestion_rejections.decision; rejected_by/at name who decided and when).
    """
    CREATE TABLE conflicts_v8 AS SELECT * FROM conflicts;
    DROP TABLE conflicts;
    CREATE TABLE conflicts (
        id INTEGER PRIMARY KEY,
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        field TEXT NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('detected', 'manual')),
        status TEXT NOT NULL DEFAULT 'open'
            CHECK (status IN ('open', 'resolved', 'dismissed', 'accepted')),
        resolution_value TEXT,
        resolution_low INTEGER,
        resolution_best INTEGER,
        resolution_high INTEGER,
        rationale TEXT,
        resolved_by TEXT,
        resolved_at TEXT,
        created_by TEXT,
        created_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        uid TEXT,
        UNIQUE (event_id, field)
    );
    INSERT INTO conflicts (id, event_id, field, origin, status, resolution_value,
        resolution_low, resolution_best, resolution_high, rationale, resolved_by,
        resolved_at, created_by, created_at, uid)
    SELECT group_id, event_id, field, CASE WHEN any_detected THEN 'detected' ELSE 'manual' END,
        status, resolution_value, resolution_low, resolution_best, resolution_high, rationale,
        resolved_by, resolved_at, first_by, first_at, first_uid
    FROM (
        SELECT k.*,
            min(id) OVER g AS group_id,
            max(origin = 'detected') OVER g AS any_detected,
            first_value(created_by) OVER (PARTITION BY event_id, field ORDER BY id) AS first_by,
            first_value(uid) OVER (PARTITION BY event_id, field ORDER BY id) AS first_uid,
            min(created_at) OVER g AS first_at,
            row_number() OVER (PARTITION BY event_id, field
                ORDER BY status = 'open' DESC, CASE WHEN status = 'open' THEN id END,
                    resolved_at DESC, id DESC) AS rank
        FROM conflicts_v8 k
        WINDOW g AS (PARTITION BY event_id, field)
    ) WHERE rank = 1;
    CREATE INDEX idx_conflicts_event ON conflicts(event_id, status);
    CREATE INDEX idx_conflicts_status ON conflicts(status);
    CREATE TABLE conflict_claims (
        id INTEGER PRIMARY KEY,
        conflict_id INTEGER NOT NULL REFERENCES conflicts(id) ON DELETE CASCADE,
        claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        event_id INTEGER NOT NULL,
        uid TEXT,
        UNIQUE (conflict_id, claim_id)
    );
    CREATE INDEX idx_conflict_claims_claim ON conflict_claims(claim_id);
    INSERT OR IGNORE INTO conflict_claims (conflict_id, claim_id, event_id)
    SELECT g.id, m.claim_id, g.event_id
    FROM conflicts g
    JOIN (
        SELECT event_id, field, claim_a AS claim_id FROM conflicts_v8
        UNION SELECT event_id, field, claim_b FROM conflicts_v8
        UNION SELECT c.event_id, c.field, c.id FROM claims c
    ) m ON m.event_id = g.event_id AND m.field = g.field
    ORDER BY g.id, m.claim_id;
    DROP TABLE conflicts_v8;
    ALTER TABLE suggestion_rejections ADD COLUMN decision TEXT NOT NULL DEFAULT 'rejected'
        CHECK (decision IN ('rejected', 'accepted'));
    """
    + _global_ids("conflicts", add_column=False)
    + _global_ids("conflict_claims", add_column=False)
    + _with_uid("conflicts", _V9_CONFLICT_COLUMNS, event_id="event_id", replace=True)
    + _with_uid("conflict_claims", _V9_MEMBER_COLUMNS, event_id="event_id")
    + _with_uid("suggestion_rejections", _V9_DECISION_COLUMNS, row_id="rowid", replace=True)
    + _known_analyst("conflicts", "created_by")
    + """
    CREATE TRIGGER analyst_conflicts_update AFTER UPDATE OF resolved_by ON conflicts
    WHEN NEW.resolved_by IS NOT NULL AND NEW.resolved_by != '' BEGIN
        INSERT OR IGNORE INTO analysts (name, first_seen)
            VALUES (NEW.resolved_by, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
    END;
    """,
    # 10: where an article's metadata came from (issue 17). A value read from
    # the article's own words (a dateline, "محدث 08 كانون الأول 2024", the outlet
    # naming itself) is "inferred", with the span of those words, until an analyst
    # confirms or corrects it; the author a page, Word file or feed gives is kept
    # here too. The importer looks feed items up by their link.
    """
    CREATE TABLE article_metadata (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        field TEXT NOT NULL CHECK (field IN ('published', 'outlet', 'author')),
        value TEXT,
        origin TEXT NOT NULL CHECK (origin IN ('file', 'inferred', 'confirmed', 'corrected')),
        evidence_start INTEGER CHECK (evidence_start >= 0),
        evidence_end INTEGER CHECK (evidence_end >= evidence_start),
        decided_by TEXT,
        decided_at TEXT,
        UNIQUE (article_id, field)
    );
    CREATE INDEX idx_articles_url ON articles(url);
    """
    + audit_triggers("article_metadata", _V10_ARTICLE_METADATA_COLUMNS),
    # 11: the state of syncing with team servers (reviewer.server.sync): each
    # server's pull cursor and last outcome (its URL without any password; the
    # credentials stay with libpq), what was last pushed or pulled of each
    # record (its fingerprint and server version), and the sync conflicts found.
    # Bookkeeping, not analysts' work: not audited, never merged.
    """
    CREATE TABLE sync_servers (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        login TEXT,
        last_seq INTEGER NOT NULL DEFAULT 0,
        last_sync_at TEXT,
        last_error TEXT
    );
    CREATE TABLE sync_records (
        server_id INTEGER NOT NULL REFERENCES sync_servers(id) ON DELETE CASCADE,
        tbl TEXT NOT NULL,
        uid TEXT NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('pushed', 'pulled')),
        digest TEXT NOT NULL,
        version INTEGER,
        PRIMARY KEY (server_id, uid)
    );
    CREATE TABLE sync_conflicts (
        id INTEGER PRIMARY KEY,
        tbl TEXT NOT NULL,
        uid TEXT NOT NULL,
        field TEXT NOT NULL,
        ours TEXT,
        theirs TEXT,
        their_by TEXT,
        found_at TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'kept_ours', 'took_theirs')),
        UNIQUE (uid, field, theirs)
    );
    """,
    # 12: a million articles (issue 19). An import batch is audited as one row
    # (import_batches, chained like every audit row) holding the sha256 of its
    # articles' ids and text hashes, instead of one audit row per article:
    # ``reviewer check`` recomputes it, so a text edited together with its hash
    # is still caught. Articles written any other way are logged one by one as
    # before. Indexes nothing reads are dropped: status (idx_articles_filter
    # starts with it), title, and url for the rows without one (only feed items
    # are looked up by their link).
    """
    DROP INDEX idx_articles_status;
    DROP INDEX idx_articles_title;
    DROP INDEX idx_articles_url;
    CREATE INDEX idx_articles_url ON articles(url) WHERE url IS NOT NULL;
    CREATE TABLE import_batches (
        id INTEGER PRIMARY KEY,
        first_article INTEGER NOT NULL,
        last_article INTEGER NOT NULL CHECK (last_article >= first_article),
        articles_sha256 TEXT NOT NULL,
        imported_at TEXT NOT NULL
    );
    CREATE INDEX idx_import_batches_last ON import_batches(last_article);
    """
    + audit_triggers("import_batches", _V12_IMPORT_BATCH_COLUMNS)
    + audit_triggers(
        "articles",
        _V5_ARTICLE_COLUMNS,
        digests=("text",),
        replace=True,
        insert_when="NOT EXISTS (SELECT 1 FROM import_batches b"
        " WHERE b.last_article >= NEW.id AND b.first_article <= NEW.id)",
    ),
    # 13: the search index tokenized by FTS5's "ascii" tokenizer (issue 19). What
    # it is given is already split into folded words by reviewer.search_index, one
    # space apart, and so are the queries; "ascii" splits at the spaces as
    # unicode61 did, at half its cost (it looks up no Unicode categories), which
    # was a quarter of an import. The index is rebuilt from the articles.
    """
    DROP TABLE article_search;
    CREATE VIRTUAL TABLE article_search USING fts5(title, body, content='', tokenize='ascii');
    INSERT INTO article_search (rowid, title, body)
        SELECT id, reviewer_index_terms(title), reviewer_index_terms(text) FROM articles;
    INSERT INTO article_search (article_search) VALUES ('optimize');
    """,
    # 14: how the search index takes a large import (issue 19): the terms of the
    # articles being written are flushed to a new segment every 32 MB instead of
    # every 1 MB. Fewer, larger segments are merged fewer times: a sixth less work
    # per article by half a million articles, more as the index grows, and a
    # search has fewer segments to read. (Merging 8 segments at a time instead of
    # 4 saved about as much again but made a search at a million 40% slower.)
    """
    INSERT INTO article_search (article_search, rank) VALUES ('hashsize', 33554432);
    """,
    # 15: the articles' content hashes unique by a named index, which a large import
    # can drop and build once at its end (issue 19), instead of by the column's
    # UNIQUE constraint, whose index cannot be dropped. The index on disk is the
    # same either way (the hash, then the rowid), so only the schema's text changes:
    # the table loses "UNIQUE", its automatic index becomes a named one. The last
    # two statements change the schema for real, so every other connection reloads it.
    """
    PRAGMA writable_schema = ON;
    UPDATE sqlite_master
        SET sql = replace(sql, 'content_hash TEXT NOT NULL UNIQUE,', 'content_hash TEXT NOT NULL,')
        WHERE type = 'table' AND name = 'articles';
    UPDATE sqlite_master
        SET name = 'idx_articles_content_hash',
            sql = 'CREATE UNIQUE INDEX idx_articles_content_hash ON articles(content_hash)'
        WHERE type = 'index' AND name = 'sqlite_autoindex_articles_1';
    PRAGMA writable_schema = RESET;
    CREATE TABLE schema_15_reload (x);
    DROP TABLE schema_15_reload;
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)

# Tables without audit triggers: a laptop's sync bookkeeping (migration 11), which
# records what was exchanged with a server, not anyone's work. Auditing it would
# log every pulled record twice; the records themselves are audited.
UNAUDITED_TABLES = ("sync_servers", "sync_records", "sync_conflicts")
