"""Every vector PHP produced must match byte for byte: signed string, wire string, signature."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.api.signing import api_signature, http_build_query, wire_query

VECTORS: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "signature_vectors.json").read_text("utf-8")
)["vectors"]


def test_all_fourteen_vectors_are_present() -> None:
    assert len(VECTORS) == 14


@pytest.mark.parametrize("vector", VECTORS, ids=[v["name"] for v in VECTORS])
def test_signed_string_matches_php(vector: dict[str, Any]) -> None:
    assert http_build_query(vector["params"]) == vector["signed"]


@pytest.mark.parametrize("vector", VECTORS, ids=[v["name"] for v in VECTORS])
def test_wire_string_matches_php(vector: dict[str, Any]) -> None:
    assert wire_query(vector["params"]) == vector["wire"]


@pytest.mark.parametrize("vector", VECTORS, ids=[v["name"] for v in VECTORS])
def test_signature_matches_php(vector: dict[str, Any]) -> None:
    assert api_signature(vector["params"], vector["secret"]) == vector["signature"]
