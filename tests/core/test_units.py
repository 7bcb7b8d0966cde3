"""Water in ml or US fluid ounces: shown in the chosen unit, always stored in ml."""

from __future__ import annotations

from core.clock import FakeClock
from core.journal import Journal
from core.reminder_desk import ReminderDesk
from core.reminder_texts import Answer, answer_label
from core.settings import Settings
from core.units import FL_OZ, ML, in_unit, number_text, to_ml, volume_text


def test_amounts_read_in_either_unit() -> None:
    assert volume_text(250, ML) == "250 ml"
    assert volume_text(2000, ML) == "2\u202f000 ml"
    assert volume_text(250, FL_OZ) == "8.5 fl oz"
    assert volume_text(2011, FL_OZ) == "68 fl oz"
    assert number_text(237, FL_OZ) == "8"


def test_typed_ounces_become_whole_millilitres_and_back() -> None:
    assert to_ml(8, FL_OZ) == 237
    assert to_ml(250, ML) == 250
    assert round(in_unit(to_ml(64, FL_OZ), FL_OZ)) == 64


def test_the_desk_and_the_buttons_speak_the_chosen_unit(journal: Journal, clock: FakeClock) -> None:
    desk = ReminderDesk(journal, clock, Settings(water_unit=FL_OZ, glass_ml=355))
    day = desk.day()
    assert day.water_unit == FL_OZ and day.glass_ml == 355
    assert answer_label(Answer.DRINK, day.glass_ml, day.water_unit) == "+12 fl oz"
    desk.close()
