"""Videos in the window, with real clips made here by PyAV and hashed by real reader
processes: a video from the drop to the practice bank's receipt; its row shows how far it
is read; "Show" gives one still picture, never a playing video; step 3 counts videos apart
from photos and says what a bank takes of them; a bank that takes no videos is said so
plainly at step 3, while sending and on the receipt."""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from safehash.core.isolation import IsolatedReader, use_shared_reader
from safehash.core.profile import load_profile
from safehash.core.records import HashRecord
from safehash.gui.bidi import strip_isolates
from safehash.gui.main_window import MainWindow
from safehash.gui.photos import COLUMN_STATE, LOW_QUALITY, PROGRESS_ROLE, READY
from safehash.gui.services import create_services
from safehash.refbank import start_refbank
from support.video_clips import Clip, write_clip
from support.worker_hooks import slow_video_frames

from .conftest import FAST_RETRY
from .helpers import BANK_TIMEOUT_MS, HASH_TIMEOUT_MS, click, drop_files, wait_hashed
from .images import photo

PRACTICE = "to the practice bank on this computer."


def clip(path: Path, seconds: float = 4.0, **options: object) -> Path:
    """A small real H.264 video with sound, as a phone would keep it (MP4)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_clip(path, Clip("mp4", "libx264", seconds=seconds, audio=True, **options))


@pytest.fixture
def practice_window(qtbot) -> Iterator[MainWindow]:
    """The window on the practice bank (the default profile), as a first-time person has it."""
    services = create_services(load_profile(), retry=FAST_RETRY)
    assert services.profile.is_demo
    win = MainWindow(services, ["en"], quit_app=lambda: None)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.shutdown()


@pytest.fixture
def slow_reader() -> Iterator[None]:
    """Readers whose every hashed frame takes 0.3 s more: a long video in little time."""
    use_shared_reader(IsolatedReader(workers=1, test_hook=slow_video_frames))
    yield
    use_shared_reader(IsolatedReader())


def state_text(win: MainWindow, name: str) -> str:
    model = win.session.photos
    (row,) = [r for r in range(model.rowCount()) if model.entry(r).name == name]
    return strip_isolates(model.index(row, COLUMN_STATE).data())


def select(win: MainWindow, name: str) -> None:
    model = win.session.photos
    (row,) = [r for r in range(model.rowCount()) if model.entry(r).name == name]
    win.add_photos.table.selectRow(row)


def test_a_video_from_drop_to_receipt_on_the_practice_bank(qtbot, practice_window, tmp_path):
    win = practice_window
    video = clip(tmp_path / "Videos" / "holiday clip.mp4")
    picture = photo(tmp_path / "Pictures" / "beach.jpg", 1)
    click(qtbot, win.continue_button)
    assert win.step_title.text() == "Step 2 of 5: Add your photos and videos"

    assert drop_files(win, [video, picture])
    wait_hashed(qtbot, win, 2)
    entries = {e.name: e for e in win.session.photos.entries()}
    record = entries["holiday clip.mp4"].record
    assert isinstance(record, HashRecord) and record.is_video
    assert entries["holiday clip.mp4"].state == READY and len(record.vpdq) == 4
    assert state_text(win, "holiday clip.mp4") == "Ready (video, 0:04)"
    assert state_text(win, "beach.jpg") == "Ready"
    page = win.add_photos
    assert page.summary.text() == "1 photo ready."
    assert page.video_summary.isVisible() and page.video_summary.text() == "1 video ready."

    # "Show" for a video: one still picture from the reader, never a playing video.
    select(win, "holiday clip.mp4")
    assert page.show_button.text() == "Show a still of this video"
    click(qtbot, page.show_button)
    (dialog,) = win.open_dialogs()
    assert dialog.video and dialog.windowTitle() == "A still of your video"
    assert dialog.status.text() == "Opening one still picture of the video…"
    qtbot.waitUntil(lambda: not dialog.loading, timeout=HASH_TIMEOUT_MS)
    pixmap = dialog.picture.pixmap()
    assert dialog.picture.isVisible() and (pixmap.width(), pixmap.height()) == (320, 240)
    assert "PySide6.QtMultimedia" not in sys.modules  # nothing here could play it
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: win.open_dialogs() == [])
    select(win, "beach.jpg")
    assert page.show_button.text() == "Show this photo"

    # Step 3 counts the video apart, and says what is sent of it.
    click(qtbot, win.continue_button)
    check = win.check
    qtbot.waitUntil(lambda: win.session.bank_info is not None, timeout=BANK_TIMEOUT_MS)
    assert check.summary.text() == (
        "SafeHash will send the fingerprints of 1 photo and 1 video " + PRACTICE
    )
    assert check.sent_section.isVisible() and check.video_section.isVisible()
    video_words = [label.text() for label in check.video_lines if label.isVisible()]
    assert [w.split(" (")[1][:4] for w in video_words] == ["vPDQ", "MD5)", "SHA-"]
    assert not check.exact_only.isVisible()  # the practice bank takes vPDQ
    assert not check.untaken_text.isVisible()
    click(qtbot, check.show_json)
    shown = check.json_view.toPlainText()
    body = json.loads(shown[shown.index("{") :])
    assert body == win.session.submission.body() and len(body["items"]) == 2
    (of_video,) = [i for i in body["items"] if i.get("media") == "video"]
    assert set(of_video["signals"]) == {"vpdq", "md5", "sha256"}
    assert of_video["signals"]["md5"] == {"value": record.md5}
    assert [f["pdq"] for f in of_video["signals"]["vpdq"]["frames"]] == [
        f.pdq for f in record.vpdq
    ]
    for name in ("holiday", "beach", str(tmp_path)):
        assert name not in shown

    check.consent.setChecked(True)
    click(qtbot, win.continue_button)
    win.case.new_case.setChecked(True)
    click(qtbot, win.case.open_button)
    qtbot.waitUntil(lambda: win.case.new_token.text().startswith("SH-"), timeout=BANK_TIMEOUT_MS)
    click(qtbot, win.continue_button)  # "Send"
    qtbot.waitUntil(lambda: win.current_page() is win.done, timeout=BANK_TIMEOUT_MS)
    receipt = win.session.receipt
    assert receipt is not None and receipt.accepted_count == 2
    assert win.done.counts.text() == "The bank accepted 1 photo and 1 video."
    assert win.done.save_button.isEnabled()


def test_a_video_s_row_shows_how_far_it_is_read(qtbot, window, slow_reader, tmp_path):
    video = clip(tmp_path / "long.mp4", seconds=6.0)
    window.go_to(window.add_photos)
    page = window.add_photos
    model = window.session.photos
    seen: list[tuple[str, float]] = []

    def record_progress(*_args: object) -> None:
        entry = model.entry(0)
        fraction = model.index(0, COLUMN_STATE).data(PROGRESS_ROLE)
        if entry is not None and isinstance(fraction, float):
            seen.append((state_text(window, "long.mp4"), fraction))

    model.dataChanged.connect(record_progress)
    page.add_paths([str(video)])
    # While it is read: its row says how far, in words and as a bar, and so does the page.
    qtbot.waitUntil(lambda: len(seen) >= 2, timeout=HASH_TIMEOUT_MS)
    assert all(text.startswith("Reading the video: ") and text.endswith("%")
               for text, _ in seen)  # fmt: skip
    assert 0 <= seen[0][1] <= seen[-1][1] <= 1
    assert page.progress_box.isVisible() and page.progress.maximum() == 100
    wait_hashed(qtbot, window, 1)
    assert state_text(window, "long.mp4") == "Ready (video, 0:06)"
    assert model.index(0, COLUMN_STATE).data(PROGRESS_ROLE) is None  # the bar is gone
    assert page.video_summary.text() == "1 video ready."
    assert not page.summary.isVisible()  # not "0 photos ready." beside it


def test_a_dark_video_and_a_bank_that_takes_no_video_fingerprint(qtbot, window, tmp_path):
    """Too little detail is judged by the video's best frame; a bank that takes only PDQ
    has nothing to take from a video, and step 3 says so instead of failing."""
    dark = clip(tmp_path / "night.mp4", dark=True)
    window.go_to(window.add_photos)
    window.add_photos.add_paths([str(dark), str(photo(tmp_path / "a.jpg", 2))])
    wait_hashed(qtbot, window, 2)
    model = window.session.photos
    assert model.count(LOW_QUALITY, video=True) == 1
    click(qtbot, window.continue_button)
    check = window.check
    qtbot.waitUntil(lambda: window.session.bank_info is not None, timeout=BANK_TIMEOUT_MS)
    assert check.low_section.isVisible() and check.low_video_text.isVisible()
    assert not check.low_text.isVisible()
    assert check.low_video_text.text().startswith("In 1 video, no frame has enough detail")
    check.leave_out.setChecked(False)
    assert check.summary.text().startswith("SafeHash will send the fingerprints of 1 photo "
                                           "and 1 video to ")  # fmt: skip

    # A bank that has said it takes no fingerprint of a video.
    session = window.session
    session.bank_info = dataclasses.replace(session.bank_info, video_signal_types=())
    check.refresh()
    assert check.untaken_text.isVisible()
    assert check.untaken_text.text().startswith("1 video cannot be sent to ")
    assert check.untaken_text.text().endswith(": it takes no videos.")
    assert check.summary.text().startswith("1 photo will be sent as fingerprints to ")
    assert len(session.submission.items) == 1 and len(session.submission.not_sent) == 1


def test_a_bank_that_takes_no_videos_from_step_3_to_the_receipt(qtbot, tmp_path):
    """An organisation's bank of API 1.0 (no videos): the video is never sent, and step 3,
    step 5 and the receipt each say so in plain words; the photo goes."""
    with start_refbank(tmp_path / "bank", videos=False, bank_name="Helpline bank",
                       record_bodies=True) as bank:
        profile = load_profile().with_overrides(endpoint=bank.url)
        services = create_services(profile, retry=FAST_RETRY)
        win = MainWindow(services, ["en"], quit_app=lambda: None)
        qtbot.addWidget(win)
        win.show()
        try:
            win.go_to(win.add_photos)
            win.add_photos.add_paths([str(clip(tmp_path / "clip.mp4")),
                                      str(photo(tmp_path / "a.jpg", 3))])  # fmt: skip
            wait_hashed(qtbot, win, 2)
            click(qtbot, win.continue_button)
            qtbot.waitUntil(lambda: win.session.bank_info is not None, timeout=BANK_TIMEOUT_MS)
            said = "1 video cannot be sent to Helpline bank: it takes no videos."
            assert strip_isolates(win.check.untaken_text.text()) == said
            assert win.check.summary.text().startswith("1 photo will be sent")
            win.check.consent.setChecked(True)
            click(qtbot, win.continue_button)
            win.case.new_case.setChecked(True)
            click(qtbot, win.case.open_button)
            qtbot.waitUntil(lambda: win.case.new_token.text() != "", timeout=BANK_TIMEOUT_MS)
            click(qtbot, win.continue_button)  # "Send"
            assert strip_isolates(win.send.not_sent.text()) == said
            qtbot.waitUntil(lambda: win.current_page() is win.done, timeout=BANK_TIMEOUT_MS)
            assert strip_isolates(win.done.counts.text()) == "The bank accepted 1 photo.\n" + said
            # What reached the bank: the photo's item only.
            sent = [json.loads(body) for body in bank.recorded_bodies if body]
            items = [item for body in sent for item in body.get("items", [])]
            assert len(items) == 1 and "media" not in items[0]
        finally:
            win.shutdown()


def test_a_video_s_words_in_arabic(qtbot, window, tmp_path):
    """Progress and length in the window's digits, the percent sign where Arabic puts it."""
    from safehash.gui.i18n import set_language

    video = clip(tmp_path / "v.mp4", seconds=2.0, rate=Fraction(10))
    window.go_to(window.add_photos)
    window.add_photos.add_paths([str(video)])
    wait_hashed(qtbot, window, 1)
    set_language("ar")
    assert state_text(window, "v.mp4") == "جاهز (فيديو، ٠:٠٢)"
    # The page's own words follow at Qt's LanguageChange, delivered by the event loop.
    qtbot.waitUntil(lambda: window.add_photos.video_summary.text() == "مقطع فيديو واحد جاهز.")
