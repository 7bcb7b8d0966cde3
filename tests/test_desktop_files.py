"""The files a Linux desktop reads about Unknot: the .desktop file, the AppStream
metainfo and the hicolor icons. The freedesktop validators run on them when installed
(.ci/run installs desktop-file-utils and appstream)."""

from __future__ import annotations

import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from core import APP_ID, APP_NAME, __version__
from core.autostart import read_entry

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"
DESKTOP = RESOURCES / f"{APP_ID}.desktop"
METAINFO = RESOURCES / f"{APP_ID}.metainfo.xml"
ICONS = RESOURCES / "icons"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def run_tool(name: str, *args: str) -> subprocess.CompletedProcess[str]:
    tool = shutil.which(name)
    if tool is None:
        pytest.skip(f"{name} is not installed (Debian/Ubuntu: see the needed+= lists in .ci/run)")
    return subprocess.run([tool, *args], capture_output=True, text=True, timeout=60, check=False)


def launcher_name() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        project = tomllib.load(handle)["project"]
    scripts = project["gui-scripts"]
    assert scripts == {"unknot": "main:main"}
    return str(next(iter(scripts)))


def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()  # noqa: S314 - our own file


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", f"{path}: not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_desktop_file_passes_desktop_file_validate() -> None:
    result = run_tool("desktop-file-validate", str(DESKTOP))
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_passes_appstreamcli_validate() -> None:
    result = run_tool("appstreamcli", "validate", "--no-net", "--no-color", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_file_names_the_app_id_icon_and_launcher() -> None:
    keys = read_entry(DESKTOP)
    assert keys["Type"] == "Application"
    assert keys["Name"] == APP_NAME
    assert keys["Icon"] == APP_ID
    assert keys["Exec"].split()[0] == launcher_name()
    assert keys["StartupWMClass"] == APP_NAME  # Qt's X11 class is the application name


def test_metainfo_matches_the_app() -> None:
    root = metainfo()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == APP_NAME
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    assert root.findtext("provides/binary") == launcher_name()
    rating = root.find("content_rating")
    assert rating is not None and rating.get("type", "").startswith("oars-")


def test_newest_release_is_this_version() -> None:
    releases = metainfo().findall("releases/release")
    assert releases, "no <release> in the metainfo"
    assert releases[0].get("version") == __version__, (
        f"core.__version__ is {__version__}: add a <release> for it to {METAINFO.name}"
    )


def test_screenshots_point_at_files_that_exist() -> None:
    urls = [image.text or "" for image in metainfo().iter("image")]
    assert urls, "no screenshots"
    for url in urls:
        assert url.startswith("https://"), url
        name = url.rsplit("/", 1)[-1]
        assert url.endswith(f"/docs/screenshots/{name}"), url
        assert (ROOT / "docs" / "screenshots" / name).is_file(), url


@pytest.mark.parametrize("size", SIZES)
def test_icon_png_of_each_size_is_square_and_right(size: int) -> None:
    path = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert path.is_file(), f"{path} is missing: run resources/icons/make_icons.py"
    assert png_size(path) == (size, size)


def test_scalable_icon_is_the_current_drawing() -> None:
    scalable = ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (ICONS / "unknot.svg").read_bytes(), (
        "resources/icons/unknot.svg changed: run resources/icons/make_icons.py"
    )
