"""Plays a guided session's cues: a short sound from resources/sounds and, with the
voice on, the cue's words.

Qt Multimedia and Qt Text to Speech are imported only when the first cue plays (or on
prepare()), never at start-up: on Linux, importing Qt Multimedia fails when the
PulseAudio client library is missing (Qt Text to Speech needs it too), and the speech
engine starts a speech-dispatcher process. Nothing here raises because a machine cannot
make a sound; the player goes quiet and sound_status() / voice_status() say why, in a
sentence for the Settings page (in the user's language; the log keeps English).

The words spoken are the cues' own, translated in core. The voice is switched to the
language of the installed translation (VOICE_LANGUAGE), when the engine has a voice for it.

Neither side starts without an audio output device. Sound effects would only fail to
load, each with a Qt warning; and speech-dispatcher, given words it cannot play, gets
stuck: the app then hangs when it quits, and every later start hangs on its first
spoken cue. For a speech-dispatcher left stuck by something else, the player first
checks that it answers at all.
"""

from __future__ import annotations

import ctypes
import logging
import os
import socket
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject, QUrl

from core.cues import Cue, CueKind
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.resources import resource

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect
    from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger("unknot.cues")

# Qt's test engine: it reports speaking and says nothing.
MOCK_ENGINE = "mock"
SPEECHD_ENGINE = "speechd"
# What Qt's speechd plug-in is linked against: without it the plug-in fails to load
# with a critical Qt message and leaves an engine that never speaks.
SPEECHD_LIBRARY = "libspeechd.so.2"
SPEECHD_TIMEOUT_S = 1.0

NO_ENGINE = QT_TRANSLATE_NOOP(
    "cues",
    "no speech engine is installed (on Debian and Ubuntu: speech-dispatcher and espeak-ng).",
)
NO_SPEECHD = QT_TRANSLATE_NOOP(
    "cues",
    "speech-dispatcher is not installed ({library} is missing; on Debian and Ubuntu:"
    " speech-dispatcher and espeak-ng).",
)
NO_OUTPUT = QT_TRANSLATE_NOOP("cues", "no audio output device was found.")
SPEECHD_STUCK = QT_TRANSLATE_NOOP(
    "cues",
    "speech-dispatcher is not answering (it is stuck; ending its process, or logging out "
    "and in again, brings it back).",
)
# The language code (BCP 47) of the translation in use: a translation gives its own
# ("de"), so the voice speaks the language the cues' words are in.
VOICE_LANGUAGE = QT_TRANSLATE_NOOP("cues", "en")


@dataclass(frozen=True)
class Problem:
    """Why cues cannot sound or speak: the end of a sentence, as an English text marked
    for translation and the values of its fields. str() is English, for the log."""

    text: str
    fields: tuple[tuple[str, str], ...] = ()

    def __str__(self) -> str:
        return self.text.format(**dict(self.fields))

    def shown(self) -> str:
        """In the user's language."""
        return translate("cues", self.text).format(**dict(self.fields))


def choose_engine(engines: list[str]) -> str | None:
    """The first real speech engine Qt offers, or None when there is only the mock one."""
    for name in engines:
        if name and name != MOCK_ENGINE:
            return name
    return None


def voice_locale(available: list[QLocale], current: QLocale, wanted: QLocale) -> QLocale | None:
    """The voice locale that speaks `wanted`'s language, preferring its country; None
    when `current` speaks it already or no voice does."""
    if current.language() == wanted.language():
        return None
    same = [each for each in available if each.language() == wanted.language()]
    exact = [each for each in same if each.territory() == wanted.territory()]
    return next(iter(exact + same), None)


def app_language() -> QLocale:
    """The language the cues' words are in: the translation's (English without one), in
    the system's country when the system speaks that language."""
    spoken = QLocale(translate("cues", VOICE_LANGUAGE))
    system = QLocale()
    return system if system.language() == spoken.language() else spoken


def sound_files() -> list[str]:
    """Every sound file a cue can play, once each."""
    return sorted({kind.sound for kind in CueKind})


def speechd_socket(env: dict[str, str] | None = None) -> Path | None:
    """Where libspeechd will look for a running speech-dispatcher (None: not a local socket).

    SPEECHD_ADDRESS if it names a socket, else the user's runtime folder, which GLib
    takes from XDG_RUNTIME_DIR or, without it, the cache folder."""
    env = dict(os.environ) if env is None else env
    address = env.get("SPEECHD_ADDRESS", "")
    if address:
        method, _, rest = address.partition(":")
        return Path(rest) if method == "unix_socket" and rest else None
    runtime = env.get("XDG_RUNTIME_DIR") or env.get("XDG_CACHE_HOME")
    folder = Path(runtime) if runtime else Path.home() / ".cache"
    return folder / "speech-dispatcher" / "speechd.sock"


def library_loads(name: str) -> bool:
    """True when the shared library `name` can be loaded into this process."""
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def speechd_answers(path: Path | None, timeout: float = SPEECHD_TIMEOUT_S) -> bool:
    """False only when a speech-dispatcher is listening on path but does not answer.

    No socket, or nobody behind it, is fine: libspeechd starts a new speech-dispatcher.
    A stuck one would block the first QTextToSpeech call forever."""
    if path is None or not path.exists():
        return True
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        probe.settimeout(timeout)
        try:
            probe.connect(str(path))
        except OSError:
            return True  # a socket left behind; nothing is listening
        try:
            probe.sendall(b"QUIT\r\n")
            return probe.recv(64).startswith(b"231")  # "231 HAPPY HACKING"
        except OSError:  # socket.timeout is an OSError
            return False


def _load_multimedia() -> ModuleType:
    """Qt Multimedia; raises ImportError when its system libraries are missing."""
    import PySide6.QtMultimedia

    return PySide6.QtMultimedia


def _load_text_to_speech() -> ModuleType:
    """Qt Text to Speech; raises ImportError when it cannot load."""
    import PySide6.QtTextToSpeech

    return PySide6.QtTextToSpeech


def _first_line(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return lines[0].removesuffix(": No such file or directory") if lines else type(error).__name__


def _clamp(volume: int) -> int:
    return max(0, min(100, int(volume)))


class CuePlayer(QObject):
    """Plays Cue values as sound and speech; silent, never failing, where neither works.

    Each side loads at most once, on the first cue that needs it or on prepare(): one
    QSoundEffect per sound file (so a cue plays without a load delay) and one
    QTextToSpeech on the first real engine, at the system's speaking rate. A side that
    is off in Settings is not loaded. prepare() looks again for an output device that
    was missing.
    """

    def __init__(
        self, parent: QObject, sound_on: bool = True, voice_on: bool = True, volume: int = 80
    ) -> None:
        super().__init__(parent)
        self._sound_on = sound_on
        self._voice_on = voice_on
        self._volume = _clamp(volume)
        self._multimedia: Any = None  # the Qt Multimedia module, once loaded
        self._sound_tried = False
        self._sound_problem: Problem | None = None  # why there is no sound
        self._effects: dict[str, QSoundEffect] = {}
        self._broken: set[str] = set()  # sound files whose effect reported an error
        self._tts: Any = None  # the Qt Text to Speech module, once loaded
        self._voice_tried = False
        self._voice_problem: Problem | None = None
        self._speech: QTextToSpeech | None = None
        self._engine: str | None = None
        self._logged: set[str] = set()

    # Settings

    def configure(self, sound_on: bool, voice_on: bool, volume: int) -> None:
        """Apply the Settings page; a side switched on loads with the next cue."""
        if not sound_on:
            self._stop_sound()
        if not voice_on:
            self._stop_voice()
        self._sound_on = sound_on
        self._voice_on = voice_on
        self._volume = _clamp(volume)
        for effect in self._effects.values():
            effect.setVolume(self._volume / 100)
        if self._speech is not None:
            self._speech.setVolume(self._volume / 100)

    def prepare(self) -> None:
        """Load what is switched on now rather than on the first cue."""
        if self._sound_on and (not self._sound_tried or self._sound_problem == Problem(NO_OUTPUT)):
            self._load_sound()
        if self._voice_on and (not self._voice_tried or self._voice_problem == Problem(NO_OUTPUT)):
            self._load_voice()

    # Playing

    def play(self, cue: Cue) -> None:
        """Play the cue's sound and speak its words; new words cut off any still spoken."""
        if self._sound_on:
            if not self._sound_tried:
                self._load_sound()
            effect = self._effects.get(cue.sound)
            if effect is not None and cue.sound not in self._broken:
                effect.play()
        if self._voice_on and cue.words:
            if not self._voice_tried:
                self._load_voice()
            if self._speech is not None and self._voice_problem is None:
                speech_class = self._tts.QTextToSpeech
                if self._speech.state() != speech_class.State.Ready:
                    # Qt's say() stops earlier words too; this makes sure on every engine.
                    self._speech.stop(speech_class.BoundaryHint.Immediate)
                self._speech.say(cue.words)

    def stop(self) -> None:
        """Silence sound and voice at once."""
        self._stop_sound()
        self._stop_voice()

    # What works

    def sound_available(self) -> bool:
        """Whether cues make a sound (False until loaded, and when off in Settings)."""
        return (
            self._sound_on
            and self._sound_problem is None
            and any(name not in self._broken for name in self._effects)
        )

    def voice_available(self) -> bool:
        """Whether cues are spoken (False until loaded, and when off in Settings)."""
        return self._voice_on and self._speech is not None and self._voice_problem is None

    def sound_status(self) -> str:
        """One sentence on the sound, for the Settings page."""
        if not self._sound_on:
            return translate("cues", "Sound is turned off in Settings.")
        if not self._sound_tried:
            return translate("cues", "Sound has not been tried yet; it starts with the first cue.")
        if self._sound_problem is not None:
            return translate("cues", "Sound is off: {problem}").format(
                problem=self._sound_problem.shown()
            )
        failed = sorted(self._broken | (set(sound_files()) - set(self._effects)))
        if not failed:
            return translate("cues", "Sound works.")
        if len(failed) == len(sound_files()):
            return translate(
                "cues", "Sound is off: the cue sounds could not be loaded ({files})."
            ).format(files=", ".join(failed))
        return translate(
            "cues", "Sound works, but some cue sounds could not be loaded: {files}."
        ).format(files=", ".join(failed))

    def voice_status(self) -> str:
        """One sentence on the voice, for the Settings page."""
        if not self._voice_on:
            return translate("cues", "Voice is turned off in Settings.")
        if not self._voice_tried:
            return translate(
                "cues", "Voice has not been tried yet; it starts with the first spoken cue."
            )
        if self._voice_problem is not None:
            return translate("cues", "Voice is off: {problem}").format(
                problem=self._voice_problem.shown()
            )
        return translate("cues", "Voice works (speech engine: {engine}).").format(
            engine=self._engine
        )

    # Loading

    def _audio_problem(self) -> Problem | None:
        """Why nothing can be heard here, or None when Qt sees an audio output."""
        try:
            self._multimedia = _load_multimedia()
        except (ImportError, OSError) as error:
            reason = _first_line(error)
            if "libpulse" in reason or "pipewire" in reason:
                return Problem(
                    QT_TRANSLATE_NOOP(
                        "cues",
                        "Qt Multimedia could not load ({reason}). Install your system's"
                        " PulseAudio or PipeWire client library.",
                    ),
                    (("reason", reason),),
                )
            return Problem(
                QT_TRANSLATE_NOOP("cues", "Qt Multimedia could not load ({reason})."),
                (("reason", reason),),
            )
        devices = self._multimedia.QMediaDevices
        if not devices.audioOutputs() or devices.defaultAudioOutput().isNull():
            return Problem(NO_OUTPUT)
        return None

    def _load_sound(self) -> None:
        self._sound_tried = True
        self._sound_problem = self._audio_problem()
        if self._sound_problem is not None:
            self._log_once(f"no cue sounds: {self._sound_problem}")
            return
        if self._effects:
            return  # an output device has turned up again; the effects are loaded
        for name in sound_files():
            path = resource("sounds", name)
            if not path.is_file():
                self._log_once(f"cue sound {name} is missing ({path})")
                continue
            effect = self._multimedia.QSoundEffect(self)
            effect.statusChanged.connect(lambda name=name: self._effect_status(name))
            effect.setVolume(self._volume / 100)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            self._effects[name] = effect

    def _effect_status(self, name: str) -> None:
        effect = self._effects.get(name)
        if effect is not None and effect.status() == self._multimedia.QSoundEffect.Status.Error:
            self._broken.add(name)
            self._log_once(f"cue sound {name} could not be loaded")

    def _load_voice(self) -> None:
        self._voice_tried = True
        self._voice_problem = self._audio_problem() or self._start_speech()
        if self._voice_problem is not None:
            self._log_once(f"no spoken cues: {self._voice_problem}")

    def _start_speech(self) -> Problem | None:
        """Make the QTextToSpeech; why there is none, or None when there is."""
        if self._speech is not None:
            return None  # an output device has turned up again
        try:
            self._tts = _load_text_to_speech()
        except (ImportError, OSError) as error:
            return Problem(
                QT_TRANSLATE_NOOP("cues", "Qt Text to Speech could not load ({reason})."),
                (("reason", _first_line(error)),),
            )
        speech_class = self._tts.QTextToSpeech
        engine = choose_engine(list(speech_class.availableEngines()))
        if engine is None:
            return Problem(NO_ENGINE)
        if engine == SPEECHD_ENGINE and not library_loads(SPEECHD_LIBRARY):
            return Problem(NO_SPEECHD, (("library", SPEECHD_LIBRARY),))
        if engine == SPEECHD_ENGINE and not speechd_answers(speechd_socket(), SPEECHD_TIMEOUT_S):
            return Problem(SPEECHD_STUCK)
        speech = speech_class(engine, self)
        if speech.state() == speech_class.State.Error:
            reason = speech.errorString()
            speech.deleteLater()
            return _engine_problem(
                QT_TRANSLATE_NOOP("cues", "the speech engine {engine} did not start ({reason})."),
                QT_TRANSLATE_NOOP(
                    "cues", "the speech engine {engine} did not start (no reason given)."
                ),
                engine,
                reason,
            )
        self._speak_app_language(speech)
        speech.setVolume(self._volume / 100)
        speech.stateChanged.connect(self._speech_state)
        self._speech = speech
        self._engine = engine
        return None

    def _speak_app_language(self, speech: QTextToSpeech) -> None:
        """Switch to a voice for the app's language when the engine's default speaks
        another one (a German app on an English system, and the other way round)."""
        wanted = app_language()
        chosen = voice_locale(list(speech.availableLocales()), speech.locale(), wanted)
        if chosen is not None:
            speech.setLocale(chosen)
        elif speech.locale().language() != wanted.language():
            self._log_once(f"no {wanted.name()} voice: the cues are spoken in another voice")

    def _speech_state(self, state: object) -> None:
        if self._speech is not None and state == self._tts.QTextToSpeech.State.Error:
            self._voice_problem = _engine_problem(
                QT_TRANSLATE_NOOP("cues", "the speech engine {engine} failed ({reason})."),
                QT_TRANSLATE_NOOP("cues", "the speech engine {engine} failed (no reason given)."),
                self._engine or "",
                self._speech.errorString(),
            )
            self._log_once(f"no spoken cues: {self._voice_problem}")

    def _stop_sound(self) -> None:
        for effect in self._effects.values():
            effect.stop()

    def _stop_voice(self) -> None:
        if self._speech is not None and self._voice_problem is None:
            self._speech.stop(self._tts.QTextToSpeech.BoundaryHint.Immediate)

    def _log_once(self, message: str) -> None:
        if message not in self._logged:
            self._logged.add(message)
            log.warning("%s", message)


def _engine_problem(text: str, no_reason: str, engine: str, reason: str) -> Problem:
    """The speech engine's problem, with its reason when it gave one."""
    if reason:
        return Problem(text, (("engine", engine), ("reason", reason)))
    return Problem(no_reason, (("engine", engine),))
