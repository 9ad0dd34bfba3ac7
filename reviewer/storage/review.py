"""The review workflow: who may move an event or an article to which state.

Events go draft -> coded -> reviewed; articles new -> in_progress -> coded ->
reviewed, or are rejected as irrelevant. The allowed moves are data
(``EVENT_TRANSITIONS``, ``ARTICLE_TRANSITIONS``) so the rule is read in one place;
anything else raises ``ReviewerError`` naming both states. Going back one step
(reopening a review, sending an event back to draft) is allowed and clears the
stamp it undoes, so an event never claims a reviewer it no longer has.

Moving an event forward needs it complete (reviewer.completeness: type, date,
actor, place, and for "reviewed" a named reviewer); the refusal lists what is
missing. Marking an event coded records ``coded_by``; marking it reviewed records
``reviewed_by`` and ``reviewed_at``. The project option
``require_distinct_reviewer`` (four eyes) forbids reviewing one's own coding, and
an event with open conflicts cannot be marked reviewed until they are resolved or
accepted. The person named is also set on the connection for the duration of
the write, so the audit log's triggers record them.

After an event changes state, each article reporting it follows its events
(``sync_article_status``): all reviewed -> reviewed, none still draft -> coded,
otherwise in progress. A rejected article, or one without events, is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlite_utils

from reviewer import completeness
from reviewer.errors import ReviewerError
from reviewer.messages import Message
from reviewer.storage.clock import now_iso
from reviewer.storage.database import current_user, set_user
from reviewer.storage.project_settings import require_distinct_reviewer

EVENT_ORDER = ("draft", "coded", "reviewed")
EVENT_TRANSITIONS: dict[str, tuple[str, ...]] = {
    "draft": ("coded",),
    "coded": ("reviewed", "draft"),
    "reviewed": ("coded",),
}
ARTICLE_TRANSITIONS: dict[str, tuple[str, ...]] = {
    "new": ("in_progress", "rejected"),
    "in_progress": ("coded", "rejected"),
    "coded": ("reviewed", "in_progress", "rejected"),
    "reviewed": ("coded",),
    "rejected": ("new",),
}


def check_transition(kind: str, label: str, current: str, target: str) -> None:
    """Raise unless ``current -> target`` is an allowed move for ``kind``."""
    table = EVENT_TRANSITIONS if kind == "event" else ARTICLE_TRANSITIONS
    if target not in table:
        raise ReviewerError(
            Message("review.unknown_status", subject=label, target=target, kind=kind)
        )
    allowed = table.get(current, ())
    if target not in allowed:
        raise ReviewerError(
            Message(
                "review.bad_move", subject=label, current=current, target=target, options=allowed
            )
        )


@contextmanager
def acting_as(db: sqlite_utils.Database, user: str | None) -> Iterator[None]:
    """Record ``user`` in the audit log for the writes inside the block."""
    previous = current_user(db)
    if user:
        set_user(db, user)
    try:
        yield
    finally:
        set_user(db, previous)


# -- events -------------------------------------------------------------------


def mark_event_coded(
    db: sqlite_utils.Database, event_id: int, user: str, *, expected_version: int | None = None
) -> int:
    """draft -> coded, recording ``user`` as the coder. Returns the new version."""
    return set_event_status(db, event_id, "coded", user, expected_version=expected_version)


def mark_event_reviewed(
    db: sqlite_utils.Database, event_id: int, user: str, *, expected_version: int | None = None
) -> int:
    """coded -> reviewed, recording ``user`` and the time. Returns the new version."""
    return set_event_status(db, event_id, "reviewed", user, expected_version=expected_version)


def set_event_status(
    db: sqlite_utils.Database,
    event_id: int,
    target: str,
    user: str,
    *,
    expected_version: int | None = None,
) -> int:
    """Move an event to ``target`` if the workflow allows it; return its new version."""
    user = (user or "").strip()
    with acting_as(db, user), db.atomic():
        event = _event(db, event_id)
        label = Message("subject.event", event=event["event_id_cnty"] or event_id)
        if not user:
            raise ReviewerError(Message("review.name_needed", subject=label, target=target))
        if expected_version is not None and event["version"] != expected_version:
            raise ReviewerError(
                Message(
                    "review.changed_elsewhere",
                    subject=label,
                    version=event["version"],
                    expected=expected_version,
                )
            )
        check_transition("event", label, event["status"], target)
        changes: dict[str, object] = {"status": target}
        if target == "coded" and event["status"] == "draft":
            changes["coded_by"] = user
        elif target == "coded":  # reopening a review
            changes.update(reviewed_by=None, reviewed_at=None)
        elif target == "draft":
            changes["coded_by"] = None
        elif target == "reviewed":
            _check_can_review(db, event, label, user)
            changes.update(reviewed_by=user, reviewed_at=now_iso())
        if EVENT_ORDER.index(target) > EVENT_ORDER.index(event["status"]):
            gaps = completeness.missing({**event, **changes}, target)
            if gaps:
                raise ReviewerError(completeness.refusal(label, target, gaps))
        assignments = ", ".join(f"{name} = ?" for name in changes)
        db.execute(
            f"UPDATE events SET {assignments}, updated_at = ?, version = version + 1 WHERE id = ?",
            [*changes.values(), now_iso(), event_id],
        )
        for article_id in _articles_of(db, event_id):
            sync_article_status(db, article_id)
    return event["version"] + 1


def return_to_coded(db: sqlite_utils.Database, event_id: int, user: str | None = None) -> bool:
    """A reviewed event whose evidence now disagrees goes back to "coded".

    Called when the event gains an open conflict (a new claim, a claim from a newly
    linked report, a reopened decision): a review that did not see the
    disagreement no longer stands. The update is audited under ``user`` like any
    other; returns whether the event was reviewed.
    """
    row = db.execute("SELECT status FROM events WHERE id = ?", [event_id]).fetchone()
    if row is None or row[0] != "reviewed":
        return False
    with acting_as(db, user), db.atomic():
        db.execute(
            "UPDATE events SET status = 'coded', reviewed_by = NULL, reviewed_at = NULL,"
            " updated_at = ?, version = version + 1 WHERE id = ?",
            [now_iso(), event_id],
        )
        for article_id in _articles_of(db, event_id):
            sync_article_status(db, article_id)
    return True


def _check_can_review(db: sqlite_utils.Database, event: dict, label: str, user: str) -> None:
    coder = (event["coded_by"] or "").strip()
    if require_distinct_reviewer(db) and coder and coder.casefold() == user.casefold():
        raise ReviewerError(Message("review.four_eyes", subject=label, user=user))
    if has_blocking_conflicts(db, event["id"]):
        fields = open_conflict_fields(db, event["id"])
        detail = Message("review.conflict_fields", fields=", ".join(fields)) if fields else ""
        raise ReviewerError(Message("review.open_conflicts", subject=label, detail=detail))


def open_conflict_fields(db: sqlite_utils.Database, event_id: int) -> list[str]:
    """The fields (as stored, e.g. 'prisoners_released') the event has open conflicts on."""
    rows = db.execute(
        "SELECT DISTINCT field FROM conflicts WHERE event_id = ? AND status = 'open'"
        " ORDER BY field",
        [event_id],
    )
    return [row[0] for row in rows]


def has_blocking_conflicts(db: sqlite_utils.Database, event_id: int) -> bool:
    """Any open conflict blocks review (read here, so review never imports conflicts)."""
    row = db.execute(
        "SELECT 1 FROM conflicts WHERE event_id = ? AND status = 'open' LIMIT 1", [event_id]
    ).fetchone()
    return row is not None


def _event(db: sqlite_utils.Database, event_id: int) -> dict:
    rows = list(db.query("SELECT * FROM events WHERE id = ?", [event_id]))
    if not rows:
        raise ReviewerError(Message("not_found.event", event=event_id))
    return rows[0]


def _articles_of(db: sqlite_utils.Database, event_id: int) -> list[int]:
    rows = db.execute("SELECT article_id FROM reports WHERE event_id = ?", [event_id])
    return [row[0] for row in rows]


# -- articles -----------------------------------------------------------------


def article_status(db: sqlite_utils.Database, article_id: int) -> str:
    row = db.execute("SELECT status FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None:
        raise ReviewerError(Message("not_found.article", article=article_id))
    return row[0]


def set_article_state(db: sqlite_utils.Database, article_id: int, target: str) -> None:
    """Move an article to ``target`` if the workflow allows it."""
    label = Message("subject.article", article=article_id)
    with db.atomic():
        current = article_status(db, article_id)
        check_transition("article", label, current, target)
        events = _event_statuses(db, article_id)
        if target == "rejected" and events:
            raise ReviewerError(
                Message("review.reject_with_events", subject=label, count=len(events))
            )
        if target == "coded" and "draft" in events:
            raise ReviewerError(
                Message("review.events_draft", subject=label, count=events.count("draft"))
            )
        if target == "reviewed" and any(status != "reviewed" for status in events):
            waiting = sum(status != "reviewed" for status in events)
            raise ReviewerError(Message("review.events_not_reviewed", subject=label, count=waiting))
        db.execute("UPDATE articles SET status = ? WHERE id = ?", [target, article_id])


def reject_article(db: sqlite_utils.Database, article_id: int) -> None:
    """Set an irrelevant article aside (it reports no event)."""
    set_article_state(db, article_id, "rejected")


def restore_article(db: sqlite_utils.Database, article_id: int) -> None:
    """Undo a rejection: the article is new again."""
    set_article_state(db, article_id, "new")


def mark_article_coded(db: sqlite_utils.Database, article_id: int) -> None:
    set_article_state(db, article_id, "coded")


def mark_article_reviewed(db: sqlite_utils.Database, article_id: int) -> None:
    set_article_state(db, article_id, "reviewed")


def sync_article_status(db: sqlite_utils.Database, article_id: int) -> str:
    """Let an article in work follow its events; return its (possibly new) status."""
    current = article_status(db, article_id)
    events = _event_statuses(db, article_id)
    if current == "rejected" or not events:
        return current
    if all(status == "reviewed" for status in events):
        target = "reviewed"
    elif "draft" not in events:
        target = "coded"
    else:
        target = "in_progress"
    if target != current:
        db.execute("UPDATE articles SET status = ? WHERE id = ?", [target, article_id])
    return target


def _event_statuses(db: sqlite_utils.Database, article_id: int) -> list[str]:
    rows = db.execute(
        "SELECT e.status FROM events e JOIN reports r ON r.event_id = e.id"
        " WHERE r.article_id = ? ORDER BY e.id",
        [article_id],
    )
    return [row[0] for row in rows]
