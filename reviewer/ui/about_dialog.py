"""Help > About: the version and the licences of everything the app bundles.

The OFL asks that the font licence travel with the font; a packaged build has no
README beside it, so the dialog shows the licence text itself. The list comes from
``resources/licences.json`` (data, not code).
"""

from __future__ import annotations

import html
import platform
from functools import cache
from typing import Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from reviewer import __version__
from reviewer.paths import load_resource_json, resource_path
from reviewer.ui.language import isolate, translate

DESCRIPTION = QT_TRANSLATE_NOOP(
    "AboutDialog", "Code and review conflict events from Arabic news reports."
)


@cache
def licences() -> dict[str, Any]:
    return load_resource_json("licences.json")


def app_icon() -> QIcon:
    """The application icon: the SVG, with the rendered PNGs for small sizes."""
    icon = QIcon(str(resource_path("icons", "reviewer.svg")))
    for size in (16, 24, 32, 48, 64, 128, 256):
        png = resource_path("icons", f"reviewer-{size}.png")
        if png.exists():
            icon.addFile(str(png))
    return icon


def licences_html(data: dict[str, Any]) -> str:
    def items(entries: list[dict[str, str]]) -> str:
        return "".join(
            f"<li><b>{html.escape(e['name'])}</b>: {html.escape(e['licence'])}"
            + (f"<br><small>{html.escape(e['copyright'])}</small>" if e.get("copyright") else "")
            + "</li>"
            for e in entries
        )

    return (
        f"<p><b>{html.escape(data['code']['name'])}</b>: {html.escape(data['code']['licence'])}</p>"
        f"<h3>{translate('AboutDialog', 'Fonts')}</h3><ul>{items(data['fonts'])}</ul>"
        f"<p>{translate('AboutDialog', 'The full font licence is on the next tab.')}</p>"
        f"<h3>{translate('AboutDialog', 'Data')}</h3><ul>{items(data['data'])}</ul>"
        f"<h3>{translate('AboutDialog', 'Libraries')}</h3><ul>{items(data['libraries'])}</ul>"
    )


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About reviewer"))
        self.setWindowIcon(app_icon())

        icon = QLabel(objectName="aboutIcon")
        icon.setPixmap(app_icon().pixmap(64, 64))
        self.version_label = QLabel(
            "<b style='font-size:16pt'>reviewer</b>&nbsp; "
            + self.tr("version {version}").format(version=isolate(html.escape(__version__))),
            objectName="aboutVersion",
        )
        details = QLabel(
            f"{self.tr(DESCRIPTION)}<br><small>Python {platform.python_version()} · Qt {qVersion()}"
            f" · PySide6 {pyside_version}</small>"
        )
        heading = QVBoxLayout()
        heading.addWidget(self.version_label)
        heading.addWidget(details)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        data = licences()
        self.licences_view = QTextBrowser(objectName="aboutLicences")
        self.licences_view.setOpenExternalLinks(True)
        self.licences_view.setHtml(licences_html(data))
        # The OFL is plain text; shown as such (QTextEdit, not HTML).
        self.font_licence_view = QTextEdit(objectName="aboutFontLicence")
        self.font_licence_view.setReadOnly(True)
        self.font_licence_view.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.font_licence_view.setPlainText(
            "\n\n".join(
                resource_path(font["licence_file"]).read_text(encoding="utf-8")
                for font in data["fonts"]
            )
        )
        self.tabs = QTabWidget(objectName="aboutTabs")
        self.tabs.addTab(self.licences_view, self.tr("Licences"))
        self.tabs.addTab(self.font_licence_view, self.tr("Font licence (OFL 1.1)"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(620, 560)
