"""Real picture files for GUI tests, made with Pillow."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from support.reference_images import photo_like


def photo(path: Path, seed: int = 1, size: tuple[int, int] = (640, 480)) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(photo_like(size[0], size[1], seed)).save(path, quality=90)
    return path


def plain_picture(path: Path) -> Path:
    """A flat grey picture: PDQ quality 0, 'too little detail'."""
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (200, 200), (60, 60, 60)).save(path)
    return path


def not_a_picture(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"this is a shopping list, not a photo\n")
    return path


def photo_set(folder: Path) -> dict[str, Path]:
    """Three good photos, one with too little detail, one broken file."""
    return {
        "a": photo(folder / "beach.jpg", 1),
        "b": photo(folder / "party.png", 2),
        "c": photo(folder / "IMG_0003.jpg", 3),
        "low": plain_picture(folder / "dark.png"),
        "bad": not_a_picture(folder / "notes.jpg"),
    }
