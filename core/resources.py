"""Where the data shipped with the app (resources/) is found."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """The path of a shipped file, e.g. resource("icons", "unknot.svg")."""
    return RESOURCES.joinpath(*parts)
