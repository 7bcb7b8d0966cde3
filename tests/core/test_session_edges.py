"""Edges of a guided session found in review: an opening with no getting-ready time,
"+15 s" after halfway, and a key pressed on waking from a sleep."""

from __future__ import annotations

import pytest

from core.clock import FakeClock
from core.cues import CueKind
from core.journal import Journal
from core.paths import Paths
from core.records import Side
from core.routines import Sides
from core.session import GuidedSession
from core.session_plan import Phase
from core.settings import SettingsError, SettingsStore
from tests.core.session_helpers import T0, add_knot, hold, links, routine_of, run_until


def test_a_knot_hold_with_no_prepare_still_says_what_and_where_before_the_rating(
    journal: Journal, clock: FakeClock
) -> None:
    left = add_knot(journal, clock, side=Side.LEFT)
    right = add_knot(journal, clock, side=Side.RIGHT)
    step = hold(prepare_seconds=0, sides=Sides.BOTH, title="Ball on the shoulder")
    session = GuidedSession(routine_of(step), journal, clock, links(left, right))
    (opening,) = session.start()
    assert session.phase is Phase.RATE_BEFORE
    assert opening.kind is CueKind.START
    assert opening.words.startswith("Left side. Ball on the shoulder. Lean into the ball.")
    assert opening.words.endswith("Rate it now.")


def test_the_second_side_opens_with_switch_sides_and_a_rating(
    journal: Journal, clock: FakeClock
) -> None:
    left = add_knot(journal, clock, side=Side.LEFT)
    right = add_knot(journal, clock, side=Side.RIGHT)
    step = hold(prepare_seconds=0, sides=Sides.BOTH)
    session = GuidedSession(routine_of(step), journal, clock, links(left, right))
    session.start()
    session.rate(5)
    run_until(session, clock, lambda s: s.phase is Phase.RATE_AFTER)
    cues = session.rate(3)
    assert [c.kind for c in cues] == [CueKind.SWITCH_SIDES]
    assert cues[0].words.startswith("Switch sides. Right side.")
    assert cues[0].words.endswith("Rate it now.")


def test_halfway_sounds_once_however_often_time_is_added(
    journal: Journal, clock: FakeClock
) -> None:
    session = GuidedSession(routine_of(hold(prepare_seconds=0)), journal, clock)
    session.start()
    run = run_until(session, clock, 40.0)  # halfway (30 s) has sounded
    assert run.dues(CueKind.HALFWAY) == [T0 + 30]
    session.add_time()
    session.add_time()  # 60 → 90 s: halfway would now be at 45 s
    later = run_until(session, clock, 55.0)
    assert later.of(CueKind.HALFWAY) == []
    assert later.dues(CueKind.TEN_LEFT) == [T0 + 80]


def test_a_key_pressed_on_waking_does_not_count_the_sleep(
    journal: Journal, clock: FakeClock
) -> None:
    session = GuidedSession(routine_of(hold(prepare_seconds=0)), journal, clock)
    session.start()
    run_until(session, clock, 10.0)
    clock.advance(300)  # asleep (a clock that runs on in sleep), no tick came
    cues = session.continue_or_pause()
    assert [c.kind for c in cues] == [CueKind.PAUSED]
    assert session.paused and session.remaining() == pytest.approx(49)
    session.continue_or_pause()
    assert not session.paused


def test_an_unknown_setting_is_a_settings_error(paths: Paths, clock: FakeClock) -> None:
    with pytest.raises(SettingsError, match="bogus: there is no such setting"):
        SettingsStore(paths.config, clock).change(bogus=1)
