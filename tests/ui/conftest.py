import pytest
from PySide6.QtCore import QSettings


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, settings):
    """Open a main window on a project file, as the app does."""
    from reviewer.project import open_project
    from reviewer.ui.main_window import MainWindow

    opened = []

    def make(db_path, *, seed=True):
        db = open_project(db_path, seed_sample=seed)
        window = MainWindow(db, settings)
        qtbot.addWidget(window)
        window.resize(1400, 860)
        window.show()
        qtbot.waitExposed(window)
        opened.append(db)
        return window

    yield make
    for db in opened:
        db.close()


def type_text(widget, text: str) -> None:
    """Type any Unicode text as real key events (QTest.keyClicks only knows ASCII)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)
