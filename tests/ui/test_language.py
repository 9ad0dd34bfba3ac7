"""Choosing the interface language, installing Qt's and our catalogues, digits, isolates."""

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QSpinBox

from reviewer.cli import build_parser
from reviewer.ui.language import (
    choose_language,
    display_digits,
    isolate,
    remember_language,
    set_arabic_digits,
)

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_lang_option_wins_and_is_remembered(settings):
    assert choose_language(settings, "ar") == "ar"
    assert choose_language(settings) == "ar"  # the next start, without --lang
    remember_language(settings, "en")  # View -> Language -> English
    assert choose_language(settings) == "en"


@pytest.mark.parametrize(("lang", "expected"), [("ar_SY.UTF-8", "ar"), ("en_GB.UTF-8", "en")])
def test_without_a_choice_the_system_locale_decides(tmp_path, lang, expected):
    script = (
        "from PySide6.QtCore import QCoreApplication, QSettings\n"
        "app = QCoreApplication([])\n"
        "from reviewer.ui.language import choose_language\n"
        f"settings = QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat)\n"
        "print(choose_language(settings))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG=lang, LANGUAGE="", PYTHONPATH=REPO)
    out = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == expected


def test_lang_option_on_the_command_line():
    assert build_parser().parse_args(["--lang", "ar"]).lang == "ar"
    assert build_parser().parse_args(["gui", "--lang", "en"]).lang == "en"
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--lang", "xx"])


def test_arabic_installs_qt_and_own_catalogues_and_mirrors(qapp, arabic):
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.buttons()[0].text() not in ("Cancel", "&Cancel")  # qtbase_ar
    assert QCoreApplication.translate("CoreMessage", "empty file") == "ملف فارغ"  # ours
    arabic.remove()
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QCoreApplication.translate("CoreMessage", "empty file") == "empty file"


def test_digits_latin_by_default_arabic_indic_as_an_option(qtbot, arabic):
    spin = QSpinBox(maximum=5000)
    qtbot.addWidget(spin)
    spin.setValue(3000)
    assert "3" in spin.text() and display_digits("12 events") == "12 events"
    set_arabic_digits(True)
    spin = QSpinBox(maximum=5000)
    qtbot.addWidget(spin)
    spin.setValue(3000)
    assert "٣" in spin.text()
    assert display_digits("12 events") == "١٢ events"


def test_codes_keep_their_order_inside_arabic_text(arabic):
    assert isolate("B2") == "\u2066B2\u2069"
    arabic.remove()
    assert isolate("B2") == "B2"  # nothing to protect in a left-to-right interface
