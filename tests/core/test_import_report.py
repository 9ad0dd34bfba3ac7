"""The import report says per file what was taken (kind, title, date, outlet) or why not."""

from __future__ import annotations

import shutil
from pathlib import Path

from reviewer.cli import EXIT_REJECTED, main

FIXTURES = Path(__file__).parents[1] / "fixtures"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "incoming"
    folder.mkdir()
    for name in ("article.docx", "scanned.pdf", "arabic_visual.pdf"):
        shutil.copy(FIXTURES / "documents" / name, folder / name)
    shutil.copy(FIXTURES / "pages" / "jsonld_newspaper.html", folder / "homs.html")
    (folder / "note.txt").write_text(
        "خبر قصير\nنص الخبر.\nآخر تحديث 7 ديسمبر 2024", encoding="utf-8"
    )
    return folder


def test_command_line_report_names_each_file_with_what_was_taken(db_path, tmp_path, capsys):
    folder = _folder(tmp_path)
    assert main(["import", "--db", str(db_path), str(folder)]) == EXIT_REJECTED
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert (
        f"imported: {folder / 'article.docx'}: docx, «الجيش السوري ينسحب من حماة»,"
        " 2024-12-05, outlet not known" in lines
    )
    assert (
        f"imported: {folder / 'homs.html'}: html, «المعارضة السورية تسيطر على مدينة حمص»,"
        " 2024-12-08, صحيفة الفرات" in lines
    )
    assert (
        f"imported: {folder / 'note.txt'}: text, «خبر قصير», 2024-12-07, outlet not known,"
        " published inferred from the text" in lines
    )
    [pdf] = [line for line in lines if "arabic_visual.pdf" in line]
    assert pdf.endswith("presentation forms turned into base letters")
    assert (
        f"rejected: {folder / 'scanned.pdf'}: no text layer (0 letters in 1 pages):"
        " a scanned PDF needs OCR" in captured.err
    )
    assert "4 imported, 0 already present, 1 rejected" in captured.out


def test_window_import_dialog_report_lists_the_same(db, tmp_path):
    from reviewer.importing.corpus_import import import_paths
    from reviewer.ui.import_dialog import summary_text

    text = summary_text(import_paths(db, [_folder(tmp_path)]))
    assert "imported: article.docx: docx, «الجيش السوري ينسحب من حماة», 2024-12-05" in text
    assert "imported: homs.html: html, «المعارضة السورية تسيطر على مدينة حمص»" in text
    assert "rejected: scanned.pdf: no text layer" in text
