"""Settings → Sound and voice: the session cues on or off, their volume, and why a cue
cannot play on this machine when it cannot."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QWidget,
)

from core.cues import Cue, CueKind
from core.errors import UnknotError
from core.i18n import translate
from core.settings import SettingsStore
from ui.cues import CuePlayer


class CueSettingsBox(QGroupBox):
    """Sound, voice and volume, saved at once; `changed` tells the session page."""

    changed = Signal()

    def __init__(self, store: SettingsStore, parent: QWidget | None = None) -> None:
        super().__init__(translate("cue_settings", "Sound and voice during sessions"), parent)
        self._store = store
        self._player: CuePlayer | None = None
        values = store.settings
        self.sound = QCheckBox(
            translate("cue_settings", "Play short sounds (start, halfway, 3-2-1, end)")
        )
        self.sound.setChecked(values.sound)
        self.voice = QCheckBox(translate("cue_settings", "Speak the step, the side and the count"))
        self.voice.setChecked(values.voice)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setPageStep(10)
        self.volume.setValue(values.volume)
        self.volume.setAccessibleName(translate("cue_settings", "Volume"))
        self.volume_value = QLabel(f"{values.volume} %")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("cue-status")
        self.test_button = QPushButton(translate("cue_settings", "Try sound and voice"))
        self.test_button.clicked.connect(self.try_cues)
        volume_row = QHBoxLayout()
        volume_row.addWidget(self.volume, 1)
        volume_row.addWidget(self.volume_value)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.test_button)
        form = QFormLayout(self)
        form.addRow(self.sound)
        form.addRow(self.voice)
        form.addRow(translate("cue_settings", "Volume:"), volume_row)
        form.addRow(status_row)
        self.sound.toggled.connect(self._save)
        self.voice.toggled.connect(self._save)
        self.volume.valueChanged.connect(self._save)

    def show_player(self, player: CuePlayer) -> None:
        """Say what works with this player."""
        self._player = player
        self.refresh()

    def refresh(self) -> None:
        """Redraw the status line."""
        if self._player is not None:
            self.status.setText(f"{self._player.sound_status()}\n{self._player.voice_status()}")

    def try_cues(self) -> None:
        """Play a start cue with a spoken line, then say what worked."""
        if self._player is not None:
            words = translate("cue_settings", "This is how Unknot sounds in a session.")
            self._player.play(Cue(CueKind.START, words, 0.0))
            self.refresh()

    def _save(self) -> None:
        self.volume_value.setText(f"{self.volume.value()} %")
        try:
            self._store.change(
                sound=self.sound.isChecked(),
                voice=self.voice.isChecked(),
                volume=self.volume.value(),
            )
        except UnknotError as error:
            self.status.setText(str(error))
            return
        self.changed.emit()
        self.refresh()
