"""The window for creating many paylinks from a spreadsheet: open a file, map its columns, check
the preview, create, follow the progress, then export, save QR codes or open e-mails.

Widgets only: every rule lives in `app.models.batch_controller` and `app.batch`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.batch.mapping import CONSTANT_FIELDS, Field, Mapping
from app.models.batch_controller import BatchController
from app.models.batch_table import FIELD_OF, Column, field_name
from app.models.folders import FileKind, FolderMemory
from app.models.locale_format import ui_money
from app.models.session import ProfileSession
from app.models.spreadsheet import csv_delimiter
from app.views import dialogs

UrlOpener = Callable[[QUrl], object]
FileChooser = Callable[[QWidget, str, str, str], str]
"""(parent, title, where to start, name filters) -> the chosen path, "" when cancelled."""


def _open_file_dialog(parent: QWidget, title: str, start: str, filters: str) -> str:
    return QFileDialog.getOpenFileName(parent, title, start, filters)[0]


def _save_file_dialog(parent: QWidget, title: str, start: str, filters: str) -> str:
    return QFileDialog.getSaveFileName(parent, title, start, filters)[0]


_ALWAYS_SHOWN = frozenset({Column.TITLE, Column.AMOUNT, Column.STATE})


class BatchWindow(QWidget):
    def __init__(
        self,
        controller: BatchController,
        folders: FolderMemory | None = None,
        *,
        open_url: UrlOpener = QDesktopServices.openUrl,
        choose_open: FileChooser = _open_file_dialog,
        choose_save: FileChooser = _save_file_dialog,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.controller = controller
        self.folders = folders or FolderMemory()
        self._open_url = open_url
        # The file dialogs block: tests hand in their own choice.
        self._choose_open = choose_open
        self._choose_save = choose_save
        self.setObjectName("batchWindow")
        self.setWindowTitle(self.tr("Create paylinks from a spreadsheet"))
        self.resize(1100, 700)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open file…"), self)
        self.open_button.setObjectName("batchOpen")
        self.open_button.clicked.connect(self.choose_file)
        self.detected_label = QLabel(self)
        self.detected_label.setObjectName("batchDetected")
        self.resume_button = QPushButton(self.tr("Resume the unfinished batch"), self)
        self.resume_button.setObjectName("batchResumeStored")
        self.resume_button.clicked.connect(self._open_unfinished)
        top.addWidget(self.open_button)
        top.addWidget(self.detected_label, 1)
        top.addWidget(self.resume_button)
        layout.addLayout(top)

        self.mapping_box = QGroupBox(self.tr("Columns"), self)
        grid = QGridLayout(self.mapping_box)
        self.column_combos: dict[Field, QComboBox] = {}
        self.constant_edits: dict[Field, QLineEdit] = {}
        for n, name in enumerate(Field):
            label = QLabel(field_name(name), self.mapping_box)
            combo = QComboBox(self.mapping_box)
            combo.setObjectName(f"batchColumn_{name.value}")
            combo.setAccessibleName(field_name(name))
            label.setBuddy(combo)
            combo.activated.connect(self._mapping_edited)
            self.column_combos[name] = combo
            row, col = divmod(n, 3)
            grid.addWidget(label, row, col * 3)
            grid.addWidget(combo, row, col * 3 + 1)
            if name in CONSTANT_FIELDS:
                edit = QLineEdit(self.mapping_box)
                edit.setObjectName(f"batchConstant_{name.value}")
                edit.setPlaceholderText(self.tr("same for every row"))
                edit.setAccessibleName(self.tr("%s for every row") % field_name(name))
                edit.editingFinished.connect(self._mapping_edited)
                self.constant_edits[name] = edit
                grid.addWidget(edit, row, col * 3 + 2)
        layout.addWidget(self.mapping_box)

        self.table = QTableView(self)
        self.table.setObjectName("batchTable")
        self.table.setModel(controller.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.verticalHeader().setDefaultSectionSize(24)
        # The last column shown (the state, then the link) takes the room left: no blank band.
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("batchSummary")
        self.summary_label.setWordWrap(True)
        # A line is kept for it: its first words after a file is read move nothing.
        self.summary_label.setMinimumHeight(self.summary_label.fontMetrics().lineSpacing())
        layout.addWidget(self.summary_label)

        bottom = QHBoxLayout()
        self.create_button = QPushButton(self.tr("Create…"), self)
        self.create_button.setObjectName("batchCreate")
        self.create_button.clicked.connect(self.request_create)
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.stop_button.setObjectName("batchStop")
        self.stop_button.clicked.connect(controller.stop)
        self.continue_button = QPushButton(self.tr("Resume"), self)
        self.continue_button.setObjectName("batchResume")
        self.continue_button.clicked.connect(controller.resume)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("batchProgress")
        self.time_label = QLabel(self)
        self.time_label.setObjectName("batchTimeLeft")
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setObjectName("batchExport")
        self.export_button.clicked.connect(self.choose_export)
        self.qr_button = QPushButton(self.tr("Save QR codes…"), self)
        self.qr_button.setObjectName("batchQr")
        self.qr_button.clicked.connect(self.choose_qr_folder)
        self.mail_button = QPushButton(self.tr("Open e-mail"), self)
        self.mail_button.setObjectName("batchMail")
        self.mail_button.clicked.connect(self.open_mail)
        for widget in (
            self.create_button,
            self.stop_button,
            self.continue_button,
            self.progress_bar,
            self.time_label,
            self.export_button,
            self.qr_button,
            self.mail_button,
        ):
            bottom.addWidget(widget)
        layout.addLayout(bottom)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("batchStatus")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        QShortcut(QKeySequence("Ctrl+O"), self, self.choose_file)

        controller.loaded.connect(self._on_loaded)
        controller.load_failed.connect(self._on_load_failed)
        controller.summary_changed.connect(self._update)
        controller.progress.connect(self._on_progress)
        controller.running_changed.connect(lambda _r: self._update())
        controller.message.connect(self.status_label.setText)
        controller.finished.connect(self._update)
        self._update()

    # -- session --------------------------------------------------------------------------------

    def set_session(self, session: ProfileSession | None) -> None:
        self.controller.set_session(session)
        self.detected_label.setText("")
        self._fill_mapping()
        self._update()

    # -- file -----------------------------------------------------------------------------------

    def choose_file(self) -> None:
        path = self._choose_open(
            self,
            self.tr("Open a spreadsheet"),
            str(self.folders.folder(FileKind.IMPORT)),
            self.tr("Spreadsheets (*.csv *.txt *.xlsx);;All files (*)"),
        )
        if path:
            self.folders.remember(FileKind.IMPORT, path)
            self.load(Path(path))

    def load(self, path: Path) -> bool:
        self.status_label.setText(self.tr("Reading %s…") % path.name)
        return self.controller.load(path)

    def _on_loaded(self, detected: str) -> None:
        self.detected_label.setText(self.tr("Read as: %s") % detected)
        self.status_label.setText("")
        self._fill_mapping()  # the counts follow (`summary_changed`)

    def _on_load_failed(self, sentence: str) -> None:
        self.status_label.setText("⚠ " + sentence)

    def _fill_mapping(self) -> None:
        header = self.controller.header
        mapping = self.controller.mapping or Mapping()
        for name, combo in self.column_combos.items():
            combo.clear()
            combo.addItem(self.tr("(no column)"), -1)
            for index, text in enumerate(header):
                combo.addItem(text or self.tr("Column %d") % (index + 1), index)
            combo.setCurrentIndex(combo.findData(mapping.columns.get(name, -1)))
        for name, edit in self.constant_edits.items():
            edit.setText(mapping.constants.get(name, ""))

    def current_mapping(self) -> Mapping:
        columns = {
            name: int(combo.currentData())
            for name, combo in self.column_combos.items()
            if combo.currentData() is not None and int(combo.currentData()) >= 0
        }
        constants = {
            n: e.text().strip() for n, e in self.constant_edits.items() if e.text().strip()
        }
        return Mapping(columns, constants)

    def _mapping_edited(self, *_args: object) -> None:
        mapping = self.current_mapping()
        if self.controller.mapping is not None and mapping != self.controller.mapping:
            self.controller.set_mapping(mapping)

    # -- creating -------------------------------------------------------------------------------

    def totals_text(self) -> str:
        return ", ".join(ui_money(m, c) for c, m in self.controller.totals().items()) or "–"

    def request_create(self) -> None:
        if not self.controller.can_create():
            return
        count = len(self.controller.included_rows())

        def confirmed(ok: bool) -> None:
            if ok:
                self.controller.create()

        dialogs.ask(
            self,
            self.tr("Create paylinks"),
            self.tr("Create %d paylinks for %s?") % (count, self.totals_text()),
            self.tr("Create %d paylinks") % count,
            confirmed,
            informative=self.tr(
                "Each is sent once; a stopped or interrupted batch goes on with Resume and never "
                "sends a row twice."
            ),
        )

    def _open_unfinished(self) -> None:
        found = self.controller.unfinished_batches()
        if found:
            self.controller.open_batch(found[0][0])
            self._update()

    def _on_progress(self, done: int, total: int, seconds_left: float) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self.progress_bar.setFormat(self.tr("%d of %d") % (done, total))
        if seconds_left > 0:
            minutes, seconds = divmod(round(seconds_left), 60)
            self.time_label.setText(self.tr("about %d:%02d left") % (minutes, seconds))
        else:
            self.time_label.setText("")
        self._update()

    def _update(self) -> None:
        c = self.controller
        to_create, bad, flagged = c.counts()
        if c.model.rowCount():
            self.summary_label.setText(
                self.tr("%d rows to create (%s); %d with problems; %d left out as duplicates.")
                % (to_create, self.totals_text(), bad, flagged)
            )
        else:
            self.summary_label.setText("")
        batch = c.batch_id is not None
        self.create_button.setEnabled(c.can_create())
        self.stop_button.setEnabled(c.running)
        self.continue_button.setEnabled(batch and not c.running)
        self.mapping_box.setEnabled(not batch and c.mapping is not None)
        self.open_button.setEnabled(not c.running)
        self.resume_button.setVisible(not batch and bool(c.unfinished_batches()))
        made = c.summary().links
        self._show_columns(made)
        self.export_button.setEnabled(c.model.rowCount() > 0)
        self.qr_button.setEnabled(made)
        self.mail_button.setEnabled(made)

    def _show_columns(self, links: bool) -> None:
        """The columns that say something: Title (it holds the row's box) and Amount, the
        fields a file column or a constant fills, the state, and the link once a row has one.
        A stored batch (no mapping) shows every field."""
        mapping = self.controller.mapping
        for column in Column:
            name = FIELD_OF.get(column)
            if column in _ALWAYS_SHOWN:
                shown = True
            elif column is Column.LINK:
                shown = links
            else:
                shown = (
                    mapping is None
                    or name in mapping.columns
                    or bool(name is not None and mapping.constants.get(name))
                )
            self.table.setColumnHidden(column, not shown)

    # -- results --------------------------------------------------------------------------------

    def choose_export(self) -> None:
        path = self._choose_save(
            self,
            self.tr("Export the results"),
            self.folders.suggest(FileKind.EXPORT, "paylinks.csv"),
            self.tr("CSV (*.csv);;Excel workbook (*.xlsx)"),
        )
        if path:
            self.folders.remember(FileKind.EXPORT, path)
            self.export(Path(path))

    def export(self, path: Path) -> None:
        def done(error: BaseException | None) -> None:
            self.status_label.setText(
                self.tr("Saved %s.") % path.name
                if error is None
                else self.tr("Could not save %s: %s") % (path.name, error)
            )

        self.controller.export(path, done, delimiter=csv_delimiter())

    def choose_qr_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Save QR codes in"), str(self.folders.folder(FileKind.QR_CODE))
        )
        if folder:
            self.folders.remember(FileKind.QR_CODE, Path(folder) / "x.png")
            self.save_qr_codes(Path(folder))

    def save_qr_codes(self, folder: Path) -> None:
        def done(result: int | BaseException) -> None:
            self.status_label.setText(
                self.tr("%d QR codes saved in %s.") % (result, folder)
                if isinstance(result, int)
                else self.tr("Could not save the QR codes: %s") % result
            )

        self.controller.save_qr_codes(folder, done)

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return rows[0].row()
        current = self.table.currentIndex()
        return current.row() if current.isValid() else None

    def open_mail(self) -> bool:
        index = self.selected_row()
        if index is None:
            self.status_label.setText(self.tr("Choose a row with a link first."))
            return False
        url = self.controller.mailto_for(self.controller.model.row_at(index))
        if url is None:
            self.status_label.setText(self.tr("This row has no e-mail address or no link yet."))
            return False
        self._open_url(QUrl(url))
        return True

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        row = index.row()
        menu = QMenu(self)
        if row in self.controller.unknown_rows():
            menu.addAction(
                self.tr("It was not created: send it with the next Resume"),
                lambda: self.controller.release(row),
            )
        menu.addAction(self.tr("Open e-mail"), self.open_mail)
        menu.popup(self.table.viewport().mapToGlobal(pos))
