"""Settings: checked values, atomic saves, and a broken file kept rather than lost."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import pytest

from core.clock import FakeClock
from core.paths import Paths
from core.settings import FILE_NAME, Settings, SettingsError, SettingsStore, check


def as_json(settings: Settings) -> object:
    return json.loads(json.dumps(asdict(settings)))


def saved(paths: Paths) -> dict[str, object]:
    return json.loads((paths.config / FILE_NAME).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_with_no_file_the_defaults_are_used_and_nothing_is_written(
    paths: Paths, clock: FakeClock
) -> None:
    store = SettingsStore(paths.config, clock)
    assert store.settings == Settings(sound=True, voice=True, volume=80, todays_knots=4)
    assert store.problem == ""
    assert not (paths.config / FILE_NAME).exists()


def test_a_change_is_saved_and_read_back(paths: Paths, clock: FakeClock) -> None:
    store = SettingsStore(paths.config, clock)
    changed = store.change(volume=35, voice=False, todays_knots=6)
    assert changed == Settings(sound=True, voice=False, volume=35, todays_knots=6)
    assert store.settings == changed
    assert saved(paths) == as_json(changed)
    assert (paths.config / FILE_NAME).stat().st_mode & 0o777 == 0o600
    again = SettingsStore(paths.config, clock)
    assert again.settings == changed and again.problem == ""
    assert [p.name for p in paths.config.iterdir()] == [FILE_NAME]  # no temp file left


def test_keys_from_a_newer_unknot_survive_a_save(paths: Paths, clock: FakeClock) -> None:
    (paths.config / FILE_NAME).write_text('{"volume": 20, "theme": "dark"}', encoding="utf-8")
    store = SettingsStore(paths.config, clock)
    assert store.settings.volume == 20 and store.problem == ""
    store.change(sound=False)
    assert saved(paths)["theme"] == "dark" and saved(paths)["volume"] == 20


@pytest.mark.parametrize(
    ("name", "value", "words"),
    [
        ("volume", 101, "volume: 101 is outside 0–100"),
        ("volume", -1, "volume: -1 is outside 0–100"),
        ("volume", 50.5, "volume: 50.5 is not a whole number"),
        ("volume", True, "volume: True is not a whole number"),
        ("todays_knots", 0, "todays_knots: 0 is outside 1–8"),
        ("todays_knots", 9, "todays_knots: 9 is outside 1–8"),
        ("sound", 1, "sound: 1 is not true or false"),
        ("voice", "yes", "voice: 'yes' is not true or false"),
    ],
)
def test_a_value_out_of_range_is_refused_and_names_the_setting(
    paths: Paths, clock: FakeClock, name: str, value: object, words: str
) -> None:
    store = SettingsStore(paths.config, clock)
    store.change(volume=60)
    before = (paths.config / FILE_NAME).read_bytes()
    with pytest.raises(SettingsError) as caught:
        store.change(**{name: value})
    assert str(caught.value) == words
    assert store.settings.volume == 60
    assert (paths.config / FILE_NAME).read_bytes() == before


def test_the_limits_themselves_are_allowed() -> None:
    assert [check("volume", 0), check("volume", 100)] == [0, 100]
    assert [check("todays_knots", 1), check("todays_knots", 8)] == [1, 8]


@pytest.mark.parametrize(
    "content",
    [
        b'{"volume": 80,,}',  # not JSON
        b"[1, 2, 3]",  # JSON, not an object
        b"\xff\xfe not text",
    ],
)
def test_a_broken_file_is_kept_byte_for_byte_and_the_defaults_used(
    paths: Paths, clock: FakeClock, content: bytes
) -> None:
    path = paths.config / FILE_NAME
    path.write_bytes(content)
    store = SettingsStore(paths.config, clock)
    assert store.settings == Settings()
    assert store.problem.startswith(f"{path}: could not be read (")
    assert "keeps the file as it is" in store.problem
    assert path.read_bytes() == content


def test_changing_a_setting_moves_the_broken_file_aside_first(
    paths: Paths, clock: FakeClock
) -> None:
    path = paths.config / FILE_NAME
    broken = b'{"volume": 80,,}'
    path.write_bytes(broken)
    store = SettingsStore(paths.config, clock)
    store.change(volume=10)
    kept = paths.config / "settings.unreadable-20260302-090000.json"
    assert kept.read_bytes() == broken
    assert saved(paths) == as_json(Settings(volume=10))
    assert str(kept) in store.problem
    assert sorted(p.name for p in paths.config.iterdir()) == sorted([FILE_NAME, kept.name])
    reread = SettingsStore(paths.config, clock)
    assert reread.settings.volume == 10 and reread.problem == ""


def test_a_settings_folder_that_cannot_be_written_is_a_settings_error(
    tmp_path: Path, clock: FakeClock
) -> None:
    missing = tmp_path / "no-such-folder"
    store = SettingsStore(missing, clock)
    with pytest.raises(SettingsError, match="cannot save settings"):
        store.change(volume=10)
    assert store.settings == Settings()


NOT_WEEKDAYS = "is not a list of weekdays 0 (Monday) to 6 (Sunday)"


@pytest.mark.parametrize(
    ("name", "value", "words"),
    [
        ("water_every", 0, "water_every: 0 minutes is under the shortest interval, 1 minute"),
        ("posture_every", 481, "posture_every: 481 minutes is over the longest interval, 8 hours"),
        ("micro_break_every", 2.5, "micro_break_every: 2.5 is not a whole number"),
        ("work_start", "9:00", "work_start: '9:00' is not a time like 09:30"),
        ("quiet_end", "24:00", "quiet_end: '24:00' is not a time like 09:30"),
        ("daily_session_at", 17, "daily_session_at: 17 is not text"),
        ("water_hours", "08:00", "water_hours: '08:00' is not hours like 08:00-20:00"),
        ("water_hours", "20:00-08:00", "water_hours: 20:00-08:00 ends before it starts"),
        ("work_days", [0, 7], f"work_days: [0, 7] {NOT_WEEKDAYS}"),
        ("work_days", "12345", f"work_days: '12345' {NOT_WEEKDAYS}"),
        ("glass_ml", 20, "glass_ml: 20 ml is outside 50–1000 ml"),
        ("water_goal_ml", 9000, "water_goal_ml: 9000 ml is outside 250–6000 ml"),
        ("escalate_after", 11, "escalate_after: 11 is outside 0–10"),
    ],
)
def test_reminder_values_out_of_range_are_refused_with_the_setting_and_reason(
    name: str, value: object, words: str
) -> None:
    with pytest.raises(SettingsError) as caught:
        check(name, value)
    assert str(caught.value) == words
    assert caught.value.setting == name
    assert words.endswith(caught.value.reason)


def test_interval_limits_one_minute_and_eight_hours_are_allowed() -> None:
    assert [check("water_every", 1), check("water_every", 480)] == [1, 480]
    assert check("water_hours", "") == "" and check("water_hours", "08:00-20:00") == "08:00-20:00"
    assert check("work_days", [4, 0, 0]) == (0, 4)


def test_the_working_day_must_end_after_it_starts(paths: Paths, clock: FakeClock) -> None:
    store = SettingsStore(paths.config, clock)
    with pytest.raises(SettingsError) as caught:
        store.change(work_start="18:00")
    assert caught.value.setting == "work_end"
    assert store.settings.work_start == "09:00"
    assert not (paths.config / FILE_NAME).exists()
    store.change(work_start="18:00", work_end="23:00")
    assert SettingsStore(paths.config, clock).settings.work_days == (0, 1, 2, 3, 4)


def test_a_value_out_of_range_costs_only_itself_and_the_file_is_kept(
    paths: Paths, clock: FakeClock
) -> None:
    path = paths.config / FILE_NAME
    content = b'{"volume": 500, "water_every": 45, "glass_ml": 10}'
    path.write_bytes(content)
    store = SettingsStore(paths.config, clock)
    assert store.settings == Settings(water_every=45)
    assert store.problem == (
        f"{path}: volume: 500 is outside 0–100; glass_ml: 10 ml is outside 50–1000 ml."
        " Unknot uses the default for these and keeps the file as it is"
    )
    assert path.read_bytes() == content
    store.change(sound=False)  # the file with the user's values is moved aside first
    kept = paths.config / "settings.unreadable-20260302-090000.json"
    assert kept.read_bytes() == content
    assert saved(paths)["water_every"] == 45


def test_a_file_whose_working_day_ends_before_it_starts_is_kept_and_reported(
    paths: Paths, clock: FakeClock
) -> None:
    path = paths.config / FILE_NAME
    path.write_text('{"work_start": "18:00", "work_end": "08:00"}', encoding="utf-8")
    store = SettingsStore(paths.config, clock)
    assert store.settings == Settings()
    assert "the working day must end after it starts" in store.problem


@pytest.mark.parametrize(
    ("name", "good", "bad", "reason"),
    [
        ("theme", "dark", "purple", "'purple' is not one of 'system', 'light', 'dark'"),
        ("language", "de", "xx", "'xx' is not one of '', 'en', 'de'"),
        ("water_unit", "fl oz", "cups", "'cups' is not one of 'ml', 'fl oz'"),
        ("hold_seconds", 90, 95, "95 s is outside 30–90 s"),
        ("stretch_seconds", 10, 5, "5 s is outside 10–60 s"),
    ],
)
def test_choices_and_durations_are_checked_at_the_field(
    paths: Paths, clock: FakeClock, name: str, good: object, bad: object, reason: str
) -> None:
    store = SettingsStore(paths.config, clock)
    assert getattr(store.change(**{name: good}), name) == good
    with pytest.raises(SettingsError) as refused:
        store.change(**{name: bad})
    assert refused.value.setting == name and refused.value.reason == reason
    assert getattr(SettingsStore(paths.config, clock).settings, name) == good


def test_a_new_settings_file_starts_with_the_welcome_unread_and_the_system_look(
    paths: Paths, clock: FakeClock
) -> None:
    settings = SettingsStore(paths.config, clock).settings
    assert not settings.safety_accepted
    assert (settings.theme, settings.language, settings.water_unit) == ("system", "", "ml")
    assert (settings.hold_seconds, settings.stretch_seconds) == (60, 30)
