"""Journal writes that must not be lost: kept in order when one fails, and written
before the next one (or when asked), so a full disk or a locked file costs nothing the
user did."""

from __future__ import annotations

import logging
from collections.abc import Callable

from core.errors import UnknotError
from core.i18n import translate

log = logging.getLogger("unknot.journal")


class PendingWrites:
    """A queue of writes; `error` says why the oldest one has not been written yet."""

    def __init__(self) -> None:
        self._queue: list[Callable[[], None]] = []
        self.error = ""

    def __len__(self) -> int:
        return len(self._queue)

    def save(self, write: Callable[[], None]) -> None:
        """Write now, after any write still waiting; a failure keeps it for later."""
        self._queue.append(write)
        self.flush()

    def flush(self) -> bool:
        """Write what is waiting, oldest first; True when nothing is left."""
        while self._queue:
            try:
                self._queue[0]()
            except (UnknotError, OSError) as error:
                self.error = translate("pending_writes", "Not saved yet: {error}").format(
                    error=error
                )
                log.warning("a write failed and is kept for later: %s", error)
                return False
            self._queue.pop(0)
        self.error = ""
        return True
