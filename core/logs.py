"""The app's log file: what happened, for bug reports. Never shown to the user as is."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from core.paths import FILE_MODE, make_private_dir

LOG_NAME = "unknot.log"
_MAX_BYTES = 1_000_000
_BACKUPS = 3


def configure_logging(logs: Path, level: int = logging.INFO) -> Path:
    """Send the root logger to `logs/unknot.log` (0600, rotated at 1 MB); return the file."""
    make_private_dir(logs)
    path = logs / LOG_NAME
    # Create the file ourselves so it is 0600 from its first byte.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
    os.close(fd)
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=_MAX_BYTES, backupCount=_BACKUPS, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_unknot", False)]:
        root.removeHandler(old)
        old.close()
    handler._unknot = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return path
