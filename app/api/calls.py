"""Small shared helpers for the per-object call modules."""

from __future__ import annotations

from typing import Any

from app.api.errors import InvalidResponseError


def first(data: list[dict[str, Any]], what: str) -> dict[str, Any]:
    """The envelope's ``data[0]``; an empty list for a single object is an invalid answer."""
    if not data:
        raise InvalidResponseError(
            f"The platform answered without the {what}: try again.", detail="data: []"
        )
    return data[0]
