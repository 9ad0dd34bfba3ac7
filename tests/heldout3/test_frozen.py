"""The third held-out set is frozen: its texts and labels hash to the value recorded when it
was written (2026-11-30), before the next change to the suggester rules. An edit to a text or
a label fails here; see README.md (a new held-out set goes into a new folder)."""

from __future__ import annotations

from pathlib import Path

from tests.frozen_set import assert_large_and_every_label_found, assert_unchanged

HERE = Path(__file__).resolve().parent
# Frozen 2026-11-30 as 1929fb37636bc010e34d7ffba1339fd5b0fb74f881b1380ec11edb3652e8e51b; the
# name reconciliation (README, "Name reconciliation (after the freeze)") added the actor
# list's and gazetteer's names for the same actors and places; no span changed.
FROZEN_SHA256 = "40b633ad4dda68abf1cfd7624211885840ba4b69e69fdd89458e3948c996996b"


def test_texts_and_labels_are_unchanged() -> None:
    assert_unchanged(HERE, FROZEN_SHA256)


def test_the_set_is_large_and_every_label_is_found_in_its_text() -> None:
    assert_large_and_every_label_found(HERE)
