from __future__ import annotations

from pathlib import Path

from app.store import Database, DraftStore, open_database


def test_round_trip_per_profile_and_form(db: Database) -> None:
    drafts = DraftStore(db)
    values = {"title": "Jahresbeitrag ä", "amount": "1234.50", "vat": None, "langs": ["de", "fr"]}
    drafts.save("shop", "invoice", values)
    drafts.save("club", "invoice", {"title": "other"})
    drafts.save("shop", "page", {"title": "page"})

    assert drafts.load("shop", "invoice") == values
    assert drafts.load("club", "invoice") == {"title": "other"}
    assert drafts.load("shop", "page") == {"title": "page"}
    assert drafts.load("club", "page") is None


def test_save_replaces_and_clear_removes_only_that_draft(db: Database) -> None:
    drafts = DraftStore(db)
    drafts.save("shop", "invoice", {"title": "a"})
    drafts.save("shop", "invoice", {"title": "b"})
    drafts.save("shop", "page", {"title": "p"})
    assert drafts.load("shop", "invoice") == {"title": "b"}

    drafts.clear("shop", "invoice")
    drafts.clear("shop", "invoice")  # clearing nothing is fine
    assert drafts.load("shop", "invoice") is None
    assert drafts.load("shop", "page") == {"title": "p"}


def test_draft_survives_reopen(db_path: Path) -> None:
    with open_database(db_path) as db:
        DraftStore(db).save("shop", "invoice", {"title": "kept"})
    with open_database(db_path) as db:
        assert DraftStore(db).load("shop", "invoice") == {"title": "kept"}
