"""core/ is plain Python: importing all of it must not import PySide6."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def core_modules() -> list[str]:
    return sorted(
        "core." + path.relative_to(ROOT / "core").with_suffix("").as_posix().replace("/", ".")
        for path in (ROOT / "core").rglob("*.py")
        if path.name != "__init__.py"
    )


def test_importing_every_core_module_does_not_import_pyside6() -> None:
    modules = core_modules()
    assert "core.clock" in modules and "core.paths" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in {'PySide6', 'shiboken6'})\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"core pulled in Qt: {result.stdout}"


def test_no_core_source_line_imports_pyside6() -> None:
    pattern = re.compile(r"^\s*(from|import)\s+(PySide6|shiboken6)\b", re.MULTILINE)
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "core").rglob("*.py")
        if pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
