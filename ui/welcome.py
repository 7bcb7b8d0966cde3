"""The welcome on first run: what Unknot does, the safety text (accepted once), the
working day, water goal and voice, and an offer of sample data. Help → "Welcome and
first steps…" opens it again; the safety text stays under Help → Safety (F1)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QTextBrowser,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from core import APP_NAME
from core.demo import fill_demo
from core.errors import UnknotError
from core.i18n import translate
from core.journal import Journal
from core.settings import SettingsError, SettingsStore
from core.units import in_unit, to_ml, unit_text
from ui.general_settings import FieldNote, add_field
from ui.safety_dialog import safety_html

TIME_FORMAT = "HH:mm"


def _paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class _SafetyPage(QWizardPage):
    def __init__(self, already_accepted: bool) -> None:
        super().__init__()
        self.setTitle(translate("welcome", "Before you start: safety"))
        self.setSubTitle(
            translate(
                "welcome",
                "Please read this once. It stays one click away under Help → Safety"
                " information (F1).",
            )
        )
        text = QTextBrowser()
        text.setAccessibleName(translate("welcome", "Safety text"))
        text.setHtml(safety_html())
        self.accept_box = QCheckBox(
            translate(
                "welcome",
                "I have read this, and I understand Unknot is not medical advice",
            )
        )
        self.accept_box.setChecked(already_accepted)
        self.registerField("safety_accepted*", self.accept_box)
        column = QVBoxLayout(self)
        column.addWidget(text, 1)
        column.addWidget(self.accept_box)


class _DayPage(QWizardPage):
    """Working hours, water goal and voice, checked by core.settings at each field."""

    def __init__(self, store: SettingsStore) -> None:
        super().__init__()
        self._store = store
        values = store.settings
        self.setTitle(translate("welcome", "Your day"))
        self.setSubTitle(
            translate(
                "welcome",
                "Reminders come only inside your working hours. You can change all of"
                " this later under Settings.",
            )
        )
        self.work_start = QTimeEdit(QTime.fromString(values.work_start, TIME_FORMAT))
        self.work_end = QTimeEdit(QTime.fromString(values.work_end, TIME_FORMAT))
        for edit in (self.work_start, self.work_end):
            edit.setDisplayFormat(TIME_FORMAT)
        unit = values.water_unit
        self.water_goal = QSpinBox()
        self.water_goal.setRange(0, 9999)
        self.water_goal.setSingleStep(250 if unit == "ml" else 8)
        self.water_goal.setSuffix(" " + unit_text(unit))
        self.water_goal.setValue(round(in_unit(values.water_goal_ml, unit)))
        self.voice = QCheckBox(translate("welcome", "Speak the steps during sessions"))
        self.voice.setChecked(values.voice)
        self.notes = {"work": FieldNote(), "water_goal_ml": FieldNote()}
        hours = QHBoxLayout()
        hours.addWidget(self.work_start)
        until = QLabel(translate("welcome", "until"))
        until.setBuddy(self.work_end)
        hours.addWidget(until)
        hours.addWidget(self.work_end)
        hours.addStretch(1)
        self.work_end.setAccessibleName(translate("welcome", "Working day ends"))
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addLayout(hours)
        column.addWidget(self.notes["work"])
        caption = QLabel(translate("welcome", "Working &day:"))
        caption.setBuddy(self.work_start)
        self.work_start.setAccessibleName(translate("welcome", "Working day starts"))
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(caption, column)
        add_field(
            form,
            translate("welcome", "&Water goal a day:"),
            self.water_goal,
            self.notes["water_goal_ml"],
        )
        form.addRow(self.voice)

    def _goal_ml(self, unit: str) -> int:
        """The goal in ml; unchanged when the figure shown was not changed (so a goal
        shown rounded in fl oz is not rounded in the settings)."""
        stored = self._store.settings.water_goal_ml
        if self.water_goal.value() == round(in_unit(stored, unit)):
            return stored
        return to_ml(self.water_goal.value(), unit)

    def validatePage(self) -> bool:
        """Save the values; a refused one is said at its field and the page stays."""
        unit = self._store.settings.water_unit
        values = {
            "work_start": self.work_start.time().toString(TIME_FORMAT),
            "work_end": self.work_end.time().toString(TIME_FORMAT),
            "water_goal_ml": self._goal_ml(unit),
            "voice": self.voice.isChecked(),
        }
        for note in self.notes.values():
            note.say("")
        try:
            self._store.change(**values)
        except SettingsError as error:
            where = "work" if error.setting.startswith("work") else error.setting
            note = self.notes.get(where, self.notes["work"])
            field = self.water_goal if where == "water_goal_ml" else self.work_end
            note.say("⚠ " + (error.reason or str(error)), field)
            field.setFocus()
            return False
        return True


class WelcomeWizard(QWizard):
    """The first-run welcome. `first_run`: closing it before the safety text is accepted
    quits Unknot (the shell decides); otherwise it is just a tour."""

    sample_added = Signal()

    def __init__(
        self,
        store: SettingsStore,
        journal: Journal,
        first_run: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._journal = journal
        self.first_run = first_run
        self.setWindowTitle(translate("welcome", "Welcome to {app}").format(app=APP_NAME))
        self.setObjectName("welcome")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        if first_run:
            self.setButtonText(
                QWizard.WizardButton.CancelButton, translate("welcome", "Quit Unknot")
            )
        self.addPage(self._intro_page())
        self.safety_page = _SafetyPage(store.settings.safety_accepted)
        self.addPage(self.safety_page)
        self.day_page = _DayPage(store)
        self.addPage(self.day_page)
        self.addPage(self._sample_page())
        self.resize(640, 560)

    def _intro_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(translate("welcome", "Welcome to {app}").format(app=APP_NAME))
        points = (
            translate(
                "welcome",
                "Mark each knot on a body map where you feel it, and rate how tender it is"
                " from 0 to 10.",
            ),
            translate(
                "welcome",
                "Follow timed ball holds, stretches and foam-roller routines, with sounds"
                " and a voice, so you can do them with your eyes closed.",
            ),
            translate(
                "welcome",
                "Get gentle reminders for water, posture and breaks, only in your working hours.",
            ),
            translate(
                "welcome",
                "See in a private journal on this computer whether each knot is easing"
                " over the weeks.",
            ),
        )
        text = QLabel("<ul>" + "".join(f"<li>{escape(point)}</li>" for point in points) + "</ul>")
        text.setWordWrap(True)
        column = QVBoxLayout(page)
        column.addWidget(text)
        column.addStretch(1)
        return page

    def _sample_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(translate("welcome", "Try it"))
        page.setSubTitle(
            translate(
                "welcome",
                "To see what Unknot shows after a few weeks, start with sample data.",
            )
        )
        self.sample_box = QCheckBox(
            translate("welcome", "Fill the journal with eight weeks of sample data")
        )
        self.sample_box.setEnabled(not self._journal.has_sample_data())
        column = QVBoxLayout(page)
        column.addWidget(self.sample_box)
        column.addWidget(
            _paragraph(
                translate(
                    "welcome",
                    "It is marked as sample: Today → “Remove sample data” takes all of it"
                    " out again in one step, and leaves what you entered yourself.",
                )
            )
        )
        column.addStretch(1)
        return page

    def accept(self) -> None:
        """Finish: the safety text is accepted, sample data added when asked for."""
        try:
            self._store.change(safety_accepted=True)
            if self.sample_box.isChecked() and self.sample_box.isEnabled():
                fill_demo(self._journal)
                self.sample_added.emit()
        except UnknotError as error:
            QMessageBox.warning(self, translate("welcome", "Not saved"), str(error))
            return
        super().accept()
