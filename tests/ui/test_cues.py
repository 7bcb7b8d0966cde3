"""Cue sounds and the CuePlayer: the bundled WAVs are well formed, and the player never
raises or hangs, whatever the machine has (a sound server or none, Qt Multimedia or not,
a speech engine or only Qt's mock one).

Tests that use the real Qt backends accept either outcome and check the status sentence;
the bookkeeping (one preloaded effect per file, volume, countdown words cutting each other
off, engine errors) is checked against small stand-ins for the two Qt modules.
"""

from __future__ import annotations

import builtins
import enum
import logging
import math
import os
import socket
import struct
import subprocess
import sys
import threading
import wave
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any, ClassVar

import pytest
from PySide6.QtCore import QLocale, QObject, Signal

import core.i18n
import ui.cues
from core.cues import Cue, CueKind
from core.resources import resource
from ui.cues import (
    NO_ENGINE,
    NO_OUTPUT,
    CuePlayer,
    choose_engine,
    library_loads,
    sound_files,
    speechd_answers,
    speechd_socket,
    voice_locale,
)

ROOT = Path(__file__).resolve().parents[2]

# On a machine without a sound server Qt Multimedia says so, once per process, whatever
# the app does: it looks for PipeWire, then for PulseAudio. Any other warning still fails.
pytestmark = pytest.mark.qt_log_ignore(r"(?i)pipewire", r"^PulseAudioService: ")


# The bundled sounds


@pytest.mark.parametrize("kind", list(CueKind))
def test_every_kind_has_a_short_soft_mono_wav(kind: CueKind) -> None:
    path = resource("sounds", kind.sound)
    assert path.is_file()
    assert path.stat().st_size < 60 * 1024
    with wave.open(str(path), "rb") as wav:
        assert wav.getnchannels() == 1
        assert wav.getsampwidth() == 2
        assert wav.getframerate() == 44_100
        assert wav.getcomptype() == "NONE"
    samples = _samples(path)
    assert 0.08 <= len(samples) / 44_100 <= 0.6
    peak_db = 20 * math.log10(max(abs(s) for s in samples) / 32767)
    assert -13.0 <= peak_db <= -5.5
    # Silent at both ends, so starting and stopping does not click.
    assert abs(samples[0]) < 50
    assert abs(samples[-1]) < 50


def test_the_sounds_are_what_make_sounds_makes(tmp_path: Path) -> None:
    script = resource("sounds", "make_sounds.py")
    subprocess.run([sys.executable, str(script), str(tmp_path)], check=True, capture_output=True)
    made = sorted(path.name for path in tmp_path.glob("*.wav"))
    assert made == sound_files()
    for name in made:
        # Equal to the last bit on one machine; another libm may round a sample otherwise.
        fresh, bundled = _samples(tmp_path / name), _samples(resource("sounds", name))
        assert len(fresh) == len(bundled), name
        assert max(abs(a - b) for a, b in zip(fresh, bundled, strict=True)) <= 1, name


def _samples(path: Path) -> tuple[int, ...]:
    with wave.open(str(path), "rb") as wav:
        count = wav.getnframes()
        return struct.unpack(f"<{count}h", wav.readframes(count))


# Choosing a speech engine


@pytest.mark.parametrize(
    ("engines", "chosen"),
    [
        ([], None),
        (["mock"], None),
        (["mock", "speechd"], "speechd"),
        (["speechd", "mock"], "speechd"),
        (["flite", "speechd"], "flite"),
        (["", "mock"], None),
    ],
)
def test_the_mock_engine_is_never_chosen(engines: list[str], chosen: str | None) -> None:
    assert choose_engine(engines) == chosen


# Start-up does not load the audio modules


def test_importing_ui_cues_loads_no_audio_module() -> None:
    code = (
        "import sys, ui.cues; "
        "print(sorted(m for m in sys.modules if 'QtMultimedia' in m or 'QtTextToSpeech' in m))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True, text=True
    )
    assert done.stdout.strip() == "[]"


def test_nothing_loads_before_the_first_cue(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ui.cues, "_load_multimedia", _must_not_load)
    monkeypatch.setattr(ui.cues, "_load_text_to_speech", _must_not_load)
    player = CuePlayer(qapp)
    assert player.sound_status() == "Sound has not been tried yet; it starts with the first cue."
    assert player.voice_status().startswith("Voice has not been tried yet")
    assert not player.sound_available()
    assert not player.voice_available()
    player.deleteLater()


# The real Qt backends, whatever this machine has


def test_play_every_kind_with_the_real_backends(qapp: Any, qtbot: Any) -> None:
    parent = QObject()
    player = CuePlayer(parent, volume=0)  # quiet on a developer's speakers
    player.prepare()
    for kind in CueKind:
        words = "3" if kind is CueKind.COUNT else ""
        player.play(Cue(kind, words, 0.0))
    player.play(Cue(CueKind.COUNT, "2", 0.0))
    qtbot.wait(300)  # effects finish loading and report any error
    player.stop()
    sound, voice = player.sound_status(), player.voice_status()
    print(f"\n{sound}\n{voice}")
    if os.environ.get("UNKNOT_EXPECT_SOUND") == "1":  # .ci/run started a sound server
        assert player.sound_available(), sound
    if os.environ.get("UNKNOT_EXPECT_VOICE") == "1":  # .ci/run installed speech-dispatcher
        assert player.voice_available(), voice
    if player.sound_available():
        assert sound.startswith("Sound works")
    else:
        assert sound.startswith("Sound is off: ")
    if player.voice_available():
        assert voice.startswith("Voice works (speech engine: ")
    else:
        assert voice.startswith("Voice is off: ")
    assert "mock" not in voice


def test_without_qt_multimedia_cues_are_silent(
    qapp: Any, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    real_import = builtins.__import__

    def no_libpulse(name: str, *args: Any, **kwargs: Any) -> ModuleType:
        fromlist = args[2] if len(args) > 2 else kwargs.get("fromlist") or ()
        if name.startswith(("PySide6.QtMultimedia", "PySide6.QtTextToSpeech")) or (
            name == "PySide6" and {"QtMultimedia", "QtTextToSpeech"} & set(fromlist)
        ):
            raise ImportError("libpulse.so.0: cannot open shared object file: No such file")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_libpulse)
    player = CuePlayer(qapp)
    with caplog.at_level(logging.WARNING, logger="unknot.cues"):
        for kind in CueKind:
            player.play(Cue(kind, "words", 0.0))
        player.prepare()
        player.stop()
    assert player.sound_status() == (
        "Sound is off: Qt Multimedia could not load (libpulse.so.0: cannot open shared "
        "object file: No such file). Install your system's PulseAudio or PipeWire client "
        "library."
    )
    assert player.voice_status().startswith("Voice is off: Qt Multimedia could not load")
    assert not player.sound_available()
    assert not player.voice_available()
    # Said once in the log, not once per cue.
    assert len([r for r in caplog.records if "no cue sounds" in r.getMessage()]) == 1
    assert len([r for r in caplog.records if "no spoken cues" in r.getMessage()]) == 1
    player.deleteLater()


def test_settings_turn_either_side_off(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    fakes = Fakes(monkeypatch)
    player = CuePlayer(qapp)
    player.configure(sound_on=False, voice_on=True, volume=50)
    assert player.sound_status() == "Sound is turned off in Settings."
    player.configure(sound_on=True, voice_on=False, volume=50)
    assert player.voice_status() == "Voice is turned off in Settings."
    player.configure(sound_on=False, voice_on=False, volume=50)
    player.play(Cue(CueKind.START, "Upper trapezius, left side", 0.0))
    player.prepare()
    assert fakes.loaded == []  # neither module was even imported
    assert not player.sound_available()
    assert not player.voice_available()
    player.deleteLater()


def test_turning_sound_off_after_it_played(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    Fakes(monkeypatch)
    player = CuePlayer(qapp)
    player.play(Cue(CueKind.START, "", 0.0))
    assert player.sound_status() == "Sound works."
    effect = effects(player)["start.wav"]
    player.configure(sound_on=False, voice_on=True, volume=80)
    assert effect.calls[-1] == "stop"
    assert player.sound_status() == "Sound is turned off in Settings."
    player.play(Cue(CueKind.START, "", 0.0))
    assert effect.calls.count("play") == 1
    player.deleteLater()


# Sound, against a stand-in for Qt Multimedia


def test_no_output_device_means_no_sound_effects(
    qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    fakes = Fakes(monkeypatch, outputs=0)
    player = CuePlayer(qapp)
    player.play(Cue(CueKind.COUNT, "3", 0.0))
    assert player.sound_status() == f"Sound is off: {NO_OUTPUT}"
    assert player.voice_status() == f"Voice is off: {NO_OUTPUT}"
    assert FakeEffect.made == 0
    assert fakes.speeches == []  # speech-dispatcher would get stuck with nowhere to play
    # A device that turns up later is found by the next prepare().
    fakes.outputs = 1
    player.prepare()
    assert player.sound_status() == "Sound works."
    assert player.voice_available()
    player.deleteLater()


def test_one_preloaded_effect_per_sound_file(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    Fakes(monkeypatch)
    player = CuePlayer(qapp, volume=80)
    player.prepare()
    loaded = effects(player)
    assert sorted(loaded) == sound_files()
    for name, effect in loaded.items():
        assert effect.source == str(resource("sounds", name))
        assert effect.volume == pytest.approx(0.8)
        assert effect.parent() is player
    for kind in CueKind:
        player.play(Cue(kind, "", 0.0))
    assert FakeEffect.made == len(sound_files())  # nothing loaded on play
    assert loaded["tick.wav"].calls.count("play") == 1
    assert loaded["end.wav"].calls.count("play") == 2  # END and RELEASE share it
    player.configure(sound_on=True, voice_on=True, volume=30)
    assert all(effect.volume == pytest.approx(0.3) for effect in loaded.values())
    player.configure(sound_on=True, voice_on=True, volume=250)
    assert all(effect.volume == pytest.approx(1.0) for effect in loaded.values())
    player.deleteLater()


def test_a_sound_that_fails_to_load_is_named(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    Fakes(monkeypatch)
    player = CuePlayer(qapp)
    player.prepare()
    loaded = effects(player)
    loaded["tick.wav"].fail()
    assert player.sound_status() == (
        "Sound works, but some cue sounds could not be loaded: tick.wav."
    )
    player.play(Cue(CueKind.COUNT, "", 0.0))
    assert "play" not in loaded["tick.wav"].calls
    assert player.sound_available()
    for effect in loaded.values():
        effect.fail()
    assert player.sound_status().startswith("Sound is off: the cue sounds could not be loaded")
    assert not player.sound_available()
    player.deleteLater()


# Voice, against a stand-in for Qt Text to Speech


def test_countdown_words_cut_each_other_off(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    fakes = Fakes(monkeypatch)
    player = CuePlayer(qapp, volume=60)
    for count in ("3", "2", "1"):
        player.play(Cue(CueKind.COUNT, count, 0.0))
    player.play(Cue(CueKind.PACE, "", 0.0))  # a sound only: nothing said, nothing cut
    [speech] = fakes.speeches
    assert speech.engine == "testengine"
    assert speech.parent() is player
    assert speech.volume == pytest.approx(0.6)
    assert speech.rate_set is False  # the system's own speaking rate
    assert speech.calls == ["say 3", "stop Immediate", "say 2", "stop Immediate", "say 1"]
    player.stop()
    assert speech.calls[-1] == "stop Immediate"
    assert player.voice_status() == "Voice works (speech engine: testengine)."
    player.configure(sound_on=True, voice_on=True, volume=10)
    assert speech.volume == pytest.approx(0.1)
    player.deleteLater()


def test_only_the_mock_engine_means_no_voice(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    fakes = Fakes(monkeypatch, engines=["mock"])
    player = CuePlayer(qapp)
    player.play(Cue(CueKind.START, "Upper trapezius", 0.0))
    assert fakes.speeches == []
    assert player.voice_status() == f"Voice is off: {NO_ENGINE}"
    assert "speech-dispatcher and espeak-ng" in player.voice_status()
    assert player.sound_status() == "Sound works."
    player.deleteLater()


def test_an_engine_that_cannot_start(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    fakes = Fakes(monkeypatch, engine_error="Connection to speech-dispatcher failed")
    player = CuePlayer(qapp)
    player.play(Cue(CueKind.START, "Upper trapezius", 0.0))
    assert player.voice_status() == (
        "Voice is off: the speech engine testengine did not start "
        "(Connection to speech-dispatcher failed)."
    )
    assert fakes.speeches[0].calls == []
    assert not player.voice_available()
    player.deleteLater()


def test_an_engine_that_fails_later(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    fakes = Fakes(monkeypatch)
    player = CuePlayer(qapp)
    player.play(Cue(CueKind.START, "Upper trapezius", 0.0))
    [speech] = fakes.speeches
    speech.fail("audio output failed")
    assert player.voice_status() == (
        "Voice is off: the speech engine testengine failed (audio output failed)."
    )
    player.play(Cue(CueKind.END, "Release", 0.0))
    player.stop()
    assert speech.calls == ["say Upper trapezius"]
    player.deleteLater()


def test_a_stuck_speech_dispatcher_is_not_waited_for(
    qapp: Any, monkeypatch: pytest.MonkeyPatch, stuck_speechd: Path
) -> None:
    fakes = Fakes(monkeypatch, engines=["mock", "speechd"])
    monkeypatch.setattr(ui.cues, "library_loads", lambda name: True)
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{stuck_speechd}")
    monkeypatch.setattr(ui.cues, "SPEECHD_TIMEOUT_S", 0.2)
    player = CuePlayer(qapp)
    player.play(Cue(CueKind.START, "Upper trapezius", 0.0))
    assert fakes.speeches == []
    assert player.voice_status().startswith("Voice is off: speech-dispatcher is not answering")
    player.deleteLater()


# The voice speaks the app's language


def test_voice_locale_picks_the_wanted_language() -> None:
    english, austrian, german = QLocale("en_US"), QLocale("de_AT"), QLocale("de_DE")
    assert voice_locale([english, austrian, german], english, german) == german
    assert voice_locale([english, austrian], english, german) == austrian
    assert voice_locale([english], english, german) is None  # no German voice: keep it
    assert voice_locale([english, german], QLocale("de_CH"), german) is None  # speaks it


def test_a_german_translation_makes_the_voice_german(
    qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    fakes = Fakes(monkeypatch)
    german = {("cues", "en"): "de"}
    monkeypatch.setattr(core.i18n, "_translator", lambda c, t: german.get((c, t), t))
    player = CuePlayer(qapp)
    player.play(Cue(CueKind.START, "Oberer Trapezius", 0.0))
    [speech] = fakes.speeches
    assert speech.locale().language() == QLocale.Language.German
    assert speech.calls == ["say Oberer Trapezius"]
    player.deleteLater()


# Without speech-dispatcher


def test_without_libspeechd_the_voice_is_off_and_says_why(
    qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    fakes = Fakes(monkeypatch, engines=["mock", "speechd"])
    asked: list[str] = []
    monkeypatch.setattr(ui.cues, "library_loads", lambda name: asked.append(name) or False)
    player = CuePlayer(qapp)
    player.play(Cue(CueKind.START, "Upper trapezius", 0.0))
    assert asked == ["libspeechd.so.2"]
    assert fakes.speeches == []  # Qt's speechd plug-in is never asked to load
    assert player.voice_status() == (
        "Voice is off: speech-dispatcher is not installed (libspeechd.so.2 is missing;"
        " on Debian and Ubuntu: speech-dispatcher and espeak-ng)."
    )
    assert not player.voice_available()
    player.deleteLater()


def test_library_loads_only_what_is_there() -> None:
    assert library_loads("libc.so.6")
    assert not library_loads("libunknot-no-such-library.so.1")


# Finding a stuck speech-dispatcher


def test_speechd_socket_follows_libspeechd() -> None:
    home = Path.home()
    assert speechd_socket({}) == home / ".cache/speech-dispatcher/speechd.sock"
    assert speechd_socket({"XDG_RUNTIME_DIR": "/run/user/1000"}) == Path(
        "/run/user/1000/speech-dispatcher/speechd.sock"
    )
    assert speechd_socket({"SPEECHD_ADDRESS": "unix_socket:/tmp/s.sock"}) == Path("/tmp/s.sock")
    assert speechd_socket({"SPEECHD_ADDRESS": "inet_socket:localhost:6560"}) is None


def test_speechd_answers(tmp_path: Path, stuck_speechd: Path) -> None:
    assert speechd_answers(None)
    assert speechd_answers(tmp_path / "none.sock")  # libspeechd will start one
    assert not speechd_answers(stuck_speechd, timeout=0.2)
    left_behind = tmp_path / "old.sock"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(left_behind))
    assert speechd_answers(left_behind)  # a file, nobody listening
    with AnsweringSpeechd(tmp_path / "ok.sock") as path:
        assert speechd_answers(path, timeout=2.0)


# Stand-ins


def _must_not_load() -> ModuleType:
    raise AssertionError("loaded an audio module before it was needed")


class FakeEffect(QObject):
    """QSoundEffect: records what it is asked to do."""

    statusChanged = Signal()
    made = 0

    class Status(enum.Enum):
        Null = 0
        Loading = 1
        Ready = 2
        Error = 3

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        FakeEffect.made += 1
        self.source = ""
        self.volume = 1.0
        self.calls: list[str] = []
        self._status = self.Status.Null

    def setSource(self, url: Any) -> None:
        self.source = url.toLocalFile()
        self._status = self.Status.Ready
        self.statusChanged.emit()

    def setVolume(self, volume: float) -> None:
        self.volume = volume

    def status(self) -> Status:
        return self._status

    def play(self) -> None:
        self.calls.append("play")

    def stop(self) -> None:
        self.calls.append("stop")

    def fail(self) -> None:
        self._status = self.Status.Error
        self.statusChanged.emit()


class FakeSpeech(QObject):
    """QTextToSpeech: speaks until stopped, records what it is asked to do."""

    stateChanged = Signal(object)
    engines: ClassVar[list[str]] = []
    start_error = ""
    made: ClassVar[list[FakeSpeech]] = []

    class State(enum.Enum):
        Ready = 0
        Speaking = 1
        Paused = 2
        Error = 3
        Synthesizing = 4

    class BoundaryHint(enum.Enum):
        Default = 0
        Immediate = 1

    @staticmethod
    def availableEngines() -> list[str]:
        return list(FakeSpeech.engines)

    def __init__(self, engine: str, parent: QObject) -> None:
        super().__init__(parent)
        FakeSpeech.made.append(self)
        self.engine = engine
        self.calls: list[str] = []
        self.volume = 1.0
        self.rate_set = False
        self._locale = QLocale("en_US")
        self.error = FakeSpeech.start_error
        self._state = self.State.Error if self.error else self.State.Ready

    def state(self) -> State:
        return self._state

    def errorString(self) -> str:
        return self.error

    def setVolume(self, volume: float) -> None:
        self.volume = volume

    def setRate(self, rate: float) -> None:
        self.rate_set = True

    def availableLocales(self) -> list[QLocale]:
        return [QLocale("en_US"), QLocale("de_DE")]

    def locale(self) -> QLocale:
        return self._locale

    def setLocale(self, locale: QLocale) -> None:
        self._locale = locale

    def say(self, text: str) -> None:
        self.calls.append(f"say {text}")
        self._state = self.State.Speaking

    def stop(self, hint: BoundaryHint) -> None:
        self.calls.append(f"stop {hint.name}")
        self._state = self.State.Ready

    def fail(self, error: str) -> None:
        self.error = error
        self._state = self.State.Error
        self.stateChanged.emit(self._state)


class FakeDevice:
    def isNull(self) -> bool:
        return False


class Fakes:
    """Puts the stand-ins where ui.cues loads Qt Multimedia and Qt Text to Speech."""

    def __init__(
        self,
        monkeypatch: pytest.MonkeyPatch,
        outputs: int = 1,
        engines: list[str] | None = None,
        engine_error: str = "",
    ) -> None:
        self.outputs = outputs
        self.loaded: list[str] = []
        FakeEffect.made = 0
        monkeypatch.setattr(FakeSpeech, "engines", engines or ["mock", "testengine"])
        monkeypatch.setattr(FakeSpeech, "start_error", engine_error)
        monkeypatch.setattr(FakeSpeech, "made", [])
        devices = SimpleNamespace(
            audioOutputs=lambda: [FakeDevice()] * self.outputs,
            defaultAudioOutput=FakeDevice,
        )
        multimedia = SimpleNamespace(QMediaDevices=devices, QSoundEffect=FakeEffect)
        speech = SimpleNamespace(QTextToSpeech=FakeSpeech)
        monkeypatch.setattr(ui.cues, "_load_multimedia", lambda: self._load("mm", multimedia))
        monkeypatch.setattr(ui.cues, "_load_text_to_speech", lambda: self._load("tts", speech))

    def _load(self, name: str, module: object) -> Any:
        self.loaded.append(name)
        return module

    @property
    def speeches(self) -> list[FakeSpeech]:
        return FakeSpeech.made


def effects(player: CuePlayer) -> dict[str, FakeEffect]:
    """The player's preloaded effects, which here are FakeEffects."""
    found = {effect.source: effect for effect in player.findChildren(FakeEffect)}
    return {Path(source).name: effect for source, effect in found.items()}


@pytest.fixture
def stuck_speechd(tmp_path: Path) -> Iterator[Path]:
    """A socket that accepts connections and never answers, as a stuck speechd does."""
    path = tmp_path / "stuck.sock"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        server.listen(4)
        yield path


class AnsweringSpeechd:
    """A socket that answers QUIT the way speech-dispatcher does."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.server = socket.socket(socket.AF_UNIX)
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def __enter__(self) -> Path:
        self.server.bind(str(self.path))
        self.server.listen(1)
        self.thread.start()
        return self.path

    def __exit__(self, *exc: object) -> None:
        self.thread.join(timeout=5)
        self.server.close()

    def _serve(self) -> None:
        connection, _ = self.server.accept()
        with connection:
            if connection.recv(64).startswith(b"QUIT"):
                connection.sendall(b"231 HAPPY HACKING\r\n")
