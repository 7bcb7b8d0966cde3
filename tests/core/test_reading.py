"""read_regular_file: a regular file whole, within its bound; anything else refused."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from core.reading import (
    FileTooLarge,
    NotRegularFile,
    check_regular_or_absent,
    read_regular_file,
)


def test_a_regular_file_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_bytes(b"x" * 3_000_000)
    assert read_regular_file(path, 3_000_000) == b"x" * 3_000_000
    (tmp_path / "empty").write_bytes(b"")
    assert read_regular_file(tmp_path / "empty", 10) == b""


def test_a_file_over_the_bound_is_refused_with_its_size(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_bytes(b"x" * 11)
    with pytest.raises(FileTooLarge) as refused:
        read_regular_file(path, 10)
    assert refused.value.size == 11
    assert str(refused.value) == f"{path}: 11 bytes is more than the 10 this file may hold"


def test_a_file_that_claims_no_size_is_still_bounded() -> None:
    """/proc files say 0 bytes and hold more: reading stops past the bound."""
    with pytest.raises(FileTooLarge):
        read_regular_file(Path("/proc/self/maps"), 10)


def test_fifos_devices_and_folders_are_refused(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "link").symlink_to("/dev/zero")
    cases = {
        tmp_path / "pipe": "a named pipe",
        Path("/dev/zero"): "a device",
        tmp_path / "link": "a device",
        tmp_path: "a folder",
    }
    for path, kind in cases.items():
        with pytest.raises(NotRegularFile) as refused:
            read_regular_file(path, 100)
        assert str(refused.value) == f"{path}: is {kind}, not a regular file"
        with pytest.raises(NotRegularFile):
            check_regular_or_absent(path)
    check_regular_or_absent(tmp_path / "absent")  # no error: it will be created
