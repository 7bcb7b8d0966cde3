"""The CLI commands: the same core the window uses, with no window.

Each command takes the resolved Paths and its own arguments, returns an exit status,
and raises UnknotError for anything the user must hear about.
"""

from __future__ import annotations

from core.errors import NotAvailableYet


def not_available(command: str) -> int:
    """A command whose capability has not landed yet."""
    raise NotAvailableYet(f"'{command}' is not available yet")
