"""File > Export dialog: same core as the CLI, progress, cancel, errors shown in words."""

import csv
from pathlib import Path

from PySide6.QtWidgets import QProgressDialog

from reviewer.storage.review import mark_event_coded
from tests.coding import complete_event

SHOTS = Path("/tmp/shots-review")


def _dialog(qtbot, db, settings):
    from reviewer.ui.export_dialog import ExportDialog

    dialog = ExportDialog(db, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _project(db):
    event_id = complete_event(db, 1, location_ar="حماة", notes="=1+1")
    mark_event_coded(db, event_id, "amal")
    return event_id


def test_export_from_the_dialog_writes_the_files(qtbot, sample_db, settings, tmp_path):
    _project(sample_db)
    dialog = _dialog(qtbot, sample_db, settings)
    assert [dialog.admin1_combo.itemText(i) for i in range(dialog.admin1_combo.count())] == [
        "(all governorates)", "Hama",
    ]  # fmt: skip
    out = tmp_path / "export"
    dialog.folder_edit.setText(str(out))
    dialog.all_check.setChecked(True)
    dialog.admin1_combo.setCurrentIndex(1)
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "export_dialog.png"))
    result = dialog.run_export()
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
    assert dialog.run_export().rows["events"] == 0


def test_cancel_leaves_no_file_and_says_so(qtbot, sample_db, settings, tmp_path, monkeypatch):
    _project(sample_db)
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    dialog = _dialog(qtbot, sample_db, settings)
    dialog.folder_edit.setText(str(tmp_path / "out"))
    assert dialog.run_export() is None
    assert "cancelled" in dialog.message_label.text()
    assert list((tmp_path / "out").iterdir()) == []


def test_errors_are_shown_in_the_dialog(qtbot, sample_db, settings, tmp_path):
    dialog = _dialog(qtbot, sample_db, settings)
    assert dialog.run_export() is None
    assert "Choose a folder" in dialog.message_label.text()
    dialog.folder_edit.setText(str(tmp_path / "out"))
    dialog.from_edit.setText("5 Dec")
    assert dialog.run_export() is None
    assert "--from: '5 Dec' is not a date" in dialog.message_label.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "export_dialog_error.png"))
