"""Guided sessions as a user drives them: keys only, a fake clock, the journal checked."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from core.clock import FakeClock
from core.journal import Journal, JournalWriteError
from core.paths import Paths
from core.records import Knot, RatingContext, SessionState, Side, StepKind, View
from core.routine_files import user_routines_dir
from core.session import GuidedSession
from core.session_plan import Phase
from core.settings import SettingsStore
from ui.main_window import MainWindow
from ui.session_page import SessionPage

THREE_STEPS = """\
name = "Three steps"
summary = "A hold on the right upper trapezius, a move, a stretch."

[[steps]]
kind = "hold"
muscle = "upper_trapezius"
sides = "right"
seconds = 30
equipment = ["ball", "wall"]
text = "Lean the ball into the top of the shoulder. About six out of ten, never sharp."

[[steps]]
kind = "transition"
seconds = 5
text = "Take the ball away. Stand tall."

[[steps]]
kind = "stretch"
muscle = "upper_trapezius"
sides = "centre"
reps = 2
seconds = 10
prepare_seconds = 0
text = "Tip your ear towards your shoulder. Stop at a gentle pull."
"""


@pytest.fixture
def window(qtbot: QtBot, paths: Paths, journal: Journal, clock: FakeClock) -> Iterator[MainWindow]:
    folder = user_routines_dir(paths.config)
    folder.mkdir(parents=True)
    (folder / "three-steps.toml").write_text(THREE_STEPS, encoding="utf-8")
    # Sound and voice are tested in test_cues.py; here the session runs silently.
    SettingsStore(paths.config, clock).change(sound=False, voice=False)
    journal.add_knot(
        Knot(
            View.BACK,
            0.3,
            0.2,
            "upper_trapezius",
            Side.RIGHT,
            "Right upper trapezius",
            created=datetime(2026, 2, 20, tzinfo=UTC),
        )
    )
    shown = MainWindow(paths, clock, journal)
    qtbot.addWidget(shown)
    shown.show()
    with qtbot.waitExposed(shown):
        pass
    yield shown
    shown.session_page.shutdown()


def run_until_waiting(page: SessionPage, clock: FakeClock, limit_s: float = 600) -> None:
    """Let the fake clock run, firing the timer at each due moment as Qt would, until
    the session waits for the user (a rating) or ends."""
    session = page.driver.session
    assert session is not None
    end = clock.monotonic() + limit_s
    while (due := session.next_due()) is not None and due <= end:
        assert page.driver.timer.isActive(), "the timer must be armed for the due moment"
        clock.advance(max(0.0, due - clock.monotonic()))
        page.driver.timer.timeout.emit()


def run_for(page: SessionPage, clock: FakeClock, seconds: float) -> None:
    """Let exactly `seconds` pass, with the timer firing at each due moment on the way."""
    end = clock.monotonic() + seconds
    run_until_waiting(page, clock, seconds)
    clock.advance(end - clock.monotonic())


def key(qtbot: QtBot, page: SessionPage, which: Qt.Key) -> None:
    target = page.view.focusWidget() or page.view
    qtbot.keyClick(target, which)


def start_three_steps(window: MainWindow) -> tuple[SessionPage, GuidedSession, datetime]:
    """Start the three-step routine; the page, its session and when it started."""
    routine = window.routines_page.catalogue.get("three-steps")
    assert routine is not None
    window.start_routine(routine)
    page = window.session_page
    session = page.driver.session
    assert session is not None and session.started is not None
    return page, session, session.started


def test_a_three_step_routine_runs_to_the_end_with_keys(
    qtbot: QtBot, window: MainWindow, journal: Journal, clock: FakeClock
) -> None:
    page, session, started = start_three_steps(window)
    assert window.current_page() == "Session"
    assert page.view.side_banner.text() == "RIGHT SIDE  ▶"
    run_until_waiting(page, clock)  # prepare runs out, then the rating waits
    assert session.phase is Phase.RATE_BEFORE
    assert not page.driver.timer.isActive()  # nothing to wake up for
    key(qtbot, page, Qt.Key.Key_1)
    key(qtbot, page, Qt.Key.Key_0)  # 1 then 0 at once: 10
    assert session.phase is Phase.HOLD
    assert page.view.ring.accessibleName() == "30 seconds left"
    run_until_waiting(page, clock)
    assert session.phase is Phase.RATE_AFTER
    key(qtbot, page, Qt.Key.Key_4)
    run_until_waiting(page, clock)
    assert not session.is_open()
    assert page.stack.currentWidget() is page.summary
    assert (
        "10 → 4"
        in page.summary.knots.itemAt(0, page.summary.knots.ItemRole.FieldRole).widget().text()
    )

    (knot,) = journal.knots()
    ratings = journal.session_ratings(started)
    assert [(r.context, r.tenderness) for r in ratings] == [
        (RatingContext.BEFORE_HOLD, 10),
        (RatingContext.AFTER_HOLD, 4),
    ]
    assert all(r.knot_id == knot.id for r in ratings)
    steps = journal.steps_of(started)
    assert [(s.kind, s.side, s.actual_s) for s in steps] == [
        (StepKind.HOLD, Side.RIGHT, 30),
        (StepKind.TRANSITION, Side.CENTRE, 5),
        (StepKind.STRETCH, Side.CENTRE, 10),
        (StepKind.STRETCH, Side.CENTRE, 10),
    ]
    assert steps[0].knot_id == knot.id
    stored = journal.session(started)
    assert stored is not None and stored.state is SessionState.COMPLETED


def test_space_pauses_even_when_a_button_has_the_focus(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    page, session, _started = start_three_steps(window)
    page.view.skip_button.setFocus()
    key(qtbot, page, Qt.Key.Key_Space)  # prepare: Space goes on at once
    assert session.phase is Phase.RATE_BEFORE
    key(qtbot, page, Qt.Key.Key_Right)  # a rating can be skipped
    assert session.phase is Phase.HOLD
    clock.advance(3)
    page.view.skip_button.setFocus()
    key(qtbot, page, Qt.Key.Key_Space)
    assert session.paused, "Space paused; it did not click the focused Skip button"
    assert page.view.pause_button.text().startswith("Go on")
    clock.advance(60)
    assert session.remaining() == pytest.approx(27)
    key(qtbot, page, Qt.Key.Key_Plus)
    assert session.remaining() == pytest.approx(42)
    key(qtbot, page, Qt.Key.Key_Space)
    assert not session.paused


def test_escape_asks_and_then_stops_keeping_what_was_done(
    qtbot: QtBot,
    window: MainWindow,
    journal: Journal,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page, session, started = start_three_steps(window)
    key(qtbot, page, Qt.Key.Key_Space)
    key(qtbot, page, Qt.Key.Key_7)
    run_for(page, clock, 20)
    asked: list[str] = []

    def answer(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[1]))
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    key(qtbot, page, Qt.Key.Key_Escape)
    assert session.is_open(), "No keeps the session going"
    key(qtbot, page, Qt.Key.Key_Escape)
    assert asked == ["Stop the session?", "Stop the session?"]
    assert session.state is SessionState.ABORTED
    (hold,) = journal.steps_of(started)
    assert hold.actual_s == 20
    assert page.stack.currentWidget() is page.summary
    assert page.summary.title.text() == "Session stopped: Three steps"


def test_released_works_only_after_the_minimum(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    page, session, _started = start_three_steps(window)
    key(qtbot, page, Qt.Key.Key_Space)
    key(qtbot, page, Qt.Key.Key_5)
    assert not page.view.release_button.isEnabled()
    key(qtbot, page, Qt.Key.Key_R)
    assert session.phase is Phase.HOLD
    run_until_waiting(page, clock)  # the hold of 30 s is its own minimum: it runs out
    assert session.phase is Phase.RATE_AFTER


def test_closing_the_app_mid_session_keeps_it_as_interrupted(
    qtbot: QtBot, window: MainWindow, journal: Journal, clock: FakeClock
) -> None:
    page, _session, started = start_three_steps(window)
    key(qtbot, page, Qt.Key.Key_Space)
    key(qtbot, page, Qt.Key.Key_Right)
    run_for(page, clock, 12)
    window.close()
    stored = journal.session(started)
    assert stored is not None and stored.state is SessionState.INTERRUPTED
    assert [s.actual_s for s in journal.steps_of(started)] == [12]


def test_the_countdown_repaints_only_when_the_second_changes(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    ring = window.session_page.view.ring
    window.show_page("Session")
    window.session_page.stack.setCurrentWidget(window.session_page.view)
    ring.show_time(30, 0.0, False, Phase.HOLD)
    qtbot.waitUntil(lambda: ring.paints > 0)
    before = ring.paints
    for _ in range(5):
        ring.show_time(30, 0.0, False, Phase.HOLD)
    ring.repaint()  # flushes any pending update: one paint, not six
    assert ring.paints == before + 1
    ring.show_time(29, 1 / 30, False, Phase.HOLD)
    ring.repaint()
    assert ring.paints == before + 2
    assert ring.accessibleName() == "29 seconds left"


def test_a_bad_user_routine_is_listed_with_its_line_and_the_rest_load(
    qtbot: QtBot, paths: Paths, journal: Journal, clock: FakeClock
) -> None:
    folder = user_routines_dir(paths.config)
    folder.mkdir(parents=True)
    (folder / "broken.toml").write_text(
        'name = "Broken"\nsummary = "x"\n\n[[steps]]\nkind = "hold"\nmuscle = "deltoid"\n'
        'seconds = 200\ntext = "Too long."\n',
        encoding="utf-8",
    )
    window = MainWindow(paths, clock, journal)
    qtbot.addWidget(window)
    page = window.routines_page
    assert page.problems.isVisibleTo(page)
    assert f"{folder / 'broken.toml'}:7: hold seconds is 200" in page.problems.text()
    names = [page.list.item(i).text().split("\n")[0] for i in range(page.list.count())]
    assert "Neck and shoulders at the desk" in names
    assert len(names) == 5


def test_sound_and_voice_settings_are_saved(qtbot: QtBot, window: MainWindow, paths: Paths) -> None:
    box = window.settings_page.cues
    assert not box.sound.isChecked() and not box.voice.isChecked()  # as the fixture saved
    box.sound.setChecked(True)
    box.volume.setValue(35)
    settings = window.settings.settings
    assert (settings.sound, settings.voice, settings.volume) == (True, False, 35)
    assert '"volume": 35' in (paths.config / "settings.json").read_text(encoding="utf-8")


def test_try_sound_and_voice_says_what_is_off(qtbot: QtBot, window: MainWindow) -> None:
    box = window.settings_page.cues
    window.show_page("Settings")
    qtbot.mouseClick(box.test_button, Qt.MouseButton.LeftButton)
    assert "Sound is turned off in Settings" in box.status.text()
    assert "Voice is turned off in Settings" in box.status.text()


def test_a_failed_write_is_shown_and_saved_later(
    qtbot: QtBot,
    window: MainWindow,
    journal: Journal,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page, _session, started = start_three_steps(window)
    real_add_step = journal.add_step
    failures = [JournalWriteError("journal.sqlite3: disk full")]

    def add_step(step: object) -> None:
        if failures:
            raise failures.pop()
        real_add_step(step)  # type: ignore[arg-type]

    monkeypatch.setattr(journal, "add_step", add_step)
    key(qtbot, page, Qt.Key.Key_Space)
    key(qtbot, page, Qt.Key.Key_Right)  # no rating
    run_until_waiting(page, clock)  # the hold ends (its write fails), the rating waits
    assert "Not saved yet: journal.sqlite3: disk full" in page.view.status.text()
    key(qtbot, page, Qt.Key.Key_Right)  # no rating after either
    run_until_waiting(page, clock, limit_s=5)  # the transition's write takes both
    assert page.view.status.text() == ""
    kinds = [s.kind for s in journal.steps_of(started)]
    assert kinds[:2] == [StepKind.HOLD, StepKind.TRANSITION]
