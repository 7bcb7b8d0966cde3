"""The body map's and the treatments' writes go through the journal's one queue: on a
full disk a knot, its edits, its ratings, its deletion and a treatment wait in order,
the map keeps showing what the user did, and what still waits at quit is kept and made
at the next start."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from core.body import catalogue
from core.clock import FakeClock
from core.journal import Journal
from core.knot_map import KnotMap
from core.pending_writes import PendingWrite
from core.records import Activity, KnotStatus, Rating, Side, Treatment, TreatmentKind, View
from core.recovery_file import read_recovery, recovery_files
from core.tenderness import tenderness_of
from tests.core.journal_helpers import open_journal
from tests.faults.test_disk_full import FullDisk


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def journal(folder: Path, clock: FakeClock) -> Iterator[Journal]:
    opened = open_journal(folder, clock)
    yield opened
    opened.close()


def full(journal: Journal, monkeypatch: pytest.MonkeyPatch) -> FullDisk:
    disk = FullDisk(journal._db)
    monkeypatch.setattr(journal, "_db", disk)
    disk.full = True
    return disk


def region_centre(knot_map: KnotMap, muscle: str, side: Side) -> tuple[float, float]:
    region = knot_map.body.region(knot_map.view, muscle, side)
    assert region is not None
    return knot_map.body.centre(region)


def test_on_a_full_disk_the_map_shows_what_the_user_did_and_saves_it_in_order(
    journal: Journal, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """They were written at once: on a full disk the knot, the rating or the edit failed
    (or was committed ahead of older writes still waiting)."""
    knot_map = KnotMap(journal, clock, catalogue())
    disk = full(journal, monkeypatch)
    knot = knot_map.add_at(*region_centre(knot_map, "upper_trapezius", Side.RIGHT))
    assert knot is not None
    clock.advance(30)
    knot_map.rate(knot.id, 6)
    clock.advance(30)
    knot_map.rate(knot.id, 7)  # a correction within the window: one rating of 7
    edited = knot_map.edit(knot.id, activity=Activity.LATENT, notes="worse after calls")
    second = knot_map.add_at(*region_centre(knot_map, "infraspinatus", Side.LEFT))
    assert second is not None
    knot_map.delete(second.id)
    assert knot_map.problem.startswith("Not saved yet: ")
    assert journal.knots() == [] and disk.refused >= 1
    # What the user did is what the map shows.
    (mark,) = knot_map.marks(View.BACK)
    assert mark.knot == edited and mark.tenderness == 7
    assert knot_map.selected() is None  # the deleted one was selected
    assert knot_map.knot(knot.id) == edited and knot_map.knot(second.id) is None
    assert tenderness_of(journal, knot.id).value == 7
    assert knot_map.add_in(catalogue().regions(View.BACK)[0]).label  # names see the queue

    disk.full = False
    clock.advance(60)
    journal.add_row("water", {"at_utc": "2026-03-02T10:00:00.000Z", "ml": 250, "sample": 0})
    assert len(journal.pending) == 0 and knot_map.problem == ""
    stored = journal.knot(knot.id)
    assert stored is not None and stored.activity is Activity.LATENT
    assert stored.notes == "worse after calls"
    assert journal.ratings_for(knot.id).tenderness == (7,)
    assert journal.knot(second.id) is None


def test_what_still_waits_at_quit_is_made_at_the_next_start(
    folder: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = open_journal(folder, clock)
    knot_map = KnotMap(journal, clock, catalogue())
    stored = knot_map.add_at(*region_centre(knot_map, "upper_trapezius", Side.RIGHT))
    assert stored is not None
    full(journal, monkeypatch)
    knot_map.rate(stored.id, 5)
    clock.advance(600)
    knot_map.rate(stored.id, 4)  # after the window: a second rating
    knot_map.set_status(stored.id, KnotStatus.RESOLVED)
    knot_map.set_status(stored.id, KnotStatus.ACTIVE)  # the latest edit wins
    knot_map.edit(stored.id, notes="better")
    added = knot_map.add_at(*region_centre(knot_map, "infraspinatus", Side.LEFT))
    assert added is not None
    knot_map.rate(added.id, 8)
    knot_map.delete(added.id)  # after its edits and rating: stays after them
    treatment = Treatment(date(2026, 3, 2), TreatmentKind.DEEP_TISSUE, (stored.id,), "x")
    journal.pending.save(PendingWrite("add_treatment", (treatment,)))
    waiting = journal.pending.waiting()
    journal.close()
    (kept,) = recovery_files(folder)
    back = read_recovery(kept)
    assert [(w.operation, w.row()) for w in back] == [(w.operation, w.row()) for w in waiting]

    again = open_journal(folder, clock)
    assert again.report.unsaved.found == len(waiting) and again.report.unsaved.saved
    knot = again.knot(stored.id)
    assert knot is not None and knot.status is KnotStatus.ACTIVE and knot.notes == "better"
    assert again.ratings_for(stored.id).tenderness == (5, 4)
    assert again.knot(added.id) is None and again.count("ratings") == 2
    assert [t.id for t in again.treatments()] == [treatment.id]
    for write in back:  # the file outlived a crash after its rows were made: no twin
        again.apply(write)
    assert again.count("ratings") == 2 and again.count("treatments") == 1
    assert again.knot(added.id) is None
    again.close()


def test_an_edit_of_a_knot_deleted_meanwhile_is_set_aside_not_holding_up_the_rest(
    journal: Journal, clock: FakeClock
) -> None:
    knot_map = KnotMap(journal, clock, catalogue())
    knot = knot_map.add_at(*region_centre(knot_map, "upper_trapezius", Side.RIGHT))
    assert knot is not None
    journal.delete_knot(knot.id)  # by an import or a restore, say
    journal.pending.save(PendingWrite("update_knot", (knot,)))
    journal.pending.save(PendingWrite("add_rating", (Rating(knot.id, clock.now(), 5),)))
    assert len(journal.pending) == 0 and len(journal.pending.refused_writes) == 2
