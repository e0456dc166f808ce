"""Arabic, as the issue found it: digits follow the language everywhere (the age in the
welcome page, the network log's rows, counts and answers), the practice bank is named in
Arabic, and technical values in the network log keep their left-to-right order."""

from __future__ import annotations

from PySide6.QtCore import Qt

from safehash.gui.bidi import LRM, strip_isolates

from .test_switching import choose_language


def test_digits_follow_the_language_and_paths_read_left_to_right(qtbot, window):
    choose_language(qtbot, window, "ar")
    window.go_to(window.welcome)
    qtbot.waitUntil(lambda: window.quick_exit_button.text() == "خروج سريع")  # retranslated
    headings = [w.text() for w in window.welcome.findChildren(type(window.step_title))]
    assert any("١٨" in text for text in headings), [h[:30] for h in headings]
    assert not any("18" in text for text in headings)
    window.go_to(window.check)  # asks the bank what it accepts: one request
    qtbot.waitUntil(lambda: window.session.bank_info is not None, timeout=30_000)
    window.go_to(window.network_log)
    table = window.network_log.table
    qtbot.waitUntil(lambda: table.rowCount() >= 1)
    assert table.verticalHeaderItem(0).text() == "١"
    assert table.item(0, 6).text() == "٢٠٠"
    path = table.item(0, 3).text()
    assert path.startswith(LRM) and path.endswith(LRM)
    assert strip_isolates(path) == "/v1/info"
    assert table.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_the_practice_bank_is_named_in_the_language(qtbot, window):
    from safehash.core.profile import load_profile
    from safehash.gui.bank_words import bank_name

    choose_language(qtbot, window, "ar")
    assert bank_name(load_profile()) == "البنك التجريبي على هذا الحاسوب"
