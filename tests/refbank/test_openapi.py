"""The OpenAPI document and the reference bank describe the same API."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from safehash.refbank.api import API_VERSION, ERROR_CODES, REASON_LOW_QUALITY, Api, BankConfig
from safehash.refbank.storage import Storage

from .helpers import TIMEOUT, auth, full_item, open_case, submit

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
    assert re.search(r"^  version: 1\.1\.0$", text, re.MULTILINE)
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


@pytest.fixture(scope="module")
def schema_of():
    """schema_of(name) -> a validator of one component schema, as OpenAPI 3.0 reads it."""
    import yaml
    from openapi_schema_validator import OAS30Validator

    components = yaml.safe_load(DOC.read_text(encoding="utf-8"))["components"]

    def validator(name: str):
        return OAS30Validator({"$ref": f"#/components/schemas/{name}", "components": components})

    return validator


def _video_body() -> dict:
    from bank.videos import video_record
    from safehash.core.records import Submission

    photo = full_item()
    return {"items": [photo, *Submission.from_records([video_record(3)]).body()["items"]]}


def test_what_the_client_sends_is_what_the_document_says(schema_of):
    import copy

    request = schema_of("SubmissionRequest")
    body = _video_body()
    request.validate(body)
    for change in (
        lambda b: b["items"][0].update(media="video"),  # a photo's signals as a video
        lambda b: b["items"][1].pop("media"),  # a video's signals as a photo
        lambda b: b["items"][1]["signals"]["vpdq"]["frames"][0].update(file="a.mp4"),
        lambda b: b["items"][1]["signals"]["vpdq"]["frames"][0].update(timestamp=-1),
        lambda b: b["items"][1]["signals"]["vpdq"].update(frames=[]),
        lambda b: b["items"][1]["signals"]["vpdq"]["variants"].append({"frames": []}),
        lambda b: b["items"][1]["signals"].update(phash={"value": "0" * 16}),
        lambda b: b["items"][1].update(media="audio"),
    ):
        bad = copy.deepcopy(body)
        change(bad)
        assert not request.is_valid(bad), change


def test_the_documents_examples_are_valid(schema_of):
    import yaml

    doc = yaml.safe_load(DOC.read_text(encoding="utf-8"))
    for name, schema in doc["components"]["schemas"].items():
        if "example" in schema:
            schema_of(name).validate(schema["example"])


def test_what_the_bank_answers_is_what_the_document_says(refbank, schema_of):
    import requests

    schema_of("Info").validate(requests.get(f"{refbank.url}/v1/info", timeout=TIMEOUT).json())
    case_id, token = open_case(refbank.url)
    sent = submit(refbank.url, token, _video_body())
    assert sent.status_code == 201, sent.text
    schema_of("Submission").validate(sent.json())
    case = requests.get(f"{refbank.url}/v1/cases/{case_id}", headers=auth(token),
                        timeout=TIMEOUT).json()  # fmt: skip
    schema_of("Case").validate(case)
    assert case["submissions"][0]["videos_accepted"] == 1
