"""The sixth held-out set is frozen: its texts and labels hash to the value recorded when it
was written (2026-11-30), before the next change to the suggester rules. An edit to a text or
a label fails here; see README.md (a new held-out set goes into a new folder)."""

from __future__ import annotations

from pathlib import Path

from tests.frozen_set import assert_large_and_every_label_found, assert_unchanged

HERE = Path(__file__).resolve().parent
# Frozen 2026-11-30 at 23:24 UTC, before the late-night rules (see README.md).
FROZEN_SHA256 = "e8e260252df720d035b61869617da4f141f14e2c2ffb52426357bf1bc203102b"


def test_texts_and_labels_are_unchanged() -> None:
    assert_unchanged(HERE, FROZEN_SHA256)


def test_the_set_is_large_and_every_label_is_found_in_its_text() -> None:
    assert_large_and_every_label_found(HERE)
