"""The plain HTML a person sees: the payment page at each link, the self-service page behind an
AuthToken link, and an index of the demo links."""

from __future__ import annotations

from datetime import datetime
from html import escape

from app.sandbox.objects import AuthToken, Paylink, format_amount
from app.sandbox.state import SandboxState

_STYLE = """
body { font-family: system-ui, sans-serif; max-width: 36rem; margin: 3rem auto; color: #222; }
.card { border: 1px solid #ccc; border-radius: 8px; padding: 1.5rem; }
.amount { font-size: 2rem; margin: 1rem 0; }
.paid { color: #17692f; font-weight: bold; font-size: 1.4rem; }
.note { color: #666; font-size: 0.9rem; }
button { font-size: 1.1rem; padding: 0.6rem 1.4rem; }
table { border-collapse: collapse; width: 100%; } td, th { padding: 0.3rem; text-align: left; }
"""


def _document(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head>\n"
        f'<body>\n{body}\n<p class="note">Paydesk sandbox: no real money moves here.</p>'
        "</body></html>\n"
    )


def paylink_page(paylink: Paylink, *, just_paid: bool = False) -> str:
    """Title, purpose, amount and a "Pay (simulated)" button that POSTs back to the link."""
    parts = [f"<h1>{escape(paylink.title)}</h1>"]
    description = paylink.values.get("description")
    if description:
        parts.append(f"<p>{escape(str(description))}</p>")
    if paylink.purpose:
        parts.append(f"<p>Purpose: {escape(paylink.purpose)}</p>")
    parts.append(f'<p class="amount">{escape(format_amount(paylink.amount, paylink.currency))}</p>')
    if paylink.reference_id:
        parts.append(f'<p class="note">Reference: {escape(paylink.reference_id)}</p>')
    if just_paid or not paylink.payable:
        parts.append('<p class="paid">Paid</p>')
    if paylink.payable:
        parts.append(
            f'<form method="post" action="/pay/{escape(paylink.hash)}">'
            '<button type="submit">Pay (simulated)</button></form>'
        )
    return _document(paylink.title or "Payment", '<div class="card">' + "".join(parts) + "</div>")


def message_page(title: str, message: str) -> str:
    return _document(title, f"<h1>{escape(title)}</h1><p>{escape(message)}</p>")


def auth_page(state: SandboxState, token: AuthToken, now: datetime) -> str:
    contact = state.contacts[token.contact_id]
    if now > token.expires:
        return message_page("Link expired", "This login link has expired; ask for a new one.")
    rows = "".join(
        f"<tr><td>{escape(s.purpose)}</td><td>{escape(format_amount(s.amount, s.currency))}"
        f"</td><td>{escape(s.payment_interval)}</td><td>{escape(s.status)}</td></tr>"
        for s in state.subscriptions_of(contact.id)
    )
    body = (
        f"<h1>Your subscriptions, {escape(contact.name)}</h1>"
        "<table><tr><th>Purpose</th><th>Amount</th><th>Interval</th><th>Status</th></tr>"
        f"{rows}</table>"
    )
    return _document("Your subscriptions", body)


def index_page(state: SandboxState, instance: str) -> str:
    def row(paylink: Paylink) -> str:
        link = state.link(paylink)
        return (
            f'<tr><td>{paylink.kind}</td><td><a href="{escape(link)}">{escape(paylink.title)}'
            f"</a></td><td>{escape(format_amount(paylink.amount, paylink.currency))}</td>"
            f"<td>{escape(paylink.status)}</td></tr>"
        )

    with state.lock:
        links = [*state.invoices.values(), *state.pages.values()]
        rows = "".join(row(paylink) for paylink in links)
        counts = (len(state.subscriptions), len(state.transactions))
    body = (
        f"<h1>Paydesk sandbox: instance {escape(instance)}</h1>"
        f"<p>{counts[0]} subscriptions, {counts[1]} transactions. API at "
        f"<code>{escape(state.base_url)}/v1.0/&lt;Object&gt;/?instance={escape(instance)}</code>"
        "</p><table><tr><th>Kind</th><th>Title</th><th>Amount</th><th>Status</th></tr>"
        f"{rows}</table>"
    )
    return _document("Paydesk sandbox", body)
