"""Connecting to the team server: libpq's own ways, one-line errors, no stored secrets.

Credentials come from where libpq looks for them (``PGPASSWORD``, ``~/.pgpass``,
a service file, ``sslmode`` and the other URL parameters are honoured as they
are), so the project file never holds a password: ``public_url`` strips one
from a URL before it is remembered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reviewer.errors import ReviewerError
from reviewer.messages import Message

if TYPE_CHECKING:
    import psycopg


class ServerError(ReviewerError):
    """The team server could not be reached or refused what was asked."""


def connect(url: str, *, autocommit: bool = False) -> psycopg.Connection:
    """A connection to ``url``; any failure is a one-line ``ServerError`` naming the server."""
    import psycopg

    try:
        return psycopg.connect(url, autocommit=autocommit, connect_timeout=10)
    except psycopg.Error as exc:
        raise ServerError(
            Message("server.cannot_connect", server=public_url(url), reason=first_line(exc))
        ) from exc


def public_url(url: str) -> str:
    """``url`` without any password, fit to print or to keep in the project file."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    try:
        parts = conninfo_to_dict(url)
    except Exception:
        return "the server"
    parts.pop("password", None)
    if url.startswith(("postgresql://", "postgres://")):
        # Keep the URL form people typed; only the password is taken out.
        import re

        return re.sub(r"(://[^:/@]+):[^@]*@", r"\1@", url)
    return make_conninfo("", **{k: str(v) for k, v in parts.items() if v is not None})


def first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
