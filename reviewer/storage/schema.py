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
]

SCHEMA_VERSION = len(MIGRATIONS)
