"""The local record (SQLite in the platform data dir): creates and their state, drafts, counters,
the subscription list cache. Qt-free; every class here is safe to use from worker threads."""

from app.store.database import Database, DatabaseError, open_database
from app.store.drafts import DraftStore
from app.store.records import (
    InvalidTransition,
    Record,
    RecordKind,
    RecordNotFound,
    RecordState,
    RecordStore,
)
from app.store.references import ReferenceCounter
from app.store.subscriptions_cache import CachedSubscriptions, SubscriptionCache

__all__ = [
    "CachedSubscriptions",
    "Database",
    "DatabaseError",
    "DraftStore",
    "InvalidTransition",
    "Record",
    "RecordKind",
    "RecordNotFound",
    "RecordState",
    "RecordStore",
    "ReferenceCounter",
    "SubscriptionCache",
    "open_database",
]
