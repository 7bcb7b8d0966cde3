"""The safety text carries every point EVIDENCE.md requires."""

from __future__ import annotations

from core.safety import SAFETY_INTRO, SAFETY_SECTIONS


def test_safety_text_names_every_required_point() -> None:
    text = " ".join(
        [SAFETY_INTRO, *(part for s in SAFETY_SECTIONS for part in (s.heading, *s.points))]
    ).lower()
    for required in (
        "not medical advice",
        "numbness",
        "wakes you at night",
        "swelling",
        "fall or an injury",
        "fever",
        "weight loss",
        "front and sides of your neck",
        "spine",
        "back of the knee",
        "varicose veins",
        "pregnant",
        "blood thinners",
        "osteoporosis",
        "four weeks",
    ):
        assert required in text, required
    assert "cure" not in text.replace("not promised to cure", "")
