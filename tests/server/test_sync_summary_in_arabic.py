"""A sync's summary reaches an Arabic window in Arabic, line by line (issue 16).

The summary is a ``Summary`` of ``Message`` lines (the command line prints their
English); the window translates each. Against the real server: a sync conflict
found by a real sync, and F5 in an Arabic window.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from reviewer.messages import Message, Summary
from reviewer.storage.database import close_database

from .test_sync_window import amal_synced_then_bassams_window
from .test_team_sync import adjudicators_in_conflict

LRI, PDI = "\u2066", "\u2069"


@pytest.fixture
def arabic(qapp):
    from reviewer.ui.language import install_language

    installed = install_language("ar")
    yield installed
    installed.remove()


def _no_english_left(text: str) -> bool:
    """Only isolated codes, logins, paths and figures are Latin in ``text``."""
    rest = re.sub(f"{LRI}[^{PDI}]*{PDI}", "", text)
    return not any(ch.isascii() and ch.isalpha() for ch in rest)


def test_a_sync_conflicts_summary_is_messages_translated_into_arabic(
    server, tmp_path, monkeypatch, arabic
):
    from reviewer.ui.core_messages import translate_message

    team = {
        "amal": server.analyst("amal"),
        "adil": server.analyst("adil", role="adjudicator"),
        "hadi": server.analyst("hadi", role="adjudicator"),
    }
    case = adjudicators_in_conflict(server, team, tmp_path, monkeypatch)
    summary = case.second_sync.summary()
    assert isinstance(summary, Summary) and summary.head.id == "sync.summary"
    # (found both when pushing and when pulling: listed once each way, as before)
    assert {line.id for line in summary.details} == {"sync.conflict_line"}
    conflict = case.second_sync.conflicts[0]
    assert isinstance(conflict, Message) and conflict.id == "sync.conflict"
    assert conflict.params["table"].id == "table.events"
    # the English the command line prints is unchanged
    assert str(summary).splitlines()[1] == (
        f"  conflict to decide: events {case.uid}: fatalities changed by {team['adil']} meanwhile"
    )
    shown = translate_message(summary)
    head, detail, *_ = shown.splitlines()
    assert head.startswith("تمت المزامنة مع ") and "أُرسل" in head and "جُلب" in head, head
    assert detail == (
        f"  تعارض ينتظر الحسم: الأحداث {LRI}{case.uid}{PDI}: غيّر {LRI}{team['adil']}{PDI}"
        f" الحقول {LRI}fatalities{PDI} في هذه الأثناء"
    ), detail
    assert _no_english_left(shown), shown
    for db in (case.first_project, case.second_project):
        close_database(db)


def test_f5_in_an_arabic_window_shows_the_sync_summary_in_arabic(
    server, tmp_path, monkeypatch, qtbot, settings, arabic
):
    _amal, bassam, a, _event, db, window = amal_synced_then_bassams_window(
        server, tmp_path, monkeypatch, qtbot, settings
    )
    close_database(a)
    table = window.article_table
    rect = table.visualRect(window.article_model.index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(window.sync.finished, timeout=30_000) as done:
        qtbot.keyClick(window, Qt.Key.Key_F5)
    summary = done.args[0]
    assert summary.startswith("تمت المزامنة مع ") and "synced with" not in summary, summary
    assert f"باسم {LRI}{bassam}{PDI}" in summary and _no_english_left(summary), summary
    assert window.statusBar().currentMessage() == summary.splitlines()[0]
    window.close()
    close_database(db)
