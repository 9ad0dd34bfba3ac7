"""The eighth held-out set is frozen: its texts and labels hash to the value recorded when it
was written (2026-12-01), before the next change to the suggester rules. An edit to a text or
a label fails here; see README.md (a new held-out set goes into a new folder)."""

from __future__ import annotations

from pathlib import Path

from tests.frozen_set import assert_large_and_every_label_found, assert_unchanged

HERE = Path(__file__).resolve().parent
# Frozen 2026-12-01 at 04:46 UTC, before the rules of the second round of that day (see README.md).
FROZEN_SHA256 = "9debfd8963333b215b934bfcca9b050f6bd416cb85ca64abb832a039c17f8e98"


def test_texts_and_labels_are_unchanged() -> None:
    assert_unchanged(HERE, FROZEN_SHA256)


def test_the_set_is_large_and_every_label_is_found_in_its_text() -> None:
    assert_large_and_every_label_found(HERE)
