"""Small shared helpers for the per-object call modules."""

from __future__ import annotations

from typing import Any

from app.api.errors import InvalidResponseError
from app.i18n import QT_TRANSLATE_NOOP

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
