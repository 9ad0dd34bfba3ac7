"""The schema as an ordered list of migrations.

Migration ``n`` takes a file from ``user_version`` n-1 to n. Migrations are
append-only: a released step is never edited, so every file ever written can be
brought forward step by step. Fixture files of each old version live in
``tests/fixtures/`` and are opened by the tests.
"""

from __future__ import annotations

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
    return f"""
    {drops}CREATE TRIGGER {names[0]} AFTER INSERT ON {table} BEGIN{on_insert}
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
]

SCHEMA_VERSION = len(MIGRATIONS)
