"""Make SafeHash's icons for every installer from one picture, deterministically.

    python build/make_icon.py [OUT_DIR]      (default: build/work/icons)

The source is resources/icons/safehash.png (square, at least 512 px) when a designer
has added one; until then a plain placeholder is drawn here (a white shield on teal), so
the build never depends on a binary file in git. Writes:
  safehash.png                       512 px, for the Linux bundle and Flatpak
  hicolor/<N>x<N>/apps/safehash.png  the freedesktop icon theme sizes, for the .deb
  safehash.ico                       Windows (EXE and Inno Setup), 16-256 px
  safehash.iconset/                  macOS: installer_scripts/macos/make_icns.sh turns it
                                     into safehash.icns with iconutil
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "safehash.png"
SIZE = 1024
THEME_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = [(n, n) for n in (16, 24, 32, 48, 64, 128, 256)]
TEAL = (14, 110, 110, 255)
WHITE = (255, 255, 255, 255)


def placeholder() -> Image.Image:
    """A shield with fingerprint-like arcs: calm, and says nothing about the photos."""
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((32, 32, SIZE - 32, SIZE - 32), radius=200, fill=TEAL)
    shield = [(512, 170), (800, 270), (780, 560), (512, 860), (244, 560), (224, 270)]
    draw.polygon(shield, fill=WHITE)
    # Concentric arcs broken at different places, like the ridges of a fingerprint.
    for radius, start, end in ((60, 300, 240), (120, 20, 320), (180, 250, 190), (240, 200, 340)):
        box = (512 - radius, 500 - radius, 512 + radius, 500 + radius)
        draw.arc(box, start=start, end=end, fill=TEAL, width=30)
    return image


def load_source() -> Image.Image:
    if SOURCE.is_file():
        with Image.open(SOURCE) as image:
            return image.convert("RGBA").resize((SIZE, SIZE), Image.Resampling.LANCZOS)
    return placeholder()


def scaled(image: Image.Image, size: int) -> Image.Image:
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main(out: Path) -> None:
    image = load_source()
    out.mkdir(parents=True, exist_ok=True)
    scaled(image, 512).save(out / "safehash.png", optimize=False)
    for n in THEME_SIZES:
        folder = out / "hicolor" / f"{n}x{n}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        scaled(image, n).save(folder / "safehash.png")
    scaled(image, 256).save(out / "safehash.ico", sizes=ICO_SIZES)
    iconset = out / "safehash.iconset"  # the names iconutil expects
    iconset.mkdir(exist_ok=True)
    for n in (16, 32, 128, 256, 512):
        scaled(image, n).save(iconset / f"icon_{n}x{n}.png")
        scaled(image, 2 * n).save(iconset / f"icon_{n}x{n}@2x.png")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "work" / "icons")
