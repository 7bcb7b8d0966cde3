"""The app's log file: what happened, for bug reports. Never shown to the user as is."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from core.errors import UnknotError
from core.i18n import translate
from core.paths import FILE_MODE, make_private_dir
from core.reading import check_regular_or_absent

LOG_NAME = "unknot.log"
_MAX_BYTES = 1_000_000
_BACKUPS = 3


class _QuietFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log file whose write errors (a full disk) drop the record quietly:
    logging's default prints a traceback to stderr, in front of the user."""

    def handleError(self, record: logging.LogRecord) -> None:
        """Drop the record: the log is for bug reports, never worth a user's attention."""


def configure_logging(logs: Path, level: int = logging.INFO) -> Path:
    """Send the root logger to `logs/unknot.log` (0600, rotated at 1 MB); return the file."""
    make_private_dir(logs)
    path = logs / LOG_NAME
    check_regular_or_absent(path)  # writing to a FIFO with no reader would block
    # Create the file ourselves so it is 0600 from its first byte.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
    except OSError as error:  # a read-only data folder, say
        message = translate("logs", "{path}: cannot write the log ({reason})")
        raise UnknotError(message.format(path=path, reason=error.strerror)) from error
    os.close(fd)
    handler = _QuietFileHandler(
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
