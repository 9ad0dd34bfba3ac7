"""The two checks every held-out folder's ``test_frozen.py`` makes, written once.

A held-out set is frozen by the hash of its texts and labels when it is written; its
test fails on any later edit (a new held-out set goes into a new folder). Each folder keeps
its own test file, with its hash and the story of its freeze beside it."""

from __future__ import annotations

from pathlib import Path

from reviewer.suggest.quality import labelled_set_digest, load_labels


def assert_unchanged(folder: Path, frozen_sha256: str) -> None:
    assert labelled_set_digest(folder) == frozen_sha256


def assert_large_and_every_label_found(folder: Path) -> None:
    articles = load_labels(folder / "labels.json")  # raises on a count that disagrees
    assert len(articles) >= 30
    assert sum(len(gold) for _, _, gold in articles) > 300
