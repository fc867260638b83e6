"""Builds the running application from its parts; owns their lifetimes. Used by ``app.main``."""

from __future__ import annotations

import argparse
import logging
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from app import __version__, gc_thread
from app.demo import DemoInstance
from app.models.folders import FolderMemory
from app.models.paylink_create import PaylinkCreator
from app.models.paylink_form import Kind
from app.models.rate_budget import RateBudgets
from app.models.runner import TaskRunner
from app.models.workspace import Workspace
from app.settings.atomic import make_private
from app.settings.paths import AppPaths
from app.settings.preferences import Preferences
from app.settings.profile import Profile
from app.settings.profiles import ProfileRepository
from app.settings.secrets import SecretStore
from app.single_instance import SingleInstance
from app.startup_repairs import StartupRepairs
from app.store.drafts import DraftStore
from app.store.records import Record, RecordStore
from app.store.references import ReferenceCounter
from app.store.watch import WatchStore
from app.views.lazy_tab import LazyTab
from app.views.link_panel import LinkPanel
from app.views.main_window import MainWindow
from app.views.paylink_form import PaylinkFormView

if TYPE_CHECKING:
    from app.models.payment_matching import PaidNotice
    from app.models.subscription_changes import SubscriptionChange
    from app.sandbox import Sandbox
    from app.views.instances_dialog import InstancesDialog

log = logging.getLogger(__name__)

SELF_CHECK_TIMEOUT_MS = 30_000
FINISH_BUILD_FALLBACK_MS = 1_000
"""`finish_build` runs after the first paint, or after this long if the window never painted
(started minimised, say)."""


class Application:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.paths = AppPaths.resolve(args.config_dir)
        # The user's alone (0700, files 0600), also what an older Paydesk left open to everyone.
        for directory in (self.paths.config_dir, self.paths.data_dir, self.paths.log_dir):
            make_private(directory)
        from app.logs import setup_logging

        self.log_file = setup_logging(self.paths.log_dir, getattr(logging, args.log_level))
        log.info("Paydesk %s starting; config in %s", __version__, self.paths.config_dir)
        self.repairs = StartupRepairs()
        moved: list[Path] = []
        self.preferences = Preferences.load(self.paths, moved)
        self.repairs.preferences_moved(moved)
        # The one QApplication (pytest-qt makes it first in the tests); `instance()` is typed as
        # the QCoreApplication it may be elsewhere.
        self.qt = cast(QApplication, QApplication.instance() or QApplication([]))
        # Cycles of QObjects must never be freed on a worker thread (app/gc_thread.py).
        gc_thread.install(self.qt)
        from app.i18n import install_translators

        # Before any widget exists: widgets translate their texts as they are built.
        self.language = install_translators(self.qt, self.preferences.ui_language)
        QApplication.setApplicationName("Paydesk")
        QApplication.setOrganizationName("Paydesk")
        QApplication.setApplicationVersion(__version__)
        QGuiApplication.setDesktopFileName("ch.paydesk.Paydesk")
        self.exit_code = 0
        self.sandbox: Sandbox | None = None
        self.demo: DemoInstance | None = None
        self._lazy_tabs: list[LazyTab] = []
        self._finished = False
        self._started = False
        self.single: SingleInstance | None = None
        self._shut_down = False
        self.window: MainWindow | None = None
        self.batch_window: QWidget | None = None
        from app.crash import install_excepthook
        from app.views.error_reporter import ErrorReporter

        self.reporter = ErrorReporter(self.log_file)
        self.crash_handler = install_excepthook(self.reporter)

    # -- building -------------------------------------------------------------------------------

    def build(self, *, defer: bool = False) -> MainWindow:
        """The main window and everything behind it. With ``defer``, only what the first frame
        shows: `finish_build` then starts the Demo sandbox and builds the History and
        Subscriptions tabs (``run`` calls it right after the first paint)."""
        from app.resources import icon

        self.qt.setWindowIcon(icon("ch.paydesk.Paydesk"))
        self.db = self.repairs.open_database(self.paths.data_dir / "paydesk.sqlite3")
        self.records = RecordStore(self.db)
        interrupted = self.records.recover_interrupted_records()
        if interrupted:
            log.warning(
                "%d create(s) were interrupted last time; marked as unknown", len(interrupted)
            )
        self.drafts = DraftStore(self.db)
        self.references = ReferenceCounter(self.db)
        self.runner = TaskRunner()
        self.runner.unexpected_error.connect(self.reporter)
        self.budgets = RateBudgets()  # one request budget per profile, shared by every tab
        self.secrets = SecretStore(self.paths)
        self.repository = ProfileRepository(self.paths, self.secrets)

        demo = None
        if not self.args.no_demo:
            demo = self._reserve_demo()
        self.workspace = Workspace(self.repository, self.secrets, demo, runner=self.runner)
        self.repairs.profiles_moved(self.workspace.problems)

        self.folders = FolderMemory(self.preferences.last_folders, self._save_preferences)
        self.invoice_creator = PaylinkCreator(
            Kind.INVOICE, self.runner, self.records, self.references, drafts=self.drafts
        )
        self.page_creator = PaylinkCreator(
            Kind.PAGE, self.runner, self.records, self.references, drafts=self.drafts
        )
        self.watch = WatchStore(self.db)
        window = self._build_window()
        for note in self.repairs.notes:
            window.show_notice(str(note))  # translated now: the translators are installed
        window.restore(self.preferences.window_geometry, self.preferences.window_state)

        first = self.preferences.last_profile_id
        if not first or self.workspace.profile(first) is None:
            profiles = self.workspace.profiles()
            first = profiles[0].id if profiles else None
        self.workspace.select(first)
        window.show_interrupted(interrupted)  # once: the next start finds them `unknown`
        if not defer:
            self.finish_build()
        return window

    def _build_window(self) -> MainWindow:
        """The window and its views over the models `build` made; called again, in the new
        language, by `apply_language`."""
        self.link_panel = LinkPanel(folders=self.folders)
        self.invoice_form = PaylinkFormView(self.invoice_creator)
        # The first frame shows the invoice form; the payment-page form is built right after it.
        page_tab = LazyTab(self._page_form)
        window = MainWindow(
            self.workspace,
            self.runner,
            self.invoice_form,
            page_tab,
            self.link_panel,
            self._extra_tabs(),
        )
        self._lazy_tabs.insert(0, page_tab)
        window.manage_instances_requested.connect(self.open_instances)
        window.batch_requested.connect(self.open_batch)
        window.open_log_folder_requested.connect(self.open_log_folder)
        window.copy_diagnostics_requested.connect(self.copy_diagnostics)
        window.reset_demo_requested.connect(self.reset_demo)
        from app.i18n import available_languages

        window.set_languages(available_languages(), self.preferences.ui_language)
        window.language_chosen.connect(self.choose_language)
        window.set_close_hook(self.shutdown)
        self.window = window
        self.reporter.parent = window
        return window

    def finish_build(self) -> None:
        """What the first frame does not show; runs once."""
        if self._finished:
            return
        self._finished = True
        self._start_demo()
        for tab in self._lazy_tabs:
            tab.build()
        assert self.window is not None
        # After the Demo's sandbox is up (and not for the first frame: it loads the API's
        # modules): the first poll goes out at once.
        self._build_watcher(self.window)
        self.workspace.session_changed.connect(self.watcher.set_session)
        self.watcher.set_session(self.workspace.session)
        gc_thread.install(self.qt).freeze_startup()  # the window and models are built

    def _build_watcher(self, window: MainWindow) -> None:
        """The payment watcher for the selected instance, and who hears from it: History, the
        link panel beside the forms, and the notifier (tray, or a bar in the window)."""
        from app.models.watcher import PaymentWatcher

        self.watcher = PaymentWatcher(
            self.runner,
            self.records,
            self.watch,
            budgets=self.budgets,
            shown=self._window_shown,
        )
        self._build_notifier(window)
        self.watcher.paid.connect(self._notify_paid)
        self.watcher.records_changed.connect(self._records_changed)
        self.watcher.records_updated.connect(self._records_updated)

    def _build_notifier(self, window: MainWindow) -> None:
        """The notifier lives in the window (its bar, its tray icon): built again with it."""
        from app.resources import icon
        from app.views.notifier import PaymentNotifier

        self.notifier = PaymentNotifier(
            window, enabled=self._notifies, icon=icon("ch.paydesk.Paydesk")
        )
        self.notifier.open_requested.connect(self.open_record)
        self.notifier.subscription_requested.connect(self.open_subscription)

    def _notify_paid(self, notice: PaidNotice) -> None:
        self.notifier.notify(notice)

    def _notify_subscriptions(self, found: list[SubscriptionChange]) -> None:
        self.notifier.notify_subscriptions(found)

    def _window_shown(self) -> bool:
        window = self.window
        return window is not None and window.isVisible() and not window.isMinimized()

    def _notifies(self, profile_id: str) -> bool:
        profile = self.workspace.profile(profile_id)
        return profile is not None and profile.notify_payments

    def _records_changed(self, record_ids: Iterable[int]) -> None:
        from app.models.link_state import link_info_of

        ids = set(record_ids)
        info = self.link_panel.info
        if info is not None and info.record_id in ids:
            record = self.records.get(info.record_id)
            if record is not None and record.link:
                paid = self.watch.paid_minor(record.id, record.currency)
                self.link_panel.refresh(link_info_of(record, info.language, date.today(), paid))

    def _records_updated(self, rows: list[Record]) -> None:
        history = getattr(self, "history", None)
        if history is not None:  # not built yet: it reads the store when it is
            history.update_records(rows)

    def open_record(self, profile_id: str, record_id: int) -> None:
        """Show a row: its instance, the History tab, the row selected (a notice was clicked)."""
        window = self.window
        if window is None:
            return
        if self.workspace.selected_id != profile_id:
            window.select_profile(profile_id)
        tab = self._history_tab
        view = tab.build()
        window.tabs.setCurrentWidget(tab)
        select = getattr(view, "select_record", None)
        if select is not None:
            select(record_id)

    def _extra_tabs(self) -> list[tuple[str, LazyTab]]:
        self._lazy_tabs = [
            LazyTab(self._history_view),
            LazyTab(self._subscriptions_view),
            LazyTab(self._attention_view),
            LazyTab(self._payments_view),
        ]
        self._history_tab, self._subscriptions_tab = self._lazy_tabs[0], self._lazy_tabs[1]
        self._attention_tab = self._lazy_tabs[2]
        return [
            (QApplication.translate("MainWindow", "History"), self._lazy_tabs[0]),
            (QApplication.translate("MainWindow", "Subscriptions"), self._lazy_tabs[1]),
            (QApplication.translate("MainWindow", "Needs attention"), self._lazy_tabs[2]),
            (QApplication.translate("MainWindow", "Payments"), self._lazy_tabs[3]),
        ]

    def _page_form(self) -> PaylinkFormView:
        return PaylinkFormView(self.page_creator)

    def _history_view(self) -> QWidget:
        from app.models.history_controller import HistoryController
        from app.views.history import HistoryView

        if not hasattr(self, "history"):  # kept, with its rows, when the window is rebuilt
            self.history = HistoryController(
                self.runner, self.records, budgets=self.budgets, watch=self.watch
            )
            self.history.duplicate_requested.connect(self._duplicate)
            # History shows a new create at once: the models say so, whichever form (or
            # window, after a language change) sent it.
            for creator in (self.invoice_creator, self.page_creator):
                creator.created.connect(lambda record: self.history.reload_record(record.id))
            # A page in doubt found in the instance's page list: its form may create again.
            self.history.settled.connect(lambda _ids: self.page_creator.refresh_pending())
            self.workspace.profiles_changed.connect(self._profile_names_changed)
            self._profile_names_changed()
        history_view = HistoryView(self.history, folders=self.folders)
        history_view.create_requested.connect(self._create_first)
        return history_view

    def _subscriptions_view(self) -> QWidget:
        from app.models.subscriptions_controller import SubscriptionsController
        from app.store.subscriptions_cache import SubscriptionCache
        from app.views.subscriptions import SubscriptionsView

        if not hasattr(self, "subscriptions"):  # kept, with its rows, when the window is rebuilt
            self.subscriptions = SubscriptionsController(
                self.runner, SubscriptionCache(self.db), budgets=self.budgets
            )
            self.subscriptions.status_changes.connect(self._notify_subscriptions)
        return SubscriptionsView(self.subscriptions, folders=self.folders)

    def _create_first(self) -> None:
        """History's empty state: to the paylink form, cursor in the title."""
        assert self.window is not None
        self.window.show_tab(self.window.tabs.indexOf(self.invoice_form))

    def _attention_view(self) -> QWidget:
        from app.models.attention_controller import AttentionController
        from app.views.attention import AttentionView

        assert self.window is not None
        # It reads what these show: History's records, the subscription list.
        self._history_tab.build()
        self._subscriptions_tab.build()
        if not hasattr(self, "attention"):  # kept when the window is rebuilt
            self.attention = AttentionController(
                self.records, unpaid_days=self.preferences.unpaid_after_days
            )
            self.attention.watch(self.history.model)
            self.attention.watch_subscriptions(self.subscriptions.model)
            self.attention.count_changed.connect(self._attention_count)
            self.attention.unpaid_days_changed.connect(self._unpaid_days_chosen)
            for creator in (self.invoice_creator, self.page_creator):
                creator.pending_changed.connect(self.attention.schedule_reload)
        view = AttentionView(self.attention)
        for form in (self.invoice_form, self.window.page_form):
            form.link_created.connect(self.attention.schedule_reload)
        self._attention_count(self.attention.count)
        view.open_record_requested.connect(self._open_record)
        view.open_subscription_requested.connect(self._open_subscription)
        view.settle_requested.connect(self._settle_record)
        return view

    def _payments_view(self) -> QWidget:
        from app.models.payments_controller import PaymentsController
        from app.views.payments import PaymentsView

        if not hasattr(self, "payments"):  # kept when the window is rebuilt
            self.payments = PaymentsController(self.runner, self.records, budgets=self.budgets)
        return PaymentsView(self.payments, folders=self.folders)

    def _attention_count(self, count: int) -> None:
        from app.models.attention_controller import tab_title

        assert self.window is not None
        tabs = self.window.tabs
        tabs.setTabText(tabs.indexOf(self._attention_tab), tab_title(count))

    def _unpaid_days_chosen(self, days: int) -> None:
        self.preferences.unpaid_after_days = days
        self._save_preferences()

    def _open_record(self, record_id: int) -> None:
        """Needs attention's "Open in History": that row, selected, whatever filter was on."""
        from app.views.history import HistoryView

        assert self.window is not None
        tab = self._history_tab
        self.window.tabs.setCurrentWidget(tab)
        view = tab.build()
        assert isinstance(view, HistoryView)
        if not view.select_record(record_id):
            view.search.clear()
            view.status_filter.setCurrentIndex(0)
            view.select_record(record_id)

    def open_subscription(self, profile_id: str, subscription_id: int) -> None:
        """Show a subscription: its instance, the Subscriptions tab, the row selected (a notice
        was clicked)."""
        if self.window is None:
            return
        if self.workspace.selected_id != profile_id:
            self.window.select_profile(profile_id)
        self._open_subscription(subscription_id)

    def _open_subscription(self, subscription_id: int) -> None:
        from app.views.subscriptions import SubscriptionsView

        assert self.window is not None
        tab = self._subscriptions_tab
        self.window.tabs.setCurrentWidget(tab)
        view = tab.build()
        assert isinstance(view, SubscriptionsView)
        view.select_subscription(subscription_id)

    def _settle_record(self, record_id: int) -> None:
        """The form's own "Was it created?" dialog, for this create in doubt."""
        assert self.window is not None
        record = self.records.get(record_id)
        if record is None:
            return
        invoice = record.kind.value == Kind.INVOICE.value
        form = self.invoice_form if invoice else self.window.page_form
        if form.creator.focus_pending(record_id):
            form.open_unknown_dialog()

    def _profile_names_changed(self) -> None:
        self.history.set_profile_names({p.id: p.display_name for p in self.workspace.profiles()})

    def _duplicate(self, kind: str, params: dict[str, object]) -> None:
        from app.models.paylink_form import values_from_params

        assert self.window is not None
        invoice = kind == Kind.INVOICE.value
        form = self.invoice_form if invoice else self.window.page_form
        session = self.workspace.session
        currency = session.profile.default_currency if session else "CHF"
        form.load_values(values_from_params(dict(params), form.kind, currency))
        self.window.tabs.setCurrentWidget(self.invoice_form if invoice else self.window.page_tab)

    def _reserve_demo(self) -> tuple[Profile, str] | None:
        """The Demo profile, on a loopback socket bound now and served by `_start_demo` later:
        the window opens on the Demo without waiting for the sandbox to load."""
        self.demo = DemoInstance(self.paths, self.preferences, self._save_preferences, self.records)
        return self.demo.reserve()

    def _start_demo(self) -> None:
        if self.demo is None:
            return
        note = self.demo.start()
        self.sandbox = self.demo.sandbox
        if note and self.window is not None:
            self.window.show_notice(note)

    def reset_demo(self) -> None:
        """Ask, then put the Demo back to its seed (File → Reset Demo…)."""
        from app.store.subscriptions_cache import SubscriptionCache

        assert self.window is not None
        if self.demo is None:
            return
        window = self.window
        self.demo.ask_reset(
            window,
            self.runner,
            self.workspace,
            SubscriptionCache(self.db),
            self.watch,
            lambda text: window.statusBar().showMessage(text, 8000),
        )

    # -- actions --------------------------------------------------------------------------------

    def open_instances(self) -> None:
        from app.views.instances_dialog import open_instances_dialog

        assert self.window is not None
        open_instances_dialog(self.window, self._instances_dialog)

    def _instances_dialog(self, parent: QWidget | None) -> InstancesDialog:
        """The instance manager and its models, new for each opening: the working copy of what
        was not saved goes with the dialog."""
        from app.models.connection_test import ConnectionTester
        from app.models.instances import InstancesModel
        from app.models.profile_saving import ProfileWriter
        from app.models.secret_storage import SecretStorage
        from app.views.instances_dialog import InstancesDialog

        return InstancesDialog(
            InstancesModel(self.workspace, ProfileWriter(self.repository, self.secrets)),
            ConnectionTester(self.runner),
            SecretStorage(self.secrets),
            parent,
        )

    def open_batch(self) -> QWidget:
        """File > Create paylinks from a spreadsheet: one window, built when first asked for."""
        if self.batch_window is None:
            from app.models.batch_controller import BatchController
            from app.store.batches import BatchStore
            from app.views.batch_window import BatchWindow

            self.batches = BatchController(
                self.runner,
                self.records,
                BatchStore(self.db, self.records),
                self.references,
                self.budgets,
            )
            self.batch_window = BatchWindow(self.batches, self.folders, parent=self.window)
            self.batch_window.set_session(self.workspace.session)
            self.workspace.session_changed.connect(self.batch_window.set_session)
            # What a batch created shows in History, and an unknown one blocks the form.
            self.batches.progress.connect(lambda *_a: self._batch_progressed())
        self.batch_window.show()
        self.batch_window.raise_()
        self.batch_window.activateWindow()
        return self.batch_window

    def _batch_progressed(self) -> None:
        if getattr(self, "history", None) is not None and not self.batches.running:
            self.history.reload()
        self.invoice_form.creator.refresh_pending()

    def choose_language(self, language: str) -> None:
        """View > Language: remembered, and applied at once (after the menu has closed: the
        window that owns the menu is replaced)."""
        self.preferences.ui_language = language
        self._save_preferences()
        QTimer.singleShot(0, lambda: self.apply_language(language))

    def apply_language(self, language: str) -> None:
        """Install ``language`` and build the window again in it, keeping what the user sees.

        Rebuilding rather than retranslating each widget: every text then comes from the one
        place that writes it when the window is first built, so none can be forgotten. The
        models (History, Subscriptions, the creators, the workspace and its selected instance)
        are kept; the window takes over the geometry, the open tab, the link panel's link and the
        forms' typed values (flushed to the drafts, which the new forms load)."""
        old = self.window
        if old is None or self._shut_down:
            return
        from app.i18n import install_translators, language_name
        from app.views.language_switch import carry_over, retire

        state = carry_over(old)
        self.language = install_translators(self.qt, language)
        self._lazy_tabs = []
        window = self._build_window()
        for tab in self._lazy_tabs:
            tab.build()
        if hasattr(self, "history"):
            self.history.reload(new_texts=True)  # money, dates and words in the new language
        if hasattr(self, "subscriptions"):  # its rows' texts were made in the old language
            from app.models import subscriptions_format

            subscriptions_format.clear_caches()
            model = self.subscriptions.model
            model.set_subscriptions(model.subscriptions())
        state.restore(window)
        if hasattr(self, "notifier"):  # it lives in the old window: a new one for the new
            tray = self.notifier.tray
            if tray is not None:
                tray.hide()
            self._build_notifier(window)
        retire(old)
        window.statusBar().showMessage(
            QApplication.translate("MainWindow", "The interface is now in %s.")
            % language_name(language),
            6000,
        )

    def open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.log_dir)))

    def diagnostics(self) -> str:
        import platform

        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        lines = [
            f"Paydesk {__version__}",
            f"Python {platform.python_version()} on {platform.platform()}",
            f"Qt {qVersion()}, PySide6 {pyside_version}",
            f"Config: {self.paths.config_dir}",
            f"Log: {self.log_file}",
            f"Secrets: {self.secrets.status_text}",
        ]
        session = self.workspace.session
        if session is not None:
            p = session.profile
            lines.append(
                f"Profile: {p.display_name} (instance {p.instance} on {p.base_domain}, "
                f"{p.api_version}, {p.auth_scheme}, read-only {p.read_only})"
            )
        return "\n".join(lines)

    def copy_diagnostics(self) -> None:
        from app.views.clipboard import copy_text

        assert self.window is not None
        copy_text(
            self.window, self.diagnostics(), QApplication.translate("MainWindow", "Diagnostics")
        )

    # -- running --------------------------------------------------------------------------------

    def run(self) -> int:
        self.single = SingleInstance(self.paths.config_dir)
        if not self.single.acquire(listen=False):  # listens once the window is up
            log.info("Paydesk already runs for %s: raising that window", self.paths.config_dir)
            self.single.notify_running()
            print("Paydesk is already running; its window was brought to the front.")
            return 0
        window = self.build(defer=True)
        self.single.activation_requested.connect(self._raise_window)
        from app.first_paint import FirstPaint

        self._first_paint = FirstPaint(window, self._painted)
        window.show()
        QTimer.singleShot(FINISH_BUILD_FALLBACK_MS, self._start)
        code = self.qt.exec()
        return self.exit_code or code

    def _painted(self) -> None:
        from app import first_paint

        probe = first_paint.probe_requested()
        if probe:
            print(first_paint.PAINTED, flush=True)
        self._start()
        if probe:
            print(first_paint.READY, flush=True)
            assert self.window is not None
            self.window.close()

    def _start(self) -> None:
        """Once the window is up: build the rest, then do what the command line asked."""
        if self._started or self._shut_down:
            return
        self._started = True
        try:
            if self.single is not None:
                self.single.listen()
            self.finish_build()
        finally:  # a failure there goes to the error dialog; --self-check must still answer
            if self.args.instances:
                self.open_instances()
            if self.args.self_check:
                self._self_check()

    def _raise_window(self) -> None:
        if self.window is not None:
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()

    def _save_preferences(self) -> None:
        try:
            self.preferences.save(self.paths)
        except OSError as exc:
            log.warning("could not save preferences: %s", exc)

    def shutdown(self) -> None:
        if self._shut_down:
            return
        self._shut_down = True
        if self.window is not None:
            geometry, state = self.window.saved_state()
            self.preferences.window_geometry = geometry
            self.preferences.window_state = state
            self.preferences.last_profile_id = self.workspace.selected_id or ""
            self._save_preferences()
        watcher = getattr(self, "watcher", None)
        if watcher is not None:
            watcher.set_session(None)
        self.runner.shutdown(5000)
        if hasattr(self, "attention"):
            self.attention.stop()  # its timers must not read the store closed below
        self.workspace.close()
        if self.demo is not None:  # the Demo's last changes are written here
            self.demo.stop()
            self.sandbox = None
        self.db.close()
        if self.single is not None:
            self.single.release()

    def _self_check(self) -> None:
        """Create one paylink on the Demo instance through the real form, then quit."""
        from app.models.paylink_form import FormValues

        form = self.invoice_form

        def done(code: int, message: str) -> None:
            log.info("self-check: %s", message)
            print(f"self-check: {message}", flush=True)
            self.exit_code = code
            assert self.window is not None
            self.window.close()
            self.qt.exit(code)

        if self.sandbox is None or self.workspace.session is None:
            done(3, "the Demo instance is not running")
            return
        form.creator.created.connect(lambda record: done(0, f"created {record.link}"))
        form.creator.failed.connect(lambda failure: done(1, failure.message))
        QTimer.singleShot(SELF_CHECK_TIMEOUT_MS, lambda: done(2, "timed out"))
        form.set_values(FormValues(title="Self-check", amount="1.00", currency="CHF"))
        errors, valid = form.creator.check(form.values(), date.today())
        if valid is None:
            done(4, f"the form did not validate: {errors}")
            return
        form.creator.submit(valid, confirmed=True)
