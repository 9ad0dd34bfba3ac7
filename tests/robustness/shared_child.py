"""Child process of test_shared_records: a second analyst editing shared records.

Usage: shared_child.py DB_PATH KIND ID COUNT NAME
KIND is "claim" (add 1 to the claim's best figure), "reliability" (move the
outlet's grade to the next letter) or "credibility" (the report's grade to the
next number; ID is "ARTICLE,EVENT"). Each edit is based on what the child just
read, as a window's is; a refused edit ("changed elsewhere") is re-read and
tried again. Prints one JSON line: the (old, new) transitions it was told were
saved.
"""

from __future__ import annotations

import json
import sys

from reviewer.errors import StaleEdit
from reviewer.storage import open_database, reports, sources
from reviewer.storage.claims import get_claim, update_claim

LETTERS = "ABCDEF"


def main(path: str, kind: str, target: str, count: int, name: str) -> None:
    db = open_database(path, user=name)
    saved: list[list] = []
    while len(saved) < count:
        try:
            saved.append(_edit(db, kind, target))
        except StaleEdit:
            continue
    print(json.dumps(saved), flush=True)


def _edit(db, kind: str, target: str) -> list:
    if kind == "claim":
        claim = get_claim(db, int(target))
        update_claim(db, int(target), based_on=claim, best=claim["best"] + 1)
        return [claim["best"], claim["best"] + 1]
    if kind == "reliability":
        old = sources.get_source(db, int(target))["reliability"]
        new = LETTERS[(LETTERS.index(old) + 1) % 6] if old else "A"
        sources.set_reliability(db, int(target), new, expected=old)
        return [old, new]
    article, event = (int(part) for part in target.split(","))
    old = reports.get_credibility(db, article, event)
    new = (old or 0) % 6 + 1
    reports.set_credibility(db, article, event, new, expected=old)
    return [old, new]


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5])
