"""Setting a team server up: ``reviewer server init`` and ``reviewer server add-analyst``.

Run by the database's owner (or a superuser): it creates the schema, the four
group roles (coder, reviewer, adjudicator, admin) and the row-level security
policies, and login roles for analysts. Statements are parameterised wherever
PostgreSQL allows parameters; role names, which it does not, are quoted as
identifiers by psycopg's ``sql`` module.
"""

from __future__ import annotations

from reviewer.messages import Message
from reviewer.server.connect import ServerError, connect, first_line, public_url
from reviewer.server.schema import MIGRATIONS, ROLES, ROLES_SQL, SERVER_SCHEMA_VERSION


def server_version(conn) -> int:
    """The server schema's version, 0 for a database not set up yet."""
    found = conn.execute("SELECT to_regclass('reviewer.server_meta')").fetchone()[0]
    if found is None:
        return 0
    row = conn.execute("SELECT value FROM reviewer.server_meta WHERE key = 'version'").fetchone()
    return int(row[0]) if row else 0


def init_server(url: str) -> int:
    """Create or bring up to date the schema at ``url``; returns the version now in force."""
    import psycopg

    with connect(url) as conn:
        try:
            version = server_version(conn)
            if version > SERVER_SCHEMA_VERSION:
                raise ServerError(
                    Message("server.too_new", server=public_url(url), version=version)
                )
            for statement in ROLES_SQL:
                conn.execute(statement)
            for number in range(version + 1, SERVER_SCHEMA_VERSION + 1):
                conn.execute(MIGRATIONS[number - 1])
                conn.execute(
                    "INSERT INTO reviewer.server_meta (key, value) VALUES ('version', %s)"
                    " ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                    [str(number)],
                )
            conn.commit()
        except psycopg.Error as exc:
            raise ServerError(
                Message("server.setup_failed", server=public_url(url), reason=first_line(exc))
            ) from exc
    return SERVER_SCHEMA_VERSION


def add_analyst(url: str, name: str, *, role: str, password: str | None = None) -> None:
    """A login role ``name`` in group ``role``; its login is its identity on every record."""
    import psycopg
    from psycopg import sql

    if role not in ROLES:
        raise ServerError(Message("server.bad_role", role=role, roles=", ".join(ROLES)))
    with connect(url) as conn:
        try:
            exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [name]).fetchone()
            if exists is None:
                conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(name)))
            if password is not None:
                # ALTER ROLE takes no bind parameters; the literal is quoted by psycopg.
                conn.execute(
                    sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                        sql.Identifier(name), sql.Literal(password)
                    )
                )
            conn.execute(
                sql.SQL("GRANT {} TO {}").format(sql.Identifier(ROLES[role]), sql.Identifier(name))
            )
            database = conn.info.dbname
            conn.execute(
                sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
                    sql.Identifier(database), sql.Identifier(name)
                )
            )
            conn.commit()
        except psycopg.Error as exc:
            raise ServerError(
                Message(
                    "server.cannot_add_analyst",
                    server=public_url(url),
                    name=name,
                    reason=first_line(exc),
                )
            ) from exc
