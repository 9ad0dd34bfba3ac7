"""Linux desktop integration: the .desktop entry, AppStream metainfo and icons.

The official validators run when installed (apt-get install appstream
desktop-file-utils); the structural checks below always run, so a broken file
fails the suite even on a machine without them.
"""

import configparser
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from reviewer import __version__

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "packaging" / "linux"
ICONS = REPO / "resources" / "icons"
APP_ID = "io.github.reviewer.Reviewer"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
MAIN_CATEGORIES = {
    "AudioVideo", "Audio", "Video", "Development", "Education", "Game", "Graphics",
    "Network", "Office", "Science", "Settings", "System", "Utility",
}  # fmt: skip
METADATA_LICENCES = {"FSFAP", "MIT", "0BSD", "CC0-1.0", "CC-BY-3.0", "CC-BY-4.0"}


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    assert parser.sections()[0] == "Desktop Entry"
    return parser["Desktop Entry"]


def _console_script() -> str:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    [name] = project["scripts"]
    return name


def test_desktop_entry_structure():
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] and entry["Comment"] and entry["Name[ar]"]
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == entry["TryExec"] == _console_script()
    categories = entry["Categories"]
    assert categories.endswith(";")
    assert len(set(categories.rstrip(";").split(";")) & MAIN_CATEGORIES) == 1
    assert entry["Terminal"] == "false"
    assert entry["Keywords"].endswith(";")


def test_metainfo_structure():
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") in METADATA_LICENCES
    assert "MIT" in root.findtext("project_license")
    summary = root.findtext("summary")
    assert summary and not summary.endswith(".") and len(summary) < 80
    assert root.find("description/p") is not None
    launchable = root.find("launchable")
    assert launchable.get("type") == "desktop-id" and launchable.text == DESKTOP.name
    assert root.findtext("provides/binary") == _console_script()
    assert root.find("content_rating").get("type") == "oars-1.1"
    releases = [r.get("version") for r in root.findall("releases/release")]
    assert releases[0] == __version__, "add a <release> for the current version"
    names = {
        el.get("{http://www.w3.org/XML/1998/namespace}lang"): el.text for el in root.findall("name")
    }
    assert names[None] == _desktop_entry()["Name"]
    assert names["ar"] == _desktop_entry()["Name[ar]"]


def test_icons_exist_at_every_size():
    svg = ET.parse(ICONS / "reviewer.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    assert svg.get("viewBox") == "0 0 256 256"
    for size in ICON_SIZES:
        png = (ICONS / f"reviewer-{size}.png").read_bytes()
        assert png.startswith(b"\x89PNG\r\n\x1a\n")
        width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
        assert (width, height) == (size, size)


def test_install_script_lays_out_the_xdg_tree(tmp_path):
    subprocess.run(
        ["bash", str(LINUX / "install.sh"), "--prefix", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    share = tmp_path / "share"
    assert (share / "applications" / DESKTOP.name).read_bytes() == DESKTOP.read_bytes()
    assert (share / "metainfo" / METAINFO.name).is_file()
    assert (share / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    for size in ICON_SIZES:
        assert (share / f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png").is_file()


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (apt-get install appstream desktop-file-utils)")
    return path


def test_desktop_file_validate():
    completed = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "error" not in completed.stdout.lower()


def test_appstreamcli_validate():
    completed = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", "--pedantic", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "E:" not in completed.stdout and "W:" not in completed.stdout, completed.stdout
