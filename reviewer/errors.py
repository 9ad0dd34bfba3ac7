"""Errors that reach the user as one clear line.

Anything the analyst can cause (a bad file, a wrong path, a database from a newer
version) raises a ``ReviewerError`` subclass whose message names the file or field.
The CLI prints it on stderr without a traceback; the window shows it in a dialog.
"""


class ReviewerError(Exception):
    """A problem the user can understand and act on.

    Raised with a ``reviewer.messages.Message`` where the window shows it, so it
    can be translated; ``text`` keeps that message (``str(error)`` is English).
    """

    @property
    def text(self) -> str:
        """The message as raised: a ``Message`` when it was one, else the plain text."""
        first = self.args[0] if len(self.args) == 1 else None
        return first if isinstance(first, str) else str(self)


class DatabaseError(ReviewerError):
    """The project file cannot be opened or used as it is."""


class UpgradeCancelled(DatabaseError):
    """Bringing an older file up to this version was cancelled; the step under way
    was rolled back (its search index as it was)."""


class DatabaseTooNew(DatabaseError):
    """The file was written by a newer reviewer; we refuse to touch it."""


class NotAReviewerDatabase(DatabaseError):
    """The file is not SQLite, or is SQLite belonging to another program."""


class ValidationError(ReviewerError):
    """A value the user entered breaks a rule; ``field`` names the form field.

    ``message`` is usually a ``reviewer.messages.Message`` (a str with an id), so
    the window can show it in the analyst's language.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class StaleEdit(ReviewerError):
    """The record changed elsewhere since this copy was loaded: the edit was not written.

    Every shared record an analyst edits is written only if it is still as the
    editor last saw it (optimistic locking): an event by its version number, a
    grade or a claim by the values the edit was based on.
    """


def os_error_message(exc: OSError) -> str:
    """One line naming the file, e.g. ``out/events.csv: No space left on device``.

    A ``Message`` when the OS named the file (the reason is the system's own words).
    """
    from reviewer.messages import Message  # messages imports nothing of ours

    reason = exc.strerror or str(exc) or type(exc).__name__
    return Message("file.os_error", file=exc.filename, reason=reason) if exc.filename else reason


def database_error_message(exc: Exception) -> str:
    """SQLite's message (a ``sqlite3.Error``), said the way an analyst can act on it."""
    from reviewer.messages import Message

    text = str(exc)
    if "disk is full" in text:
        return Message("db.disk_full")
    if "readonly" in text or "read-only" in text:
        return Message("db.read_only")
    if "locked" in text or "busy" in text:
        return Message("db.locked")
    return Message("db.error", reason=text)
