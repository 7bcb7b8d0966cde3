"""The safety text Unknot always keeps one click away (Help → Safety).

Our own words, from the "Safety texts the app must carry" section of EVIDENCE.md. The
English is written here; `SafetySection.heading` and `points` give it in the user's
language, and the introduction is shown as `translate("safety", SAFETY_INTRO)` (or
`safety_intro()`).
"""

from __future__ import annotations

from dataclasses import dataclass

from core.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class SafetySection:
    """A heading and its points, as written in English (`source_`) and translated."""

    source_heading: str
    source_points: tuple[str, ...]

    @property
    def heading(self) -> str:
        """The heading in the user's language."""
        return translate("safety", self.source_heading)

    @property
    def points(self) -> tuple[str, ...]:
        """The points in the user's language."""
        return tuple(translate("safety", point) for point in self.source_points)


SAFETY_INTRO = QT_TRANSLATE_NOOP(
    "safety",
    "Unknot helps you look after your own muscles. It is not medical advice "
    "and it cannot diagnose anything. Self-care with a ball, a roller or a "
    "stretch can ease tenderness for some people; it is not promised to "
    "cure anything.",
)


def safety_intro() -> str:
    """The introduction in the user's language."""
    return translate("safety", SAFETY_INTRO)


SAFETY_SECTIONS: tuple[SafetySection, ...] = (
    SafetySection(
        QT_TRANSLATE_NOOP("safety", "Stop and see a doctor or physiotherapist if you notice"),
        (
            QT_TRANSLATE_NOOP("safety", "numbness, tingling or weakness"),
            QT_TRANSLATE_NOOP("safety", "pain that spreads, or pain that wakes you at night"),
            QT_TRANSLATE_NOOP("safety", "swelling, redness or warmth over the sore spot"),
            QT_TRANSLATE_NOOP("safety", "pain that began with a fall or an injury"),
            QT_TRANSLATE_NOOP("safety", "a fever, or weight loss you cannot explain"),
        ),
    ),
    SafetySection(
        QT_TRANSLATE_NOOP("safety", "Never press on"),
        (
            QT_TRANSLATE_NOOP(
                "safety",
                "the front and sides of your neck (where the big blood vessels run)",
            ),
            QT_TRANSLATE_NOOP("safety", "the spine itself: work beside it, not on it"),
            QT_TRANSLATE_NOOP("safety", "the back of the knee"),
            QT_TRANSLATE_NOOP("safety", "varicose veins, bruises or a recent injury"),
        ),
    ),
    SafetySection(
        QT_TRANSLATE_NOOP("safety", "Ask a professional before you start if you"),
        (
            QT_TRANSLATE_NOOP("safety", "are pregnant"),
            QT_TRANSLATE_NOOP("safety", "take blood thinners"),
            QT_TRANSLATE_NOOP("safety", "have osteoporosis"),
        ),
    ),
    SafetySection(
        QT_TRANSLATE_NOOP("safety", "While you press"),
        (
            QT_TRANSLATE_NOOP(
                "safety",
                "aim for a discomfort of about 6 or 7 out of 10 that you can breathe "
                "through; sharp pain means ease off",
            ),
            QT_TRANSLATE_NOOP(
                "safety",
                "if a knot is no better after about four weeks of regular care, or is "
                "getting worse, have it looked at by a professional",
            ),
        ),
    ),
)
