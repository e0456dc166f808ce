"""The window's look: one small stylesheet made from the platform's own palette and font.

Every colour is the platform's (dark mode and high contrast apply by themselves); the
stylesheet only arranges them: one accent colour (the platform's highlight), a type scale,
roomier controls, a clear primary button, links that look like links, and a focus ring on
every control that is visible in light, dark and high contrast alike. Nothing moves or
glows: a calm window draws no onlooker's eye.

Widgets say what they are with a ``role`` property (``set_role``): "title", "lead",
"heading", "primary", "link", "quickExit", "token", "code", "emphasis", "card". The text
size the person chose in Settings (100, 125 or 150 per cent) scales the application font
and every size here. The window calls ``apply_theme()`` again when the platform's palette
or contrast setting changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

TEXT_SIZES = (100, 125, 150)
ROLE = "role"

# Type scale: sizes relative to the body text.
SCALE = {"title": 1.45, "lead": 1.15, "heading": 1.1, "primary": 1.08, "token": 1.15}

_state: dict[str, object] = {}


def set_role(widget: QWidget, role: str) -> QWidget:
    """Mark ``widget`` for the stylesheet; restyled at once if it was styled before."""
    widget.setProperty(ROLE, role)
    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        widget.style().unpolish(widget)
        widget.style().polish(widget)
    return widget


@dataclass(frozen=True)
class Colours:
    window: QColor
    text: QColor
    base: QColor
    button: QColor
    button_text: QColor
    accent: QColor
    accent_text: QColor
    disabled_text: QColor
    border: QColor
    link: QColor
    high_contrast: bool


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))  # fmt: skip


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0-1) of the way towards ``b``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


def is_high_contrast(palette: QPalette) -> bool:
    """The person asked for high contrast: the platform says so, or its palette is pure
    black and white (what high-contrast themes hand every app)."""
    style_hints = QGuiApplication.styleHints()  # kept: its accessibility() lives inside it
    if style_hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast:
        return True
    window = _luminance(palette.color(QPalette.ColorRole.Window))
    text = _luminance(palette.color(QPalette.ColorRole.WindowText))
    return min(window, text) < 0.005 and max(window, text) > 0.98


def colours(palette: QPalette) -> Colours:
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    window, text = palette.color(role.Window), palette.color(role.WindowText)
    accent = palette.color(role.Highlight)
    high = is_high_contrast(palette)
    dark = _luminance(window) < 0.2
    if high:
        border, link = text, palette.color(role.Link)
    else:
        border = mix(palette.color(role.Base), text, 0.28)
        # Links in the accent colour, darker on light windows and lighter on dark ones,
        # so they read as links and still pass the contrast of body text.
        link = mix(accent, text, 0.35 if not dark else 0.25)
        if contrast(link, palette.color(role.Base)) < 4.5:
            link = palette.color(role.Link)
    return Colours(
        window=window,
        text=text,
        base=palette.color(role.Base),
        button=palette.color(role.Button),
        button_text=palette.color(role.ButtonText),
        accent=accent,
        accent_text=palette.color(role.HighlightedText),
        disabled_text=palette.color(group.Disabled, role.WindowText),
        border=border,
        link=link,
        high_contrast=high,
    )


def _css(colour: QColor) -> str:
    return f"rgb({colour.red()}, {colour.green()}, {colour.blue()})"


def _size(font: QFont, factor: float) -> str:
    if font.pointSizeF() > 0:
        return f"{font.pointSizeF() * factor:.2f}pt"
    return f"{max(1, round(font.pixelSize() * factor))}px"


def stylesheet(palette: QPalette, font: QFont) -> str:
    """The whole stylesheet for this palette and body font (already at the chosen size)."""
    c = colours(palette)
    ring = 3 if c.high_contrast else 2  # the focus ring's width
    edge = 2 if c.high_contrast else 1  # an ordinary border's width
    pad = ring - edge  # padding given back while the ring is drawn, so nothing moves
    hover = c.accent if c.high_contrast else mix(c.button, c.accent, 0.12)
    pressed = mix(c.button, c.accent, 0.25)
    accent_edge = c.text if c.high_contrast else mix(c.accent, c.text, 0.3)
    accent_hover = mix(c.accent, c.text, 0.12)
    # The primary button's own ring must show against the accent: the text colour.
    primary_ring = c.text
    mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
    s = {name: _size(font, factor) for name, factor in SCALE.items()}
    return f"""
QScrollArea[role="card"] {{
    background: {_css(c.base)}; border: {edge}px solid {_css(c.border)}; border-radius: 10px;
}}
QScrollArea[role="card"] > QWidget, QScrollArea[role="card"] > QWidget > QWidget {{
    background: transparent;
}}
QLabel[role="title"] {{ font-size: {s["title"]}; font-weight: 600; }}
QLabel[role="lead"] {{ font-size: {s["lead"]}; font-weight: 600; }}
QLabel[role="heading"] {{ font-size: {s["heading"]}; font-weight: 600; }}
QLabel[role="emphasis"] {{ font-weight: 600; }}
QLabel:focus {{ border: {ring}px solid {_css(c.accent)}; border-radius: 4px; }}

QPushButton {{
    background: {_css(c.button)}; color: {_css(c.button_text)};
    border: {edge}px solid {_css(c.border)}; border-radius: 6px;
    padding: 5px 14px; min-height: 1.5em;
}}
QPushButton:hover {{ background: {_css(hover)};
    {f"color: {_css(c.accent_text)};" if c.high_contrast else ""} }}
QPushButton:pressed, QPushButton:checked {{ background: {_css(pressed)}; }}
QPushButton:focus {{
    border: {ring}px solid {_css(c.accent)}; padding: {5 - pad}px {14 - pad}px;
}}
QPushButton:disabled {{ color: {_css(c.disabled_text)}; border-style: dashed; }}

QPushButton[role="primary"] {{
    background: {_css(c.accent)}; color: {_css(c.accent_text)};
    border: {edge}px solid {_css(accent_edge)}; font-size: {s["primary"]}; font-weight: 600;
    padding: 7px 22px;
}}
QPushButton[role="primary"]:hover {{ background: {_css(accent_hover)}; }}
QPushButton[role="primary"]:focus {{
    border: {ring}px solid {_css(primary_ring)}; padding: {7 - pad}px {22 - pad}px;
}}
QPushButton[role="primary"]:disabled {{
    background: {_css(c.button)}; color: {_css(c.disabled_text)};
    border: {edge}px dashed {_css(c.border)};
}}

QPushButton[role="quickExit"] {{ font-weight: 700; border-width: {max(edge, 2)}px; }}
QPushButton[role="quickExit"]:focus {{ border-width: {ring}px; }}

QPushButton[role="link"] {{
    background: transparent; color: {_css(c.link)}; text-decoration: underline;
    border: {ring}px solid transparent; border-radius: 4px; padding: 2px 4px; min-height: 0;
}}
QPushButton[role="link"]:hover {{ color: {_css(c.text)}; }}
QPushButton[role="link"]:focus {{ border: {ring}px solid {_css(c.accent)}; padding: 2px 4px; }}

QLineEdit, QPlainTextEdit, QComboBox, QAbstractItemView {{
    border: {edge}px solid {_css(c.border)}; border-radius: 6px;
}}
QLineEdit, QComboBox {{ padding: 4px 8px; min-height: 1.4em; }}
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QAbstractItemView:focus {{
    border: {ring}px solid {_css(c.accent)};
}}
QLineEdit:focus, QComboBox:focus {{ padding: {4 - pad}px {8 - pad}px; }}
QLineEdit[role="token"] {{ font-family: "{mono}"; font-size: {s["token"]}; }}
QPlainTextEdit[role="code"] {{ font-family: "{mono}"; }}

QScrollBar:vertical {{ background: transparent; width: 12px; margin: 4px 2px; }}
QScrollBar:horizontal {{ background: transparent; height: 12px; margin: 2px 4px; }}
QScrollBar::handle {{ background: {_css(c.border)}; border-radius: 4px; }}
QScrollBar::handle:vertical {{ min-height: 32px; }}
QScrollBar::handle:horizontal {{ min-width: 32px; }}
QScrollBar::handle:hover {{ background: {_css(c.accent)}; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}

QCheckBox, QRadioButton {{
    border: {ring}px solid transparent; border-radius: 4px; padding: 3px; spacing: 8px;
}}
QCheckBox:focus, QRadioButton:focus {{ border-color: {_css(c.accent)}; }}
""" + (_high_contrast_indicators(c) if c.high_contrast else "")


def _high_contrast_indicators(c: Colours) -> str:
    """Check boxes and radio buttons drawn in the theme's own colours: the platform style
    draws them dark on black in a high-contrast theme. Chosen means filled."""
    return f"""
QCheckBox::indicator, QRadioButton::indicator {{
    width: 14px; height: 14px; border: 2px solid {_css(c.text)}; background: {_css(c.base)};
}}
QRadioButton::indicator {{ border-radius: 9px; }}
QCheckBox::indicator:checked, QRadioButton::indicator:checked {{
    background: {_css(c.accent)};
}}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{
    border-color: {_css(c.disabled_text)};
}}
"""


def text_scale() -> int:
    """The text size in use now, in per cent."""
    return int(_state.get("scale", 100))  # type: ignore[call-overload]


def apply_theme(scale: int | None = None) -> None:
    """Style the application (again): after a change of palette, contrast or text size."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if scale is not None:
        _state["scale"] = scale if scale in TEXT_SIZES else 100
    current = app.font()
    if _state.get("applied") != current:  # the platform (or a test) changed the font
        _state["system"] = QFont(current)
    system = QFont(_state["system"])  # type: ignore[arg-type]
    font = QFont(system)
    factor = text_scale() / 100
    if factor != 1:
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * factor)
        elif font.pixelSize() > 0:
            font.setPixelSize(round(font.pixelSize() * factor))
    if font != current:
        app.setFont(font)
    _state["applied"] = QFont(app.font())
    sheet = stylesheet(app.palette(), font)
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
