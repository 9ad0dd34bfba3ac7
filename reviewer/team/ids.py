"""Global record ids: UUIDv7 (RFC 9562), made in Python and in SQL alike.

Every record an analyst creates carries a ``uid`` beside its local integer id,
so that a record keeps its identity when it travels to a colleague's project
(merge) and merging the same file twice brings nothing new. UUIDv7 rather than
v4: its first 48 bits are the creation time in milliseconds, so ids sort by
creation and index well; the rest is random, so two laptops never collide.

Python 3.11's ``uuid`` module has no ``uuid7``, and the database must be able to
make one in a trigger (any write path, the CLI or a script, gets a uid without
remembering to ask), so both forms are written here from the RFC's layout:

    48 bits unix time in ms | 4 bits version (7) | 12 random bits
    | 2 bits variant (0b10) | 62 random bits
"""

from __future__ import annotations

import secrets
import time
import uuid

# The SQL form. ``julianday('now')`` is fixed within one statement step, so the
# two time halves agree; each ``random()`` is drawn anew for every row, which
# makes the expression usable in a backfilling UPDATE as well as in a trigger.
_MS = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"
UUID7_SQL = (
    "printf('%08x-%04x-7%03x-%x%03x-%012x',"
    f" ({_MS}) >> 16, ({_MS}) & 65535, random() & 4095,"
    " 8 + (random() & 3), random() & 4095, random() & 281474976710655)"
)


def uuid7(now_ms: int | None = None) -> str:
    """A new UUIDv7 as the canonical 36-character lower-case string."""
    ms = time.time_ns() // 1_000_000 if now_ms is None else now_ms
    rand_a = secrets.randbits(12)
    rand_b = secrets.randbits(62)
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b
    return str(uuid.UUID(int=value))


def uuid7_time_ms(uid: str) -> int:
    """The creation time (unix ms) a UUIDv7 carries."""
    return uuid.UUID(uid).int >> 80


def is_uuid7(uid: str) -> bool:
    try:
        value = uuid.UUID(uid)
    except (ValueError, TypeError, AttributeError):
        return False
    return value.version == 7 and value.variant == uuid.RFC_4122 and str(value) == uid
