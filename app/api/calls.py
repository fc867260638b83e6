"""Small shared helpers for the per-object call modules."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from app.api.errors import InvalidResponseError, OutcomeUnknownError
from app.api.models import Paylink
from app.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.api.client import ApiClient

T = TypeVar("T")

# One whole sentence per object a call expects back, so each translation can word it.
_ANSWERED_WITHOUT: dict[str, str] = {
    "paylink": QT_TRANSLATE_NOOP(
        "ApiErrors", "The platform answered without the paylink: try again."
    ),
    "payment page": QT_TRANSLATE_NOOP(
        "ApiErrors", "The platform answered without the payment page: try again."
    ),
    "subscription": QT_TRANSLATE_NOOP(
        "ApiErrors", "The platform answered without the subscription: try again."
    ),
    "payment": QT_TRANSLATE_NOOP(
        "ApiErrors", "The platform answered without the payment: try again."
    ),
    "login link": QT_TRANSLATE_NOOP(
        "ApiErrors", "The platform answered without the login link: try again."
    ),
}
_ANSWERED_WITHOUT_DATA = QT_TRANSLATE_NOOP(
    "ApiErrors", "The platform answered without the expected data: try again."
)


def first(data: list[dict[str, Any]], what: str) -> dict[str, Any]:
    """The envelope's ``data[0]``; an empty list for a single object is an invalid answer.

    ``what`` names the object for the error: "paylink", "payment page", "subscription",
    "payment" or "login link".
    """
    if not data:
        raise InvalidResponseError(
            _ANSWERED_WITHOUT.get(what, _ANSWERED_WITHOUT_DATA), detail="data: []"
        )
    return data[0]


def write(
    client: ApiClient,
    method: str,
    obj: str,
    read: Callable[[list[dict[str, Any]]], T],
    object_id: int | None = None,
    params: Mapping[str, Any] | None = None,
) -> T:
    """Send a POST, PUT or DELETE and read its answer with ``read``.

    The client already reports every answer that is no clear rejection as `OutcomeUnknownError`;
    this adds the answers that arrived whole but cannot be read (``data: []``, a value the
    parser refuses): the write was accepted, so whatever it did has happened, and a failure to
    read what came back must not turn into "failed" (the user would create it again).
    """
    from app.api.answers import UNREADABLE_WRITE_ANSWER

    data = client.request(method, obj, object_id, params)
    try:
        return read(data)
    except Exception as exc:
        detail = getattr(exc, "detail", "") or f"{type(exc).__name__}: {exc}"
        raise OutcomeUnknownError(UNREADABLE_WRITE_ANSWER, client.host, detail=detail) from exc


def created(data: list[dict[str, Any]], what: str) -> Paylink:
    """The paylink or payment page a create answered with; an answer without a readable id is
    an invalid answer (the object exists, but nobody can tell which it is)."""
    paylink = Paylink.parse(first(data, what))
    if paylink.id is None:
        raise InvalidResponseError(
            _ANSWERED_WITHOUT.get(what, _ANSWERED_WITHOUT_DATA),
            detail=f"data[0] has no readable id: {type(data[0].get('id')).__name__}",
        )
    return paylink
