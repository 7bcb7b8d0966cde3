"""`report --out PATH.pdf [--weeks N]` as a user types it: a PDF from the demo data, and
one clear line for each way it can be refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import run_cli


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    result = run_cli("--data-dir", str(folder), "demo", "--weeks", "8")
    assert result.returncode == 0, result.stderr
    return folder


def test_report_writes_a_pdf_from_the_demo_data(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    result = run_cli("--data-dir", str(demo_dir), "report", "--out", str(out), "--weeks", "6")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.startswith("wrote a ") and "-page report for 6 weeks:" in result.stdout
    assert out.read_bytes().startswith(b"%PDF-")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--weeks", "0"], "--weeks 0: the report covers 1 to 520 weeks"),
        (["--weeks", "521"], "--weeks 521: the report covers 1 to 520 weeks"),
    ],
)
def test_a_period_out_of_range_is_one_line(
    demo_dir: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    out = tmp_path / "r.pdf"
    result = run_cli("--data-dir", str(demo_dir), "report", "--out", str(out), *args)
    assert (result.returncode, result.stderr) == (1, f"unknot: {message}\n")
    assert not out.exists()


def test_an_existing_file_is_not_replaced(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "mine.pdf"
    out.write_bytes(b"the user's own file")
    result = run_cli("--data-dir", str(demo_dir), "report", "--out", str(out))
    assert result.returncode == 1
    assert (
        result.stderr == f"unknot: {out}: already exists; choose a new name (nothing was written)\n"
    )
    assert out.read_bytes() == b"the user's own file"


def test_a_name_without_pdf_and_a_missing_folder_are_one_line_each(
    demo_dir: Path, tmp_path: Path
) -> None:
    text = run_cli("--data-dir", str(demo_dir), "report", "--out", str(tmp_path / "r.txt"))
    assert text.returncode == 1
    assert text.stderr.endswith("r.txt: the report is a PDF; give a name ending in .pdf\n")
    missing = tmp_path / "no-such-folder" / "r.pdf"
    gone = run_cli("--data-dir", str(demo_dir), "report", "--out", str(missing))
    assert gone.returncode == 1
    assert gone.stderr == f"unknot: {missing.parent}: no such folder (nothing was written)\n"
    assert "Traceback" not in text.stderr + gone.stderr
