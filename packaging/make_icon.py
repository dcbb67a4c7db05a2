"""Draw the ZorgDesk app icon (PNG sizes, Windows .ico, macOS .icns) with Pillow.

Run once when the design changes: ``python packaging/make_icon.py``. The results are
committed under resources/icons/, so a build needs no drawing step.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
TEAL = (22, 110, 122, 255)
WHITE = (255, 255, 255, 255)
WARM = (244, 162, 97, 255)


def draw(size: int = 1024) -> Image.Image:
    """A closed folder (the dossier) with a small heart (care), on a rounded square."""
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    s = size / 1024
    pen.rounded_rectangle((32 * s, 32 * s, 992 * s, 992 * s), radius=200 * s, fill=TEAL)
    # Folder: a tab on top, then the body.
    pen.rounded_rectangle((200 * s, 300 * s, 480 * s, 420 * s), radius=40 * s, fill=WHITE)
    pen.rounded_rectangle((200 * s, 360 * s, 824 * s, 780 * s), radius=60 * s, fill=WHITE)
    # Heart: two circles and a triangle, in the middle of the folder.
    cx, cy, r = 512 * s, 560 * s, 70 * s
    pen.ellipse((cx - 2 * r, cy - r, cx, cy + r), fill=WARM)
    pen.ellipse((cx, cy - r, cx + 2 * r, cy + r), fill=WARM)
    pen.polygon([(cx - 1.93 * r, cy + 0.35 * r), (cx + 1.93 * r, cy + 0.35 * r),
                 (cx, cy + 2.6 * r)], fill=WARM)
    return image


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    big = draw()
    for size in (16, 32, 48, 64, 128, 256, 512):
        big.resize((size, size), Image.LANCZOS).save(ICONS / f"zorgdesk-{size}.png")
    big.resize((256, 256), Image.LANCZOS).save(
        ICONS / "zorgdesk.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64),
                                       (128, 128), (256, 256)])
    big.save(ICONS / "zorgdesk.icns")
    print(f"Iconen geschreven naar {ICONS}")


if __name__ == "__main__":
    main()
