"""The shared check itself: it sees a record that is gone, and one too many."""

from __future__ import annotations

import pytest

from core.clock import FakeClock
from core.journal import Journal
from core.paths import Paths
from core.records import Session, StepDone, StepKind, to_utc_text
from tests.core.session_helpers import add_knot
from tests.faults.nothing_lost import Saved, assert_nothing_lost


def test_the_check_names_what_is_gone_and_counts_what_is_extra(
    paths: Paths, journal: Journal, clock: FakeClock
) -> None:
    kept = add_knot(journal, clock, label="Kept", tenderness=4)
    gone = add_knot(journal, clock, label="Gone", tenderness=8)
    session = Session("Shoulders", clock.now())
    journal.start_session(session)
    journal.add_step(StepDone(session.started, StepKind.HOLD, clock.now(), 60, 60, knot_id=kept.id))
    journal.add_row("water", {"at_utc": to_utc_text(clock.now()), "ml": 250, "sample": 0})
    saved = Saved.of(journal)
    assert saved.count() == 2 + 2 + 1 + 1 + 1
    assert_nothing_lost(journal, saved, exactly=True)

    journal.delete_knot(gone.id)  # the user's own choice here; a fault must never do it
    with pytest.raises(AssertionError, match="2 saved records are gone: knot 'Gone'"):
        assert_nothing_lost(journal, saved)
    after = Saved.of(journal)
    clock.advance(1)
    journal.add_row("water", {"at_utc": to_utc_text(clock.now()), "ml": 250, "sample": 0})
    journal.close()
    with pytest.raises(AssertionError, match="holds 1 records more than were saved"):
        assert_nothing_lost(paths.data, after, exactly=True)
