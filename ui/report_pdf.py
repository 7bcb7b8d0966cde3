"""The report for a therapist as a PDF of one to three A4 pages, drawn with QPdfWriter
and QPainter from core.report_data.

Page one: the period, the front and back body maps with the knots numbered, and a table
of the knots. Then a small tenderness chart per knot (the most tender first), the
self-care week by week with what it shows, the treatments, and the user's notes. What
would run past the third page is cut, and the report says what was left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from core import APP_NAME, __version__
from core.bidi import isolate
from core.errors import UnknotError
from core.factors import WeekFactors
from core.files import IncompleteWrite, atomic_write
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.knot_history import KnotHistory
from core.plan import Course, started_on
from core.records import Activity, Depth, KnotStatus, Side, View
from core.report_data import KnotReport, ReportData, disclaimer
from core.trends import Trend
from ui.body_drawing import paint_body
from ui.chart_colours import AFTER, POINT, TREND
from ui.knot_marker import TENDERNESS_COLOURS, ink_on
from ui.local_dates import local_date

DPI = 150
MAX_PAGES = 3
MAX_CHARTS = 9  # three rows of three
INK = QColor("#1d1d1d")
GREY = QColor("#5f5f5f")
RULE = QColor("#c8c8c8")
RIGHT_MIDDLE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
TABLE_COLUMNS = (  # heading (translated where drawn), share of the width
    ("#", 0.04),
    (QT_TRANSLATE_NOOP("report_pdf", "Muscle"), 0.21),
    (QT_TRANSLATE_NOOP("report_pdf", "Side"), 0.07),
    (QT_TRANSLATE_NOOP("report_pdf", "Since"), 0.13),
    (QT_TRANSLATE_NOOP("report_pdf", "Kind"), 0.08),
    (QT_TRANSLATE_NOOP("report_pdf", "Depth"), 0.1),
    (QT_TRANSLATE_NOOP("report_pdf", "Tenderness"), 0.14),
    (QT_TRANSLATE_NOOP("report_pdf", "Trend"), 0.09),
    (QT_TRANSLATE_NOOP("report_pdf", "Sessions"), 0.14),
)
# A knot's facts in the table, as words (the journal keeps the English values).
WORDS: dict[str, str] = {
    Side.LEFT: QT_TRANSLATE_NOOP("report_pdf", "left"),
    Side.RIGHT: QT_TRANSLATE_NOOP("report_pdf", "right"),
    Side.BOTH: QT_TRANSLATE_NOOP("report_pdf", "both"),
    Side.CENTRE: QT_TRANSLATE_NOOP("report_pdf", "centre"),
    Activity.ACTIVE: QT_TRANSLATE_NOOP("report_pdf", "active"),
    Activity.LATENT: QT_TRANSLATE_NOOP("report_pdf", "latent"),
    Depth.SUPERFICIAL: QT_TRANSLATE_NOOP("report_pdf", "superficial"),
    Depth.DEEP: QT_TRANSLATE_NOOP("report_pdf", "deep"),
    Trend.RISING: QT_TRANSLATE_NOOP("report_pdf", "rising"),
    Trend.EASING: QT_TRANSLATE_NOOP("report_pdf", "easing"),
    Trend.STEADY: QT_TRANSLATE_NOOP("report_pdf", "steady"),
    Trend.UNKNOWN: QT_TRANSLATE_NOOP("report_pdf", "unknown"),
    Course.ACUTE: QT_TRANSLATE_NOOP("report_pdf", "acute"),
    Course.CHRONIC: QT_TRANSLATE_NOOP("report_pdf", "chronic"),
}


def word(value: str) -> str:
    """An enum value of the table (side, kind, depth, trend, course) in words."""
    return translate("report_pdf", WORDS.get(value, value))


def day_words(day: date, year: bool = True) -> str:
    """3 Feb 2026, or 3 Feb, with the month's name in the app's language."""
    # Qt date formats: German writes "d. MMM yyyy".
    qt_format = translate("report_pdf", "d MMM yyyy") if year else translate("report_pdf", "d MMM")
    return local_date(day, qt_format)


def day_count(count: int) -> str:
    """1 day, 3 days."""
    if count == 1:
        return translate("report_pdf", "1 day")
    return translate("report_pdf", "{count} days").format(count=count)


def water_days(met: int, count: int) -> str:
    """3 of 7 days (with the water goal met)."""
    if count == 1:
        return translate("report_pdf", "{met} of 1 day").format(met=met)
    return translate("report_pdf", "{met} of {count} days").format(met=met, count=count)


def check_ins(count: int) -> str:
    """1 check-in, 3 check-ins."""
    if count == 1:
        return translate("report_pdf", "1 check-in")
    return translate("report_pdf", "{count} check-ins").format(count=count)


def number(value: float | None) -> str:
    """A tenderness for the table: 6, 5.5, or – without data."""
    return "–" if value is None else f"{value:.1f}".removesuffix(".0")


class PageFull(Exception):
    """Raised when the report would need a page beyond MAX_PAGES."""


class ReportCanvas:
    """A painter on the PDF with a cursor that moves down the page, and new pages when
    the content needs them (up to MAX_PAGES)."""

    def __init__(self, writer: QPdfWriter) -> None:
        self.writer = writer
        self.painter = QPainter(writer)
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # The painter's origin is the printable area's corner, inside the margins.
        self.area = QRectF(QPointF(0, 0), writer.pageLayout().paintRectPixels(DPI).size())
        self.page = 1
        self.y = self.area.top()
        self._footer()

    def mm(self, millimetres: float) -> float:
        """Millimetres in device pixels."""
        return millimetres * DPI / 25.4

    def font(self, points: float, bold: bool = False) -> QFont:
        """The report's font at `points`."""
        font = QFont(self.painter.font())
        font.setPointSizeF(points)
        font.setBold(bold)
        return font

    def room(self) -> float:
        """Height left on this page (the last page keeps a line for what was cut)."""
        last_line = self.mm(6) if self.page == MAX_PAGES else 0.0
        return self.area.bottom() - self.mm(8) - last_line - self.y

    def need(self, height: float) -> None:
        """Start a new page unless `height` fits on this one."""
        if height > self.room():
            if self.page == MAX_PAGES:
                raise PageFull
            self.writer.newPage()
            self.page += 1
            self.y = self.area.top()
            self._footer()

    def text(
        self,
        words: str,
        points: float = 9.5,
        bold: bool = False,
        colour: QColor = INK,
        left: float = 0.0,
        after: float = 1.5,
        mark: str = "",
    ) -> None:
        """Wrapped text at the cursor (`left` pixels in from the margin), then a gap of
        `after` millimetres; `mark` (a bullet) goes at the margin on the first line."""
        font = self.font(points, bold)
        box_width = self.area.width() - left - 1
        flags = Qt.TextFlag.TextWordWrap
        box = QFontMetricsF(font, self.writer).boundingRect(
            QRectF(0, 0, box_width, 10_000), flags, words
        )
        self.need(box.height())
        self.painter.setFont(font)
        self.painter.setPen(colour)
        target = QRectF(self.area.left() + left, self.y, box_width, box.height())
        self.painter.drawText(target, flags, words)
        if mark:
            self.painter.drawText(QRectF(self.area.left(), self.y, left, box.height()), 0, mark)
        self.y += box.height() + self.mm(after)

    def bullet(self, words: str) -> None:
        """A point of a list: a bullet, and the text wrapped beside it."""
        self.text(words, 9, left=self.mm(4), after=1, mark="•")

    def heading(self, words: str) -> None:
        """A section heading, kept with at least a few lines after it."""
        self.need(self.mm(22))
        self.y += self.mm(3)
        self.text(words, 12, bold=True, after=2)

    def rule(self) -> None:
        """A thin line across the page."""
        self.painter.setPen(QPen(RULE, 1))
        self.painter.drawLine(QPointF(self.area.left(), self.y), QPointF(self.area.right(), self.y))
        self.y += self.mm(1.5)

    def last_words(self, words: str) -> None:
        """One small line in the room the last page keeps above its footer."""
        self.painter.setFont(self.font(8))
        self.painter.setPen(GREY)
        box = QRectF(0, self.area.bottom() - self.mm(13), self.area.width(), self.mm(5))
        self.painter.drawText(box, Qt.AlignmentFlag.AlignLeft, words)

    def _footer(self) -> None:
        self.painter.setFont(self.font(7.5))
        self.painter.setPen(GREY)
        box = QRectF(
            self.area.left(), self.area.bottom() - self.mm(5), self.area.width(), self.mm(5)
        )
        words = translate(
            "report_pdf", "{app} {version} · self-recorded, not a diagnosis · page {page}"
        ).format(app=APP_NAME, version=__version__, page=self.page)
        self.painter.drawText(box, Qt.AlignmentFlag.AlignCenter, words)

    def end(self) -> None:
        """Finish the file."""
        self.painter.end()


def write_report(data: ReportData, out: Path) -> int:
    """Draw the report to `out` (replacing a file the user chose to replace); return
    the number of pages.

    The PDF is drawn in memory and checked whole (a PDF header, the %%EOF trailer, as
    many pages as were drawn) before it is written, privately, through
    core.files.atomic_write, which checks the file on disk the same way before it
    renames it into place: a full disk leaves no file, readable or not."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setTitle(
        translate("report_pdf", "{app} report, {period}").format(app=APP_NAME, period=data.period)
    )
    writer.setCreator(f"{APP_NAME} {__version__}")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 14, 15, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    canvas = ReportCanvas(writer)
    try:
        _draw(canvas, data)
    finally:
        canvas.end()
    pdf = bytes(buffer.data().data())
    buffer.close()

    def whole(path: Path) -> None:
        problem = pdf_problem(path.read_bytes(), canvas.page)
        if problem:
            raise IncompleteWrite(problem)

    try:
        problem = pdf_problem(pdf, canvas.page)
        if problem:
            raise IncompleteWrite(problem)
        with atomic_write(out, check=whole) as handle:
            handle.write(pdf)
    except OSError as error:
        raise UnknotError(cannot_write(out, error)) from error
    return canvas.page


_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")


def pdf_problem(pdf: bytes, pages: int) -> str:
    """What makes `pdf` less than a whole PDF of `pages` pages; '' when it is whole."""
    if not pdf.startswith(b"%PDF-"):
        return translate("report_pdf", "the PDF has no header")
    if not pdf.rstrip().endswith(b"%%EOF"):
        return translate("report_pdf", "the PDF is cut short (no end of file)")
    found = len(_PAGE.findall(pdf))
    if found != pages:
        return translate("report_pdf", "the PDF has {found} of {pages} pages").format(
            found=found, pages=pages
        )
    return ""


def cannot_write(out: Path, error: OSError) -> str:
    """Why the report could not be written to `out`."""
    return translate("report_pdf", "{file}: cannot write the report ({reason})").format(
        file=out, reason=error.strerror
    )


def _draw(canvas: ReportCanvas, data: ReportData) -> None:
    title = translate("report_pdf", "Muscle knots: a report for your therapist")
    canvas.text(title, 17, bold=True, after=1)
    canvas.text(
        translate("report_pdf", "{period}. Made on {day}.").format(
            period=data.period, day=day_words(data.made.date())
        ),
        10,
        after=1,
    )
    canvas.text(disclaimer(), 8, colour=GREY, after=3)
    _body_maps(canvas, data)
    _knot_table(canvas, data.knots)
    try:
        _guidance(canvas, data.knots)
        _charts(canvas, data.knots)
        _self_care(canvas, data)
        _treatments_and_notes(canvas, data)
    except PageFull:
        canvas.last_words(
            translate(
                "report_pdf",
                "The rest did not fit on three pages; a report of fewer weeks has room for it.",
            )
        )


def _body_maps(canvas: ReportCanvas, data: ReportData) -> None:
    height = canvas.mm(92)
    width = canvas.mm(42)
    top = canvas.y
    knots = [(k.progress.knot, k.progress.now) for k in data.knots]
    labels = {k.progress.knot.id: str(k.number) for k in data.knots}
    painter = canvas.painter
    for index, (view, caption) in enumerate(
        (
            (View.FRONT, translate("report_pdf", "Front (facing you)")),
            (View.BACK, translate("report_pdf", "Back")),
        )
    ):
        left = canvas.area.left() + index * (width + canvas.mm(4))
        rect = QRectF(left, top + canvas.mm(5), width, height - canvas.mm(5))
        painter.setFont(canvas.font(8.5, bold=True))
        painter.setPen(INK)
        painter.drawText(
            QRectF(left, top, width, canvas.mm(5)), Qt.AlignmentFlag.AlignHCenter, caption
        )
        paint_body(painter, rect, view, knots, False, INK, labels=labels, radius=canvas.mm(2.2))
    key_left = 2 * width + canvas.mm(10)
    canvas.y = top
    canvas.text(translate("report_pdf", "How to read it"), 10, bold=True, left=key_left)
    _legend(canvas, key_left)
    active = sum(1 for k in data.knots if k.progress.knot.status is KnotStatus.ACTIVE)
    sessions = sum(k.sessions for k in data.knots)
    lines = (
        translate(
            "report_pdf",
            "Each disc is a knot, numbered as in the table below and coloured by its"
            " tenderness now, its newest resting rating (0 none, 10 worst). Sides are the"
            " patient's own.",
        ),
        _followed(len(data.knots), active, sessions),
        translate(
            "report_pdf",
            "Tenderness here is the mean of a day's resting ratings (a check-in, or a rating"
            " before a hold); ratings just after a hold are left out of it.",
        ),
    )
    for line in lines:
        canvas.text(line, 8.5, left=key_left, after=1.5)
    canvas.y = top + height + canvas.mm(4)


def _followed(knots: int, active: int, sessions: int) -> str:
    """'3 knots followed, 2 active.' and the focused sessions, in singular or plural."""
    if knots == 1:
        followed = translate("report_pdf", "1 knot followed, {active} active.")
    else:
        followed = translate("report_pdf", "{knots} knots followed, {active} active.")
    if sessions == 1:
        care = translate(
            "report_pdf",
            "1 focused session on them in the period (a day with ball holds on a knot, or a"
            " treatment).",
        )
    else:
        care = translate(
            "report_pdf",
            "{sessions} focused sessions on them in the period (a day with ball holds on a"
            " knot, or a treatment).",
        )
    return " ".join((followed.format(knots=knots, active=active), care.format(sessions=sessions)))


def _legend(canvas: ReportCanvas, left: float) -> None:
    painter = canvas.painter
    size = canvas.mm(5)
    x = canvas.area.left() + left
    painter.setFont(canvas.font(7, bold=True))
    for value, colour in enumerate(TENDERNESS_COLOURS):
        box = QRectF(x + value * size, canvas.y, size, size)
        painter.fillRect(box, colour)
        painter.setPen(ink_on(colour))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(value))
    canvas.y += size + canvas.mm(2.5)


def table(
    canvas: ReportCanvas,
    headings: Sequence[str],
    shares: Sequence[float],
    rows: Sequence[Sequence[str]],
) -> None:
    """A ruled table: a bold heading row, then one line per row (cells cut with … when
    too long); it goes on over a page break."""
    painter = canvas.painter
    width = canvas.area.width()
    row_height = canvas.mm(5.6)
    for number_, cells in enumerate([headings, *rows]):
        canvas.need(row_height)
        painter.setFont(canvas.font(8.5, bold=number_ == 0))
        painter.setPen(INK)
        metrics = QFontMetricsF(painter.font())
        x = canvas.area.left()
        for text, share in zip(cells, shares, strict=True):
            box = QRectF(x + canvas.mm(0.8), canvas.y, width * share - canvas.mm(1.6), row_height)
            short = metrics.elidedText(text, Qt.TextElideMode.ElideRight, box.width())
            painter.drawText(box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, short)
            x += width * share
        canvas.y += row_height
        canvas.rule()
    canvas.y += canvas.mm(1)


def _knot_table(canvas: ReportCanvas, knots: Sequence[KnotReport]) -> None:
    canvas.heading(translate("report_pdf", "Knots, most tender first"))
    if not knots:
        canvas.text(translate("report_pdf", "No knots are marked."), after=2)
        return
    rows = []
    for knot in knots:
        k = knot.progress.knot
        change = f"{number(knot.first)} → {number(knot.last)}"
        rows.append(
            (
                str(knot.number),
                knot.muscle,
                word(k.side),
                day_words(started_on(k)),
                word(k.activity),
                word(k.depth),
                change,
                word(knot.progress.trend),
                f"{knot.sessions} · {word(knot.progress.plan.course)}",
            )
        )
    headings = [translate("report_pdf", name) for name, _ in TABLE_COLUMNS]
    table(canvas, headings, [share for _, share in TABLE_COLUMNS], rows)
    canvas.text(
        translate(
            "report_pdf",
            "Sessions: focused sessions in the period, and whether the knot counts as acute"
            " (began under six weeks ago) or chronic. Trend: the last two weeks.",
        ),
        7.5,
        colour=GREY,
    )


def _guidance(canvas: ReportCanvas, knots: Sequence[KnotReport]) -> None:
    """Each knot's plan standing and suggestion, with the numbers (as Progress says)."""
    if not knots:
        return
    canvas.heading(translate("report_pdf", "Plan and suggestion, knot by knot"))
    for knot in knots:
        canvas.bullet(f"{knot.number}. {isolate(knot.progress.knot.label)}: {knot.guidance}")
    canvas.y += canvas.mm(1)


def _charts(canvas: ReportCanvas, knots: Sequence[KnotReport]) -> None:
    shown = [k for k in knots if k.history.days][:MAX_CHARTS]
    if not shown:
        return
    canvas.heading(translate("report_pdf", "Tenderness over the period"))
    gap = canvas.mm(4)
    width = (canvas.area.width() - 2 * gap) / 3
    height = canvas.mm(46)
    for index, knot in enumerate(shown):
        column = index % 3
        if column == 0:
            canvas.need(height + gap)
        rect = QRectF(canvas.area.left() + column * (width + gap), canvas.y, width, height)
        _chart(canvas, rect, knot)
        if column == 2 or index == len(shown) - 1:
            canvas.y += height + gap
    left_out = len([k for k in knots if k.history.days]) - len(shown)
    if left_out > 0:
        canvas.text(
            translate(
                "report_pdf", "Charts for the {shown} most tender; {left_out} more in the app."
            ).format(shown=len(shown), left_out=left_out),
            7.5,
        )
    canvas.text(
        translate(
            "report_pdf",
            "Dots: each day's tenderness. Line: the weekly mean."
            " Green ticks: days of focused care.",
        ),
        7.5,
        colour=GREY,
    )


def _chart(canvas: ReportCanvas, rect: QRectF, knot: KnotReport) -> None:
    painter = canvas.painter
    history = knot.history
    painter.setFont(canvas.font(8, bold=True))
    painter.setPen(INK)
    title = QRectF(rect.left(), rect.top(), rect.width(), canvas.mm(5))
    painter.drawText(
        title,
        Qt.AlignmentFlag.AlignLeft,
        QFontMetricsF(painter.font()).elidedText(
            f"{knot.number}. {isolate(knot.progress.knot.label)}",
            Qt.TextElideMode.ElideRight,
            title.width(),
        ),
    )
    plot = rect.adjusted(canvas.mm(5), canvas.mm(6), -canvas.mm(1), -canvas.mm(5))
    painter.setFont(canvas.font(6.5))
    for value in (0, 5, 10):
        y = plot.bottom() - plot.height() * value / 10
        painter.setPen(QPen(RULE, 1))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(GREY)
        label = QRectF(rect.left(), y - canvas.mm(2), canvas.mm(4), canvas.mm(4))
        painter.drawText(
            label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value)
        )
    days = max(1, (history.last_day - history.first_day).days + 1)

    def at(day_offset: float, value: float) -> QPointF:
        return QPointF(
            plot.left() + plot.width() * (day_offset + 0.5) / days,
            plot.bottom() - plot.height() * value / 10,
        )

    _care_ticks(canvas, plot, history, days)
    line = [at((w.week_start - history.first_day).days + 3, w.tenderness) for w in history.weeks]
    painter.setPen(QPen(TREND, canvas.mm(0.5)))
    painter.drawPolyline(line)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(POINT)
    for point in history.days:
        painter.drawEllipse(at((point.day - history.first_day).days, point.tenderness), 3.0, 3.0)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(GREY)
    below = QRectF(plot.left(), plot.bottom() + canvas.mm(0.5), plot.width(), canvas.mm(4))
    painter.drawText(below, Qt.AlignmentFlag.AlignLeft, day_words(history.first_day, year=False))
    painter.drawText(below, Qt.AlignmentFlag.AlignRight, day_words(history.last_day, year=False))


def _care_ticks(canvas: ReportCanvas, plot: QRectF, history: KnotHistory, days: int) -> None:
    """Short green marks along the bottom on the days of focused care."""
    painter = canvas.painter
    painter.setPen(QPen(AFTER, canvas.mm(0.5)))
    for day in history.care_days:
        x = plot.left() + plot.width() * ((day - history.first_day).days + 0.5) / days
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() - canvas.mm(2)))


SELF_CARE_COLUMNS = (  # translated where drawn
    QT_TRANSLATE_NOOP("report_pdf", "Week of"),
    QT_TRANSLATE_NOOP("report_pdf", "Water goal met"),
    QT_TRANSLATE_NOOP("report_pdf", "Posture"),
    QT_TRANSLATE_NOOP("report_pdf", "Stretching"),
    QT_TRANSLATE_NOOP("report_pdf", "Focused care"),
    QT_TRANSLATE_NOOP("report_pdf", "Stress"),
    QT_TRANSLATE_NOOP("report_pdf", "Desk hours"),
)
MAX_WEEK_ROWS = 12


def self_care_row(week: WeekFactors) -> tuple[str, ...]:
    """One week's row of the self-care table; a week before the journal began says "no
    data" (nothing could be logged then: it is not "0 of 7 days")."""
    if week.no_data:
        nothing = translate("report_pdf", "no data")
        return (day_words(week.week_start, year=False), *(nothing,) * 4, number(None), number(None))
    return (
        day_words(week.week_start, year=False),
        water_days(week.water_goal_days, week.days),
        check_ins(week.posture_checks),
        day_count(week.stretching_days),
        day_count(week.focused_days),
        number(week.mean_stress),
        number(week.mean_desk_hours),
    )


def _self_care(canvas: ReportCanvas, data: ReportData) -> None:
    canvas.heading(translate("report_pdf", "Self-care between sessions"))
    weeks = data.self_care[-MAX_WEEK_ROWS:]
    rows = [self_care_row(w) for w in weeks]
    shares = (0.16, 0.16, 0.14, 0.13, 0.14, 0.12, 0.15)
    headings = [translate("report_pdf", name) for name in SELF_CARE_COLUMNS]
    table(canvas, headings, shares, rows)
    notes = [
        translate("report_pdf", "Water goal: days with {ml} ml or more logged.").format(
            ml=data.water_goal_ml
        )
    ]
    if len(data.self_care) > len(weeks):
        notes.append(
            translate("report_pdf", "The last {shown} of {weeks} weeks are shown.").format(
                shown=len(weeks), weeks=len(data.self_care)
            )
        )
    notes.append(
        translate(
            "report_pdf",
            "Stress (0–10) and desk hours: the patient's daily check-in, weekly mean.",
        )
    )
    canvas.text(" ".join(notes), 7.5, colour=GREY)
    if data.observations:
        canvas.text(
            translate("report_pdf", "What Unknot told the patient about these weeks:"),
            9,
            bold=True,
            after=1,
        )
    for line in data.observations:
        canvas.bullet(line)


def _treatments_and_notes(canvas: ReportCanvas, data: ReportData) -> None:
    numbers = {k.progress.knot.id: k.number for k in data.knots}
    if data.treatments:
        canvas.heading(translate("report_pdf", "Treatments logged"))
        for treatment in data.treatments:
            knots = sorted(numbers[k] for k in treatment.knot_ids if k in numbers)
            what = treatment.kind.label
            if knots:
                which = (
                    translate("report_pdf", "{treatment} (knot {numbers})")
                    if len(knots) == 1
                    else translate("report_pdf", "{treatment} (knots {numbers})")
                )
                what = which.format(treatment=what, numbers=", ".join(map(str, knots)))
            line = (
                translate("report_pdf", "{day}: {treatment}: {notes}")
                if treatment.notes
                else translate("report_pdf", "{day}: {treatment}")
            )
            canvas.text(
                line.format(
                    day=day_words(treatment.on), treatment=what, notes=isolate(treatment.notes)
                ),
                9,
                after=1,
            )
    if data.notes:
        canvas.heading(translate("report_pdf", "The patient's notes"))
        for note in data.notes:
            canvas.text(
                translate("report_pdf", "{about}, {when}: {note}").format(
                    about=isolate(note.about), when=note.when, note=isolate(note.text)
                ),
                9,
                after=1,
            )
