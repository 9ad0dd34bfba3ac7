"""The held-out set is frozen: its texts and labels hash to the value recorded when it was
written (2026-11-30), before any suggester rule was changed for issue 18. An edit to a text
or a label fails here; see README.md (a new held-out set goes into a new folder)."""

from __future__ import annotations

from pathlib import Path

from tests.frozen_set import assert_large_and_every_label_found, assert_unchanged

HERE = Path(__file__).resolve().parent
FROZEN_SHA256 = "49b3796a2c8b90531e282bd1fd3d19b38fc2c0349d9c7009166723ae89ba10a1"


def test_texts_and_labels_are_unchanged() -> None:
    assert_unchanged(HERE, FROZEN_SHA256)


def test_the_set_is_large_and_every_label_is_found_in_its_text() -> None:
    assert_large_and_every_label_found(HERE)
