"""The OpenAPI document and the reference bank describe the same API."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from safehash.refbank.api import API_VERSION, ERROR_CODES, REASON_LOW_QUALITY, Api, BankConfig
from safehash.refbank.storage import Storage

DOC = Path(__file__).resolve().parents[2] / "docs" / "api" / "safehash-bank-v1.openapi.yaml"


@pytest.fixture(scope="module")
def text() -> str:
    return DOC.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def routes() -> list[tuple[str, str]]:
    storage = Storage(None)
    try:
        return Api(BankConfig(), storage).routes
    finally:
        storage.close()


def test_header(text):
    assert text.startswith("openapi: 3.0.3\n")
    assert re.search(r"^  version: 1\.0\.0$", text, re.MULTILINE)
    assert f'enum: ["{API_VERSION}"]' in text


def test_every_route_is_documented(text, routes):
    for method, template in routes:
        block = text.split(f"\n  {template}:\n", 1)
        assert len(block) == 2, template
        section = "\n" + block[1].split("\n  /", 1)[0]
        assert f"\n    {method.lower()}:\n" in section, (method, template)


def test_every_error_code_and_reason_is_documented(text):
    for code in (*ERROR_CODES, REASON_LOW_QUALITY):
        assert f"`{code}`" in text, code


def test_document_is_valid_openapi():
    import yaml
    from openapi_spec_validator import validate

    validate(yaml.safe_load(DOC.read_text(encoding="utf-8")))


def test_structure(routes):
    import yaml

    doc = yaml.safe_load(DOC.read_text(encoding="utf-8"))
    documented = {(m.upper(), p) for p, ops in doc["paths"].items() for m in ops
                  if m != "parameters"}
    assert documented == set(routes)
    refs: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                refs.append(value) if key == "$ref" else walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(doc)
    for ref in refs:
        target = doc
        for part in ref.removeprefix("#/").split("/"):
            target = target[part]
    for path, ops in doc["paths"].items():
        for method, op in ops.items():
            if method == "parameters":
                continue
            assert {"400", "405", "429", "500"} <= set(op["responses"]), (path, method)
