"""Where Unknot keeps its files.

By default the platform's own places (platformdirs). With `--data-dir DIR` every file
the app writes lives under DIR: portable mode, and what every test uses. Folders are
created readable by the user only (0700).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from core import APP_NAME
from core.errors import UnknotError
from core.i18n import translate

FOLDER_MODE = 0o700
FILE_MODE = 0o600


@dataclass(frozen=True)
class Paths:
    """The four folders the app writes to."""

    data: Path
    config: Path
    logs: Path
    backups: Path

    @classmethod
    def platform_default(cls) -> Paths:
        """The user's own folders, as the platform names them."""
        data = platformdirs.user_data_path(APP_NAME, appauthor=False)
        return cls(
            data=data,
            config=platformdirs.user_config_path(APP_NAME, appauthor=False),
            logs=platformdirs.user_log_path(APP_NAME, appauthor=False),
            backups=data / "backups",
        )

    @classmethod
    def under(cls, root: Path) -> Paths:
        """Everything under one folder (`--data-dir`)."""
        root = root.expanduser().absolute()
        return cls(data=root, config=root / "config", logs=root / "logs", backups=root / "backups")

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None) -> Paths:
        """`--data-dir` if given, else the platform's folders."""
        return cls.platform_default() if data_dir is None else cls.under(Path(data_dir))

    def all(self) -> tuple[Path, ...]:
        """Every folder, parents first."""
        return (self.data, self.config, self.logs, self.backups)

    def create(self) -> None:
        """Create every folder that is missing, with mode 0700.

        Folders that already exist keep their mode: the user may have chosen it.
        """
        for folder in self.all():
            make_private_dir(folder)


def make_private_dir(folder: Path) -> None:
    """Create `folder` (and missing parents) readable by the user only."""
    try:
        if folder.is_dir():
            return
        exists = folder.exists()
    except OSError as error:  # a parent we may not read, or a name too long
        text = translate("paths", "{path}: cannot use this folder ({reason})")
        raise UnknotError(text.format(path=folder, reason=error.strerror)) from error
    if exists:
        raise UnknotError(
            translate("paths", "{path}: exists but is not a folder").format(path=folder)
        )
    try:
        folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
        # mkdir's mode is filtered by the umask; make sure of 0700 on what we created.
        folder.chmod(FOLDER_MODE)
    except OSError as error:
        text = translate("paths", "{path}: cannot create folder ({reason})")
        raise UnknotError(text.format(path=folder, reason=error.strerror)) from error
