"""A small bar chart of the last 30 days, painted by hand: per day a live bar and a test bar side
by side (test hatched, so the two differ without colour too). Its text summary, for screen
readers and for anyone who prefers numbers, is the accessible description and the tooltip."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.models.locale_format import ui_date
from app.models.payments_totals import Day


class DailyChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paymentsChart")
        self._days: list[Day] = []
        self.setMinimumSize(QSize(240, 90))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Paid per day, last 30 days"))

    def sizeHint(self) -> QSize:
        return QSize(360, 110)

    def set_days(self, days: Sequence[Day], summary: str) -> None:
        self._days = list(days)
        self.setAccessibleDescription(summary)
        self.setToolTip(summary)
        self.update()

    def days(self) -> list[Day]:
        return list(self._days)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        palette = self.palette()
        area = QRectF(self.rect()).adjusted(2, 4, -2, -14)
        axis = palette.color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(axis, 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        if not self._days:
            painter.end()
            return
        top = max((max(d.live, d.test) for d in self._days), default=0)
        slot = area.width() / len(self._days)
        bar = max(1.0, (slot - 2) / 2)
        live_color = palette.color(QPalette.ColorRole.Highlight)
        test_color = QColor(palette.color(QPalette.ColorRole.Text))
        test_color.setAlpha(150)
        painter.setPen(Qt.PenStyle.NoPen)
        for n, day in enumerate(self._days):
            x = area.left() + n * slot + 1
            for offset, value, brush in (
                (0.0, day.live, QBrush(live_color)),
                (bar, day.test, QBrush(test_color, Qt.BrushStyle.BDiagPattern)),
            ):
                if value <= 0 or top <= 0:
                    continue
                height = max(1.0, area.height() * value / top)
                painter.fillRect(QRectF(x + offset, area.bottom() - height, bar, height), brush)
        # First and last day under the axis, so the bars have a time to them.
        painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText)))
        font = painter.font()
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
        painter.setFont(font)
        first, last = self._days[0].day, self._days[-1].day
        label = QRectF(area.left(), area.bottom() + 1, area.width(), 13)
        painter.drawText(label, Qt.AlignmentFlag.AlignLeft, ui_date(first))
        painter.drawText(label, Qt.AlignmentFlag.AlignRight, ui_date(last))
        painter.end()
