from __future__ import annotations

import json

import pytest

from safehash.core import errors
from safehash.core.export import (
    FORMAT,
    items_from_records,
    loads,
    read_hash_file,
    write_hash_file,
)

GOOD = {
    "format": FORMAT,
    "items": [
        {
            "signals": {
                "pdq": {"value": "a" * 64, "quality": 90,
                        "variants": [{"value": "b" * 64, "quality": 80}]},
                "md5": {"value": "c" * 32},
                "sha256": {"value": "d" * 64},
                "phash": {"value": "e" * 16},
            }
        },
        {"signals": {"sha256": {"value": "f" * 64}}},
    ],
}  # fmt: skip


def test_round_trip_from_real_pictures(tmp_path, images, records):
    out = tmp_path / "hashes.json"
    items = items_from_records(records)
    write_hash_file(out, items)
    assert read_hash_file(out) == items
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    text = out.read_text()
    doc = json.loads(text)
    assert set(doc) == {"format", "items"} and doc["format"] == FORMAT
    for item in doc["items"]:
        assert set(item) == {"signals"}
    for path in images:  # no name, folder or size of any file
        assert path.name not in text and path.stem not in text and str(path.parent) not in text
        assert f"{path.stat().st_size}" not in text.replace(" ", "")
    for record in records:  # dimensions and formats stay out too
        assert '"width"' not in text and record.format not in text


def test_good_file_parses():
    items = loads(json.dumps(GOOD))
    assert items[0].pdq_variants[0].value == "b" * 64 and items[1].pdq is None


def _with(change) -> str:
    doc = json.loads(json.dumps(GOOD))
    change(doc)
    return json.dumps(doc)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda d: d.update(format="safehash-hashes/2"), "format"),
        (lambda d: d.update(items=[]), "no items"),
        (lambda d: d.update(path="/home/x"), "unknown key 'path'"),
        (lambda d: d["items"][0].update(name="me.jpg"), "Item 1"),
        (lambda d: d["items"][1]["signals"].update(size={"value": "1"}), "Item 2"),
        (lambda d: d["items"][0]["signals"]["pdq"].update(value="A" * 64), "lowercase hex"),
        (lambda d: d["items"][0]["signals"]["pdq"].update(quality=101), "quality"),
        (lambda d: d["items"][0]["signals"]["md5"].update(value="c" * 31), "md5"),
        (lambda d: d["items"][1].update(signals={}), "at least one signal"),
    ],
)
def test_mistakes_are_named(change, words):
    with pytest.raises(errors.HashFileError) as info:
        loads(_with(change))
    assert words in info.value.message and info.value.code == "hash_file_invalid"
    assert "aaaa" not in info.value.message  # never the values themselves


def test_not_json_and_missing(tmp_path):
    with pytest.raises(errors.HashFileError, match="not valid JSON"):
        loads("{")
    with pytest.raises(errors.HashFileError, match="could not be read"):
        read_hash_file(tmp_path / "none.json")


def test_restricting_signals():
    (item, other) = loads(json.dumps(GOOD))
    only_pdq = item.restricted_to(("pdq",))
    assert only_pdq is not None and only_pdq.md5 is None and only_pdq.pdq_variants
    assert other.restricted_to(("pdq",)) is None
