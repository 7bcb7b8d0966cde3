"""`pip install .` gives a working Unknot: setuptools, run on a copy of the source with
pyproject.toml's settings, puts the code, resources/ and core/migrations side by side,
the desktop files under share/, and the copy runs from outside the source tree.

setuptools' build_py and install_data are the steps a wheel is made of; calling them
directly needs no network and no `wheel` package."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from core import APP_ID

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ("pyproject.toml", "README.md", "main.py", "core", "ui", "resources")
# Build scripts, notes, translation sources (the app loads the compiled .qm), share/ files.
NOT_SHIPPED = {".py", ".pyc", ".md", ".ts", ".desktop", ".xml"}
SIZES = ("16x16", "22x22", "24x24", "32x32", "48x48", "64x64", "128x128", "256x256", "512x512")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The build of a copy of the source: lib/ (site-packages), data/ (the prefix), meta/."""
    if importlib.util.find_spec("setuptools") is None:
        pytest.skip("setuptools is not installed in this environment")
    tmp = tmp_path_factory.mktemp("packaging")
    src = tmp / "src"
    for name in SOURCES:
        if (ROOT / name).is_dir():
            ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
            shutil.copytree(ROOT / name, src / name, ignore=ignore)
        else:
            src.mkdir(exist_ok=True)
            shutil.copy2(ROOT / name, src / name)
    out = tmp / "out"
    (out / "meta").mkdir(parents=True)
    steps = [
        *("egg_info", "--egg-base", str(out / "meta")),
        *("build_py", "--build-lib", str(out / "lib")),
        *("install_data", "--install-dir", str(out / "data")),
    ]
    result = subprocess.run(
        [sys.executable, "-c", "from setuptools import setup; setup()", *steps],
        cwd=src,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def shipped(folder: Path) -> set[str]:
    return {
        str(path.relative_to(folder))
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in NOT_SHIPPED
    }


def test_every_resource_and_migration_is_in_the_package(built: Path) -> None:
    lib = built / "lib"
    assert (lib / "main.py").is_file() and (lib / "ui" / "app.py").is_file()
    assert shipped(ROOT / "resources") <= shipped(lib / "resources"), (
        "a file in resources/ is not in the wheel: add its pattern to "
        "[tool.setuptools.package-data] in pyproject.toml"
    )
    migrations = {path.name for path in (ROOT / "core" / "migrations").glob("*.sql")}
    assert migrations and migrations == {p.name for p in (lib / "core" / "migrations").iterdir()}
    assert not list((lib / "resources").rglob("make_*.py")), "build scripts are not shipped"


def test_desktop_files_go_under_share(built: Path) -> None:
    share = built / "data" / "share"
    assert (share / "applications" / f"{APP_ID}.desktop").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    for size in (*SIZES, "scalable"):
        suffix = "svg" if size == "scalable" else "png"
        assert (share / "icons" / "hicolor" / size / "apps" / f"{APP_ID}.{suffix}").is_file()


def test_the_launcher_is_a_gui_script(built: Path) -> None:
    (entry_points,) = built.glob("meta/*.egg-info/entry_points.txt")
    text = entry_points.read_text(encoding="utf-8")
    assert "[gui_scripts]\nunknot = main:main" in text


def test_the_installed_copy_finds_its_files_from_anywhere(built: Path, tmp_path: Path) -> None:
    lib = built / "lib"
    code = (
        "import sys; sys.path.insert(0, sys.argv.pop(1)); import core.resources, main;"
        " print(core.resources.RESOURCES); sys.exit(main.main(sys.argv[1:]))"
    )
    data = tmp_path / "data"
    for args in (["routines"], ["demo", "--weeks", "1"]):
        result = subprocess.run(
            [sys.executable, "-c", code, str(lib), "--data-dir", str(data), *args],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.splitlines()[0] == str(lib / "resources")
        if args == ["routines"]:
            assert "neck-and-shoulders" in result.stdout and "built-in" in result.stdout
    assert (data / "journal.sqlite3").is_file()
