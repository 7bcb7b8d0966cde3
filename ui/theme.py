"""Light and dark: the two palettes, the style that draws a clear focus ring, and
following the system's colour scheme (Settings → Appearance).

Both palettes are our own so that every text colour meets WCAG's 4.5:1 against the
background it is drawn on (tests/ui/test_theme.py measures them), whatever the platform
theme would have given. The Fusion style draws them the same on every platform.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QFocusFrame,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QWidget,
)

log = logging.getLogger("unknot.theme")

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# Each palette: role -> colour for the active and inactive groups; the disabled group
# takes DISABLED_TEXT for its text roles (WCAG exempts inactive controls from contrast).
LIGHT: dict[Role, str] = {
    Role.Window: "#f4f4f5",
    Role.WindowText: "#1b1b1f",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#eeeef1",
    Role.Text: "#1b1b1f",
    Role.Button: "#e9e9ed",
    Role.ButtonText: "#1b1b1f",
    Role.BrightText: "#ffffff",
    Role.Highlight: "#1d5fc4",
    Role.HighlightedText: "#ffffff",
    Role.Link: "#1a54b0",
    Role.LinkVisited: "#6b3fa3",
    Role.ToolTipBase: "#fffbe6",
    Role.ToolTipText: "#1b1b1f",
    Role.PlaceholderText: "#5f6068",
    Role.Light: "#ffffff",
    Role.Midlight: "#dcdce1",
    Role.Mid: "#a9a9b3",
    Role.Dark: "#8c8c96",
    Role.Shadow: "#5a5a63",
    Role.Accent: "#1d5fc4",
}
DARK: dict[Role, str] = {
    Role.Window: "#1f2023",
    Role.WindowText: "#e9e9ec",
    Role.Base: "#16171a",
    Role.AlternateBase: "#27292d",
    Role.Text: "#e9e9ec",
    Role.Button: "#2e3035",
    Role.ButtonText: "#e9e9ec",
    Role.BrightText: "#ffffff",
    Role.Highlight: "#3b6fd0",
    Role.HighlightedText: "#ffffff",
    Role.Link: "#8fb6ff",
    Role.LinkVisited: "#c6a3ff",
    Role.ToolTipBase: "#2e3035",
    Role.ToolTipText: "#e9e9ec",
    Role.PlaceholderText: "#a3a5ad",
    Role.Light: "#45474d",
    Role.Midlight: "#37393e",
    Role.Mid: "#65676f",
    Role.Dark: "#101113",
    Role.Shadow: "#000000",
    Role.Accent: "#3b6fd0",
}
DISABLED_TEXT = {"light": "#8b8c94", "dark": "#7b7d85"}
_TEXT_ROLES = (Role.WindowText, Role.Text, Role.ButtonText, Role.PlaceholderText)
# Pairs of (text, background) that must reach WCAG AA for normal text.
CONTRAST_PAIRS: tuple[tuple[Role, Role], ...] = (
    (Role.WindowText, Role.Window),
    (Role.WindowText, Role.Base),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.PlaceholderText, Role.Base),
    (Role.PlaceholderText, Role.Window),
    (Role.Link, Role.Base),
    (Role.Link, Role.Window),
)
FOCUS_RING_WIDTH = 3
# Controls whose edge we draw again, so that it can be seen in both palettes.
_OUTLINED = (
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.PrimitiveElement.PE_IndicatorRadioButton,
    QStyle.PrimitiveElement.PE_FrameLineEdit,
)
# A widget that draws its own focus (a style sheet's :focus) sets this property.
OWN_FOCUS = "drawsOwnFocus"


def palette_for(scheme: str) -> QPalette:
    """The palette of "light" or "dark"."""
    palette = QPalette()
    colours = DARK if scheme == "dark" else LIGHT
    for role, colour in colours.items():
        for group in (Group.Active, Group.Inactive, Group.Disabled):
            palette.setColor(group, role, QColor(colour))
    for role in _TEXT_ROLES:
        palette.setColor(Group.Disabled, role, QColor(DISABLED_TEXT[scheme]))
    return palette


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of a colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours, 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def system_scheme() -> str:
    """ "dark" when the desktop asks for dark colours, else "light"."""
    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


class UnknotStyle(QProxyStyle):
    """Fusion, with a focus ring thick enough to see at a glance in both themes."""

    def __init__(self) -> None:
        super().__init__("Fusion")

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric in (
            QStyle.PixelMetric.PM_FocusFrameHMargin,
            QStyle.PixelMetric.PM_FocusFrameVMargin,
        ):
            return FOCUS_RING_WIDTH
        return super().pixelMetric(metric, option, widget)

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in _OUTLINED:
            self._outline(element, option, painter)

    @staticmethod
    def _outline(element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter) -> None:
        """A border at least 3:1 against the field (WCAG's non-text contrast), which
        Fusion's own, drawn from the window colour, is not in the dark palette."""
        palette = option.palette
        text, base = palette.color(Role.Text), palette.color(Role.Base)
        edge = QColor(
            (text.red() + base.red()) // 2,
            (text.green() + base.green()) // 2,
            (text.blue() + base.blue()) // 2,
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(edge, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rect = option.rect.toRectF().adjusted(0.5, 0.5, -0.5, -0.5)
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(rect)
        else:
            painter.drawRoundedRect(rect, 2, 2)
        painter.restore()

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.ControlElement.CE_FocusFrame:
            self._ring(option.rect, option.palette, painter)
            return
        super().drawControl(element, option, painter, widget)

    @staticmethod
    def _ring(rect: QRect, palette: QPalette, painter: QPainter) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(palette.color(Role.Highlight), FOCUS_RING_WIDTH - 0.5)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = FOCUS_RING_WIDTH / 2
        painter.drawRoundedRect(rect.toRectF().adjusted(inset, inset, -inset, -inset), 5, 5)
        painter.restore()


class FocusRing(QObject):
    """Draws the ring around the widget that has the keyboard focus, when the focus came
    from the keyboard (Tab, a shortcut, a dialog opening); a mouse click hides it, as
    in most desktop apps. Listens only to focus changes: no per-event filter."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.frame: QFocusFrame | None = None
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        by_mouse = QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton
        if self.frame is not None and not _alive(self.frame):
            self.frame = None  # deleted with the window it was drawn in
        if (
            new is None
            or by_mouse
            or not new.isVisible()
            or new.isWindow()
            or new.property(OWN_FOCUS)
        ):
            if self.frame is not None:
                self.frame.setWidget(None)  # type: ignore[arg-type]  # Qt takes nullptr
            return
        if self.frame is None:
            self.frame = QFocusFrame()
            self.frame.setObjectName("focus-ring")
            self.frame.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.frame.setWidget(new)

    def current(self) -> QWidget | None:
        """The widget the ring is drawn around, if any."""
        if self.frame is None or not _alive(self.frame) or not self.frame.isVisible():
            return None
        return self.frame.widget()


def _alive(widget: QWidget) -> bool:
    try:
        widget.objectName()
    except RuntimeError:  # deleted with a window it was parented to
        return False
    return True


class Theme(QObject):
    """Applies the chosen look: "system" (and follows the desktop when it changes),
    "light" or "dark". One per application: `Theme.of(app)`."""

    @staticmethod
    def of(app: QApplication, choice: str = "system") -> Theme:
        """The application's theme (made on first use), set to `choice`."""
        theme = app.findChild(Theme, "unknot-theme")
        if theme is None:
            return Theme(app, choice)
        if not isinstance(app.style(), UnknotStyle):
            app.setStyle(UnknotStyle())
        theme.apply(choice)
        return theme

    def __init__(self, app: QApplication, choice: str = "system") -> None:
        super().__init__(app)
        self.setObjectName("unknot-theme")
        self.app = app
        self.choice = choice
        self.scheme = ""
        app.setStyle(UnknotStyle())
        self.focus_ring = FocusRing(app)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_changed)
        self.apply(choice)

    def apply(self, choice: str) -> None:
        """Use `choice` from now on."""
        self.choice = choice
        scheme = system_scheme() if choice == "system" else choice
        if scheme == self.scheme:
            return
        self.scheme = scheme
        log.info("theme %s (%s)", scheme, choice)
        self.app.setPalette(palette_for(scheme))
        for widget in self.app.allWidgets():  # style sheets with palette() look again
            if widget.styleSheet():
                widget.setStyleSheet(widget.styleSheet())

    def _system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.choice == "system":
            self.apply("system")
