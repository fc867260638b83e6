"""Encode + sign the typical paylink create (PHP vector "typical paylink create"), per call.

Baseline, measured in the same run: the standard library's ``urllib.parse.urlencode`` over the
same (already flattened) pairs plus the same HMAC, i.e. what a naive client would spend. The ratio
is what the PHP-exact rendering costs on top.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import statistics
import timeit
from pathlib import Path
from urllib.parse import urlencode

from app.api.client import ApiClient, ClientConfig
from app.api.signing import api_signature, flatten, wire_query

VECTORS = Path(__file__).resolve().parent.parent / "tests" / "api" / "signature_vectors.json"
PARAMS = next(
    v["params"]
    for v in json.loads(VECTORS.read_text("utf-8"))["vectors"]
    if v["name"] == "typical paylink create"
)
SECRET = "API-SECRET"
PAIRS = flatten(PARAMS)


def ours() -> None:
    api_signature(PARAMS, SECRET)
    wire_query(PARAMS)


def whole_call_prepared() -> None:
    CLIENT.prepare("POST", "Invoice", None, PARAMS)


def baseline() -> None:
    signed = urlencode(PAIRS)
    base64.b64encode(hmac.new(SECRET.encode(), signed.encode(), hashlib.sha256).digest())
    urlencode(PAIRS)


CLIENT = ApiClient(ClientConfig(instance="shop", secret=SECRET, base_domain="okepay.info"))


def per_call_us(fn, number: int = 2000, repeat: int = 7) -> float:  # type: ignore[no-untyped-def]
    runs = timeit.repeat(fn, number=number, repeat=repeat)
    return statistics.median(runs) / number * 1e6


def main() -> None:
    base = per_call_us(baseline)
    sign = per_call_us(ours)
    prepared = per_call_us(whole_call_prepared)
    rows = [
        ("baseline: urlencode + HMAC, same pairs", base),
        ("encode + sign, PHP-exact, both forms", sign),
        ("ApiClient.prepare: URL, body, headers", prepared),
    ]
    for label, micros in rows:
        print(f"{label:40s} {micros:8.1f} µs per call   ratio {micros / base:.2f}x")


if __name__ == "__main__":
    main()
