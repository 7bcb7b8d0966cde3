"""Cues: the moments of a guided session the user hears rather than sees.

A session (core/session.py) emits Cue values as its phases run; the UI turns each into
a short sound and, where a voice is on, the spoken words. The words are chosen here so
that the same session says the same things in tests, in the app and in the docs.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class CueKind(StrEnum):
    """What just happened; each kind has its own sound (resources/sounds/KIND.wav)."""

    START = "start"  # a timed phase began: the step and side are spoken
    HALFWAY = "halfway"
    TEN_LEFT = "ten_left"  # ten seconds left
    COUNT = "count"  # 3, 2, 1 before the end
    END = "end"  # a hold, stretch or roll reached its time
    RELEASE = "release"  # ease off now
    SWITCH_SIDES = "switch_sides"
    RATE_NOW = "rate_now"  # a tenderness rating is wanted
    PACE = "pace"  # foam roll: one slow roll every few seconds
    PAUSED = "paused"
    RESUMED = "resumed"
    FINISHED = "finished"  # the whole session is done

    @property
    def sound(self) -> str:
        """The bundled sound file's name (several kinds share a sound)."""
        return _SOUNDS[self]


_SOUNDS: dict[CueKind, str] = {
    CueKind.START: "start.wav",
    CueKind.HALFWAY: "halfway.wav",
    CueKind.TEN_LEFT: "halfway.wav",
    CueKind.COUNT: "tick.wav",
    CueKind.END: "end.wav",
    CueKind.RELEASE: "end.wav",
    CueKind.SWITCH_SIDES: "switch.wav",
    CueKind.RATE_NOW: "rate.wav",
    CueKind.PACE: "pace.wav",
    CueKind.PAUSED: "pause.wav",
    CueKind.RESUMED: "start.wav",
    CueKind.FINISHED: "finished.wav",
}


@dataclass(frozen=True)
class Cue:
    """One cue: its kind, the words to speak ('' for a sound only) and when it was due
    on the monotonic clock."""

    kind: CueKind
    words: str
    due: float

    @property
    def sound(self) -> str:
        """The sound file to play."""
        return self.kind.sound
