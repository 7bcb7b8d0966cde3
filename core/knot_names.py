"""A knot's name: its muscle and side in the user's language, unless the user gave it a
name of their own.

A knot marked on the map gets an automatic name ("Left levator scapulae", and "… 2",
"… 3" for a second and third knot there). The journal keeps automatic names in English,
the language the app is written in; reading a knot gives the name in the user's
language ("Linker Levator scapulae" in German). A name is automatic when it is the
muscle-and-side name in English or in the user's language, with or without such a
number, so journals written before this rule (English names, or names in the language
of the day) follow the language too. Any other name is the user's and is kept exactly.
"""

from __future__ import annotations

import re

from core.muscles import MUSCLES_BY_ID, Muscle
from core.records import Side

_NUMBER = re.compile(r"[1-9][0-9]{0,5}")  # the " 2" of a second knot in one muscle


def _automatic(label: str, muscle_id: str, side: Side) -> tuple[Muscle, int] | None:
    """(muscle, number) when `label` is an automatic name (number 1 without a suffix),
    None when it is a name of the user's."""
    muscle = MUSCLES_BY_ID.get(muscle_id)
    if muscle is None:
        return None
    names = {muscle.source_label(side), muscle.label(side)}
    if label in names:
        return muscle, 1
    base, _, number = label.rpartition(" ")
    # ASCII digits only: str.isdigit() takes "²" too, which int() refuses.
    if base in names and _NUMBER.fullmatch(number) and int(number) >= 2:
        return muscle, int(number)
    return None


def shown_name(label: str, muscle_id: str, side: Side) -> str:
    """The name to show: an automatic one in the user's language, else `label`."""
    found = _automatic(label, muscle_id, side)
    if found is None:
        return label
    muscle, number = found
    name = muscle.label(side)
    return name if number == 1 else f"{name} {number}"


def stored_name(label: str, muscle_id: str, side: Side) -> str:
    """The name to keep in the journal: an automatic one in English, else `label`."""
    found = _automatic(label, muscle_id, side)
    if found is None:
        return label
    muscle, number = found
    name = muscle.source_label(side)
    return name if number == 1 else f"{name} {number}"
