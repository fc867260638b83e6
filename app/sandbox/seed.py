"""Deterministic demo data: what a new user sees on the Demo instance.

Content comes from a fixed random seed; dates are laid out backwards from an anchor day (today
for the Demo instance, any fixed day in tests), so the same anchor always gives the same data.
Names and addresses are invented; e-mail domains are under the reserved ``.example`` TLD.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from app.sandbox.objects import (
    Contact,
    Discount,
    Paylink,
    Product,
    Subscription,
    Transaction,
    add_duration,
    charged,
)
from app.sandbox.render import refunded
from app.sandbox.state import SandboxState

SEED = 20240601
SUBSCRIPTION_COUNT = 48
_LOYALTY_PERCENT = 10


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_FIRST_NAMES = _words(
    "Anna Lukas Sophie Jonas Léa Noah Mia Luca Laura Elias Chloé Matteo Nina David Sarah Julien "
    "Camille Thomas Lea Marco Sandra Beat Ursula Reto Franziska Jürg Monique Pierre Isabelle "
    "Hans Petra Stefan Claudia Fabienne Yannick Céline Andreas Michael Katharina Simone René "
    "Nathalie Florian Martina Gabriel Corinne Urs Élodie"
)
_FEMALE = frozenset(
    _words(
        "Anna Sophie Léa Mia Laura Chloé Nina Sarah Camille Lea Sandra Ursula Franziska Monique "
        "Isabelle Petra Claudia Fabienne Céline Katharina Simone Nathalie Martina Corinne "
        "Élodie"
    )
)
_LAST_NAMES = _words(
    "Müller Meier Schmid Keller Weber Huber Schneider Meyer Steiner Fischer Gerber Brunner "
    "Baumann Frei Zimmermann Moser Widmer Wyss Graf Roth Favre Rochat Dubois Bonvin Fontana "
    "Bianchi Rossi Lehmann Wagner Becker Hoffmann Schulz Koch Richter Martin Bernard Girard "
    "Morel Lambert Mercier Bachmann Sutter Vogel Berger Kälin Jäggi Perret Chevalley"
)
_PLACES = {
    "CH": [
        ("8001", "Zürich"),
        ("3011", "Bern"),
        ("4051", "Basel"),
        ("1003", "Lausanne"),
        ("1204", "Genève"),
        ("6003", "Luzern"),
        ("9000", "St. Gallen"),
        ("8400", "Winterthur"),
        ("2502", "Biel/Bienne"),
        ("7000", "Chur"),
        ("6900", "Lugano"),
        ("1700", "Fribourg"),
    ],
    "DE": [
        ("10115", "Berlin"),
        ("80331", "München"),
        ("20095", "Hamburg"),
        ("50667", "Köln"),
        ("79098", "Freiburg im Breisgau"),
    ],
    "FR": [("75001", "Paris"), ("69002", "Lyon"), ("67000", "Strasbourg"), ("68100", "Mulhouse")],
    "AT": [("1010", "Wien"), ("6020", "Innsbruck")],
}
_STREETS = {
    "CH": ("Bahnhofstrasse", "Seestrasse", "Dorfstrasse", "Kirchweg", "Lindenweg", "Bergstrasse"),
    "DE": ("Hauptstraße", "Gartenstraße", "Schillerstraße", "Lindenallee"),
    "FR": ("Rue du Marché", "Avenue de la Gare", "Chemin des Vignes", "Rue de la Paix"),
    "AT": ("Hauptstraße", "Kirchengasse", "Mariahilfer Straße"),
}
_FRENCH_CH = frozenset({"Lausanne", "Genève", "Fribourg", "Biel/Bienne"})
_COMPANIES = (
    "Bäckerei Keller GmbH",
    "Velo Huber AG",
    "Atelier Lumière Sàrl",
    "Schreinerei Moser",
    "Praxis am See",
    "Café du Lac SA",
    "Studio Nord GmbH",
    "Weinbau Bonvin",
    "Fitness Point AG",
    "Architekturbüro Graf",
)
_MAIL_DOMAINS = ("bluewin.example", "gmx.example", "sunrise.example", "mail.example", "web.example")
_COUNTRY_WEIGHTS = (("CH", 30), ("DE", 8), ("FR", 6), ("AT", 4))
_VAT = {"CH": Decimal("8.1"), "DE": Decimal("19"), "FR": Decimal("20"), "AT": Decimal("20")}
_PHONE_PREFIX = {"CH": "+41 79", "DE": "+49 151", "FR": "+33 6", "AT": "+43 664"}


@dataclass(frozen=True)
class _Plan:
    purpose: str
    amount_chf: int
    interval: str
    period: str
    cancellation: str
    per_unit: bool = False  # bought by the seat or the box: quantity above 1

    def amount(self, currency: str) -> int:
        # EUR prices a little above the CHF ones, ending in .90 as shops do.
        return self.amount_chf if currency == "CHF" else int(round(self.amount_chf * 1.04, -2)) - 10


_PLANS = (
    _Plan("Vereinsmitgliedschaft", 12000, "P1Y", "P1Y", "P3M"),
    _Plan("Gönnerbeitrag", 5000, "P1Y", "P1Y", "P1M"),
    _Plan("Fitness-Abo monatlich", 8900, "P1M", "P1Y", "P1M"),
    _Plan("Yoga 10er-Abo", 22000, "P3M", "P1Y", "P1M"),
    _Plan("Software-Lizenz Basis", 2900, "P1M", "P1M", "P1M", per_unit=True),
    _Plan("Software-Lizenz Pro", 7900, "P1M", "P1Y", "P1M", per_unit=True),
    _Plan("Abonnement Journal local", 18900, "P1Y", "P1Y", "P3M"),
    _Plan("Cotisation annuelle", 9000, "P1Y", "P1Y", "P1M"),
    _Plan("Cours de piano", 32000, "P3M", "P1Y", "P1M"),
    _Plan("Gemüseabo", 14500, "P1M", "P6M", "P1M", per_unit=True),
    _Plan("Hosting Webpaket", 14900, "P6M", "P1Y", "P1M"),
)
# Paylinks sent to single customers: title, purpose, amount, currency, reference, paid?
_PAYLINKS = (
    ("Rechnung 2024-031", "Gartenpflege Frühling", 48500, "CHF", "R-2024-031", True),
    ("Facture 2024-114", "Traduction contrat de bail", 125050, "CHF", "F-2024-114", False),
    ("Reparatur Velo", "Service und neue Bremsen", 12550, "CHF", "R-2024-040", False),
    ("Konzertticket Jazz im Park", "2 Tickets, Sitzplatz", 7000, "CHF", "T-0815", True),
    ("Beratung Steuererklärung", "Steuererklärung 2023", 36000, "EUR", "B-2024-007", True),
    ("Cours de yoga", "Carte 10 séances", 22000, "CHF", "Y-2024-052", False),
    ("Mietzins Atelier", "Miete Juni, Atelier 3. OG", 95000, "CHF", "M-2024-06", False),
)
_DECLINED_ATTEMPT = "R-2024-040"  # the unpaid link whose first try was declined
# Payment pages: title, purpose, amount, currency, payments
_PAGES = (
    ("Spenden Musikverein", "Spende Musikverein Harmonie", 5000, "CHF", 3),
    ("Kursanmeldung Erste Hilfe", "Kurs Nothilfe (10 h)", 18000, "CHF", 2),
    ("Cotisation Club de tennis", "Cotisation saison d'été", 15000, "CHF", 0),
)


def _ascii(text: str) -> str:
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    text = text.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return "".join(c for c in folded.lower() if c.isalnum() or c == "-")


def _at(day: date, rng: random.Random) -> datetime:
    return datetime.combine(day, time(7, 0)) + timedelta(minutes=rng.randrange(13 * 60))


def _unix(moment: datetime) -> int:
    return int(moment.replace(tzinfo=UTC).timestamp())


def _contacts(state: SandboxState, rng: random.Random, count: int) -> list[Contact]:
    countries = [c for c, weight in _COUNTRY_WEIGHTS for _ in range(weight)]
    first_names = rng.sample(_FIRST_NAMES, len(_FIRST_NAMES))
    last_names = rng.sample(_LAST_NAMES, len(_LAST_NAMES))
    contacts = []
    for i in range(count):
        first, last = first_names[i % len(first_names)], last_names[i % len(last_names)]
        country = countries[rng.randrange(len(countries))]
        zip_code, place = rng.choice(_PLACES[country])
        streets = _STREETS["FR"] if place in _FRENCH_CH else _STREETS[country]
        company = rng.choice(_COMPANIES) if rng.random() < 0.3 else ""
        born = (
            f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(1950, 2004)}"
            if rng.random() < 0.4
            else ""
        )
        contacts.append(
            state.add_contact(
                title="miss" if first in _FEMALE else "mister",
                firstname=first,
                lastname=last,
                company=company,
                street=f"{rng.choice(streets)} {rng.randint(1, 120)}",
                zip=zip_code,
                place=place,
                country=country,
                phone=f"{_PHONE_PREFIX[country]} {rng.randint(100, 999)} {rng.randint(10, 99)} "
                f"{rng.randint(10, 99)}",
                email=f"{_ascii(first)}.{_ascii(last)}@{rng.choice(_MAIL_DOMAINS)}",
                date_of_birth=born,
            )
        )
    return contacts


def _lang(contact: Contact) -> str:
    return "fr" if contact.country == "FR" or contact.place in _FRENCH_CH else "de"


# What a subscription's list shows, and how many of each. Only three are API statuses
# (active, cancelled, terminated); in notice and overdue are active ones, told by their dates.
_STATES = (
    ("active", 24),
    ("in_notice", 7),
    ("overdue", 5),
    ("cancelled", 8),
    ("terminated", 4),
)
STATUS_OF_STATE = {
    "active": "active",
    "in_notice": "active",
    "overdue": "active",
    "cancelled": "cancelled",
    "terminated": "terminated",
}
_LOYALTY = "TREUE10"  # the demo's discount code: 10 % off


def _subscriptions(
    state: SandboxState, rng: random.Random, contacts: list[Contact], anchor: date
) -> None:
    states = [name for name, count in _STATES for _ in range(count)]
    rng.shuffle(states)
    for contact, seeded in zip(contacts, states, strict=True):
        plan = rng.choice(_PLANS)
        currency = "CHF" if contact.country == "CH" else "EUR"
        # Seats of a licence, boxes of vegetables: some lines are bought more than once.
        quantity = rng.choice((2, 3, 5)) if plan.per_unit else 1
        product = Product(
            plan.purpose,
            plan.amount(currency),
            quantity,
            sku=f"ABO-{_ascii(plan.purpose)[:12].upper()}",
            vat_rate=_VAT[contact.country],
        )
        discount = None
        if rng.random() < 0.2:
            off = round(product.total * _LOYALTY_PERCENT / 100)
            discount = Discount(_LOYALTY, off, _LOYALTY_PERCENT)
        test = rng.random() < 0.25
        # One that ended, or missed a payment, has lived through at least one renewal.
        earliest = 400 if seeded in ("overdue", "cancelled", "terminated") else 20
        start = anchor - timedelta(days=rng.randint(earliest, 900))
        signup = state.add_paylink(
            "Invoice",
            {
                "title": plan.purpose,
                "purpose": plan.purpose,
                "amount": charged([product], discount),
                "currency": currency,
                "vatRate": _VAT[contact.country],
                "referenceId": f"ABO-{contact.id}",
                "subscriptionState": True,
                "subscriptionInterval": plan.interval,
                "subscriptionPeriod": plan.period,
                "subscriptionCancellationInterval": plan.cancellation,
            },
            created_at=_unix(datetime.combine(start, time(6, 0))),
        )
        mode = "TEST" if test else "LIVE"
        first = state.pay(signup.hash, now=_at(start, rng), payer=contact, mode=mode)
        first.products, first.discount, first.lang = [product], discount, _lang(contact)
        subscription = state.subscriptions[first.subscription_id or 0]
        subscription.products, subscription.discount = [product], discount
        subscription.psp = rng.choice((36, 44))
        _age(state, rng, subscription, signup, seeded, anchor)


def _age(
    state: SandboxState,
    rng: random.Random,
    subscription: Subscription,
    signup: Paylink,
    seeded: str,
    anchor: date,
) -> None:
    """Lay out the renewals between the start and the anchor, ending as ``seeded`` says."""
    interval, start = subscription.payment_interval, subscription.start
    past: list[date] = []
    upcoming = add_duration(start, interval)
    while upcoming < anchor:  # renewals before the anchor day: none dated later than now
        past.append(upcoming)
        upcoming = add_duration(start, interval, len(past) + 1)
    declined: date | None = None
    if seeded == "cancelled":
        end = rng.choice(past) if past else anchor - timedelta(days=rng.randint(1, 15))
        end = max(end, start + timedelta(days=1))
        renewals = [d for d in past if d < end]
        subscription.end = subscription.valid_until = end
    elif seeded in ("overdue", "terminated"):
        # The last renewal was declined: the next payment is in the past, still unpaid. A
        # terminated one was ended by the platform some weeks later.
        renewals, declined = past[:-1], past[-1]
        subscription.valid_until = declined
        if seeded == "terminated":
            subscription.end = min(declined + timedelta(days=30), anchor - timedelta(days=1))
    else:
        renewals, subscription.valid_until = past, upcoming
        if seeded == "in_notice":  # ends with the period paid for, after the anchor day
            later = add_duration(start, interval, len(past) + 2)
            subscription.end = subscription.valid_until = upcoming if upcoming > anchor else later
    subscription.status = STATUS_OF_STATE[seeded]
    kept = renewals[-3:]
    for n, day in enumerate(kept):
        status = "confirmed"
        if n == len(kept) - 1 and seeded == "active" and rng.random() < 0.25:
            # The latest payment was refunded, in part (most) or in full.
            status = "refunded" if rng.random() < 0.3 else "partially-refunded"
        payment = _renewal(state, rng, subscription, signup, day, status)
        subscription.refunded_amount += refunded(payment)
    if declined is not None:
        _renewal(state, rng, subscription, signup, declined, "declined")


def _renewal(
    state: SandboxState,
    rng: random.Random,
    subscription: Subscription,
    signup: Paylink,
    day: date,
    status: str,
) -> Transaction:
    payer = state.contacts[subscription.contact_id]
    return state.add_transaction(
        time=_at(day, rng),
        status=status,
        products=list(subscription.products),
        discount=subscription.discount,
        currency=subscription.currency,
        reference_id=subscription.reference_id,
        contact_id=subscription.contact_id,
        purpose=subscription.purpose,
        invoice_number=f"{signup.hash}-{day.isoformat()}",
        brand=rng.choice(("visa", "mastercard", "twint", "postfinance_card")),
        mode="TEST" if subscription.test else "LIVE",
        lang=_lang(payer),
        subscription_id=subscription.id,
    )


def _paylinks_and_pages(
    state: SandboxState, rng: random.Random, contacts: list[Contact], anchor: date
) -> None:
    for title, purpose, amount, currency, reference, paid in _PAYLINKS:
        created = anchor - timedelta(days=rng.randint(2, 60))
        paylink = state.add_paylink(
            "Invoice",
            {
                "title": title,
                "purpose": purpose,
                "amount": amount,
                "currency": currency,
                "referenceId": reference,
                "vatRate": _VAT["CH" if currency == "CHF" else "DE"],
                "expirationDate": (created + timedelta(days=30)).isoformat(),
            },
            created_at=_unix(datetime.combine(created, time(9, 30))),
        )
        when = min(_at(created + timedelta(days=rng.randint(0, 1)), rng), _at(anchor, rng))
        payer = rng.choice(contacts)
        if paid:
            state.pay(paylink.hash, now=when, payer=payer, mode="LIVE").lang = _lang(payer)
        elif reference == _DECLINED_ATTEMPT:
            _declined_attempt(state, paylink, payer, when)
    for title, purpose, amount, currency, payments in _PAGES:
        created = anchor - timedelta(days=rng.randint(60, 200))
        page = state.add_paylink(
            "Page",
            {"title": title, "purpose": purpose, "amount": amount, "currency": currency},
            created_at=_unix(datetime.combine(created, time(8, 0))),
        )
        for n in range(payments):
            when = _at(created + timedelta(days=rng.randint(1, 50)), rng)
            payer = rng.choice(contacts)
            payment = state.pay(page.hash, now=when, payer=payer, mode="LIVE")
            payment.lang = _lang(payer)
            if n == 1:  # a course fee paid twice by mistake, half given back
                payment.status = "partially-refunded"


def _declined_attempt(
    state: SandboxState, paylink: Paylink, payer: Contact, when: datetime
) -> None:
    """A card declined on a link that is still waiting to be paid."""
    state.add_transaction(
        time=when,
        status="declined",
        products=[Product(paylink.title, paylink.amount)],
        currency=paylink.currency,
        reference_id=paylink.reference_id,
        contact_id=payer.id,
        purpose=paylink.purpose,
        invoice_number=f"{paylink.hash}-1",
        mode="LIVE",
        lang=_lang(payer),
        paylink_id=paylink.id,
    )


def seed_demo(state: SandboxState, anchor: date) -> None:
    """Fill ``state`` with the demo data laid out before ``anchor``."""
    rng = random.Random(SEED)
    with state.lock:
        # Hashes and uuids from the same seed, so links are stable across runs too.
        previous = state.swap_random(random.Random(rng.getrandbits(64)))
        try:
            contacts = _contacts(state, rng, SUBSCRIPTION_COUNT)
            _paylinks_and_pages(state, rng, contacts, anchor)
            _subscriptions(state, rng, contacts, anchor)
        finally:
            state.swap_random(previous)
