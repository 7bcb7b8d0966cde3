"""Which environments can open a window, decided before Qt gets a chance to abort."""

from __future__ import annotations

import pytest

from ui.startup import QtMessages, display_problem


@pytest.mark.parametrize(
    ("env", "ok"),
    [
        ({}, False),
        ({"DISPLAY": ":0"}, True),
        ({"WAYLAND_DISPLAY": "wayland-0"}, True),
        ({"QT_QPA_PLATFORM": "offscreen"}, True),
        ({"QT_QPA_PLATFORM": "xcb"}, False),
        ({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"}, False),
        ({"QT_QPA_PLATFORM": "wayland;xcb", "WAYLAND_DISPLAY": "w"}, True),
    ],
)
def test_display_problem_on_linux(env: dict[str, str], ok: bool) -> None:
    assert (display_problem(env, platform="linux") is None) is ok


def test_other_platforms_always_have_a_display() -> None:
    assert display_problem({}, platform="win32") is None
    assert display_problem({}, platform="darwin") is None


def test_fatal_line_names_the_missing_library() -> None:
    messages = QtMessages()
    messages.hints.append("From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed ...")
    assert "libxcb-cursor0" in messages.fatal_line("no Qt platform plugin could be initialized")
