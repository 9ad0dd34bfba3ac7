"""Help > About shows the version and the licences of the bundled fonts and data."""

from pathlib import Path

from reviewer import __version__
from reviewer.paths import resource_path, resources_dir
from reviewer.ui.about_dialog import AboutDialog, app_icon, licences


def test_about_shows_version_and_full_font_licence(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert f"version {__version__}" in dialog.version_label.text()
    shown = dialog.font_licence_view.toPlainText()
    ofl = resource_path("fonts", "OFL.txt").read_text(encoding="utf-8")
    assert shown.strip() == ofl.strip()
    assert "licensed under the SIL Open Font License, Version 1.1" in shown
    assert "PERMISSION & CONDITIONS" in shown
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "Licences",
        "Font licence (OFL 1.1)",
    ]


def test_licences_tab_lists_fonts_data_and_libraries(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.licences_view.toPlainText()
    data = licences()
    for entry in [*data["fonts"], *data["data"], *data["libraries"]]:
        assert entry["name"] in text and entry["licence"] in text
    assert "GeoNames data CC BY 4.0" in text
    assert "SIL Open Font License 1.1" in text


def test_every_bundled_font_has_a_listed_licence():
    listed = " ".join(font["name"] for font in licences()["fonts"])
    for ttf in Path(resources_dir(), "fonts").glob("*.ttf"):
        family, _, style = ttf.stem.partition("-")
        assert family in listed.replace(" ", ""), ttf.name
        assert style in listed, ttf.name
    for font in licences()["fonts"]:
        assert resource_path(font["licence_file"]).is_file()


def test_application_icon_loads_at_every_size(qtbot):
    icon = app_icon()
    assert not icon.isNull()
    for size in (16, 32, 64, 256):
        pixmap = icon.pixmap(size, size)
        assert pixmap.width() == size
        assert pixmap.toImage().pixelColor(size // 2, size // 2).alpha() != 0
