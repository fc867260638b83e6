"""The form kit: a labelled field row with its inline error, the "touched" rule, a secret field.

Every form of the app is built from these, so the rules hold everywhere at once:

* a row's label has its buddy set to the *input* (never to the wrapper that also holds the error
  label): a wrapper takes no focus, so its label's Alt+letter would do nothing;
* an error shows once the user has edited or left its field, or for every field after an attempt
  to submit (`FieldErrors`), and is revalidated as they type;
* a secret is echoed as dots until the user asks to see it (`SecretField`).

Forms whose rows are alike are built from a table of `FieldSpec`s (`line_rows`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.views.field_error import FieldError


@dataclass(frozen=True)
class FieldSpec:
    """One line-edit row of a form: what a table of fields holds.

    ``label`` and ``placeholder`` are English source texts marked with ``QT_TRANSLATE_NOOP`` in
    the form's translation context (the form translates them); ``label`` carries its ``&``
    letter. A placeholder that needs no translation (``https://``) is left unmarked."""

    name: str
    label: str
    placeholder: str = ""
    max_length: int = 0


class FieldErrors:
    """The error labels of one form and when each may speak.

    A field's error shows once the user has edited or left it (`touch`), and every error shows
    after an attempt to submit (`show_all`); `show` is called after each revalidation with all
    current errors, so a fixed field's message goes as the user types."""

    def __init__(self) -> None:
        self.labels: dict[str, FieldError] = {}
        self.touched: set[str] = set()
        self.show_all = False

    def add(self, name: str, parent: QWidget) -> FieldError:
        label = FieldError(parent)
        label.setObjectName(f"{name}_error")
        self.labels[name] = label
        return label

    def touch(self, name: str) -> None:
        self.touched.add(name)

    def untouch(self, name: str) -> None:
        self.touched.discard(name)

    def reset(self) -> None:
        """A fresh form: nothing touched, nothing said."""
        self.touched.clear()
        self.show_all = False

    def shows(self, name: str) -> bool:
        return self.show_all or name in self.touched

    def show(
        self,
        errors: Mapping[str, str],
        *,
        always: Callable[[str], bool] | None = None,
        skip: Iterable[str] = (),
    ) -> None:
        """Show each label's error if its field may speak (``always``: fields that speak from the
        first keystroke; ``skip``: labels the form fills itself)."""
        skipped = set(skip)
        for name, label in self.labels.items():
            if name in skipped:
                continue
            speaks = self.shows(name) or (always is not None and always(name))
            label.show_error(errors.get(name) if speaks else None)

    def message(self, name: str) -> str:
        """The message shown for ``name`` ("" when none)."""
        label = self.labels.get(name)
        return label.message() if label is not None else ""


def field_row(
    errors: FieldErrors,
    name: str,
    parent: QWidget,
    *widgets: QWidget,
    direction: QBoxLayout.Direction = QBoxLayout.Direction.LeftToRight,
) -> QWidget:
    """The field column of a row: ``widgets`` side by side (the first one stretches), and the
    error label of ``name`` under them."""
    box = QWidget(parent)
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    if len(widgets) == 1 and direction is QBoxLayout.Direction.LeftToRight:
        column.addWidget(widgets[0])
    else:
        line = QBoxLayout(direction)
        line.setContentsMargins(0, 0, 0, 0)
        for index, widget in enumerate(widgets):
            line.addWidget(widget, 1 if index == 0 else 0)
        column.addLayout(line)
    column.addWidget(errors.add(name, box))
    return box


def add_row(form: QFormLayout, text: str, buddy: QWidget, field: QWidget) -> QLabel:
    """A row of ``form``: the label ``text`` (with its ``&`` letter) pointing at ``buddy``, the
    input that Alt+letter moves the cursor into, and ``field``, what the row shows."""
    label = QLabel(text, field.parentWidget())
    label.setBuddy(buddy)
    form.addRow(label, field)
    return label


def hide_rows(form: QFormLayout, buddies: Iterable[QWidget]) -> None:
    """Hide the rows of ``form`` whose label points at one of ``buddies`` (label and field:
    out of sight and out of the tab chain)."""
    hidden = set(buddies)
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        label = item.widget() if item is not None else None
        if isinstance(label, QLabel) and label.buddy() in hidden:
            form.setRowVisible(row, False)


def line_rows(
    form: QFormLayout,
    specs: Iterable[FieldSpec],
    errors: FieldErrors,
    parent: QWidget,
    make_line: Callable[[FieldSpec], QLineEdit],
    translate: Callable[[str], str],
    extra: Callable[[FieldSpec], Iterable[QWidget]] | None = None,
) -> dict[str, QLineEdit]:
    """One row per spec: its line edit (made by ``make_line``, which connects it), any
    ``extra`` widgets beside it, and its error label; returns the edits by name."""
    edits: dict[str, QLineEdit] = {}
    for spec in specs:
        edit = make_line(spec)
        if spec.max_length:
            edit.setMaxLength(spec.max_length)
        beside = list(extra(spec)) if extra is not None else []
        add_row(
            form,
            translate(spec.label),
            edit,
            field_row(errors, spec.name, parent, edit, *beside),
        )
        edits[spec.name] = edit
    return edits


class SecretField(QWidget):
    """A secret typed as dots, with a toggle that shows it (and hides it again).

    The texts come from the form (its translation context holds them and their Alt+letters);
    the row's label has `edit` as its buddy."""

    def __init__(
        self,
        parent: QWidget,
        *,
        show_text: str,
        hide_text: str,
        tooltip: str,
        name: str = "secret",
    ) -> None:
        super().__init__(parent)
        self._show_text, self._hide_text = show_text, hide_text
        self.edit = QLineEdit(self)
        self.edit.setObjectName(name)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.toggle = QToolButton(self)
        self.toggle.setObjectName(f"{name}_toggle")
        self.toggle.setCheckable(True)
        self.toggle.setText(show_text)
        self.toggle.setToolTip(tooltip)
        self.toggle.toggled.connect(self._on_toggled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.toggle)

    def shown(self) -> bool:
        return self.edit.echoMode() is QLineEdit.EchoMode.Normal

    def _on_toggled(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.toggle.setText(self._hide_text if shown else self._show_text)
