"""The window's import summary names every file it skipped, with the reason."""

from reviewer.importing.corpus_import import import_paths
from reviewer.ui import import_dialog


def test_the_window_import_summary_names_each_skipped_file(db, tmp_path):
    tmp_path = tmp_path / "articles"  # apart from the project file
    tmp_path.mkdir()
    (tmp_path / "good.txt").write_text("حماة\nنص", encoding="utf-8")
    (tmp_path / "scan.png").write_bytes(b"\x89PNG")
    text = import_dialog.summary_text(import_paths(db, [tmp_path]))
    assert text.splitlines()[0].endswith("1 skipped")
    assert "scan.png: skipped: not an article file (.png; reviewer reads .txt" in text


def test_the_import_message_box_shows_them(qtbot, db, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text("حمص\nنص", encoding="utf-8")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    shown = []
    monkeypatch.setattr(import_dialog, "choose_paths", lambda *a, **k: [str(folder)])
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    assert import_dialog.run_import(db, None)
    [text] = shown
    assert "photo.jpg: skipped: not an article file (.jpg;" in text
