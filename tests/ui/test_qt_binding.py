"""Guards against a broken Qt binding, the kind of bug that loses an analyst's session.

PySide6 6.12 on Python 3.11 drops a reference to ``None`` on every call of a Qt
method that returns nothing; after some thousands of calls (about a thousand
article switches) the interpreter aborts with "none_dealloc". pyproject.toml
excludes 6.12; this test fails if a binding with that bug is installed.
"""

import sys

from PySide6.QtGui import QTextCursor, QTextDocument


def test_void_qt_calls_do_not_leak_references_to_none(qapp):
    cursor = QTextCursor(QTextDocument("نص تجريبي " * 20))
    before = sys.getrefcount(None)
    for position in range(2000):
        cursor.setPosition(position % 100)
    assert before - sys.getrefcount(None) < 100
