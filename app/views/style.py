"""The app's one accent colour, the status pill and the page header: what gives the window its
hierarchy. The accent is the palette's highlight, darkened (light windows) or lightened (dark
windows) until text on it reads at 4.5:1, so it follows the system's choice on both schemes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.models.tones import Tone, is_dark, tone_color

PILL_TINT = 0.16
"""How much of the tone colours a pill's background (over the table's base)."""
PILL_PADDING = 8
PILL_CACHE_SIZE = 256
"""Pill drawings kept per delegate (a status, a width, a colour make one)."""


def luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def blend(base: QColor, over: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(
        base.redF() + (over.redF() - base.redF()) * amount,
        base.greenF() + (over.greenF() - base.greenF()) * amount,
        base.blueF() + (over.blueF() - base.blueF()) * amount,
    )


def accent_colors(palette: QPalette | None = None) -> tuple[QColor, QColor]:
    """(accent, text on the accent), at least 4.5:1 apart."""
    palette = palette if palette is not None else QGuiApplication.palette()
    accent = QColor(palette.color(QPalette.ColorRole.Highlight))
    dark = is_dark(palette)
    text = QColor("#1a1a1a") if dark else QColor("#ffffff")
    for _ in range(40):
        if contrast(accent, text) >= 4.5:
            break
        accent = accent.lighter(106) if dark else accent.darker(106)
    return accent, text


FOCUS_CONTRAST = 3.0
"""What a focus outline needs against the window to be seen (WCAG 2.2's non-text contrast)."""


def focus_color(palette: QPalette | None = None) -> QColor:
    """The focus outline's colour: the accent, taken further from the window until it reads at
    `FOCUS_CONTRAST` on light and on dark windows alike."""
    palette = palette if palette is not None else QGuiApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    color, _ = accent_colors(palette)
    dark = is_dark(palette)
    for _ in range(40):
        if contrast(color, window) >= FOCUS_CONTRAST:
            break
        color = color.lighter(110) if dark else color.darker(110)
    return color


def style_sheet(palette: QPalette | None = None) -> str:
    """The window's few rules: the primary button and the open tab in the accent colour, and a
    focus outline on the link panel's buttons (the native styles draw little or none there, and
    a space typed while one has the focus presses it)."""
    accent, on_accent = accent_colors(palette)
    focus = focus_color(palette)
    return (
        f"QWidget#linkPanel QPushButton:focus {{ border: 2px solid {focus.name()};"
        " border-radius: 4px; padding: 4px 10px; background: palette(button); }"
        f'QPushButton[primary="true"]:enabled {{ background: {accent.name()};'
        f" color: {on_accent.name()}; border: 1px solid {accent.darker(120).name()};"
        " border-radius: 4px; padding: 5px 14px; font-weight: bold; }"
        f'QPushButton[primary="true"]:enabled:hover {{'
        f" background: {accent.darker(110).name()}; }}"
        "QTabWidget#tabs > QTabBar::tab { padding: 7px 8px; margin-right: 2px;"
        " border: none; border-bottom: 3px solid transparent; background: transparent; }"
        f"QTabWidget#tabs > QTabBar::tab:selected {{ border-bottom: 3px solid {accent.name()}; }}"
        "QTabWidget#tabs > QTabBar::tab:!selected:hover { border-bottom: 3px solid palette(mid); }"
        "QLabel#pageTitle { font-weight: bold; }"
    )


class PageHeader(QWidget):
    """Where you are ("Paylink — Demo") and, once, what the page is for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageHeader")
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.description = QLabel(self)
        self.description.setObjectName("pageDescription")
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.description.setWordWrap(True)
        self.description.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.description)

    def set_text(self, title: str, description: str) -> None:
        self.title.setText(title)
        self.description.setText(description)


ModelIndex = QModelIndex | QPersistentModelIndex
ToneOf = Callable[[ModelIndex], Tone | None]
TextOf = Callable[[ModelIndex], str]


class StatusPillDelegate(QStyledItemDelegate):
    """Draws a status cell as a rounded pill: the tone's colour on a tint of it, with the cell's
    icon and text (never colour alone). ``tone_of`` gives the tone (None: neutral), ``text_of``
    the words (the cell's text by default)."""

    def __init__(
        self, tone_of: ToneOf, text_of: TextOf | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._tone_of = tone_of
        self._text_of = text_of
        self._pills: dict[tuple[object, ...], QPixmap] = {}  # a pill's look -> its drawing

    def text(self, index: ModelIndex) -> str:
        if self._text_of is not None:
            return self._text_of(index)
        value = index.data(Qt.ItemDataRole.DisplayRole)
        return "" if value is None else str(value)

    def colors(self, index: ModelIndex, palette: QPalette) -> tuple[QColor, QColor]:
        """(text, background) of the pill; the text reads at 4.5:1 on the background."""
        tone = self._tone_of(index)
        base = palette.color(QPalette.ColorRole.Base)
        if tone is None:
            text = palette.color(QPalette.ColorRole.Text)
            return text, blend(base, text, 0.08)
        text = tone_color(tone, palette)
        return text, blend(base, text, PILL_TINT)

    def pill_width(self, option: QStyleOptionViewItem, text: str, has_icon: bool) -> int:
        icon = option.decorationSize.width() + 4 if has_icon else 0
        return option.fontMetrics.horizontalAdvance(text) + icon + 2 * PILL_PADDING + 8

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        has_icon = index.data(Qt.ItemDataRole.DecorationRole) is not None
        wanted = self.pill_width(option, self.text(index), has_icon)
        return QSize(max(size.width(), wanted), size.height())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        # The cell's own background (selection, alternate rows, focus), as the view set it up,
        # without its text or icon: no `initStyleOption`, which would ask the model for seven
        # roles this cell then does not draw (a repaint has a pill on every visible row).
        opt = QStyleOptionViewItem(option)
        if isinstance(index, QModelIndex):
            opt.index = index
        opt.features &= ~(
            QStyleOptionViewItem.ViewItemFeature.HasDecoration
            | QStyleOptionViewItem.ViewItemFeature.HasDisplay
        )
        # The stubs say ``widget`` is always set; a delegate painting off a view gets None.
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        text = self.text(index)
        decoration = index.data(Qt.ItemDataRole.DecorationRole)
        icon = decoration if isinstance(decoration, QIcon) else QIcon()
        fg, bg = self.colors(index, option.palette)
        rect = option.rect.adjusted(4, 4, -4, -4)
        width = min(rect.width(), self.pill_width(option, text, not icon.isNull()) - 8)
        # A repaint draws a pill on every visible row, most of them alike: each look is drawn
        # once into a pixmap and copied after (the antialiased shape and the text layout cost
        # a third of a millisecond a cell; a copy, a few microseconds).
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        key = (
            text,
            fg.rgba(),
            bg.rgba(),
            width,
            rect.height(),
            icon.cacheKey() if not icon.isNull() else 0,
            ratio,
            option.font.key(),
            option.decorationSize.height(),
        )
        pixmap = self._pills.get(key)
        if pixmap is None:
            pixmap = self._draw_pill(option, text, icon, fg, bg, QSize(width, rect.height()), ratio)
            if len(self._pills) >= PILL_CACHE_SIZE:
                self._pills.pop(next(iter(self._pills)))  # the oldest look
            self._pills[key] = pixmap
        painter.drawPixmap(rect.topLeft(), pixmap)

    def _draw_pill(
        self,
        option: QStyleOptionViewItem,
        text: str,
        icon: QIcon,
        fg: QColor,
        bg: QColor,
        size: QSize,
        ratio: float,
    ) -> QPixmap:
        pixmap = QPixmap(size * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setFont(option.font)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bg)
        pill = QRect(0, 0, size.width(), size.height())
        radius = pill.height() / 2
        painter.drawRoundedRect(pill, radius, radius)
        x = PILL_PADDING
        if not icon.isNull():
            side = min(option.decorationSize.height(), pill.height())
            icon.paint(painter, QRect(x, pill.center().y() - side // 2 + 1, side, side))
            x += side + 4
        painter.setPen(fg)
        text_rect = QRect(x, 0, pill.right() - x - PILL_PADDING + 2, pill.height())
        shown = option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width())
        align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        painter.drawText(text_rect, int(align), shown)
        painter.end()
        return pixmap
