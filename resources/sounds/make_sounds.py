"""Makes the cue sounds of guided sessions (resources/sounds/*.wav), our own, from sines.

Plain Python (wave, math, struct), no samples from anywhere: every file is a few
decaying sine notes with a soft attack and a faded tail, so nothing clicks. Mono,
16-bit, 44100 Hz, 0.08–0.6 s, normalised to a peak of about -6 dBFS (the slow-roll
pace pulse, heard every few seconds, to -12 dBFS). The output is the same on every run.

    python resources/sounds/make_sounds.py            # writes next to this script
    python resources/sounds/make_sounds.py OUT_DIR
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from dataclasses import dataclass
from pathlib import Path

RATE = 44_100
PEAK_DB = -6.0
ATTACK_S = 0.008  # a soft onset: a half-cosine rise instead of a step
TAIL_S = 0.015  # every file fades to exact silence over its last samples

# Note frequencies (equal temperament, A4 = 440 Hz).
A3, C4, E4, G4, A4 = 220.00, 261.63, 329.63, 392.00, 440.00
C5, D5, E5, G5, A5, C6 = 523.25, 587.33, 659.26, 783.99, 880.00, 1046.50

# A soft chime: the fundamental with quiet 2nd and 3rd partials that die away sooner.
CHIME = ((1.0, 1.0), (2.0, 0.22), (3.0, 0.06))
# A warmer, darker tone for pause and pace.
WARM = ((1.0, 1.0), (2.0, 0.12))
# A wooden tick: inharmonic partials, as a small woodblock has.
WOOD = ((1.0, 1.0), (2.71, 0.45), (4.16, 0.18))


@dataclass(frozen=True)
class Note:
    """One struck note: when it starts, its pitch, how fast it dies away, how loud."""

    start: float
    freq: float
    decay: float  # seconds for the level to fall to 1/e
    gain: float = 1.0
    partials: tuple[tuple[float, float], ...] = CHIME
    glide: float = 0.0  # pitch change over the note's first 0.1 s, as a ratio (0.03 = +3 %)


@dataclass(frozen=True)
class Sound:
    """A cue sound: its file name, length and notes."""

    name: str
    duration: float
    notes: tuple[Note, ...]
    peak_db: float = PEAK_DB


SOUNDS = (
    # A soft rising two-note chime: a timed phase begins.
    Sound("start.wav", 0.50, (Note(0.0, E5, 0.16, 0.8), Note(0.14, A5, 0.20))),
    # One soft bell in the middle register: halfway, ten seconds left.
    Sound("halfway.wav", 0.50, (Note(0.0, E5, 0.17),)),
    # A short wooden tick for the 3, 2, 1.
    Sound("tick.wav", 0.08, (Note(0.0, 1400.0, 0.014, partials=WOOD),)),
    # A falling two-note chime: the hold, stretch or roll is over.
    Sound("end.wav", 0.55, (Note(0.0, A5, 0.15, 0.8), Note(0.15, D5, 0.22))),
    # Two quick alternating tones: switch sides.
    Sound(
        "switch.wav",
        0.36,
        (
            Note(0.00, E5, 0.06, 0.9),
            Note(0.08, A5, 0.06, 0.8),
            Note(0.16, E5, 0.06, 0.9),
            Note(0.24, A5, 0.08, 0.8),
        ),
    ),
    # A gentle rising pair that ends a little higher, like a question: rate now.
    Sound(
        "rate.wav",
        0.45,
        (Note(0.0, D5, 0.12, 0.8), Note(0.13, G5, 0.18, glide=0.03)),
    ),
    # A very soft short pulse, once per slow roll.
    Sound("pace.wav", 0.15, (Note(0.0, E4, 0.05, partials=WARM),), peak_db=-12.0),
    # One low soft tone: paused.
    Sound("pause.wav", 0.45, (Note(0.0, A3, 0.16, partials=WARM),)),
    # A three-note chime that comes to rest on the home note: the session is done.
    Sound(
        "finished.wav",
        0.60,
        (
            Note(0.00, E5, 0.12, 0.75),
            Note(0.12, G5, 0.12, 0.75),
            Note(0.24, C6, 0.22),
            Note(0.24, C5, 0.22, 0.35),
        ),
    ),
)


def render(sound: Sound) -> list[float]:
    """The sound's samples in -1..1, peak at sound.peak_db, silent at both ends."""
    count = round(sound.duration * RATE)
    samples = [0.0] * count
    attack = round(ATTACK_S * RATE)
    for note in sound.notes:
        first = round(note.start * RATE)
        phase = [0.0] * len(note.partials)
        for index in range(first, count):
            t = (index - first) / RATE
            level = note.gain * math.exp(-t / note.decay)
            if index - first < attack:
                level *= 0.5 - 0.5 * math.cos(math.pi * (index - first) / attack)
            bend = 1.0 + note.glide * min(t / 0.1, 1.0)
            value = 0.0
            for k, (ratio, weight) in enumerate(note.partials):
                phase[k] += 2.0 * math.pi * note.freq * bend * ratio / RATE
                # Higher partials fade faster, which is what makes a chime sound soft.
                value += weight * math.exp(-t * (ratio - 1.0) / note.decay) * math.sin(phase[k])
            samples[index] += level * value
    tail = round(TAIL_S * RATE)
    for offset in range(tail):
        samples[count - 1 - offset] *= 0.5 - 0.5 * math.cos(math.pi * offset / tail)
    peak = max(abs(value) for value in samples)
    scale = 10.0 ** (sound.peak_db / 20.0) / peak
    return [value * scale for value in samples]


def write_wav(path: Path, samples: list[float]) -> None:
    """Mono 16-bit PCM at RATE."""
    frames = b"".join(struct.pack("<h", max(-32768, min(32767, round(v * 32767)))) for v in samples)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)


def main(argv: list[str]) -> int:
    """Write every sound into argv[0] (default: this script's folder)."""
    folder = Path(argv[0]) if argv else Path(__file__).resolve().parent
    folder.mkdir(parents=True, exist_ok=True)
    for sound in SOUNDS:
        path = folder / sound.name
        write_wav(path, render(sound))
        print(f"{path}  {sound.duration:.2f} s  {path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
