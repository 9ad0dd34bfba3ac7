"""The fifth held-out set is frozen: its texts and labels hash to the value recorded when it
was written (2026-11-30), before the next change to the suggester rules. An edit to a text or
a label fails here; see README.md (a new held-out set goes into a new folder)."""

from __future__ import annotations

from pathlib import Path

from tests.frozen_set import assert_large_and_every_label_found, assert_unchanged

HERE = Path(__file__).resolve().parent
# Frozen 2026-11-30 at 20:36 UTC, before the night's rules (see README.md).
FROZEN_SHA256 = "9c631a98a10f01fc0aaba4387ec2551a68ee8a0fa7b4ba4d08d114fdcd667282"


def test_texts_and_labels_are_unchanged() -> None:
    assert_unchanged(HERE, FROZEN_SHA256)


def test_the_set_is_large_and_every_label_is_found_in_its_text() -> None:
    assert_large_and_every_label_found(HERE)
