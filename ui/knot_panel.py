"""The panel beside the body map: edits the selected knot (muscle, tenderness, active or
latent, depth, when it started, notes; resolve, archive, delete), or, with no knot
selected, marks one by muscle name for those who do not use a pointer.

Every change is a KnotMap call, saved at once; notes are saved after a short pause in
typing and whenever the panel moves on to another knot.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.bidi import isolate
from core.body import CANVAS_HEIGHT, CANVAS_WIDTH
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.knot_map import KnotMap
from core.muscles import Muscle
from core.onset import AgoUnit, as_ago, describe_onset, onset_from_ago
from core.records import MAX_TENDERNESS, Activity, Depth, Knot, KnotStatus
from core.tenderness import Tenderness, tenderness_of
from ui.local_dates import local_date

NOTES_PAUSE_MS = 800
KEYS_HELP = QT_TRANSLATE_NOOP(
    "knot_panel",
    "Tab and Shift+Tab move between knots · 0–9 rate (1 then 0 is 10) · arrows move the "
    "knot (Shift: further) · Delete removes it · F and B show front and back · + and − zoom",
)
AGO_UNITS = {
    AgoUnit.DAYS: QT_TRANSLATE_NOOP("knot_panel", "days ago"),
    AgoUnit.WEEKS: QT_TRANSLATE_NOOP("knot_panel", "weeks ago"),
    AgoUnit.MONTHS: QT_TRANSLATE_NOOP("knot_panel", "months ago"),
    AgoUnit.YEARS: QT_TRANSLATE_NOOP("knot_panel", "years ago"),
}

Runner = Callable[[Callable[[], object]], object | None]


def _muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("muted")
    label.setEnabled(True)
    return label


class KnotPanel(QWidget):
    """Edits the selected knot; every edit emits `changed` after it is saved."""

    changed = Signal()
    delete_requested = Signal(str)

    def __init__(self, model: KnotMap, run: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("knot-panel")
        self.model = model
        self._run = run
        self._knot: Knot | None = None
        self._loading = False
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(NOTES_PAUSE_MS)
        self._notes_timer.timeout.connect(self.save_notes)
        # two parts shown in turn (not a QStackedWidget, whose height is its tallest page's)
        self.empty_part = self._build_empty()
        self.editor_part = self._build_editor()
        # "Not saved yet: …" while a change waits in the journal's queue (a full disk)
        self.writes_problem = QLabel()
        self.writes_problem.setWordWrap(True)
        self.writes_problem.setObjectName("writes-problem")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.writes_problem)
        layout.addWidget(self.empty_part)
        layout.addWidget(self.editor_part)
        self.show_knot()

    # ------------------------------------------------------------------ building

    def _build_empty(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(translate("knot_panel", "No knot selected"))
        heading.setFont(_heading_font(heading.font()))
        column.addWidget(heading)
        column.addWidget(
            _muted(
                translate(
                    "knot_panel",
                    "Press a muscle on the map to mark a knot there, or choose the muscle here.",
                )
            )
        )
        self.add_choice = _combo()
        self.add_button = QPushButton(translate("knot_panel", "Mark a knot"))
        self.add_button.clicked.connect(self._add_by_name)
        choice_label = QLabel(translate("knot_panel", "&Muscle:"))
        choice_label.setBuddy(self.add_choice)  # a combo box is named by its buddy label
        row = QHBoxLayout()
        row.addWidget(choice_label)
        row.addWidget(self.add_choice, 1)
        row.addWidget(self.add_button)
        column.addLayout(row)
        column.addSpacing(12)
        column.addWidget(_muted(translate("knot_panel", KEYS_HELP)))
        column.addStretch(1)
        return page

    def _build_editor(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setFont(_heading_font(self.title.font()))
        self.where = _muted()
        self.caution = QLabel()
        self.caution.setWordWrap(True)
        self.caution.setObjectName("caution")
        self.muscle = _combo()
        self.muscle.setAccessibleName(translate("knot_panel", "Muscle"))
        self.muscle.activated.connect(self._muscle_chosen)
        column.addWidget(self.title)
        column.addWidget(self.where)
        column.addWidget(self.caution)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(translate("knot_panel", "Muscle"), self.muscle)
        column.addLayout(form)
        column.addWidget(self._build_tenderness())
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.activity_group = self._choice(
            form,
            translate("knot_panel", "How it hurts"),
            (
                (Activity.ACTIVE, translate("knot_panel", "Active: hurts at rest")),
                (Activity.LATENT, translate("knot_panel", "Latent: only when pressed")),
            ),
        )
        self.depth_group = self._choice(
            form,
            translate("knot_panel", "Depth"),
            (
                (Depth.SUPERFICIAL, translate("knot_panel", "Superficial")),
                (Depth.DEEP, translate("knot_panel", "Deep")),
            ),
        )
        self._build_onset(form)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(translate("knot_panel", "Notes"))
        self.notes.setPlaceholderText(
            translate("knot_panel", "What makes it worse or better, what you tried…")
        )
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(110)
        self.notes.textChanged.connect(self._notes_edited)
        form.addRow(translate("knot_panel", "Notes"), self.notes)
        column.addLayout(form)
        buttons = QGridLayout()
        self.resolve_button = QPushButton(translate("knot_panel", "Mark resolved"))
        self.resolve_button.setToolTip(
            translate("knot_panel", "This knot has gone: hide it from the map")
        )
        self.resolve_button.clicked.connect(lambda: self._set_status(KnotStatus.RESOLVED))
        self.archive_button = QPushButton(translate("knot_panel", "Archive"))
        self.archive_button.setToolTip(
            translate("knot_panel", "Stop following this knot but keep its history")
        )
        self.archive_button.clicked.connect(lambda: self._set_status(KnotStatus.ARCHIVED))
        self.reactivate_button = QPushButton(translate("knot_panel", "Follow again"))
        self.reactivate_button.setToolTip(
            translate("knot_panel", "Show this knot on the map again and follow it")
        )
        self.reactivate_button.clicked.connect(lambda: self._set_status(KnotStatus.ACTIVE))
        self.delete_button = QPushButton(translate("knot_panel", "Delete…"))
        self.delete_button.setToolTip(
            translate("knot_panel", "Delete this knot and its ratings (asks first)")
        )
        self.delete_button.clicked.connect(self._ask_delete)
        buttons.addWidget(self.resolve_button, 0, 0)
        buttons.addWidget(self.archive_button, 0, 1)
        buttons.addWidget(self.reactivate_button, 0, 0, 1, 2)
        buttons.addWidget(self.delete_button, 1, 0)
        column.addLayout(buttons)
        column.addStretch(1)
        return page

    def _build_tenderness(self) -> QWidget:
        box = QFrame()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 4, 0, 4)
        top = QHBoxLayout()
        caption = QLabel(translate("knot_panel", "Tenderness now"))
        self.tenderness_value = QLabel("–")
        font = QFont(self.tenderness_value.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.tenderness_value.setFont(font)
        top.addWidget(caption)
        top.addStretch(1)
        top.addWidget(self.tenderness_value)
        column.addLayout(top)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, MAX_TENDERNESS)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTracking(False)
        self.slider.setAccessibleName(translate("knot_panel", "Tenderness, 0 to 10"))
        self.slider.valueChanged.connect(self._rate)
        column.addWidget(self.slider)
        grid = QGridLayout()
        grid.setSpacing(4)
        self.rate_buttons: list[QPushButton] = []
        self.rate_group = QButtonGroup(self)
        for value in range(MAX_TENDERNESS + 1):
            button = QPushButton(str(value))
            button.setMinimumHeight(34)
            button.setMinimumWidth(self.fontMetrics().horizontalAdvance("10") + 14)
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.setCheckable(True)
            self.rate_group.addButton(button, value)
            button.setAccessibleName(translate("knot_panel", "Rate {value}").format(value=value))
            button.clicked.connect(lambda _=False, v=value: self._rate(v))
            grid.addWidget(button, value // 6, value % 6)
            self.rate_buttons.append(button)
        column.addLayout(grid)
        self.last_rated = _muted()
        column.addWidget(self.last_rated)
        return box

    def _build_onset(self, form: QFormLayout) -> None:
        self.onset_mode = QComboBox()
        self.onset_mode.addItems(
            [
                translate("knot_panel", "Not known"),
                translate("knot_panel", "Some time ago"),
                translate("knot_panel", "On a date"),
            ]
        )
        self.onset_mode.activated.connect(self._onset_mode_changed)
        self.onset_amount = QSpinBox()
        self.onset_amount.setRange(0, 99)
        self.onset_amount.setAccessibleName(translate("knot_panel", "How long ago"))
        self.onset_unit = QComboBox()  # read as "weeks ago" after the number
        self.onset_unit.addItems([translate("knot_panel", AGO_UNITS[unit]) for unit in AgoUnit])
        self.onset_unit.setAccessibleName(translate("knot_panel", "Unit of time"))
        self.onset_amount.valueChanged.connect(self._onset_ago_changed)
        self.onset_unit.activated.connect(self._onset_ago_changed)
        self.ago_row = QWidget()
        ago = QHBoxLayout(self.ago_row)
        ago.setContentsMargins(0, 0, 0, 0)
        ago.addWidget(self.onset_amount)
        ago.addWidget(self.onset_unit, 1)
        self.onset_date = QDateEdit()
        self.onset_date.setCalendarPopup(True)
        # a Qt date format: d day, MMM month's short name, yyyy year
        self.onset_date.setDisplayFormat(translate("knot_panel", "d MMM yyyy"))
        self.onset_date.setAccessibleName(translate("knot_panel", "Date it started"))
        self.onset_date.dateChanged.connect(self._onset_date_changed)
        self.onset_words = _muted()
        self._onset_form = form
        form.addRow(
            translate("knot_panel", "&Started"), self.onset_mode
        )  # the row's label names the combo box
        form.addRow(self.ago_row)
        form.addRow(self.onset_date)
        form.addRow(self.onset_words)

    def _choice(
        self, form: QFormLayout, label: str, options: tuple[tuple[Activity | Depth, str], ...]
    ) -> QButtonGroup:
        group = QButtonGroup(self)
        row = QWidget()
        line = QVBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(2)
        for index, (_, text) in enumerate(options):
            button = QRadioButton(text)
            group.addButton(button, index)
            line.addWidget(button)
        group.idClicked.connect(lambda index, opts=options: self._choice_made(opts[index][0]))
        row.setAccessibleName(label)
        form.addRow(label, row)
        return group

    # ------------------------------------------------------------------ showing

    def show_knot(self) -> None:
        """Show the model's selected knot, or the empty state."""
        self.save_notes()
        self._show_problem()
        knot = self.model.selected()
        self._knot = knot
        self._loading = True
        try:
            if knot is None:
                self._fill_empty()
            else:
                self._fill(knot)
        finally:
            self._loading = False

    def _fill_empty(self) -> None:
        self.editor_part.hide()
        self.empty_part.show()
        current = self.add_choice.currentData()
        self.add_choice.clear()
        for region in self.model.body.regions(self.model.view):  # head to foot
            self.add_choice.addItem(region.label, region.id)
        index = self.add_choice.findData(current)
        self.add_choice.setCurrentIndex(max(index, 0))

    def _fill(self, knot: Knot) -> None:
        self.empty_part.hide()
        self.editor_part.show()
        self.title.setText(_title(knot))
        muscle = self._muscle_of(knot)
        self.where.setText(muscle.where if muscle else "")
        self.caution.setText(f"⚠ {muscle.caution}" if muscle and muscle.caution else "")
        self.caution.setVisible(bool(muscle and muscle.caution))
        self.muscle.clear()
        here = {
            r.id
            for r in self.model.body.regions_at(
                knot.view, knot.x * CANVAS_WIDTH, knot.y * CANVAS_HEIGHT
            )
        }
        for region in self.model.muscle_choices(knot):
            name = region.muscle.name
            if region.id in here:
                name = translate("knot_panel", "{muscle} (under the knot)").format(muscle=name)
            self.muscle.addItem(name, region.id)
        tenderness = tenderness_of(self.model.journal, knot.id)
        value = tenderness.value
        self.tenderness_value.setText("–" if value is None else f"{value}/10")
        self.tenderness_value.setAccessibleName(
            translate("knot_panel", "Tenderness not rated yet")
            if value is None
            else translate("knot_panel", "Tenderness {value} out of 10").format(value=value)
        )
        self.slider.setValue(0 if value is None else value)
        self.rate_group.setExclusive(False)
        for index, button in enumerate(self.rate_buttons):
            button.setChecked(index == value)  # the current rating reads as pressed
        self.rate_group.setExclusive(True)
        now = self.model.clock.now()
        self.last_rated.setText(_rated_text(tenderness, now))
        self.activity_group.button(0 if knot.activity is Activity.ACTIVE else 1).setChecked(True)
        self.depth_group.button(0 if knot.depth is Depth.SUPERFICIAL else 1).setChecked(True)
        self._fill_onset(knot.onset, now.date())
        if self.notes.toPlainText() != knot.notes:
            self.notes.setPlainText(knot.notes)
        active = knot.status is KnotStatus.ACTIVE
        self.resolve_button.setVisible(active)
        self.archive_button.setVisible(active)
        self.reactivate_button.setVisible(not active)

    def _fill_onset(self, onset: date | None, today: date) -> None:
        mode = self.onset_mode.currentIndex()
        if onset is None:
            mode = 0
        elif mode == 0:
            mode = 1
        self.onset_mode.setCurrentIndex(mode)
        self._onset_form.setRowVisible(self.ago_row, mode == 1)  # hidden rows take no room
        self._onset_form.setRowVisible(self.onset_date, mode == 2)
        self._onset_form.setRowVisible(self.onset_words, onset is not None)
        self.onset_date.setMaximumDate(QDate(today.year, today.month, today.day))
        if onset is not None:
            self.onset_date.setDate(QDate(onset.year, onset.month, onset.day))
            if (
                mode == 1
                and onset_from_ago(
                    self.onset_amount.value(), _unit_of(self.onset_unit.currentIndex()), today
                )
                != onset
            ):
                amount, unit = as_ago(onset, today)
                self.onset_amount.setValue(amount)
                self.onset_unit.setCurrentIndex(list(AgoUnit).index(unit))
        self.onset_words.setText(
            ""
            if onset is None
            else translate("knot_panel", "Started {ago} ({date}).").format(
                ago=describe_onset(onset, today),
                date=local_date(onset, translate("knot_panel", "d MMM yyyy")),
            )
        )

    def _muscle_of(self, knot: Knot) -> Muscle | None:
        try:
            return self.model.body.muscle(knot.muscle)
        except KeyError:
            return None

    # ------------------------------------------------------------------ editing

    def _apply(self, action: Callable[[], object]) -> None:
        if self._loading or self._knot is None:
            return
        self._run(action)
        self.changed.emit()
        self.show_knot()

    def _rate(self, value: int) -> None:
        knot = self._knot
        if knot is not None:
            self._apply(lambda: self.model.rate(knot.id, value))

    def _muscle_chosen(self, index: int) -> None:
        knot, region_id = self._knot, self.muscle.itemData(index)
        region = next((r for r in self.model.body.regions() if r.id == region_id), None)
        if knot is not None and region is not None:
            self._apply(lambda: self.model.set_muscle(knot.id, region))

    def _choice_made(self, value: Activity | Depth) -> None:
        knot = self._knot
        if knot is None:
            return
        if isinstance(value, Activity):
            self._apply(lambda: self.model.edit(knot.id, activity=value))
        else:
            self._apply(lambda: self.model.edit(knot.id, depth=value))

    def _onset_mode_changed(self, mode: int) -> None:
        knot = self._knot
        if knot is None:
            return
        today = self.model.clock.now().date()
        if mode == 0:
            self._apply(lambda: self.model.set_onset(knot.id, None))
        elif knot.onset is None:
            self._apply(lambda: self.model.set_onset(knot.id, today))
        else:
            self.show_knot()

    def _onset_ago_changed(self) -> None:
        knot = self._knot
        if knot is not None:
            today = self.model.clock.now().date()
            onset = onset_from_ago(
                self.onset_amount.value(), _unit_of(self.onset_unit.currentIndex()), today
            )
            self._apply(lambda: self.model.set_onset(knot.id, onset))

    def _onset_date_changed(self, value: QDate) -> None:
        knot = self._knot
        if knot is not None:
            onset = date(value.year(), value.month(), value.day())
            self._apply(lambda: self.model.set_onset(knot.id, onset))

    def _notes_edited(self) -> None:
        if not self._loading:
            self._notes_timer.start()

    def save_notes(self) -> None:
        """Save notes typed since the last save (on a pause, or when leaving the knot)."""
        self._notes_timer.stop()
        knot = self._knot
        if knot is None or self._loading:
            return
        text = self.notes.toPlainText()
        if text != knot.notes:
            self._run(lambda: self.model.edit(knot.id, notes=text))
            self._knot = self.model.selected() if self.model.selected_id == knot.id else None
            self._show_problem()

    def _show_problem(self) -> None:
        self.writes_problem.setText(self.model.problem)
        self.writes_problem.setVisible(bool(self.model.problem))

    def _ask_delete(self) -> None:
        if self._knot is not None:
            self.delete_requested.emit(self._knot.id)

    def _set_status(self, status: KnotStatus) -> None:
        knot = self._knot
        if knot is not None:
            self._apply(lambda: self.model.set_status(knot.id, status))

    def _add_by_name(self) -> None:
        region_id = self.add_choice.currentData()
        region = next((r for r in self.model.body.regions() if r.id == region_id), None)
        if region is not None:
            self._run(lambda: self.model.add_in(region))
            self.changed.emit()
            self.show_knot()


def _unit_of(index: int) -> AgoUnit:
    """The unit at a position of the "… ago" combo box."""
    return list(AgoUnit)[index]


def _combo() -> QComboBox:
    """A combo box that may be narrower than its longest item."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(10)
    return combo


def _heading_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    return font


def _title(knot: Knot) -> str:
    """'Right upper trapezius', or 'Right upper trapezius (resolved)' when not active."""
    if knot.status is KnotStatus.RESOLVED:
        return translate("knot_panel", "{label} (resolved)").format(label=isolate(knot.label))
    if knot.status is KnotStatus.ARCHIVED:
        return translate("knot_panel", "{label} (archived)").format(label=isolate(knot.label))
    return knot.label  # alone on its line: nothing beside it to reorder


def _rated_text(tenderness: Tenderness, now: datetime) -> str:
    """'Last rated today. After the last hold: 4.' (a rating after a hold is the hold's
    effect, shown beside the tenderness now, never as it)."""
    if tenderness.now is None:
        text = (
            translate("knot_panel", "Not rated yet.")
            if tenderness.after_hold is None
            else translate("knot_panel", "No resting rating yet: rate it now, before a hold.")
        )
    else:
        when = _when(tenderness.now.at, now)
        text = translate("knot_panel", "Last rated {when}.").format(when=when)
    if tenderness.after_hold_value is not None:
        after = translate("knot_panel", "After the last hold: {value}.")
        text = f"{text} {after.format(value=tenderness.after_hold_value)}"
    return text


def _when(moment: datetime, now: datetime) -> str:
    """'today at 09:14', 'yesterday at 18:02', 'about 3 weeks ago (2 Mar)'."""
    local = moment.astimezone(now.tzinfo)
    days = (now.date() - local.date()).days
    if days == 0:
        return translate("knot_panel", "today at {time}").format(time=f"{local:%H:%M}")
    if days == 1:
        return translate("knot_panel", "yesterday at {time}").format(time=f"{local:%H:%M}")
    day = local_date(local.date(), translate("knot_panel", "d MMM"))
    return f"{describe_onset(local.date(), now.date())} ({day})"
