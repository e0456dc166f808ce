"""The HMA fake behaves as HMA's curation API does (see tests/support/hma_fake.py)."""

from __future__ import annotations

import pytest
import requests

from support.hma_fake import WITH_VPDQ, start_hma_fake

from .helpers import PDQ_A, PDQ_B, TIMEOUT


def _add(fake, body, bank="SAFEHASH", **kwargs):
    return requests.post(f"{fake.url}/c/bank/{bank}/signal", json=body, timeout=TIMEOUT,
                         **kwargs)


def _message(response, status):
    assert response.status_code == status, response.text
    doc = response.json()
    assert set(doc) == {"message"} and isinstance(doc["message"], str)
    return doc["message"]


def test_add_read_delete(hma_fake):
    response = _add(hma_fake, {"pdq": PDQ_A, "note": "case 17"})
    assert response.status_code == 200
    doc = response.json()
    assert doc == {"id": doc["id"], "signals": {"pdq": PDQ_A}}
    assert isinstance(doc["id"], int)
    content_url = f"{hma_fake.url}/c/bank/SAFEHASH/content/{doc['id']}"
    read = requests.get(content_url, timeout=TIMEOUT)
    assert read.status_code == 200
    assert read.json() == {"id": doc["id"], "signals": {"pdq": PDQ_A}, "note": "case 17"}
    assert hma_fake.contents == {
        doc["id"]: {"bank": "SAFEHASH", "signals": {"pdq": PDQ_A}, "note": "case 17"}
    }
    deleted = requests.delete(content_url, timeout=TIMEOUT)
    assert (deleted.status_code, deleted.json()) == (200, {"deleted": 1})
    _message(requests.get(content_url, timeout=TIMEOUT), 404)
    _message(requests.delete(content_url, timeout=TIMEOUT), 404)
    assert hma_fake.contents == {}


def test_ids_are_distinct_and_note_is_optional(hma_fake):
    first = _add(hma_fake, {"pdq": PDQ_A}).json()["id"]
    second = _add(hma_fake, {"pdq": PDQ_A}).json()["id"]
    assert first != second
    read = requests.get(f"{hma_fake.url}/c/bank/SAFEHASH/content/{first}", timeout=TIMEOUT)
    assert read.json()["note"] is None


@pytest.mark.parametrize(
    "body",
    [{"pdq": PDQ_A.upper()}, {"pdq": PDQ_A[:-2]}, {"pdq": PDQ_A + "00"}, {"pdq": 5},
     {"pdq": PDQ_A, "md5": "0" * 32}, {"sha256": "0" * 64}, {}, {"note": "only a note"},
     {"pdq": PDQ_A, "note": "x" * 256}, {"pdq": PDQ_A, "note": 3}, [PDQ_A]],
    ids=["upper case", "short", "long", "number", "unknown type next to pdq", "unknown type",
         "empty", "no signal", "note too long", "note not text", "not an object"],
)
def test_bad_signals_are_400(hma_fake, body):
    _message(_add(hma_fake, body), 400)
    assert hma_fake.contents == {}


def test_note_of_255_characters_is_fine(hma_fake):
    assert _add(hma_fake, {"pdq": PDQ_B, "note": "n" * 255}).status_code == 200


def test_error_messages_match_hma(hma_fake):
    assert _message(_add(hma_fake, {"pdq": PDQ_A, "vmd5": "0" * 32}), 400) == (
        "No such signal type vmd5")
    assert _message(_add(hma_fake, {"pdq": "F" * 64}), 400) == (
        "Invalid pdq signal: invalid PDQ hash")
    assert _message(_add(hma_fake, {}), 400) == "No signals given"
    assert _message(_add(hma_fake, {"pdq": PDQ_A}, bank="OTHER"), 404) == (
        "bank 'OTHER' not found")


def test_unknown_bank_is_404(hma_fake):
    _message(_add(hma_fake, {"pdq": PDQ_A}, bank="NOT_THERE"), 404)
    _message(requests.get(f"{hma_fake.url}/c/bank/NOT_THERE/content/1", timeout=TIMEOUT), 404)


@pytest.mark.parametrize("bank", ["safehash", "1BANK", "SAFE-HASH", "Safe_Hash"])
def test_bank_names_must_be_upper_with_underscore(hma_fake, bank):
    assert _message(_add(hma_fake, {"pdq": PDQ_A}, bank=bank), 400) == (
        "Bank names must be UPPER_WITH_UNDERSCORE")


def test_fake_refuses_bad_bank_names_at_start():
    with pytest.raises(ValueError):
        start_hma_fake(banks=("lower",))


def test_content_in_another_bank_is_not_found():
    with start_hma_fake(banks=("SAFEHASH", "_OTHER2")) as fake:
        content_id = _add(fake, {"pdq": PDQ_A}).json()["id"]
        _message(requests.get(f"{fake.url}/c/bank/_OTHER2/content/{content_id}",
                              timeout=TIMEOUT), 404)
        assert requests.get(f"{fake.url}/c/bank/SAFEHASH/content/{content_id}",
                            timeout=TIMEOUT).status_code == 200


def test_content_id_must_be_a_number(hma_fake):
    _message(requests.get(f"{hma_fake.url}/c/bank/SAFEHASH/content/abc", timeout=TIMEOUT), 404)


def test_json_content_type_is_required(hma_fake):
    response = requests.post(f"{hma_fake.url}/c/bank/SAFEHASH/signal", data=f'{{"pdq":"{PDQ_A}"}}',
                             headers={"Content-Type": "text/plain"}, timeout=TIMEOUT)
    _message(response, 415)
    response = requests.post(f"{hma_fake.url}/c/bank/SAFEHASH/signal", data=b"{nope",
                             headers={"Content-Type": "application/json"}, timeout=TIMEOUT)
    _message(response, 400)


def test_wrong_method_and_unknown_path(hma_fake):
    _message(requests.get(f"{hma_fake.url}/c/bank/SAFEHASH/signal", timeout=TIMEOUT), 405)
    _message(requests.put(f"{hma_fake.url}/c/bank/SAFEHASH/content/1", timeout=TIMEOUT), 405)
    _message(requests.get(f"{hma_fake.url}/c/banks/nothing", timeout=TIMEOUT), 404)


def test_status_and_loading(hma_fake):
    response = requests.get(f"{hma_fake.url}/status", timeout=TIMEOUT)
    assert (response.status_code, response.text) == (200, "I-AM-ALIVE")
    hma_fake.set_loading(True)
    assert requests.get(f"{hma_fake.url}/status", timeout=TIMEOUT).status_code == 503
    hma_fake.set_loading(False)
    assert requests.get(f"{hma_fake.url}/status", timeout=TIMEOUT).status_code == 200


def test_required_header():
    with start_hma_fake(required_header=("X-Api-Key", "secret")) as fake:
        _message(_add(fake, {"pdq": PDQ_A}), 401)
        _message(_add(fake, {"pdq": PDQ_A}, headers={"X-Api-Key": "wrong"}), 403)
        _message(requests.get(f"{fake.url}/status", timeout=TIMEOUT), 401)
        ok = _add(fake, {"pdq": PDQ_A}, headers={"X-Api-Key": "secret"})
        assert ok.status_code == 200
        assert len(fake.contents) == 1


def test_record_bodies(hma_fake):
    _add(hma_fake, {"pdq": PDQ_A})
    assert hma_fake.recorded_bodies == [f'{{"pdq": "{PDQ_A}"}}'.encode()]


def test_faults_use_hma_error_shape(hma_fake):
    hma_fake.faults.add("status", status=500, path="/c/bank/")
    _message(_add(hma_fake, {"pdq": PDQ_A}), 500)
    hma_fake.faults.add("rate_limit", retry_after=3)
    limited = _add(hma_fake, {"pdq": PDQ_A})
    _message(limited, 429)
    assert limited.headers["Retry-After"] == "3"
    assert hma_fake.contents == {}


def test_drop_after_processing_on_hma_adds_the_content(hma_fake):
    hma_fake.faults.add("drop_after_processing")
    with pytest.raises(requests.ConnectionError):
        _add(hma_fake, {"pdq": PDQ_A})
    # HMA has no idempotency: the hash is in the bank although the client heard nothing.
    assert [c["signals"] for c in hma_fake.contents.values()] == [{"pdq": PDQ_A}]


def test_signal_types_are_listed_as_hma_lists_them(hma_fake):
    listed = requests.get(f"{hma_fake.url}/c/signal_type", timeout=TIMEOUT)
    assert listed.json() == [{"name": "pdq", "enabled_ratio": 1.0},
                             {"name": "video_md5", "enabled_ratio": 1.0}]  # fmt: skip
    with start_hma_fake(signal_types={**WITH_VPDQ, "vpdq": 0.25}) as fake:
        names = requests.get(f"{fake.url}/c/signal_type", timeout=TIMEOUT).json()
        assert {"name": "vpdq", "enabled_ratio": 0.25} in names


def test_a_videos_md5_is_stored_as_hma_normalises_it(hma_fake):
    doc = _add(hma_fake, {"video_md5": " " + "AB" * 16 + "\n"}).json()
    assert doc["signals"] == {"video_md5": "ab" * 16}
    for bad in ("ab" * 15, 5, "zz" * 16):
        assert "Invalid video_md5 signal" in _message(_add(hma_fake, {"video_md5": bad}), 400)


def test_vpdq_is_checked_as_python_threatexchange_does():
    good = '["' + PDQ_A + ',100,0.0", "' + PDQ_B + ',7,1.2e+03"]'
    with start_hma_fake() as fake:  # HMA's default configuration has no vpdq
        assert _message(_add(fake, {"vpdq": good}), 400) == "No such signal type vpdq"
    with start_hma_fake(signal_types=WITH_VPDQ) as fake:
        response = _add(fake, {"video_md5": "0" * 32, "vpdq": good})
        assert response.json()["signals"] == {"video_md5": "0" * 32, "vpdq": good}
        for bad in ('["' + PDQ_A + ',101,0.0"]', '["' + PDQ_A + ',50"]', '["xyz,50,0.0"]',
                    '["' + PDQ_A + ',50,-1.0"]', '["' + PDQ_A[:-1] + ',50,1.0"]',
                    '[3]', "not json", ["already", "a list"]):  # fmt: skip
            assert _message(_add(fake, {"vpdq": bad}), 400).startswith("Invalid vpdq signal")
