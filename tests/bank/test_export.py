from __future__ import annotations

import json

import pytest

from bank.videos import frames, hashed_clips
from safehash.core import errors
from safehash.core import export as export_module
from safehash.core.export import (
    FORMAT,
    items_from_records,
    loads,
    read_hash_file,
    write_hash_file,
)
from safehash.core.records import MediaSignalTypes, NoSignals, SubmissionItem

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


def test_videos_round_trip_through_the_file(tmp_path, records):
    clips = hashed_clips(tmp_path / "clips")
    out = tmp_path / "hashes.json"
    items = items_from_records([records[0], *clips])
    write_hash_file(out, items)
    assert read_hash_file(out) == items
    doc = json.loads(out.read_text())
    assert [set(i) for i in doc["items"]] == [{"signals"}, {"media", "signals"},
                                               {"media", "signals"}]  # fmt: skip
    video = doc["items"][2]
    assert video["media"] == "video" and set(video["signals"]) == {"vpdq", "md5", "sha256"}
    assert video["signals"]["vpdq"]["frames"][0] == clips[1].vpdq[0].to_json()
    assert len(video["signals"]["vpdq"]["variants"]) == 1  # the turned clip's upright view
    for clip in ("clip", "turned", str(tmp_path)):
        assert clip not in out.read_text()


def test_signal_names_choose_for_photos_and_videos(records):
    video = SubmissionItem(media="video", vpdq=frames(2), md5="a" * 32, sha256="b" * 64)
    md5_only = MediaSignalTypes.from_names(["md5"])
    assert video.restricted_to(md5_only) == SubmissionItem(media="video", md5="a" * 32)
    (photo,) = items_from_records(records[:1], md5_only)
    assert photo.pdq is None and photo.md5 == records[0].md5
    with pytest.raises(NoSignals):
        items_from_records(records[:1], MediaSignalTypes.from_names(["vpdq"]))


VIDEO = {"media": "video", "signals": {"vpdq": {"frames": [f.to_json() for f in frames(3)]},
                                        "md5": {"value": "c" * 32}}}  # fmt: skip


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda v: v["signals"]["vpdq"]["frames"].reverse(), "increasing"),
        (lambda v: v["signals"]["vpdq"]["frames"].clear(), "from 1 to 36000"),
        (lambda v: v["signals"]["vpdq"]["frames"][0].update(quality=-1), "quality"),
        (lambda v: v["signals"]["vpdq"]["frames"][0].update(pdq="0" * 63), "lowercase hex"),
        (lambda v: v["signals"]["vpdq"]["frames"][0].update(timestamp=-2.0), "timestamps"),
        (lambda v: v["signals"]["vpdq"]["frames"][0].update(path="/home/x"), "unknown key"),
        (lambda v: v["signals"].update(phash={"value": "e" * 16}), "unknown key 'phash'"),
        (lambda v: v.update(media="movie"), "media"),
        (lambda v: v.update(duration=12.5), "unknown key 'duration'"),
        (lambda v: v.pop("media"), "unknown key 'vpdq'"),
    ],
)
def test_video_mistakes_are_named(change, words):
    doc = json.loads(json.dumps(GOOD))
    video = json.loads(json.dumps(VIDEO))
    change(video)
    doc["items"].append(video)
    with pytest.raises(errors.HashFileError) as info:
        loads(json.dumps(doc))
    assert words in info.value.message and "Item 3" in info.value.message
    assert "/home/x" not in info.value.message


def test_a_file_too_large_to_read_back_is_not_written(tmp_path, monkeypatch):
    item = SubmissionItem(media="video", vpdq=frames(100), md5="a" * 32)
    monkeypatch.setattr(export_module, "MAX_FILE_BYTES", 10_000)
    with pytest.raises(errors.HashFileError, match="smaller groups"):
        write_hash_file(tmp_path / "big.json", [item])
    assert not (tmp_path / "big.json").exists()


def test_the_documented_example_reads():
    import re
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "docs" / "hash-file-format.md").read_text()
    example = re.search(r"```json\n(.*?)```", text, re.DOTALL)
    assert example is not None
    photo, video = loads(example.group(1))
    assert photo.pdq is not None and video.is_video and len(video.vpdq) == 2
