"""The main window: profile switcher, the forms with their link panel, History, Subscriptions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Protocol, cast

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP
from app.models.link_state import link_info_of
from app.models.locale_format import ui_money
from app.models.runner import TaskRunner
from app.models.session import ProfileSession
from app.models.workspace import Workspace
from app.store.records import Record, RecordKind
from app.views.lazy_tab import LazyTab
from app.views.link_panel import LinkPanel
from app.views.notice_bar import NoticeBar
from app.views.paylink_form import PaylinkFormView
from app.views.style import PageHeader, style_sheet

TAB_DESCRIPTIONS = (
    QT_TRANSLATE_NOOP(
        "MainWindow",
        "A paylink is a payment link for one amount: send it by e-mail or show its QR code.",
    ),
    QT_TRANSLATE_NOOP(
        "MainWindow",
        "A payment page stays open for any number of payments: share its link or QR code.",
    ),
    QT_TRANSLATE_NOOP(
        "MainWindow", "Every paylink and payment page created here, with what became of it."
    ),
    QT_TRANSLATE_NOOP(
        "MainWindow", "The instance's subscriptions: who is active, in notice, failed or cancelled."
    ),
)


class SessionView(Protocol):
    def set_session(self, session: ProfileSession | None) -> None: ...


class Searchable(Protocol):
    def focus_search(self) -> None: ...


SHORTCUTS = (
    (
        "Ctrl+Enter",
        QT_TRANSLATE_NOOP("MainWindow", "Create the paylink or payment page of the open form"),
    ),
    ("Ctrl+Shift+C", QT_TRANSLATE_NOOP("MainWindow", "Copy the last created link")),
    (
        "Ctrl+1 … Ctrl+4",
        QT_TRANSLATE_NOOP(
            "MainWindow", "Switch between Paylink, Payment page, History and Subscriptions"
        ),
    ),
    ("Ctrl+I", QT_TRANSLATE_NOOP("MainWindow", "Manage instances")),
    ("Ctrl+Shift+O", QT_TRANSLATE_NOOP("MainWindow", "Create paylinks from a spreadsheet")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("MainWindow", "Search in History or Subscriptions")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("MainWindow", "Quit")),
)


def shortcut_text(keys: str) -> str:
    """``"Ctrl+Enter"`` as Qt writes it in the menus of the UI language ("Strg+Enter")."""
    return " … ".join(
        QKeySequence(part).toString(QKeySequence.SequenceFormat.NativeText)
        for part in keys.split(" … ")
    )


class MainWindow(QMainWindow):
    manage_instances_requested = Signal()
    open_log_folder_requested = Signal()
    copy_diagnostics_requested = Signal()
    batch_requested = Signal()  # File > Create paylinks from a spreadsheet…
    reset_demo_requested = Signal()
    language_chosen = Signal(str)  # "" follows the system

    def __init__(
        self,
        workspace: Workspace,
        runner: TaskRunner,
        invoice_form: PaylinkFormView,
        page_tab: LazyTab,
        link_panel: LinkPanel,
        extra_tabs: Sequence[tuple[str, QWidget]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.runner = runner
        self.invoice_form = invoice_form
        self.page_tab = page_tab  # builds the payment-page form after the first paint
        self.link_panel = link_panel
        self._last_record: Record | None = None
        self._session_views: list[SessionView] = [invoice_form, page_tab]
        self.setWindowTitle("Paydesk")
        self.setObjectName("mainWindow")
        self.resize(1180, 760)
        self.setMinimumWidth(960)  # what History's and Subscriptions' tool rows need

        self._build_toolbar()
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        # The platform's dashboard calls it a paylink (the API's object is the Invoice).
        self.tabs.addTab(invoice_form, self.tr("Paylink"))
        self.tabs.addTab(page_tab, self.tr("Payment page"))
        for title, widget in extra_tabs:
            # The lists' tool rows are wide; they get the whole window (the link panel hides on
            # their tabs), so they must not hold the form tabs wide too.
            widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            self.tabs.addTab(widget, title)
            if hasattr(widget, "set_session"):
                self._session_views.append(widget)
        self.tabs.currentChanged.connect(self._on_tab)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(link_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self._sized = False  # the split is set on first show, once the window has its width
        self.header = PageHeader(self)
        self.notice_bar = NoticeBar(self)
        central = QWidget(self)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.notice_bar)
        central_layout.addWidget(self.header)
        central_layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.setStyleSheet(style_sheet())

        self._build_status_bar()
        self._build_menus()

        invoice_form.link_created.connect(self.show_record)
        invoice_form.notice.connect(self.show_notice)
        page_tab.built.connect(self._on_page_form_built)
        workspace.profiles_changed.connect(self._fill_profiles)
        workspace.session_changed.connect(self._on_session)
        workspace.secret_missing.connect(self._on_secret_missing)
        runner.active_changed.connect(self._on_activity)
        self._fill_profiles()
        self._on_session(workspace.session)

    @property
    def page_form(self) -> PaylinkFormView:
        """The payment-page form (built now if the tab has not been yet)."""
        return cast(PaylinkFormView, self.page_tab.build())

    def _on_page_form_built(self, view: QWidget) -> None:
        form = cast(PaylinkFormView, view)
        form.link_created.connect(self.show_record)
        form.notice.connect(self.show_notice)

    # -- building -------------------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Instance"), self)
        bar.setObjectName("instanceToolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
        label = QLabel(self.tr("Instance:"), bar)
        label.setContentsMargins(6, 0, 6, 0)
        bar.addWidget(label)
        self.profile_combo = QComboBox(bar)
        self.profile_combo.setObjectName("profileSwitcher")
        self.profile_combo.setAccessibleName(self.tr("Instance"))
        self.profile_combo.setMinimumContentsLength(18)
        self.profile_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        label.setBuddy(self.profile_combo)
        self.profile_combo.activated.connect(self._on_profile_chosen)
        bar.addWidget(self.profile_combo)
        self.demo_badge = QLabel(self.tr("DEMO"), bar)
        self.demo_badge.setObjectName("demoBadge")
        self.demo_badge.setToolTip(
            self.tr(
                "The Demo instance is a local sandbox: nothing is charged, nothing leaves "
                "this computer."
            )
        )
        self.demo_badge.setStyleSheet(
            "QLabel#demoBadge { background: #f2b705; color: #1a1a1a; font-weight: bold;"
            " border-radius: 4px; padding: 2px 8px; margin: 0 6px; }"
        )
        self._demo_badge_action = bar.addWidget(self.demo_badge)
        self.read_only_badge = QLabel(self.tr("READ-ONLY"), bar)
        self.read_only_badge.setObjectName("readOnlyBadge")
        self.read_only_badge.setToolTip(
            self.tr(
                "This instance is set to read-only: nothing can be created, cancelled or deleted."
            )
        )
        self.read_only_badge.setStyleSheet(
            "QLabel#readOnlyBadge { border: 1px solid palette(mid); border-radius: 4px;"
            " padding: 2px 8px; margin: 0 6px; }"
        )
        self._read_only_action = bar.addWidget(self.read_only_badge)
        self.manage_action = QAction(self.tr("Manage instances…"), self)
        self.manage_action.setShortcut(QKeySequence("Ctrl+I"))
        self.manage_action.triggered.connect(self.manage_instances_requested)
        bar.addAction(self.manage_action)

        self.secret_banner = QFrame(self)
        self.secret_banner.setObjectName("secretBanner")
        self.secret_banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner = QHBoxLayout(self.secret_banner)
        self.secret_text = QLabel(self.secret_banner)
        self.secret_text.setWordWrap(True)
        fix = QPushButton(self.tr("Manage instances…"), self.secret_banner)
        fix.clicked.connect(self.manage_instances_requested)
        banner.addWidget(self.secret_text, 1)
        banner.addWidget(fix)
        self.secret_banner.hide()
        bar2 = QToolBar(self)
        bar2.setMovable(False)
        bar2.setObjectName("bannerToolbar")
        bar2.addWidget(self.secret_banner)
        self.addToolBarBreak()
        self.addToolBar(bar2)
        self._banner_bar = bar2
        bar2.hide()
        self._build_interrupted_notice()

    def _build_interrupted_notice(self) -> None:
        # Its own tool bar: the secret banner's bar hides whenever a session starts.
        self.interrupted_notice = QFrame(self)
        self.interrupted_notice.setObjectName("interruptedNotice")
        self.interrupted_notice.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self.interrupted_notice)
        self.interrupted_text = QLabel(self.interrupted_notice)
        self.interrupted_text.setObjectName("interruptedText")
        self.interrupted_text.setWordWrap(True)
        resolve = QPushButton(self.tr("What happened?…"), self.interrupted_notice)
        resolve.setObjectName("interruptedResolve")
        resolve.clicked.connect(self._resolve_interrupted)
        leave = QPushButton(self.tr("Leave it open"), self.interrupted_notice)
        leave.setObjectName("interruptedLeave")
        leave.clicked.connect(self.hide_interrupted)
        row.addWidget(self.interrupted_text, 1)
        row.addWidget(resolve)
        row.addWidget(leave)
        self._interrupted_bar = QToolBar(self)
        self._interrupted_bar.setObjectName("interruptedToolbar")
        self._interrupted_bar.setMovable(False)
        self._interrupted_bar.addWidget(self.interrupted_notice)
        self.addToolBarBreak()
        self.addToolBar(self._interrupted_bar)
        self._interrupted_bar.hide()
        self._interrupted: list[Record] = []

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.activity_label = QLabel(status)
        self.activity_label.setObjectName("activity")
        self.activity_bar = QProgressBar(status)
        self.activity_bar.setRange(0, 0)
        self.activity_bar.setMaximumWidth(120)
        self.activity_bar.setMaximumHeight(14)
        self.activity_bar.hide()
        status.addPermanentWidget(self.activity_label)
        status.addPermanentWidget(self.activity_bar)

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addAction(self.manage_action)
        self.batch_action = file_menu.addAction(self.tr("Create paylinks from a &spreadsheet…"))
        self.batch_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.batch_action.triggered.connect(self.batch_requested)
        # Only while the Demo is the instance shown; it asks before it removes anything.
        self.reset_demo_action = file_menu.addAction(self.tr("&Reset Demo…"))
        self.reset_demo_action.triggered.connect(self.reset_demo_requested)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)

        edit_menu = menu.addMenu(self.tr("&Edit"))
        self.copy_last_action = edit_menu.addAction(self.tr("Copy last &link"))
        self.copy_last_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_last_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.copy_last_action.triggered.connect(self.copy_last_link)
        self.copy_last_action.setEnabled(False)

        find = edit_menu.addAction(self.tr("&Find…"))
        find.setShortcut(QKeySequence("Ctrl+F"))
        find.triggered.connect(self.focus_search)

        view_menu = menu.addMenu(self.tr("&View"))
        for index in range(self.tabs.count()):
            action = view_menu.addAction(self.tabs.tabText(index).replace("&", ""))
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _c=False, i=index: self.show_tab(i))
        view_menu.addSeparator()
        self.language_menu = view_menu.addMenu(self.tr("&Language"))
        self.language_group = QActionGroup(self)

        help_menu = menu.addMenu(self.tr("&Help"))
        shortcuts = help_menu.addAction(self.tr("&Keyboard shortcuts"))
        shortcuts.setShortcut(QKeySequence("F1"))
        shortcuts.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.tr("Open &log folder"), self.open_log_folder_requested.emit)
        help_menu.addAction(self.tr("Copy &diagnostics"), self.copy_diagnostics_requested.emit)
        help_menu.addSeparator()
        help_menu.addAction(self.tr("&About Paydesk"), self._about)

    def set_languages(self, options: list[tuple[str, str]], current: str) -> None:
        """The View > Language choices: ``(code, name)``, ``""`` meaning the system's."""
        self.language_menu.clear()
        for code, name in options:
            action = self.language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            self.language_group.addAction(action)
            action.triggered.connect(lambda _c=False, c=code: self.language_chosen.emit(c))

    # -- profiles -------------------------------------------------------------------------------

    def _fill_profiles(self) -> None:
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        for profile in self.workspace.profiles():
            self.profile_combo.addItem(profile.display_name, profile.id)
        index = self.profile_combo.findData(self.workspace.selected_id)
        self.profile_combo.setCurrentIndex(max(index, 0))
        self.profile_combo.blockSignals(False)

    def _on_profile_chosen(self, index: int) -> None:
        profile_id = self.profile_combo.itemData(index)
        if profile_id != self.workspace.selected_id:
            self.workspace.select(profile_id)

    def select_profile(self, profile_id: str) -> None:
        index = self.profile_combo.findData(profile_id)
        if index >= 0:
            self.profile_combo.setCurrentIndex(index)
            self._on_profile_chosen(index)

    def _on_session(self, session: ProfileSession | None) -> None:
        profile = self.workspace.profile(self.workspace.selected_id or "")
        index = self.profile_combo.findData(self.workspace.selected_id)
        if index >= 0 and index != self.profile_combo.currentIndex():
            self.profile_combo.setCurrentIndex(index)
        # A widget in a tool bar is shown and hidden through its action.
        self._demo_badge_action.setVisible(bool(profile and profile.is_demo))
        self.reset_demo_action.setVisible(bool(profile and profile.is_demo))
        self._read_only_action.setVisible(bool(session and session.read_only))
        if session is not None or profile is not None:
            # What the banner said was about the instance before; this one's problem, if it
            # has one, comes once its secret was read (`secret_missing`).
            self._banner_bar.hide()
        if profile is None:
            self._show_banner(self.tr("No instance yet: add one in Manage instances."))
        name = profile.display_name if profile else self.tr("no instance")
        self.setWindowTitle(self.tr("Paydesk – %s") % name)
        self._update_header()
        for view in self._session_views:
            view.set_session(session)
        self._last_record = None
        self.copy_last_action.setEnabled(False)
        self.link_panel.clear()

    def _on_secret_missing(self, _profile_id: str, message: str) -> None:
        self._show_banner(message)

    def _show_banner(self, text: str) -> None:
        self.secret_text.setText("⚠ " + text)
        self.secret_banner.show()
        self._banner_bar.show()

    def show_notice(self, text: str) -> None:
        """Something Paydesk repaired on its own (a damaged file moved aside, a draft dropped)."""
        self.notice_bar.add(text)

    def notices(self) -> list[str]:
        return self.notice_bar.notices()

    def banner_text(self) -> str:
        return self.secret_text.text() if self._banner_bar.isVisible() else ""

    # -- a create interrupted by the last stop ----------------------------------------------------

    def show_interrupted(self, records: list[Record]) -> None:
        """Say once, at start, that creates were cut off by the last stop (non-modal)."""
        self._interrupted = list(records)
        if not records:
            self.hide_interrupted()
            return
        if len(records) == 1:
            record = records[0]
            text = self.tr(
                "Paydesk was stopped while it was creating “%s” (%s, reference %s): it may have "
                "been created. Say what happened before creating it again."
            ) % (
                record.title,
                ui_money(record.amount_minor, record.currency),
                record.reference_id or "–",
            )
        else:
            text = self.tr(
                "Paydesk was stopped while it was creating %d paylinks or payment pages: they "
                "may have been created. Say what happened before creating them again."
            ) % len(records)
        self.interrupted_text.setText("? " + text)
        self._interrupted_bar.show()

    def hide_interrupted(self) -> None:
        self._interrupted_bar.hide()

    def interrupted_text_shown(self) -> str:
        return self.interrupted_text.text() if self._interrupted_bar.isVisible() else ""

    def _resolve_interrupted(self) -> None:
        """The same dialog the form offers, for the form of the interrupted create."""
        if not self._interrupted:
            return
        invoice = self._interrupted[0].kind == RecordKind.INVOICE
        form = self.invoice_form if invoice else self.page_form
        self.tabs.setCurrentWidget(self.invoice_form if invoice else self.page_tab)
        form.creator.refresh_pending()
        if form.open_unknown_dialog() is None:
            self.hide_interrupted()  # already settled (a payment, History)

    # -- links ----------------------------------------------------------------------------------

    def show_record(self, record: Record) -> None:
        if not record.link:
            return
        self._last_record = record
        session = self.workspace.session
        language = session.profile.default_language if session else "de"
        self.link_panel.show_link(link_info_of(record, language, date.today()))
        self.copy_last_action.setEnabled(True)
        self.statusBar().showMessage(
            self.tr("Created “%s”: the link is ready.") % record.title, 6000
        )

    @property
    def last_record(self) -> Record | None:
        return self._last_record

    def restore_last_record(self, record: Record) -> None:
        """What Ctrl+Shift+C copies, taken over from the window this one replaces."""
        self._last_record = record
        self.copy_last_action.setEnabled(bool(record.link))

    def copy_last_link(self) -> None:
        if self._last_record is not None and self._last_record.link:
            self.link_panel.copy_link()

    def show_tab(self, index: int) -> None:
        """Ctrl+1 … Ctrl+4: the tab; on a form, the cursor goes to its first field."""
        self.tabs.setCurrentIndex(index)
        widget = self.tabs.widget(index)
        if widget is self.invoice_form:
            self.invoice_form.focus_first_field()
        elif widget is self.page_tab:
            self.page_form.focus_first_field()

    def focus_search(self) -> None:
        """Ctrl+F: the search field of the open list; from a form, History's."""
        widget: QWidget | None = self.tabs.currentWidget()
        if not hasattr(widget, "focus_search"):
            widget = next(
                (
                    self.tabs.widget(i)
                    for i in range(self.tabs.count())
                    if hasattr(self.tabs.widget(i), "focus_search")
                ),
                None,
            )
            if widget is None:
                return
            self.tabs.setCurrentWidget(widget)
        cast(Searchable, widget).focus_search()  # checked with hasattr above

    def _on_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        self.link_panel.setVisible(widget in (self.invoice_form, self.page_tab))
        self._update_header()

    def _update_header(self) -> None:
        """ "Paylink — Demo": the open tab and the instance, and what the tab is for."""
        index = self.tabs.currentIndex()
        profile = self.workspace.profile(self.workspace.selected_id or "")
        name = profile.display_name if profile else self.tr("no instance")
        tab = self.tabs.tabText(index).replace("&", "")
        description = self.tr(TAB_DESCRIPTIONS[index]) if index < len(TAB_DESCRIPTIONS) else ""
        self.header.set_text(self.tr("%s — %s") % (tab, name), description)

    # -- status ---------------------------------------------------------------------------------

    def _on_activity(self, count: int) -> None:
        descriptions = [d for d in self.runner.active_descriptions() if d]
        if count and descriptions:
            more = f" (+{len(descriptions) - 1})" if len(descriptions) > 1 else ""
            self.activity_label.setText(descriptions[0] + "…" + more)
        else:
            self.activity_label.setText("")
        self.activity_bar.setVisible(count > 0)

    # -- help -----------------------------------------------------------------------------------

    def show_shortcuts(self) -> None:
        rows = "".join(
            f"<tr><td><b>{shortcut_text(key)}</b></td><td>&nbsp;&nbsp;{self.tr(text)}</td></tr>"
            for key, text in SHORTCUTS
        )
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Keyboard shortcuts"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(f"<table>{rows}</table>")
        box.finished.connect(box.deleteLater)
        box.open()

    def _about(self) -> None:
        from app import __version__

        QMessageBox.about(
            self,
            self.tr("About Paydesk"),
            self.tr(
                "Paydesk %s\nPaylinks, payment pages and subscriptions for Payrexx-platform "
                "instances."
            )
            % __version__,
        )

    # -- state ----------------------------------------------------------------------------------

    def restore(self, geometry: str, state: str) -> None:
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        if state:
            self.restoreState(QByteArray.fromBase64(state.encode("ascii")))

    def saved_state(self) -> tuple[str, str]:
        return (
            bytes(self.saveGeometry().toBase64().data()).decode("ascii"),
            bytes(self.saveState().toBase64().data()).decode("ascii"),
        )

    def forms(self) -> list[PaylinkFormView]:
        """The forms built so far (the payment-page form is built after the first paint)."""
        forms = [self.invoice_form]
        if self.page_tab.view is not None:
            forms.append(self.page_form)
        return forms

    def mark_closed(self) -> None:
        """A closed window runs its close hook no more (it is being replaced)."""
        self._closed = True

    def keep_split(self, sizes: list[int]) -> None:
        """Use ``sizes`` for the link panel's split instead of the first-show default."""
        self._sized = True
        self.splitter.setSizes(sizes)

    def set_close_hook(self, hook: Callable[[], None]) -> None:
        self._close_hook = hook

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            QTimer.singleShot(0, self._split)  # once the window has its final width

    def _split(self) -> None:
        # The link panel needs room for the whole link and the QR code.
        width = self.splitter.width()
        panel = min(520, max(380, width * 2 // 5))
        self.splitter.setSizes([max(width - panel, 1), panel])

    def closeEvent(self, event: QCloseEvent) -> None:
        if not getattr(self, "_closed", False):  # closing twice must not save into a closed store
            self._closed = True
            for form in self.forms():
                form.save_draft()
            hook = getattr(self, "_close_hook", None)
            if hook is not None:
                hook()
        super().closeEvent(event)
