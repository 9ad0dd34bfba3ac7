"""File > Export dialog: same core as the CLI, progress, cancel, errors shown in words."""

import csv
from pathlib import Path

from reviewer.storage.review import mark_event_coded
from tests.coding import complete_event

SHOTS = Path("/tmp/shots-review")


def _dialog(qtbot, db, settings):
    from reviewer.ui.export_dialog import ExportDialog

    dialog = ExportDialog(db, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _export(qtbot, dialog):
    """Start the export as the Export button does and wait for its thread to end."""
    if dialog.run_export():
        qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)
    return dialog.result_info


def _project(db):
    event_id = complete_event(db, 1, location_ar="حماة", notes="=1+1")
    mark_event_coded(db, event_id, "amal")
    return event_id


def test_export_from_the_dialog_writes_the_files(qtbot, sample_db, settings, tmp_path):
    _project(sample_db)
    dialog = _dialog(qtbot, sample_db, settings)
    qtbot.waitUntil(lambda: dialog.admin1_task is None)  # the governorates read off-thread
    assert [dialog.admin1_combo.itemText(i) for i in range(dialog.admin1_combo.count())] == [
        "(all governorates)", "Hama",
    ]  # fmt: skip
    out = tmp_path / "export"
    dialog.folder_edit.setText(str(out))
    dialog.all_check.setChecked(True)
    dialog.admin1_combo.setCurrentIndex(1)
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "export_dialog.png"))
    result = _export(qtbot, dialog)
    assert result is not None and result.rows["events"] == 1
    with open(out / "events.csv", encoding="utf-8-sig", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["x_location_ar"] == "حماة" and row["notes"] == "'=1+1"
    assert settings.value("export/folder") == str(out)
    from reviewer.ui.export_dialog import ExportDialog

    again = ExportDialog(sample_db, settings)
    qtbot.addWidget(again)
    assert again.folder_edit.text() == str(out)


def test_reviewed_only_is_the_default(qtbot, sample_db, settings, tmp_path):
    _project(sample_db)
    dialog = _dialog(qtbot, sample_db, settings)
    assert not dialog.all_check.isChecked() and not dialog.raw_check.isChecked()
    dialog.folder_edit.setText(str(tmp_path / "out"))
    assert _export(qtbot, dialog).rows["events"] == 0


def test_errors_are_shown_in_the_dialog(qtbot, sample_db, settings, tmp_path):
    dialog = _dialog(qtbot, sample_db, settings)
    assert _export(qtbot, dialog) is None
    assert "Choose a folder" in dialog.message_label.text()
    dialog.folder_edit.setText(str(tmp_path / "out"))
    dialog.from_edit.setText("5 Dec")
    assert _export(qtbot, dialog) is None
    assert "--from: '5 Dec' is not a date" in dialog.message_label.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "export_dialog_error.png"))
