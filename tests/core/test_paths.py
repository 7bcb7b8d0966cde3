"""Where files go: --data-dir, the platform defaults, and private folder modes."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from core.errors import UnknotError
from core.paths import Paths


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_data_dir_puts_every_folder_under_it(tmp_path: Path) -> None:
    paths = Paths.resolve(tmp_path / "portable")
    for folder in paths.all():
        assert folder.is_relative_to(tmp_path / "portable")
    assert paths.backups.parent == paths.data


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_created_folders_are_private_even_with_a_lax_umask(tmp_path: Path) -> None:
    old = os.umask(0o000)
    try:
        paths = Paths.under(tmp_path / "u")
        paths.create()
    finally:
        os.umask(old)
    for folder in paths.all():
        assert mode(folder) == 0o700, folder


def test_existing_folder_keeps_its_mode(tmp_path: Path) -> None:
    root = tmp_path / "mine"
    root.mkdir(mode=0o750)
    root.chmod(0o750)
    Paths.under(root).create()
    assert mode(root) == 0o750


def test_platform_default_is_redirected_by_the_test_fixture(
    _redirect_user_folders: Path,
) -> None:
    paths = Paths.resolve(None)
    for folder in paths.all():
        assert folder.is_relative_to(_redirect_user_folders), folder


def test_a_file_where_a_folder_should_be_is_one_clear_error(tmp_path: Path) -> None:
    (tmp_path / "u").write_text("not a folder")
    with pytest.raises(UnknotError, match=r"u: exists but is not a folder"):
        Paths.under(tmp_path / "u").create()
