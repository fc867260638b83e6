"""At the window's smallest size, in every UI language, on every tab: no button's text, no column
title and no status pill is cut short ("Auf dem S…r löschen", "In Kündi…")."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QHeaderView,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.application import Application
from app.models.history import Column
from app.views.style import StatusPillDelegate


def _cut_buttons(window: QWidget) -> list[str]:
    cut = []
    for button in window.findChildren(QAbstractButton):
        if not button.isVisible() or not button.text().strip():
            continue
        if button.width() < button.sizeHint().width():
            cut.append(f"{button.text()!r}: {button.width()} < {button.sizeHint().width()}")
    return cut


def _cut_headers(table: QTableView) -> list[str]:
    header = table.horizontalHeader()
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    model = table.model()
    cut = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        available = header.sectionSize(section) - 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            available -= arrow + margin
        needed = header.fontMetrics().horizontalAdvance(text)
        if needed > available:
            cut.append(f"column {text!r}: {available} < {needed}")
    return cut


def _cut_pills(table: QTableView) -> list[str]:
    cut = []
    model = table.model()
    for column in range(model.columnCount()):
        delegate = table.itemDelegateForColumn(column)
        if not isinstance(delegate, StatusPillDelegate) or table.isColumnHidden(column):
            continue
        option = QStyleOptionViewItem()
        option.initFrom(table)
        option.decorationSize = table.iconSize()
        if option.decorationSize.isEmpty():
            side = table.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
            option.decorationSize.setWidth(side)
            option.decorationSize.setHeight(side)
        shown: set[tuple[str, bool]] = set()
        for row in range(min(model.rowCount(), 500)):
            index: QModelIndex = model.index(row, column)
            has_icon = index.data(Qt.ItemDataRole.DecorationRole) is not None
            shown.add((delegate.text(index), has_icon))
        for text, has_icon in shown:
            needed = delegate.pill_width(option, text, has_icon)
            if needed > table.columnWidth(column):
                cut.append(f"pill {text!r}: {table.columnWidth(column)} < {needed}")
    return cut


def _history_rows(application: Application) -> None:
    """Rows in every state whose words are long: waiting, failed, may have been created."""
    records = application.records
    waiting = records.begin("demo", "invoice", "Hosting 2027", "INV-1", 24000, "CHF", "", {})
    records.settle_created(waiting, 1, "h", "http://127.0.0.1:1/pay/h", "waiting")
    failed = records.begin("demo", "invoice", "Webshop", "INV-2", 12000, "CHF", "", {})
    records.settle_failed(failed, "refused")
    unknown = records.begin("demo", "invoice", "Beitrag", "INV-3", 9000, "CHF", "", {})
    records.settle_unknown(unknown, "timeout")
    paid = records.begin("demo", "invoice", "Beratung", "INV-4", 123450, "CHF", "a@b.ch", {})
    records.settle_created(paid, 2, "i", "http://127.0.0.1:1/pay/i", "confirmed")
    application.history.reload()


@pytest.mark.parametrize("language", ["en", "de", "fr", "it"])
def test_nothing_is_cut_short_at_the_smallest_window(
    qtbot: QtBot, open_window: Callable[[str], Application], language: str
) -> None:
    application = open_window(language)
    window = application.window
    assert window is not None
    _history_rows(application)
    smallest = window.minimumSize().expandedTo(window.minimumSizeHint())
    window.resize(smallest)
    qtbot.waitUntil(lambda: window.width() == smallest.width())
    problems: list[str] = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda: application.runner.active_count == 0, timeout=15_000)
        QCoreApplication.sendPostedEvents()  # the layout requests the switch posted: settled
        name = window.tabs.tabText(index)
        bar = window.tabs.tabBar()
        if bar.sizeHint().width() > window.tabs.width():  # scroll arrows would hide tabs
            problems.append(f"{name}: the tabs need {bar.sizeHint().width()} px")
        problems += [f"{name}: {p}" for p in _cut_buttons(window)]
        for table in window.tabs.currentWidget().findChildren(QTableView):
            if table.isVisible() and isinstance(table.horizontalHeader(), QHeaderView):
                problems += [f"{name}: {p}" for p in _cut_headers(table) + _cut_pills(table)]
    subscriptions = window.tabs.widget(3).view  # type: ignore[attr-defined]
    search, chip = subscriptions.search, next(iter(subscriptions.chips.values()))
    search_rect = search.rect().translated(search.mapTo(window, search.rect().topLeft()))
    chip_rect = chip.rect().translated(chip.mapTo(window, chip.rect().topLeft()))
    # Beside it or below it, at least 6 px away.
    gap = max(chip_rect.left() - search_rect.right(), chip_rect.top() - search_rect.bottom())
    if gap < 6:
        problems.append(f"the search box and the first chip are {gap} px apart")
    history = window.tabs.widget(2).view  # type: ignore[attr-defined]
    window.tabs.setCurrentIndex(2)
    title = history.table.columnWidth(Column.TITLE)
    if title < 200:
        problems.append(f"History's title column is {title} px wide")
    assert not problems, f"{language} at {smallest.width()}×{smallest.height()}:\n" + "\n".join(
        problems
    )
