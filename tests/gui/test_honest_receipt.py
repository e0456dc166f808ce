"""The receipt page says only what the bank confirmed: a resend the bank already had is
counted by what it holds now, and one withdrawn since is never shown as accepted."""

from __future__ import annotations

from safehash.core.records import Receipt, ReceiptItem


def receipt(**replay: object) -> Receipt:
    return Receipt("safehash-v1", "Test bank", "127.0.0.1", "case_1", "sub_1",
                   "2026-01-01T00:00:00Z", (ReceiptItem(0, "accepted"), ReceiptItem(1, "accepted")),
                   "k", **replay)  # type: ignore[arg-type]  # fmt: skip


def shown(window, sent: Receipt) -> tuple[str, str]:
    window.session.receipt = sent
    window.done.show_receipt()
    return window.done.headline.text(), window.done.counts.text()


def test_done_page_says_what_the_bank_holds_now(window):
    headline, counts = shown(window, receipt())
    assert "were sent to" in headline and counts == "The bank accepted 2 photos."

    headline, counts = shown(window, receipt(replayed=True, withdrawn=True, held_now=0))
    assert "withdrawn since" in headline and "accepted" not in counts
    assert "it holds none of these photos" in counts

    _, counts = shown(window, receipt(replayed=True, held_now=1))
    assert counts == "The bank already had these fingerprints; it holds 1 photo of them now."

    _, counts = shown(window, receipt(replayed=True))
    assert "Check the case to see what it holds now" in counts
