"""The whole-file damage check, moved off the window's start (issue 19), still catches damage.

The window opens the project without SQLite's whole-file ``quick_check`` and
runs it in a thread after the first paint; damage found then is reported with
the same message, and nothing was written to the file meanwhile.
"""

from __future__ import annotations

import random
from pathlib import Path

from reviewer.storage import open_database
from reviewer.storage.database import first_damage
from reviewer.ui.file_tasks import StartupFileTasks

from .test_file_safety import _copy, _damage, _filled_project


def test_deferred_open_leaves_a_damaged_file_as_it_was_and_the_check_finds_it(tmp_path):
    sound = _filled_project(tmp_path / "sound.sqlite")
    path = _copy(sound, tmp_path / "damaged.sqlite")
    _damage(path, random.Random(3))
    before = path.read_bytes()
    db = open_database(path, defer_full_check=True)
    db.close()
    assert path.read_bytes() == before
    message = first_damage(path)
    assert message is not None
    assert message.startswith(f"{path}: the project file is damaged")
    assert first_damage(sound) is None


def test_startup_tasks_report_damage_and_back_up_a_sound_file(qtbot, tmp_path):
    sound = _filled_project(tmp_path / "sound.sqlite")
    damaged = _copy(sound, tmp_path / "damaged.sqlite")
    _damage(damaged, random.Random(5))

    tasks = StartupFileTasks(damaged)
    with qtbot.waitSignal(tasks.damaged, timeout=10_000) as blocker:
        tasks.start()
    tasks.wait()
    assert "damaged.sqlite: the project file is damaged" in blocker.args[0]
    assert not (tmp_path / "damaged-backups").exists()

    tasks = StartupFileTasks(sound)
    with qtbot.waitSignal(tasks.backup_made, timeout=10_000) as blocker:
        tasks.start()
    tasks.wait()
    made = Path(blocker.args[0])
    assert made.parent == tmp_path / "sound-backups"
    copy = open_database(made)
    assert copy.execute("SELECT count(*) FROM articles").fetchone()[0] == 400
    copy.close()


def test_the_damage_found_in_the_thread_reaches_the_window_translatable(qtbot, tmp_path):
    """The signal carries the Message itself (a str signal dropped its id: English in Arabic)."""
    from reviewer.messages import Message
    from reviewer.ui.core_messages import translate_message
    from reviewer.ui.language import install_language

    damaged = _copy(_filled_project(tmp_path / "sound.sqlite"), tmp_path / "damaged.sqlite")
    _damage(damaged, random.Random(5))
    tasks = StartupFileTasks(damaged)
    with qtbot.waitSignal(tasks.damaged, timeout=10_000) as blocker:
        tasks.start()
    tasks.wait()
    message = blocker.args[0]
    assert isinstance(message, Message) and message.id == "db.damaged_found"
    installed = install_language("ar")
    try:
        shown = translate_message(message)
    finally:
        installed.remove()
    assert "ملف المشروع تالف" in shown and "damaged" not in shown.replace("damaged.sqlite", "")
