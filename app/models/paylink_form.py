"""The invoice and payment-page forms as data: validate what was typed, build the API call.

Pure functions, no Qt: the view collects ``FormValues``, ``validate`` returns every field error
in words a non-programmer understands, and only a valid form yields request parameters.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any
from urllib.parse import urlsplit

from app.api.money import MAX_MINOR, AmountError, from_minor, to_minor
from app.api.platform import LANGUAGE_IDS, is_currency_code
from app.i18n import translate
from app.text_checks import (
    TextProblem,
    code_point,
    has_foreign_digits,
    is_ascii_number,
    text_problem,
)


class Kind(StrEnum):
    INVOICE = "invoice"  # the API's Invoice, a paylink
    PAGE = "page"  # the API's Page


MAX_TITLE = 255
MAX_TEXT = 2000
MAX_SHORT = 255

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_GROUPING_CHARS = re.compile(r"[\s'’\u00a0\u202f\u2009]")
# ASCII: to Python's re, \d is also "١" and "５", which Decimal would read as numbers.
_WHOLE = re.compile(r"-?(\d*|\d{1,3}( \d{3})+)", re.ASCII)
_FRACTION = re.compile(r"\d*", re.ASCII)
_PAYMENT_METHOD = re.compile(r"[a-z0-9_-]{1,64}", re.ASCII)
MAX_PROVIDER_DIGITS = 9


@dataclass
class FormValues:
    """Everything a form holds, as typed. Also what a draft saves."""

    title: str = ""
    description: str = ""
    purpose: str = ""
    purpose_per_language: bool = False
    purposes: dict[str, str] = field(default_factory=dict)  # language -> text
    amount: str = ""
    currency: str = "CHF"
    vat_rate: str = ""
    reference: str = ""
    expiry: str = ""  # ISO date or "" for none
    email: str = ""
    email_required: bool = False
    forename: str = ""
    forename_required: bool = False
    surname: str = ""
    surname_required: bool = False
    company: str = ""
    company_required: bool = False
    psp: str = ""  # provider ids, comma-separated
    pm: str = ""  # payment methods, comma-separated
    success_url: str = ""
    failed_url: str = ""
    button_text: str = ""
    sku: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FormValues:
        """The values a draft saved. Raises `ValueError` for a value of the wrong type (a draft
        damaged on disk): text stays text, switches stay switches, never guessed at."""
        defaults = cls()
        known = {f.name for f in fields(cls)}
        for name, value in data.items():
            if name not in known:
                continue
            expected = type(getattr(defaults, name))
            if not isinstance(value, expected) or (
                expected is dict
                and not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items())
            ):
                raise ValueError(f"the draft's {name} is {type(value).__name__}, not {expected}")
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass(frozen=True)
class ValidForm:
    """A form that passed validation: the parameters to send and what to remember locally."""

    params: dict[str, Any]
    amount_minor: int
    currency: str
    title: str
    reference: str
    customer: str


def parse_amount(text: str) -> Decimal:
    """Locale-tolerant: ``1234.50``, ``1'234.50``, ``1234,50``, ``1.234,50``, ``1 234,50``.

    Grouping separators must group by three digits, so a typo like ``12.3.4`` is refused rather
    than read as some other amount.
    """
    if has_foreign_digits(text):
        raise AmountError(
            translate("FormErrors", "Use the digits 0-9 for the amount, like 1234.50."),
            "foreign_digits",
        )
    cleaned = _GROUPING_CHARS.sub(" ", text.strip())
    if not cleaned:
        raise AmountError("Enter an amount.")
    dot, comma = cleaned.rfind("."), cleaned.rfind(",")
    decimal_sep = ""
    if dot >= 0 and comma >= 0:
        decimal_sep, group_sep = (".", ",") if dot > comma else (",", ".")
        cleaned = cleaned.replace(group_sep, " ")
    elif comma >= 0:
        if cleaned.count(",") > 1:
            cleaned = cleaned.replace(",", " ")
        else:
            decimal_sep = ","
    elif cleaned.count(".") > 1:
        cleaned = cleaned.replace(".", " ")
    elif dot >= 0:
        decimal_sep = "."
    whole, _, fraction = cleaned.partition(decimal_sep) if decimal_sep else (cleaned, "", "")
    if not _WHOLE.fullmatch(whole) or not _FRACTION.fullmatch(fraction) or not (whole + fraction):
        raise AmountError(translate("FormErrors", "Enter the amount as a number, like 1234.50."))
    number = whole.replace(" ", "") + ("." + fraction if fraction else "")
    return Decimal(number if number not in ("", "-") else "0")


def _check_amount(values: FormValues, errors: dict[str, str]) -> int | None:
    try:
        amount = parse_amount(values.amount)
    except AmountError as exc:
        errors["amount"] = str(exc)
        return None
    if amount <= 0:
        errors["amount"] = translate("FormErrors", "The amount must be more than zero.")
        return None
    currency = values.currency or "CHF"
    try:
        return to_minor(amount, currency)
    except AmountError as exc:
        errors["amount"] = _amount_sentence(exc, currency.upper())
        return None


def _amount_sentence(exc: AmountError, currency: str) -> str:
    """The money rule that was broken, in the UI's language."""
    if exc.problem == "no_decimals":
        return translate("FormErrors", "%s amounts have no decimals.") % currency
    if exc.problem == "too_many_decimals":
        return translate("FormErrors", "%s amounts have at most %d decimals.") % (
            currency,
            exc.places,
        )
    if exc.problem == "too_large":
        return translate("FormErrors", "The amount is larger than the platform accepts.")
    return translate("FormErrors", "Enter the amount as a number, like 1234.50.")


def _check_text(
    errors: dict[str, str], name: str, label: str, text: str, *, line_breaks: bool = False
) -> None:
    """Refuse what must never reach the platform: control characters, direction overrides,
    invisible characters, broken characters (see `app.text_checks`)."""
    found = text_problem(text, line_breaks=line_breaks)
    if found is None or name in errors:
        return
    problem, char = found
    if problem is TextProblem.BROKEN:
        errors[name] = translate(
            "FormErrors", "%s contains a damaged character: delete it and type it again."
        ) % (label,)
    elif problem is TextProblem.DIRECTION:
        errors[name] = translate(
            "FormErrors",
            "%s contains a hidden character that changes the writing direction (%s): remove it.",
        ) % (label, code_point(char))
    elif problem is TextProblem.INVISIBLE:
        errors[name] = translate(
            "FormErrors", "%s contains an invisible character (%s): remove it."
        ) % (label, code_point(char))
    else:
        errors[name] = translate(
            "FormErrors", "%s contains a control character (%s): remove it."
        ) % (label, code_point(char))


def _check_length(errors: dict[str, str], name: str, label: str, text: str, limit: int) -> None:
    if len(text) > limit and name not in errors:
        errors[name] = translate("FormErrors", "%s is too long (%d characters; at most %d).") % (
            label,
            len(text),
            limit,
        )


def _check_url(errors: dict[str, str], name: str, text: str) -> None:
    if not text.strip() or name in errors:
        return
    try:
        parts = urlsplit(text.strip())
        parts.port  # noqa: B018  # raises for a port that is no number
    except ValueError:  # "http://[" (an unclosed IPv6 host), "http://x:port"
        parts = None
    if (
        parts is None
        or parts.scheme not in ("http", "https")
        or not parts.netloc
        or any(char.isspace() for char in text.strip())
    ):
        errors[name] = translate(
            "FormErrors", "Enter a web address starting with https:// (or http://)."
        )


def _int_list(text: str) -> list[int] | None:
    items = [item.strip() for item in text.split(",") if item.strip()]
    # Not str.isdigit: "²" and "①" are digits to it, and int() then raises.
    if not all(is_ascii_number(item, MAX_PROVIDER_DIGITS) for item in items):
        return None
    return [int(item) for item in items]


def validate(
    values: FormValues, kind: Kind, today: date
) -> tuple[dict[str, str], ValidForm | None]:
    """Every field error (field name -> sentence), and the request when there are none."""
    errors: dict[str, str] = {}
    _check_texts(values, kind, errors)
    title = values.title.strip()
    if not title:
        errors.setdefault(
            "title",
            translate("FormErrors", "Enter a title: the customer sees it on the payment page."),
        )
    _check_length(errors, "title", translate("FormErrors", "The title"), title, MAX_TITLE)
    _check_length(
        errors,
        "description",
        translate("FormErrors", "The description"),
        values.description,
        MAX_TEXT,
    )
    _check_length(
        errors,
        "reference",
        translate("FormErrors", "The reference"),
        values.reference.strip(),
        MAX_SHORT,
    )
    if values.purpose_per_language:
        for lang, text in values.purposes.items():
            _check_length(
                errors, f"purpose_{lang}", translate("FormErrors", "The purpose"), text, MAX_SHORT
            )
    else:
        _check_length(
            errors, "purpose", translate("FormErrors", "The purpose"), values.purpose, MAX_SHORT
        )

    currency = values.currency.strip().upper()
    if not is_currency_code(currency):
        errors.setdefault("currency", translate("FormErrors", "Choose a currency."))
    minor = _check_amount(values, errors) if not {"currency", "amount"} & errors.keys() else None

    vat: Decimal | None = None
    if values.vat_rate.strip() and "vat_rate" not in errors:
        try:
            vat = parse_amount(values.vat_rate)
        except AmountError as exc:
            vat = None
            if exc.problem == "foreign_digits":
                errors["vat_rate"] = translate(
                    "FormErrors", "Use the digits 0-9 for the VAT rate, like 8.1."
                )
        if vat is None or not 0 <= vat <= 100 or vat != vat.quantize(Decimal("0.01")):
            errors.setdefault(
                "vat_rate",
                translate(
                    "FormErrors", "Enter the VAT rate as a percentage between 0 and 100, like 8.1."
                ),
            )

    expiry: date | None = None
    if kind is Kind.INVOICE and values.expiry:
        try:
            if not values.expiry.isascii():  # fromisoformat reads "２０２６-…" too
                raise ValueError(values.expiry)
            expiry = date.fromisoformat(values.expiry)
        except ValueError:
            errors["expiry"] = translate(
                "FormErrors", "Enter the expiry date as a date, like 2026-12-31."
            )
        else:
            if expiry < today:
                errors["expiry"] = translate(
                    "FormErrors", "The expiry date is in the past: choose a later date or none."
                )

    email = values.email.strip()
    if email and not _EMAIL.match(email) and "email" not in errors:
        errors["email"] = translate(
            "FormErrors", "Enter a valid e-mail address, like name@example.ch."
        )
    for name, label in (
        ("forename", translate("FormErrors", "The first name")),
        ("surname", translate("FormErrors", "The last name")),
        ("company", translate("FormErrors", "The company")),
        ("email", translate("FormErrors", "The e-mail address")),
    ):
        _check_length(errors, name, label, getattr(values, name).strip(), MAX_SHORT)

    psp = _int_list(values.psp)
    if psp is None and "psp" not in errors:
        errors["psp"] = (
            translate("FormErrors", "Use the digits 0-9 for payment provider ids, like 36, 44.")
            if has_foreign_digits(values.psp)
            else translate(
                "FormErrors",
                "Enter payment provider ids as numbers separated by commas, like 36, 44.",
            )
        )
    pm = [item.strip().lower() for item in values.pm.split(",") if item.strip()]
    if not all(_PAYMENT_METHOD.fullmatch(item) for item in pm) and "pm" not in errors:
        errors["pm"] = translate(
            "FormErrors",
            "Enter payment methods as names of letters a-z, digits, _ and - separated by "
            "commas, like visa, twint.",
        )
    if kind is Kind.INVOICE:
        _check_url(errors, "success_url", values.success_url)
        _check_url(errors, "failed_url", values.failed_url)
        _check_length(
            errors,
            "button_text",
            translate("FormErrors", "The button text"),
            values.button_text,
            MAX_SHORT,
        )
        _check_length(errors, "sku", translate("FormErrors", "The SKU"), values.sku, MAX_SHORT)

    if errors or minor is None:
        return errors, None
    assert minor <= MAX_MINOR
    params = _params(values, kind, title, currency, minor, vat, expiry, psp or [], pm)
    customer = " ".join(p for p in (values.forename.strip(), values.surname.strip()) if p)
    customer = " · ".join(p for p in (customer, values.company.strip(), email) if p)
    return {}, ValidForm(params, minor, currency, title, values.reference.strip(), customer)


def _check_texts(values: FormValues, kind: Kind, errors: dict[str, str]) -> None:
    """Control, direction, invisible and broken characters, in every field that takes text."""
    fields_: list[tuple[str, str, str]] = [
        ("title", translate("FormErrors", "The title"), values.title),
        ("reference", translate("FormErrors", "The reference"), values.reference),
        ("amount", translate("FormErrors", "The amount"), values.amount),
        ("currency", translate("FormErrors", "The currency"), values.currency),
        ("vat_rate", translate("FormErrors", "The VAT rate"), values.vat_rate),
        ("email", translate("FormErrors", "The e-mail address"), values.email),
        ("forename", translate("FormErrors", "The first name"), values.forename),
        ("surname", translate("FormErrors", "The last name"), values.surname),
        ("company", translate("FormErrors", "The company"), values.company),
        ("psp", translate("FormErrors", "The payment provider ids"), values.psp),
    ]
    if values.purpose_per_language:
        fields_ += [
            (f"purpose_{lang}", translate("FormErrors", "The purpose"), text)
            for lang, text in values.purposes.items()
        ]
    else:
        fields_.append(("purpose", translate("FormErrors", "The purpose"), values.purpose))
    if kind is Kind.INVOICE:
        fields_ += [
            ("pm", translate("FormErrors", "The payment methods"), values.pm),
            ("success_url", translate("FormErrors", "The success page"), values.success_url),
            ("failed_url", translate("FormErrors", "The failure page"), values.failed_url),
            ("button_text", translate("FormErrors", "The button text"), values.button_text),
            ("sku", translate("FormErrors", "The SKU"), values.sku),
        ]
    for name, label, text in fields_:
        _check_text(errors, name, label, text)
    _check_text(
        errors,
        "description",
        translate("FormErrors", "The description"),
        values.description,
        line_breaks=True,
    )


def _params(
    values: FormValues,
    kind: Kind,
    title: str,
    currency: str,
    minor: int,
    vat: Decimal | None,
    expiry: date | None,
    psp: list[int],
    pm: list[str],
) -> dict[str, Any]:
    purpose: str | dict[int, str] | None
    if values.purpose_per_language:
        purpose = {
            LANGUAGE_IDS[lang]: text.strip()
            for lang, text in values.purposes.items()
            if lang in LANGUAGE_IDS and text.strip()
        } or None
    else:
        purpose = values.purpose.strip() or None
    customer_fields: dict[str, dict[str, Any]] = {}
    for name, api_name in (
        ("email", "email"),
        ("forename", "forename"),
        ("surname", "surname"),
        ("company", "company"),
    ):
        value = getattr(values, name).strip()
        required = bool(getattr(values, f"{name}_required"))
        if value or required:
            customer_fields[api_name] = {"defaultValue": value or None, "mandatory": required}

    params: dict[str, Any] = {
        "title": title,
        "description": values.description.strip() or None,
        "purpose": purpose,
        "amount": minor,
        "currency": currency,
        "psp": psp or None,
        "fields": customer_fields or None,
    }
    if kind is Kind.INVOICE:
        params.update(
            {
                "referenceId": values.reference.strip() or None,
                # A decimal string we control, never a float (API.md §2).
                "vatRate": format(vat.normalize(), "f") if vat is not None else None,
                "pm": pm or None,
                "expirationDate": expiry.isoformat() if expiry else None,
                "successRedirectUrl": values.success_url.strip() or None,
                "failedRedirectUrl": values.failed_url.strip() or None,
                "buttonText": values.button_text.strip() or None,
                "sku": values.sku.strip() or None,
            }
        )
    return {k: v for k, v in params.items() if v is not None}


def values_from_params(params: dict[str, Any], kind: Kind, currency_default: str) -> FormValues:
    """Refill a form from the parameters a record sent (History's "duplicate into form")."""
    currency = str(params.get("currency") or currency_default)
    amount = params.get("amount")
    values = FormValues(
        title=str(params.get("title", "")),
        description=str(params.get("description", "")),
        amount=str(from_minor(int(amount), currency)) if isinstance(amount, int) else "",
        currency=currency,
        vat_rate=str(params.get("vatRate", "")),
        expiry="",  # an old expiry date is almost always in the past: choose again
        psp=", ".join(str(p) for p in params.get("psp") or []),
        pm=", ".join(str(p) for p in params.get("pm") or []),
        success_url=str(params.get("successRedirectUrl", "")),
        failed_url=str(params.get("failedRedirectUrl", "")),
        button_text=str(params.get("buttonText", "")),
        sku=str(params.get("sku", "")),
    )
    purpose = params.get("purpose")
    if isinstance(purpose, dict):
        by_id = {str(v): k for k, v in LANGUAGE_IDS.items()}
        values.purpose_per_language = True
        values.purposes = {by_id[str(k)]: str(t) for k, t in purpose.items() if str(k) in by_id}
    elif purpose:
        values.purpose = str(purpose)
    customer = params.get("fields") or {}
    for name in ("email", "forename", "surname", "company"):
        entry = customer.get(name) if isinstance(customer, dict) else None
        if isinstance(entry, dict):
            setattr(values, name, str(entry.get("defaultValue") or ""))
            setattr(values, f"{name}_required", bool(entry.get("mandatory")))
    if kind is Kind.PAGE:
        values.vat_rate = values.pm = values.success_url = values.failed_url = ""
    return values
