"""The seventh held-out set is frozen: its texts and labels hash to the value recorded when it
was written (2026-12-01), before the next change to the suggester rules. An edit to a text or
a label fails here; see README.md (a new held-out set goes into a new folder)."""

from __future__ import annotations

from pathlib import Path

from tests.frozen_set import assert_large_and_every_label_found, assert_unchanged

HERE = Path(__file__).resolve().parent
# Frozen 2026-12-01 at 02:00 UTC, before the rules of that day (see README.md).
FROZEN_SHA256 = "2628c7dd1dd312cec974ee377e80874d5a238b68a3ce6d61043c544835bd5ada"


def test_texts_and_labels_are_unchanged() -> None:
    assert_unchanged(HERE, FROZEN_SHA256)


def test_the_set_is_large_and_every_label_is_found_in_its_text() -> None:
    assert_large_and_every_label_found(HERE)
