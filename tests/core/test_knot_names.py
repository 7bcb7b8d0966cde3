"""A knot's name follows the user's language unless the user gave it one (issue 17):
German shows "Schulterblattheber (Levator scapulae) links", not "Left levator
scapulae"; automatic English names in existing journals are recognised; user-typed
names are kept exactly."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from core import i18n
from core.body import catalogue
from core.clock import FakeClock
from core.journal import Journal
from core.knot_map import KnotMap
from core.knot_names import shown_name, stored_name
from core.records import Side, View
from tests.core.journal_helpers import make_knot
from tests.core.test_i18n import german


@pytest.fixture
def in_german() -> Iterator[None]:
    table = german()
    i18n.install(lambda context, text: table.get((context, text), ""))
    yield
    i18n.install(None)


def stored_labels(folder: Path) -> list[str]:
    with sqlite3.connect(folder / "journal.sqlite3") as db:
        return [label for (label,) in db.execute("SELECT label FROM knots ORDER BY created_ms")]


def test_automatic_names_follow_the_language(in_german: None) -> None:
    assert shown_name("Left levator scapulae", "levator_scapulae", Side.LEFT) == (
        "Schulterblattheber (Levator scapulae) links"
    )
    assert shown_name("Left levator scapulae 2", "levator_scapulae", Side.LEFT) == (
        "Schulterblattheber (Levator scapulae) links 2"
    )
    assert stored_name(
        "Schulterblattheber (Levator scapulae) links 3", "levator_scapulae", Side.LEFT
    ) == ("Left levator scapulae 3")
    for own in ("My desk knot", "Left levator scapulae 02", "Left levator scapulae x"):
        assert shown_name(own, "levator_scapulae", Side.LEFT) == own
        assert stored_name(own, "levator_scapulae", Side.LEFT) == own
    assert shown_name("Left levator scapulae", "gone_muscle", Side.LEFT) == "Left levator scapulae"


def test_a_german_user_sees_german_names_and_the_journal_keeps_english(
    tmp_path: Path, clock: FakeClock, in_german: None
) -> None:
    journal = Journal.open(tmp_path, clock)
    try:
        mine = make_knot(clock, "Mein Schreibtischknoten")
        old = make_knot(clock, "Left levator scapulae", muscle="levator_scapulae", side=Side.LEFT)
        journal.add_knot(mine)
        clock.advance(60)
        old = dataclasses.replace(old, created=clock.now())
        journal.add_knot(old)  # as an English journal from before kept it
        clock.advance(60)
        body = catalogue()
        region = body.region(View.BACK, "levator_scapulae", Side.LEFT)
        assert region is not None
        model = KnotMap(journal, clock, body)
        added = model.add_in(region)  # a second knot there, marked in German
        assert added.label == "Schulterblattheber (Levator scapulae) links 2"
        assert [k.label for k in journal.knots()] == [
            "Mein Schreibtischknoten",
            "Schulterblattheber (Levator scapulae) links",
            "Schulterblattheber (Levator scapulae) links 2",
        ]
        journal.update_knot(dataclasses.replace(journal.knots()[1], notes="pressed"))
        assert stored_labels(tmp_path) == [
            "Mein Schreibtischknoten",
            "Left levator scapulae",
            "Left levator scapulae 2",
        ]
    finally:
        journal.close()
    i18n.install(None)
    journal = Journal.open(tmp_path, clock)
    try:
        assert [k.label for k in journal.knots()] == [
            "Mein Schreibtischknoten",
            "Left levator scapulae",
            "Left levator scapulae 2",
        ]
    finally:
        journal.close()


@pytest.mark.parametrize("suffix", ["²", "٣", "0", "02", "1", "9999999"])
def test_a_name_ending_in_another_kind_of_number_is_the_users(suffix: str) -> None:
    # "²" and "٣" are digits to str.isdigit() but not to int(): the knot must still be read.
    label = f"Left suboccipitals {suffix}"
    assert shown_name(label, "suboccipitals", Side.LEFT) == label
    assert stored_name(label, "suboccipitals", Side.LEFT) == label


def test_a_second_knot_keeps_its_number() -> None:
    assert shown_name("Left suboccipitals 2", "suboccipitals", Side.LEFT) == (
        "Left suboccipitals 2"
    )
    assert stored_name("Left suboccipitals 12", "suboccipitals", Side.LEFT) == (
        "Left suboccipitals 12"
    )
