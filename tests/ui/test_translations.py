"""The shipped catalogues: compiled from their sources, complete, placeholders intact."""

import importlib.util
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from reviewer.messages import TEMPLATES
from reviewer.paths import resource_path

REPO = Path(__file__).resolve().parent.parent.parent
SPEC = importlib.util.spec_from_file_location(
    "update_translations", REPO / "packaging" / "update_translations.py"
)
update_translations = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(update_translations)

# The .ts sources live in the repository; only the compiled .qm is installed.
TRANSLATIONS = REPO / "resources" / "translations"
TS_FILES = sorted(TRANSLATIONS.glob("reviewer_*.ts"))
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%L?\d")


def _messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            yield context.findtext("name"), message.findtext("source"), translation, forms


def test_there_is_an_arabic_catalogue():
    assert [p.name for p in TS_FILES] == ["reviewer_ar.ts"]
    assert resource_path("translations", "reviewer_ar.qm").is_file()


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_qm_is_compiled_from_the_current_ts(ts, tmp_path):
    """A .qm that no longer matches its .ts (a translation edited, not released) fails."""
    fresh = tmp_path / "fresh.qm"
    update_translations.release(ts, fresh)
    shipped = ts.with_suffix(".qm")
    assert shipped.read_bytes() == fresh.read_bytes(), (
        f"{shipped.name} is stale: run packaging/update_translations.py"
    )


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_string_is_translated_with_its_placeholders(ts):
    problems = []
    for context, source, translation, forms in _messages(ts):
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            problems.append(f"{context}: {source!r} not translated")
            continue
        # %n may be left out of a plural form that says the number in words
        wanted = set(PLACEHOLDER.findall(source)) - {"%n"}
        for form in forms:
            if set(PLACEHOLDER.findall(form)) - {"%n"} != wanted:
                problems.append(f"{context}: {source!r} -> {form!r} changes the placeholders")
    assert not problems, "\n".join(problems)


def test_the_catalogue_lists_every_core_message():
    """Each core message id reaches lupdate: the generated list is current."""
    generated = REPO / "reviewer" / "ui" / "core_message_texts.py"
    assert generated.read_text(encoding="utf-8") == update_translations.core_message_source(), (
        "run packaging/update_translations.py"
    )
    from reviewer.ui.core_message_texts import TEXTS

    assert TEXTS == TEMPLATES


def test_ts_holds_every_string_of_the_code(tmp_path):
    """No tr() string was added without running lupdate (which would leave it English)."""
    ts = tmp_path / "reviewer_ar.ts"
    ts.write_bytes((TRANSLATIONS / "reviewer_ar.ts").read_bytes())
    tool = update_translations.tool("pyside6-lupdate")
    subprocess.run(
        [tool, *update_translations.sources(), "-locations", "none", "-no-obsolete",
         "-target-language", "ar", "-ts", str(ts)],
        cwd=REPO, check=True, capture_output=True,
    )  # fmt: skip
    new = [
        f"{context}: {source!r}"
        for context, source, translation, _ in _messages(ts)
        if translation.get("type") == "unfinished"
    ]
    assert not new, "strings missing from reviewer_ar.ts:\n" + "\n".join(new)
