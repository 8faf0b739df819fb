"""Draw the VNHG Desk application icon and write it in every size the platforms ask for.

The icon is a newsletter page with a folded corner, a masthead band in the house colour,
an accent rule and two columns of text with a photo. Small sizes get a simpler drawing so
they stay crisp. Run ``python packaging/icons/make_icon.py`` after changing the drawing;
the results are committed in resources/icons/ (PNG 16-512, .ico for Windows, .icns for
macOS).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

# Default house colours (vnhg_desk.model.house_style.HouseStyle).
PRIMARY = (11, 83, 148, 255)
ACCENT = (224, 123, 0, 255)
TINT = (232, 240, 248, 255)
PAPER = (255, 255, 255, 255)
EDGE = (70, 82, 96, 255)
FLAP = (200, 214, 230, 255)
LINE = (120, 128, 138, 255)
SHADOW = (0, 0, 0, 60)

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)
SUPERSAMPLE = 4
NAME = "vnhg-desk"


def draw_icon(size: int) -> Image.Image:
    """Return the icon as an RGBA image of ``size`` x ``size`` pixels."""
    s = size * SUPERSAMPLE
    image = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    simple = size <= 32

    # The page: portrait, roughly A4, centred; a folded corner at the top right.
    left, right = round(0.17 * s), round(0.83 * s)
    top, bottom = round(0.05 * s), round(0.95 * s)
    fold = round(0.2 * (right - left)) if not simple else round(0.26 * (right - left))
    edge = max(SUPERSAMPLE, round(0.012 * s))

    def outline(dx: int = 0, dy: int = 0) -> list[tuple[int, int]]:
        return [
            (left + dx, top + dy),
            (right - fold + dx, top + dy),
            (right + dx, top + fold + dy),
            (right + dx, bottom + dy),
            (left + dx, bottom + dy),
        ]

    if not simple:
        offset = round(0.015 * s)
        draw.polygon(outline(offset, offset), fill=SHADOW)
    draw.polygon(outline(), fill=PAPER)

    # Masthead band in the house colour, clipped by the fold.
    band_bottom = top + round((0.2 if not simple else 0.28) * (bottom - top))
    draw.polygon(
        [
            (left, top),
            (right - fold, top),
            (right, top + fold),
            (right, band_bottom),
            (left, band_bottom),
        ],
        fill=PRIMARY,
    )
    # The folded flap shows the back of the paper.
    draw.polygon([(right - fold, top), (right - fold, top + fold), (right, top + fold)], fill=FLAP)

    # Accent rule under the band.
    rule = max(SUPERSAMPLE, round(0.022 * s))
    rule_top = band_bottom + round(0.025 * s)
    margin = round(0.09 * (right - left))
    draw.rectangle([left + margin, rule_top, right - margin, rule_top + rule], fill=ACCENT)

    # Text lines; on large icons two columns with a photo in the left one.
    line_h = max(SUPERSAMPLE, round((0.03 if not simple else 0.06) * s))
    gap = round((0.045 if not simple else 0.1) * s)
    y = rule_top + rule + gap
    inner_left, inner_right = left + margin, right - margin
    if simple:
        while y + line_h < bottom - margin:
            draw.rectangle([inner_left, y, inner_right, y + line_h], fill=LINE)
            y += line_h + gap
    else:
        middle = (inner_left + inner_right) // 2
        col_gap = round(0.035 * s)
        columns = [(inner_left, middle - col_gap // 2), (middle + col_gap // 2, inner_right)]
        photo_bottom = y + round(0.2 * s)
        draw.rectangle([columns[0][0], y, columns[0][1], photo_bottom], fill=TINT)
        draw.polygon(
            [
                (columns[0][0], photo_bottom),
                (columns[0][0] + round(0.08 * s), y + round(0.09 * s)),
                (columns[0][1], photo_bottom),
            ],
            fill=PRIMARY,
        )
        for index, (x0, x1) in enumerate(columns):
            line_y = photo_bottom + gap if index == 0 else y
            while line_y + line_h < bottom - margin:
                draw.rectangle([x0, line_y, x1, line_y + line_h], fill=LINE)
                line_y += line_h + gap

    # Page edge last, so it sits on top of band and lines.
    draw.line([*outline(), (left, top)], fill=EDGE, width=edge, joint="curve")
    draw.line(
        [(right - fold, top), (right - fold, top + fold), (right, top + fold)],
        fill=EDGE,
        width=edge,
    )
    return image.resize((size, size), Image.Resampling.LANCZOS)


def write_icons(target: Path) -> list[Path]:
    """Write all PNG sizes, the .ico and the .icns into ``target``; return the paths."""
    target.mkdir(parents=True, exist_ok=True)
    drawings = {size: draw_icon(size) for size in {*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES}}
    written = []
    for size in PNG_SIZES:
        path = target / f"{NAME}-{size}.png"
        drawings[size].save(path, optimize=True)
        written.append(path)
    ico = target / f"{NAME}.ico"
    largest_ico = drawings[max(ICO_SIZES)]
    largest_ico.save(
        ico,
        sizes=[(n, n) for n in ICO_SIZES],
        append_images=[drawings[n] for n in ICO_SIZES if n != max(ICO_SIZES)],
    )
    icns = target / f"{NAME}.icns"
    largest_icns = drawings[max(ICNS_SIZES)]
    largest_icns.save(icns, append_images=[drawings[n] for n in ICNS_SIZES])
    return [*written, ico, icns]


if __name__ == "__main__":
    root = Path(__file__).resolve().parents[2]
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else root / "resources" / "icons"
    for path in write_icons(out):
        print(path)
