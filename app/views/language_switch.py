"""What a window hands to its successor when the UI language changes (View > Language).

The application builds a new `MainWindow` in the new language over the same models
(`Application.apply_language`); `carry_over` takes from the old window what only its widgets
hold (geometry, open tab, splitter, the link panel's link, typed form values, the lists' search,
filters, columns and sort, History's selected row) and `WindowState.restore` gives it to the new
one. `retire` then takes the old window out of service without closing the application.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QCheckBox, QComboBox, QHeaderView, QLineEdit, QTableView, QToolButton

if TYPE_CHECKING:
    from app.models.messages import LinkInfo
    from app.models.paylink_form import FormValues
    from app.store.records import Record
    from app.views.main_window import MainWindow


@dataclass
class WindowState:
    geometry: QByteArray
    state: QByteArray
    visible: bool
    tab: int
    splitter: list[int]
    link: LinkInfo | None
    message_language: str | None
    last_record: Record | None
    forms: dict[str, FormValues]
    # Per list tab (by tab index): the states of its inputs, by object name or order.
    inputs: dict[int, list[Any]] = field(default_factory=dict)
    headers: dict[int, QByteArray] = field(default_factory=dict)
    history_selection: int | None = None

    def restore(self, window: MainWindow) -> None:
        window.restoreGeometry(self.geometry)
        window.restoreState(self.state)
        for kind, values in self.forms.items():
            form = window.invoice_form if kind == window.invoice_form.kind.value else None
            if form is None and window.page_tab.view is not None:
                form = window.page_form
            if form is not None:
                form.set_values(values)
        for index, states in self.inputs.items():
            _set_inputs(window.tabs.widget(index), states)
        for index, header in self.headers.items():
            table = _table(window.tabs.widget(index))
            if table is not None:
                table.horizontalHeader().restoreState(header)
        history = _view(window.tabs.widget(2))
        if self.history_selection is not None and hasattr(history, "select_record"):
            history.select_record(self.history_selection)
        window.tabs.setCurrentIndex(self.tab)
        if self.link is not None:
            window.link_panel.show_link(self.link)
            if self.message_language:
                window.link_panel.set_message_language(self.message_language)
        if self.last_record is not None:
            window.restore_last_record(self.last_record)
        if self.visible:
            window.keep_split(self.splitter)
            window.show()
            window.activateWindow()


def carry_over(window: MainWindow) -> WindowState:
    """What ``window`` shows that its models do not keep; the forms' drafts are flushed too."""
    forms: dict[str, FormValues] = {}
    for form in window.forms():
        form.save_draft()
        forms[form.kind.value] = form.values()
    panel = window.link_panel
    state = WindowState(
        geometry=window.saveGeometry(),
        state=window.saveState(),
        visible=window.isVisible(),
        tab=window.tabs.currentIndex(),
        splitter=window.splitter.sizes(),
        link=panel.info,
        message_language=panel.message_language() if panel.info is not None else None,
        last_record=window.last_record,
        forms=forms,
    )
    for index in range(window.tabs.count()):
        view = _view(window.tabs.widget(index))
        if view is None or view in (window.invoice_form, window.page_tab.view):
            continue
        state.inputs[index] = _inputs(view)
        table = _table(view)
        if table is not None:
            state.headers[index] = table.horizontalHeader().saveState()
        if hasattr(view, "selected_record"):
            record = view.selected_record()
            state.history_selection = record.id if record is not None else None
    return state


def retire(window: MainWindow) -> None:
    """Hide and delete ``window`` without running its close hook (the application goes on)."""
    for form in window.forms():
        form.detach()
    window.mark_closed()
    window.hide()
    window.deleteLater()


def _view(widget: Any) -> Any:
    """The real view behind a tab (a `LazyTab` stands in for some)."""
    view = getattr(widget, "view", None)
    return view if view is not None else widget


def _table(view: Any) -> QTableView | None:
    table = getattr(_view(view), "table", None)
    return table if isinstance(table, QTableView) else None


def _input_widgets(view: Any) -> list[Any]:
    """The list tab's own inputs, in creation order: search, filters, chips."""
    found = [
        w
        for kind in (QLineEdit, QComboBox, QCheckBox, QToolButton)
        for w in view.findChildren(kind)
        if _owned_input(w)
    ]
    return found


def _owned_input(widget: Any) -> bool:
    from app.views.link_panel import LinkPanel

    parent = widget.parent()
    while parent is not None:  # a link panel's inputs are built with its first link
        if isinstance(parent, LinkPanel):
            return False
        parent = parent.parent()
    if isinstance(widget, QToolButton):
        return widget.isCheckable() and not isinstance(widget.parent(), QHeaderView)
    # Line edits inside spin boxes and combo boxes belong to those.
    return not isinstance(widget.parent(), QComboBox)


def _inputs(view: Any) -> list[Any]:
    values: list[Any] = []
    for widget in _input_widgets(view):
        if isinstance(widget, QLineEdit):
            values.append(widget.text())
        elif isinstance(widget, QComboBox):
            values.append(widget.currentIndex())
        else:
            values.append(widget.isChecked())
    return values


def _set_inputs(view: Any, values: list[Any]) -> None:
    widgets = _input_widgets(_view(view))
    if len(widgets) != len(values):
        return  # not the same view (cannot happen for one build); keep the defaults
    for widget, value in zip(widgets, values, strict=True):
        if isinstance(widget, QLineEdit):
            if widget.text() != value:
                widget.setText(value)
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(value)
        elif widget.isChecked() != value:
            widget.setChecked(value)
