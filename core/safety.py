"""The safety text Unknot always keeps one click away (Help → Safety).

Our own words, from the "Safety texts the app must carry" section of EVIDENCE.md.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SafetySection:
    """A heading and its points."""

    heading: str
    points: tuple[str, ...]


SAFETY_INTRO = (
    "Unknot helps you look after your own muscles. It is not medical advice and it "
    "cannot diagnose anything. Self-care with a ball, a roller or a stretch can ease "
    "tenderness for some people; it is not promised to cure anything."
)

SAFETY_SECTIONS: tuple[SafetySection, ...] = (
    SafetySection(
        "Stop and see a doctor or physiotherapist if you notice",
        (
            "numbness, tingling or weakness",
            "pain that spreads, or pain that wakes you at night",
            "swelling, redness or warmth over the sore spot",
            "pain that began with a fall or an injury",
            "a fever, or weight loss you cannot explain",
        ),
    ),
    SafetySection(
        "Never press on",
        (
            "the front and sides of your neck (where the big blood vessels run)",
            "the spine itself: work beside it, not on it",
            "the back of the knee",
            "varicose veins, bruises or a recent injury",
        ),
    ),
    SafetySection(
        "Ask a professional before you start if you",
        (
            "are pregnant",
            "take blood thinners",
            "have osteoporosis",
        ),
    ),
    SafetySection(
        "While you press",
        (
            "aim for a discomfort of about 6 or 7 out of 10 that you can breathe through;"
            " sharp pain means ease off",
            "if a knot is no better after about four weeks of regular care, or is getting"
            " worse, have it looked at by a professional",
        ),
    ),
)
