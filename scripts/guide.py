"""The support worker's guide: one self-contained web page per language, in docs/guide/.

    make guide                            # under Xvfb, every language SafeHash offers
    python scripts/guide.py [--out DIR] [--locale CODE ...]

Built from the window itself, so it can never drift from it: for each language the real
window is driven through every step with practice photos (made here), and the page shows
each step's screenshot, its number and title exactly as the window shows them, and what to
say (``safehash.gui.guide_text``, translated in the same .ts files as the window). The
pictures are embedded, so one file can be mailed or printed. Nothing leaves this computer:
the practice bank of the deployment profile is used, or, for a profile with a real bank,
a bank on 127.0.0.1 with that bank's name.
"""

from __future__ import annotations

import argparse
import base64
import html
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

from screenshots import (  # noqa: E402  (scripts/ is not a package)
    make_photos,
    practice_home,
    settle,
    wait_until,
)

STYLE = """
body { font-family: system-ui, "Noto Sans", "DejaVu Sans", sans-serif; margin: 2rem auto;
       max-width: 62rem; padding: 0 1rem; line-height: 1.5; color: #1f2328; }
h1 { font-size: 1.7rem; } h2 { font-size: 1.3rem; margin-top: 2.5rem; }
.step { border-top: 1px solid #d0d7de; padding-top: 0.5rem; }
.say { background: #f3f6f9; border-inline-start: 4px solid #2f6f9f; padding: 0.6rem 1rem; }
.say h3 { margin: 0 0 0.3rem; font-size: 1rem; }
img { max-width: 100%; border: 1px solid #d0d7de; border-radius: 8px; }
.note { color: #57606a; font-size: 0.9rem; }
@media print { .step { break-inside: avoid; } }
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "guide")
    parser.add_argument("--locale", nargs="*", default=None,
                        help="languages to build (default: every language offered)")
    args = parser.parse_args()
    with practice_home("safehash-guide-") as temp:
        return build(args.out, temp, args.locale)


def build(out: Path, temp: Path, locales: list[str] | None) -> int:
    from PySide6.QtWidgets import QApplication

    from safehash.gui.i18n import available_languages, set_language
    from safehash.gui.plurals import install_english_plurals

    _app = QApplication.instance() or QApplication([])  # kept alive until the end
    install_english_plurals()
    offered = available_languages()
    wanted = locales or offered
    unknown = [code for code in wanted if code not in offered]
    if unknown:
        print(f"Not offered (run `make translations`, or finish the translation): "
              f"{', '.join(unknown)}", file=sys.stderr)
        return 1
    photos = make_photos(temp / "Pictures")[:4]  # the four practice photos that hash well
    out.mkdir(parents=True, exist_ok=True)
    for code in wanted:
        set_language(code)
        page = guide_page(code, photos)
        target = out / f"safehash-guide-{code}.html"
        target.write_text(page, "utf-8")
        print(target.relative_to(REPO) if target.is_relative_to(REPO) else target)
    set_language("en")
    return 0


def guide_page(code: str, photos: list[Path]) -> str:
    """Drive a fresh window through every step in the current language; the page."""
    from contextlib import ExitStack

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtWidgets import QApplication

    import safehash
    from safehash.core.profile import load_profile
    from safehash.core.transport import RetryPolicy
    from safehash.gui import guide_text
    from safehash.gui.i18n import available_languages
    from safehash.gui.main_window import MainWindow
    from safehash.gui.photos import READY, state_sentence
    from safehash.gui.quick_exit import shortcut_hint
    from safehash.gui.services import create_services
    from safehash.refbank import start_refbank

    def picture(window: MainWindow) -> str:
        settle()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        window.grab().save(buffer, "PNG")
        return base64.b64encode(bytes(data.data())).decode("ascii")

    steps: list[tuple[str, str, str]] = []  # (title as shown, screenshot, what to say)
    with ExitStack() as stack:
        profile = load_profile()
        if not profile.is_demo:  # never send practice photos to a real bank
            bank = stack.enter_context(start_refbank(None, bank_name=profile.bank_name or ""))
            profile = profile.with_overrides(endpoint=bank.url)
        services = create_services(profile, retry=RetryPolicy(max_attempts=1))
        window = MainWindow(services, available_languages(), quit_app=lambda: None)
        stack.callback(services.shutdown)
        stack.callback(window.shutdown)
        window.resize(940, 740)
        window.show()

        def shoot(words: str) -> None:
            steps.append((window.step_title.text(), picture(window), words))

        start = window.continue_button.text()
        shoot(guide_text.step_1(start))
        window.go_on()
        window.add_photos.add_paths([str(p) for p in photos])
        wait_until(lambda: not window.hasher.busy and window.session.photos.rowCount() == 4,
                   timeout=60)
        ready = next(state_sentence(e) for e in window.session.photos.entries()
                     if e.state == READY)  # fmt: skip
        shoot(guide_text.step_2(strip(window.add_photos.choose_button.text()), ready,
                                window.continue_button.text()))  # fmt: skip
        window.go_on()
        wait_until(lambda: window.session.bank_info is not None, timeout=60)
        window.check.consent.setChecked(True)
        shoot(guide_text.step_3(window.continue_button.text()))
        window.go_on()
        window.case.new_case.setChecked(True)
        window.case.open_new_case()
        wait_until(lambda: window.case.new_token.text() != "", timeout=60)
        shoot(guide_text.step_4(window.continue_button.text()))
        window.go_on()
        wait_until(lambda: window.current_page() is window.done, timeout=60)
        shoot(guide_text.step_5(strip(window.done.save_button.text())))
        quick = window.quick_exit_button.text()
        check = window.status_button.text()
        direction = "rtl" if QApplication.isRightToLeft() else "ltr"
        version = safehash.__version__
    return render(code, direction, steps, quick, check, shortcut_hint(), version)


def strip(button_text: str) -> str:
    """A button's words without the "…" that says it opens a window."""
    return button_text.rstrip("…").rstrip(".").strip()


def render(code: str, direction: str, steps: list[tuple[str, str, str]], quick: str,
           check: str, hint: str, version: str) -> str:  # fmt: skip
    from safehash.gui import guide_text

    e = html.escape
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{e(code.replace("_", "-"))}" dir="{direction}">',
        '<head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(guide_text.title())}</title><style>{STYLE}</style></head><body>",
        f"<h1>{e(guide_text.title())}</h1>",
        f"<p>{e(guide_text.introduction())}</p>",
        f'<p class="say">{e(guide_text.quick_exit(quick, hint))}</p>',
    ]
    for title, png, words in steps:
        parts += [
            '<section class="step">',
            f"<h2>{e(title)}</h2>",
            f'<img alt="{e(title)}" src="data:image/png;base64,{png}">',
            f'<div class="say"><h3>{e(guide_text.what_to_say())}</h3><p>{e(words)}</p></div>',
            "</section>",
        ]
    parts += [
        f'<p class="say">{e(guide_text.later(check))}</p>',
        f'<p class="note">{e(guide_text.made_from(version))}</p>',
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


if __name__ == "__main__":
    sys.exit(main())
