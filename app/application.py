"""Builds the running application from its parts; owns their lifetimes. Used by ``app.main``."""

from __future__ import annotations

import argparse
import logging
import socket
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from app import __version__
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
from app.store.records import RecordStore
from app.store.references import ReferenceCounter
from app.views.lazy_tab import LazyTab
from app.views.link_panel import LinkPanel
from app.views.main_window import MainWindow
from app.views.paylink_form import PaylinkFormView

if TYPE_CHECKING:
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
        from app.i18n import install_translators

        # Before any widget exists: widgets translate their texts as they are built.
        self.language = install_translators(self.qt, self.preferences.ui_language)
        QApplication.setApplicationName("Paydesk")
        QApplication.setOrganizationName("Paydesk")
        QApplication.setApplicationVersion(__version__)
        QGuiApplication.setDesktopFileName("ch.paydesk.Paydesk")
        self.exit_code = 0
        self.sandbox: Sandbox | None = None
        self._demo_socket: socket.socket | None = None
        self._lazy_tabs: list[LazyTab] = []
        self._finished = False
        self._started = False
        self.single: SingleInstance | None = None
        self._shut_down = False
        self.window: MainWindow | None = None
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
        self.link_panel = LinkPanel(folders=self.folders)
        invoice_creator = PaylinkCreator(Kind.INVOICE, self.runner, self.records, self.references)
        self.invoice_form = PaylinkFormView(invoice_creator, self.drafts)
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
        window.open_log_folder_requested.connect(self.open_log_folder)
        window.copy_diagnostics_requested.connect(self.copy_diagnostics)
        from app.i18n import available_languages

        window.set_languages(available_languages(), self.preferences.ui_language)
        window.language_chosen.connect(self.choose_language)
        window.set_close_hook(self.shutdown)
        for note in self.repairs.notes:
            window.show_notice(str(note))  # translated now: the translators are installed
        window.restore(self.preferences.window_geometry, self.preferences.window_state)
        self.window = window
        self.reporter.parent = window

        first = self.preferences.last_profile_id
        if not first or self.workspace.profile(first) is None:
            profiles = self.workspace.profiles()
            first = profiles[0].id if profiles else None
        self.workspace.select(first)
        window.show_interrupted(interrupted)  # once: the next start finds them `unknown`
        if not defer:
            self.finish_build()
        return window

    def finish_build(self) -> None:
        """What the first frame does not show; runs once."""
        if self._finished:
            return
        self._finished = True
        self._start_demo()
        for tab in self._lazy_tabs:
            tab.build()

    def _extra_tabs(self) -> list[tuple[str, LazyTab]]:
        self._lazy_tabs = [LazyTab(self._history_view), LazyTab(self._subscriptions_view)]
        return [
            (QApplication.translate("MainWindow", "History"), self._lazy_tabs[0]),
            (QApplication.translate("MainWindow", "Subscriptions"), self._lazy_tabs[1]),
        ]

    def _page_form(self) -> PaylinkFormView:
        creator = PaylinkCreator(Kind.PAGE, self.runner, self.records, self.references)
        return PaylinkFormView(creator, self.drafts)

    def _history_view(self) -> QWidget:
        from app.models.history_controller import HistoryController
        from app.views.history import HistoryView

        self.history = HistoryController(self.runner, self.records, budgets=self.budgets)
        history_view = HistoryView(self.history)
        self.history.duplicate_requested.connect(self._duplicate)
        self.workspace.profiles_changed.connect(self._profile_names_changed)
        self._profile_names_changed()
        self.invoice_form.link_created.connect(lambda _r: self.history.reload())
        assert self.window is not None
        self.window.page_form.link_created.connect(lambda _r: self.history.reload())
        return history_view

    def _subscriptions_view(self) -> QWidget:
        from app.models.subscriptions_controller import SubscriptionsController
        from app.store.subscriptions_cache import SubscriptionCache
        from app.views.subscriptions import SubscriptionsView

        self.subscriptions = SubscriptionsController(
            self.runner, SubscriptionCache(self.db), budgets=self.budgets
        )
        return SubscriptionsView(self.subscriptions, folders=self.folders)

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
        from app.settings.demo import DEMO_SECRET, demo_profile

        try:
            self._demo_socket = socket.create_server(("127.0.0.1", 0), backlog=64)
        except OSError as exc:
            log.error("the Demo instance could not start: %s", exc)
            return None
        port = self._demo_socket.getsockname()[1]
        return demo_profile(f"http://127.0.0.1:{port}"), DEMO_SECRET

    def _start_demo(self) -> None:
        listen, self._demo_socket = self._demo_socket, None
        if listen is None:
            return
        from app.sandbox import Sandbox
        from app.settings.demo import DEMO_INSTANCE, DEMO_SECRET

        try:
            self.sandbox = Sandbox(
                instance=DEMO_INSTANCE, secret=DEMO_SECRET, listen_socket=listen
            ).start()
        except OSError as exc:
            listen.close()  # waiting clients get "refused" rather than a timeout
            log.error("the Demo instance could not start: %s", exc)
            self.sandbox = None
            return
        log.info("Demo sandbox at %s", self.sandbox.base_url)

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

    def choose_language(self, language: str) -> None:
        """Remembered for the next start: widgets translate their texts once, when built."""
        from app.i18n import language_name

        self.preferences.ui_language = language
        self._save_preferences()
        assert self.window is not None
        self.window.statusBar().showMessage(
            QApplication.translate("MainWindow", "Paydesk will use %s from its next start.")
            % language_name(language),
            8000,
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
        self.runner.shutdown(5000)
        self.workspace.close()
        if self.sandbox is not None:
            self.sandbox.stop()
            self.sandbox = None
        if self._demo_socket is not None:  # closed before the sandbox was started
            self._demo_socket.close()
            self._demo_socket = None
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
