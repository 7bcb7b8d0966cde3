"""A right-to-left override in a knot's label cannot reorder the text around it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from core.bidi import FSI, PDI, isolate

CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def test_a_label_with_an_override_is_isolated() -> None:
    assert isolate("abc\u202edef") == f"{FSI}abc\u202edef{PDI}"
    assert isolate("Left rhomboids") == f"{FSI}Left rhomboids{PDI}"
    assert isolate("") == ""


def test_a_stray_pop_cannot_close_the_isolate_early() -> None:
    assert isolate("x\u2069\u202eevil") == f"{FSI}x\u202eevil{PDI}"
    assert isolate("\u2067open") == f"{FSI}\u2067open{PDI}{PDI}"


@given(st.text(alphabet=st.sampled_from([*CONTROLS, "a", "ש", " "]), max_size=12))
def test_the_isolate_is_always_balanced(text: str) -> None:
    safe = isolate(text)
    depth = 0
    for index, char in enumerate(safe):
        if char in "\u2066\u2067\u2068":
            depth += 1
        elif char == PDI:
            depth -= 1
            assert depth >= 0
            if depth == 0:
                assert index == len(safe) - 1  # only the last PDI closes ours
    assert depth == 0
