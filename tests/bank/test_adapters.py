"""The adapters end to end: real reference bank and HMA fake on 127.0.0.1."""

from __future__ import annotations

import json

import pytest

from bank.conftest import Sleeps, make_profile
from safehash.core import errors
from safehash.core.bank import HmaAdapter, SafeHashV1Adapter, adapter_for
from safehash.core.bank.hma import REASON_LOW_QUALITY
from safehash.core.outbox import Outbox, resend, send
from safehash.core.records import Case, PdqHash, Receipt, Submission, SubmissionItem
from safehash.core.transport import HttpClient, RetryPolicy
from support.hma_fake import start_hma_fake


def v1(bank, sleeps=None, **client_kwargs) -> SafeHashV1Adapter:
    client = HttpClient(sleep=sleeps or Sleeps(), **client_kwargs)
    adapter = adapter_for(make_profile(bank.url), client)
    assert isinstance(adapter, SafeHashV1Adapter)
    return adapter


def hma(fake, **kwargs) -> HmaAdapter:
    adapter = adapter_for(make_profile(fake.url, kind="hma"), HttpClient(sleep=Sleeps()), **kwargs)
    assert isinstance(adapter, HmaAdapter)
    return adapter


# --- SafeHash v1 ---------------------------------------------------------------------------


def test_v1_submit_status_withdraw(refbank, records):
    adapter = v1(refbank)
    info = adapter.info()
    assert info.max_items == 500 and "pdq" in info.signal_types
    case = adapter.open_case()
    assert case.token and case.token.startswith("SH-")
    submission = Submission.from_records(records)
    receipt = adapter.submit(submission, case)
    assert receipt.accepted_count == len(records) and receipt.case_id == case.case_id
    assert receipt.bank_name == info.bank_name and receipt.idempotency_key
    status = adapter.status(case)
    assert status.status == "open"
    assert [(s.submission_id, s.status, s.items_accepted) for s in status.submissions] == [
        (receipt.submission_id, "active", len(records))
    ]
    adapter.withdraw_submission(receipt, case)
    assert adapter.status(case).submissions[0].status == "withdrawn"
    adapter.withdraw_case(case)
    assert adapter.status(case).status == "withdrawn"


def test_v1_sends_exactly_the_contract(refbank, records):
    adapter = v1(refbank)
    case = adapter.open_case()
    submission = Submission.from_records(records[:1])
    adapter.submit(submission, case)
    sent = [r for r in refbank.recorded_requests if r.path == "/v1/submissions"]
    assert len(sent) == 1
    import json

    assert json.loads(refbank.recorded_bodies[-1]) == submission.body()


def test_v1_low_quality_item_rejected_with_reason(refbank, records):
    adapter = v1(refbank)
    case = adapter.open_case()
    weak = SubmissionItem(pdq=PdqHash("0" * 64, 10))
    receipt = adapter.submit(Submission((SubmissionItem.from_record(records[0]), weak)), case)
    assert [i.status for i in receipt.items] == ["accepted", "rejected"]
    assert receipt.items[1].reason


def test_v1_wrong_token_is_unauthorized(refbank, records):
    adapter = v1(refbank)
    case = Case("case_x", "SH-0000-0000-0000-0000-0000-0")
    with pytest.raises(errors.Unauthorized):
        adapter.submit(Submission.from_records(records[:1]), case)
    with pytest.raises(errors.CaseTokenMissing):
        adapter.submit(Submission.from_records(records[:1]), Case("case_x"))


def test_v1_self_service_disabled(tmp_path):
    from safehash.refbank import start_refbank

    with start_refbank(None, self_service=False) as bank:
        with pytest.raises(errors.SelfServiceDisabled):
            v1(bank).open_case()


def test_v1_dropped_answer_is_retried_and_stored_once(refbank, records):
    adapter = v1(refbank)
    case = adapter.open_case()
    refbank.faults.add("drop_after_processing", path="/v1/submissions")
    receipt = adapter.submit(Submission.from_records(records), case)
    assert receipt.accepted_count == len(records)
    posts = [r for r in refbank.recorded_requests if r.path == "/v1/submissions"]
    assert len(posts) == 2  # the first was processed, its answer lost
    assert len(adapter.status(case).submissions) == 1
    # The second answer was the stored first one: what is held now came from the bank.
    assert receipt.replayed and not receipt.withdrawn
    assert receipt.held_now == receipt.held_count == len(records)
    assert Receipt.loads(receipt.dumps()) == receipt


def test_v1_replay_whose_status_cannot_be_asked_says_it_does_not_know(refbank, records):
    adapter = v1(refbank, retry=RetryPolicy(max_attempts=2))
    case = adapter.open_case()
    refbank.faults.add("drop_after_processing", path="/v1/submissions")
    refbank.faults.add("status", count=2, method="GET", path="/v1/cases/")
    receipt = adapter.submit(Submission.from_records(records), case)
    assert receipt.replayed and receipt.held_now is None and receipt.held_count is None
    assert not receipt.withdrawn


def test_v1_replay_after_the_case_was_withdrawn_holds_nothing(refbank, records):
    adapter = v1(refbank)
    case = adapter.open_case()
    submission = Submission.from_records(records)
    first = adapter.submit(submission, case)
    adapter.withdraw_case(case)
    again = adapter.submit(submission, case)
    assert not first.replayed and first.held_count == len(records)
    assert again.replayed and again.withdrawn and again.held_count == 0
    assert again.submission_id == first.submission_id
    (sub,) = adapter.status(case).submissions
    assert sub.items_accepted == len(records) and sub.held == 0


FAULTS = [
    ("status", {"count": 4, "status": 500}, errors.ServerError),
    ("rate_limit", {"retry_after": 3600}, errors.RateLimited),
    ("delay", {"count": 4, "seconds": 2.0}, errors.NetworkTimeout),
    ("garbage", {"body": b"<html>not json"}, errors.BadResponse),
    ("huge", {"size": 5 << 20}, errors.ResponseTooLarge),
    ("huge", {"size": 5 << 20, "send_length": False}, errors.ResponseTooLarge),
]


@pytest.mark.parametrize(("kind", "params", "error"), FAULTS)
def test_v1_failures_keep_the_submission_in_the_outbox(refbank, records, kind, params, error):
    sleeps = Sleeps()
    adapter = v1(refbank, sleeps, read_timeout=0.5, retry=RetryPolicy(max_attempts=4))
    case = adapter.open_case()
    refbank.faults.add(kind, path="/v1/submissions", **params)
    outbox = Outbox()
    submission = Submission.from_records(records)
    with pytest.raises(error) as info:
        send(adapter, outbox, submission, case)
    assert info.value.message  # one plain sentence for the person
    (entry,) = outbox.entries()
    assert entry.submission == submission and entry.last_error == info.value.code
    if kind == "status":
        assert len(sleeps.calls) == 3  # retried with backoff first
    refbank.faults.clear()
    receipt = resend(adapter, outbox, entry.entry_id, case)
    assert receipt.accepted_count == len(records) and outbox.entries() == []
    assert len(adapter.status(case).submissions) == 1  # same key: never stored twice


def test_v1_redirect_to_another_host_is_refused(refbank, records, serve):
    elsewhere = serve(lambda seen: None, tls=False)
    adapter = v1(refbank)
    case = adapter.open_case()
    refbank.faults.add("redirect", path="/v1/submissions", status=307,
                       location=elsewhere.url + "/v1/submissions")  # fmt: skip
    outbox = Outbox()
    with pytest.raises(errors.RedirectRefused):
        send(adapter, outbox, Submission.from_records(records), case)
    assert elsewhere.seen == [] and len(outbox.entries()) == 1


def test_v1_wrong_certificate_is_refused(records, ca, ca_file):
    import trustme

    from bank.httpfixtures import server_tls
    from safehash.refbank import start_refbank

    with start_refbank(None, tls=server_tls(trustme.CA())) as bank:
        case_id, token = bank.issue_case()
        adapter = adapter_for(make_profile(bank.url), HttpClient(ca_file=ca_file))
        outbox = Outbox()
        with pytest.raises(errors.TlsFailed):
            send(adapter, outbox, Submission.from_records(records), Case(case_id, token))
        assert len(outbox.entries()) == 1
        assert bank.recorded_requests == []


def test_v1_over_https_with_a_pin(records, ca, ca_file):
    from bank.httpfixtures import server_tls
    from bank.test_transport import server_pin
    from safehash.refbank import start_refbank

    with start_refbank(None, tls=server_tls(ca)) as bank:
        pin = server_pin(bank)
        adapter = adapter_for(make_profile(bank.url, pins=(f"sha256/{pin}",)),
                              HttpClient(ca_file=ca_file, pins=[pin]))  # fmt: skip
        case = adapter.open_case()
        assert adapter.submit(Submission.from_records(records[:2]), case).accepted_count == 2


def test_demo_endpoint_starts_and_stops_the_practice_bank(records):
    from safehash.core.profile import load_profile
    from safehash.practice_bank import open_bank

    with open_bank(load_profile(), HttpClient()) as adapter:
        case = adapter.open_case()
        assert adapter.submit(Submission.from_records(records[:1]), case).accepted_count == 1
        url = adapter.endpoint
    with pytest.raises(errors.Offline):
        HttpClient(retry=RetryPolicy(max_attempts=1)).request("GET", url + "/v1/info",
                                                              idempotent=True)  # fmt: skip


# --- HMA -------------------------------------------------------------------------------------


def test_hma_submit_status_withdraw(hma_fake, records):
    adapter = hma(hma_fake)
    assert adapter.info().signal_types == ("pdq",)
    case = adapter.open_case()
    assert case.token is None
    receipt = adapter.submit(Submission.from_records(records, ("pdq",)), case)
    assert receipt.accepted_count == len(records)
    ids = [cid for item in receipt.items for cid in item.content_ids]
    assert len(ids) == len(records) == len(hma_fake.contents)
    stored = {c["signals"]["pdq"] for c in hma_fake.contents.values()}
    assert stored == {r.pdq for r in records}
    # Only the hash: a real HMA reads every key as a signal type and refuses any other.
    assert all(json.loads(body) == {"pdq": json.loads(body)["pdq"]}
               for body in hma_fake.recorded_bodies)  # fmt: skip
    assert adapter.status(case, [receipt]).submissions[0].status == "active"
    adapter.withdraw_submission(receipt, case)
    assert hma_fake.contents == {}
    status = adapter.status(case, [receipt])
    (sub,) = status.submissions
    assert status.status == "withdrawn" and sub.held == 0
    assert sub.items_accepted == len(records)  # what HMA had taken, before the withdrawal
    adapter.withdraw_case(case, [receipt])  # again: already gone is fine


def test_hma_variants_and_low_quality(hma_fake):
    adapter = hma(hma_fake)
    item = SubmissionItem(pdq=PdqHash("a" * 64, 90), pdq_variants=(PdqHash("b" * 64, 80),))
    weak = SubmissionItem(pdq=PdqHash("c" * 64, 20))
    receipt = adapter.submit(Submission((item, weak)), adapter.open_case())
    assert len(receipt.items[0].content_ids) == 2
    assert receipt.items[1].status == "rejected" and receipt.items[1].reason == REASON_LOW_QUALITY
    assert len(hma_fake.contents) == 2


def test_hma_proxy_header():
    with start_hma_fake(required_header=("X-Proxy-Key", "sesame")) as fake:
        profile = make_profile(fake.url, kind="hma", auth_header="X-Proxy-Key")
        with pytest.raises(errors.BankAccessCodeMissing):
            adapter_for(profile, HttpClient())
        with pytest.raises(errors.BankAccessRefused):
            adapter_for(profile, HttpClient(), access_code="wrong").info()
        adapter = adapter_for(profile, HttpClient(), access_code="sesame")
        adapter.info()
        item = SubmissionItem(pdq=PdqHash("a" * 64, 90))
        assert adapter.submit(Submission((item,)), adapter.open_case()).accepted_count == 1


def test_hma_unknown_bank(hma_fake):
    adapter = adapter_for(make_profile(hma_fake.url, kind="hma", bank="OTHER"), HttpClient())
    with pytest.raises(errors.NotFound):
        adapter.submit(Submission((SubmissionItem(pdq=PdqHash("a" * 64, 90)),)), Case("c"))


def test_hma_resend_posts_only_what_is_missing(hma_fake, records):
    """A lost answer (connection cut after HMA stored the hash) fails the sending; the
    outbox resend skips the hashes already stored. The one whose answer was lost is sent
    again: the documented residual risk, one duplicate at most per lost answer."""
    distinct = list({r.pdq: r for r in records}.values())[:3]
    assert len(distinct) == 3
    adapter = hma(hma_fake)
    case = adapter.open_case()
    submission = Submission.from_records(distinct, ("pdq",))
    outbox = Outbox()
    posts = "/c/bank/SAFEHASH/signal"
    hma_fake.faults.add("status", status=503, path=posts)  # not processed: retried at once
    hma_fake.faults.add("delay", seconds=0.0, path=posts)  # hash 0 goes through
    hma_fake.faults.add("drop_after_processing", path=posts)  # hash 1 stored, answer lost
    with pytest.raises(errors.Offline):
        send(adapter, outbox, submission, case)
    assert len(hma_fake.contents) == 2
    (entry,) = outbox.entries()
    assert list(entry.done) == ["0.0"]  # hash 0's content id was kept as it arrived

    receipt = resend(adapter, outbox, entry.entry_id, case)
    assert receipt.accepted_count == 3 and outbox.entries() == []
    pdqs = [c["signals"]["pdq"] for c in hma_fake.contents.values()]
    assert sorted(pdqs.count(r.pdq) for r in distinct) == [1, 1, 2]
    assert pdqs.count(distinct[1].pdq) == 2  # only the lost answer's hash, once more


def test_hma_loading_is_a_server_error(hma_fake):
    hma_fake.set_loading(True)
    client = HttpClient(sleep=Sleeps(), retry=RetryPolicy(max_attempts=2))
    adapter = adapter_for(make_profile(hma_fake.url, kind="hma"), client)
    with pytest.raises(errors.ServerError):
        adapter.info()


def test_resend_after_a_crash_is_stored_once(refbank, records, memory_keyring, tmp_path):
    """The app sent, the bank stored, the app died before hearing back: the submission is
    still in the saved outbox, and sending it again from a new start stores nothing twice."""
    from safehash.core.secrets import SecretStore

    path = tmp_path / "outbox.bin"
    adapter = v1(refbank)
    case = adapter.open_case()
    before = Outbox.open_persistent(SecretStore(), path)
    entry = before.add(Submission.from_records(records), case, adapter)
    adapter.submit(entry.submission, case)  # stored by the bank; then the "crash"
    del before

    after = Outbox.open_persistent(SecretStore(), path)  # the next start of the app
    (waiting,) = after.entries()
    receipt = resend(adapter, after, waiting.entry_id, case)
    assert receipt.accepted_count == len(records) and after.entries() == []
    assert len(adapter.status(case).submissions) == 1
    assert Outbox.open_persistent(SecretStore(), path).entries() == []
