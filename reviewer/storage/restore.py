"""Putting a backup back in place of the project, without losing anything on the way.

Three things can go wrong when a backup is copied over a project by hand, and
each is handled here:

- the project is open in a window or a running import, which would go on
  writing into the file (or its ``-wal``) after the swap: refused;
- a ``-wal``/``-shm`` left beside the old file would be read as part of the
  restored one, which SQLite then reports as malformed: they are moved aside;
- the replaced file may hold work that is wanted after all: it is kept, with
  its journal, under a ``.replaced-TIMESTAMP`` name beside the project.

The backup is checked (ours, sound, not from a newer version) before anything
is moved, and copied with SQLite's backup API to a temporary name that is
renamed into place only when complete.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from reviewer.errors import DatabaseError, ReviewerError
from reviewer.messages import Message

JOURNALS = ("-wal", "-shm", "-journal")
# SQLite's unix locks (os_unix.c): the SHARED byte range of the database file,
# which every open connection of a WAL project holds, and the -shm "dead man
# switch" byte, held by every connection that has the -shm mapped.
_SHARED_FIRST, _SHARED_SIZE = 0x40000002, 510
_SHM_DMS = 128


class ProjectInUse(ReviewerError):
    """Another program has the project open; replacing it now would lose its writes."""


@dataclass(frozen=True)
class Restored:
    project: Path
    kept: Path | None  # where the replaced project went, if there was one


def restore_backup(backup: str | Path, project: str | Path) -> Restored:
    """Replace ``project`` by a copy of ``backup``; see the module docstring."""
    from reviewer.storage.backups import copy_database
    from reviewer.storage.database import inspect_project, open_read_only

    backup, project = Path(backup), Path(project)
    if not backup.is_file():
        raise DatabaseError(Message("restore.no_backup", path=backup))
    if project.exists() and backup.resolve() == project.resolve():
        raise DatabaseError(Message("backup.onto_itself", path=backup))
    inspect_project(backup)  # refuses a foreign, damaged or newer file with its own message
    if in_use(project):
        raise ProjectInUse(Message("restore.in_use", path=project))
    kept = _move_aside(project)
    source = open_read_only(backup)
    try:
        copy_database(source.conn, project)
    except BaseException:
        if kept is not None:
            _move_back(kept, project)
        raise
    finally:
        source.close()
    return Restored(project, kept)


def in_use(project: Path) -> bool:
    """Does another process have ``project`` open? Asked the way SQLite itself asks.

    Tries, without waiting, the write locks that any open connection blocks
    with its shared ones; they are let go at once. Where POSIX locks do not
    exist (Windows), an open file cannot be renamed, and the move fails instead.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        return False
    probes = ((project, _SHARED_FIRST, _SHARED_SIZE), (Path(f"{project}-shm"), _SHM_DMS, 1))
    for path, start, length in probes:
        try:
            fd = os.open(path, os.O_RDWR)
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise DatabaseError(Message("db.cannot_open", path=path, reason=exc.strerror)) from exc
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, length, start)
            fcntl.lockf(fd, fcntl.LOCK_UN, length, start)
        except OSError:
            return True
        finally:
            os.close(fd)
    return False


def _move_aside(project: Path) -> Path | None:
    """Rename the project and its journals to ``NAME.replaced-TIMESTAMP.sqlite[-wal]``."""
    present = [suffix for suffix in ("", *JOURNALS) if Path(f"{project}{suffix}").exists()]
    if not present:
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    kept = project.with_name(f"{project.stem}.replaced-{stamp}{project.suffix or '.sqlite'}")
    for suffix in present:
        os.replace(f"{project}{suffix}", f"{kept}{suffix}")
    return kept


def _move_back(kept: Path, project: Path) -> None:
    for suffix in ("", *JOURNALS):
        if Path(f"{kept}{suffix}").exists():
            os.replace(f"{kept}{suffix}", f"{project}{suffix}")
