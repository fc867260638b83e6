"""Fixtures for driving the invoice and payment-page forms against the sandbox."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest
from pytestqt.qtbot import QtBot

from app.models.paylink_create import PaylinkCreator
from app.models.paylink_form import Kind
from app.models.runner import TaskRunner
from app.models.session import ProfileSession
from app.store.database import Database
from app.store.drafts import DraftStore
from app.store.records import RecordStore
from app.store.references import ReferenceCounter
from app.views import dialogs
from app.views.paylink_form import PaylinkFormView


@dataclass
class Questions:
    """Stands in for ``dialogs.ask``: records each question and answers it."""

    answer: bool = True
    asked: list[str] = field(default_factory=list)

    def __call__(self, parent, title, text, accept_label, on_done, *, informative=""):  # type: ignore[no-untyped-def]
        self.asked.append(f"{text} {informative}".strip())
        on_done(self.answer)


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Questions:
    fake = Questions()
    monkeypatch.setattr(dialogs, "ask", fake)
    return fake


FormFactory = Callable[..., PaylinkFormView]


@pytest.fixture
def make_form(qtbot: QtBot, runner: TaskRunner, db: Database) -> Iterator[FormFactory]:
    made: list[PaylinkFormView] = []

    def make(kind: Kind = Kind.INVOICE, session: ProfileSession | None = None) -> PaylinkFormView:
        creator = PaylinkCreator(
            kind, runner, RecordStore(db), ReferenceCounter(db), drafts=DraftStore(db)
        )
        view = PaylinkFormView(creator)
        qtbot.addWidget(view)
        view.resize(700, 900)
        view.set_session(session)
        view.show()
        view.activateWindow()
        qtbot.waitUntil(view.isActiveWindow)  # window shortcuts (Ctrl+Enter) need it
        made.append(view)
        return view

    yield make
    for view in made:  # closed (drafts flushed) while the database is still open
        view.close()
