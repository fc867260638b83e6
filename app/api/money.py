"""Money on the wire is an int in the currency's smallest unit; in the app it is a Decimal."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from app.api.platform import decimals

__all__ = ["MAX_MINOR", "AmountError", "decimals", "from_minor", "to_minor"]

# The API's amount is a signed 32-bit int on the platform side.
MAX_MINOR = 2**31 - 1


class AmountError(ValueError):
    """An amount that cannot be charged in its currency; ``str()`` is a sentence for the user.

    ``problem`` names the rule for callers that word it themselves (a translated UI):
    "not_a_number", "no_decimals", "too_many_decimals" (``places`` allowed) or "too_large".
    """

    def __init__(self, message: str, problem: str = "not_a_number", places: int = 0) -> None:
        super().__init__(message)
        self.problem = problem
        self.places = places


def to_minor(amount: Decimal | str, currency: str) -> int:
    """``Decimal("125.50"), "CHF"`` -> ``12550``; refuses what does not fit (``12.345 CHF``)."""
    try:
        value = amount if isinstance(amount, Decimal) else Decimal(amount)
    except InvalidOperation as exc:
        raise AmountError(f"“{amount}” is not an amount.") from exc
    if not value.is_finite():
        raise AmountError("The amount must be a number.")
    places = decimals(currency)
    scaled = value.scaleb(places)
    if scaled != scaled.to_integral_value():
        if places == 0:
            raise AmountError(f"{currency.upper()} amounts have no decimals.", "no_decimals")
        raise AmountError(
            f"{currency.upper()} amounts have at most {places} decimals.",
            "too_many_decimals",
            places,
        )
    minor = int(scaled)
    if abs(minor) > MAX_MINOR:
        raise AmountError("The amount is larger than the platform accepts.", "too_large")
    return minor


def from_minor(minor: int, currency: str) -> Decimal:
    """``12550, "CHF"`` -> ``Decimal("125.50")``."""
    places = decimals(currency)
    return Decimal(minor).scaleb(-places).quantize(Decimal(1).scaleb(-places))
