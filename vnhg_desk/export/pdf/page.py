"""Page geometry per variant (A4 trim, bleed, media box) and the print crop marks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

if TYPE_CHECKING:  # the geometry is needed before the typesetting modules are imported
    from reportlab.lib.colors import Color
    from reportlab.pdfgen.canvas import Canvas

VARIANTS = ("email", "print")
BLEED = 3 * mm
SLUG = 12 * mm  # room outside the trim for bleed and crop marks in the print variant


@dataclass(frozen=True)
class PageGeometry:
    """Where the A4 trim sits on the sheet, and the margins of the type area."""

    variant: str
    offset: float  # distance from the media box edge to the trim edge
    bleed: float
    width: float = A4[0]
    height: float = A4[1]
    # 169 mm of type: a photo across it needs 1996 pixels at 300 ppi, so a 12-MP phone
    # photo can be decoded at half size (2000 pixels wide) for print.
    left: float = 20.5 * mm
    right: float = 20.5 * mm
    top: float = 15 * mm
    bottom: float = 21 * mm

    @classmethod
    def for_variant(cls, variant: str) -> PageGeometry:
        """Email: plain A4. Print: A4 trim, 3 mm bleed, marks outside it."""
        if variant == "print":
            return cls(variant, SLUG, BLEED)
        return cls("email", 0.0, 0.0)

    @property
    def media(self) -> tuple[float, float]:
        """The sheet size (MediaBox)."""
        return (self.width + 2 * self.offset, self.height + 2 * self.offset)

    @property
    def trim_box(self) -> tuple[float, float, float, float]:
        """The finished page on the sheet."""
        o = self.offset
        return (o, o, o + self.width, o + self.height)

    @property
    def bleed_box(self) -> tuple[float, float, float, float]:
        """The trim plus bleed (equal to the trim in the e-mail variant)."""
        x0, y0, x1, y1 = self.trim_box
        b = self.bleed
        return (x0 - b, y0 - b, x1 + b, y1 + b)

    @property
    def type_width(self) -> float:
        """Width of the type area between the margins."""
        return self.width - self.left - self.right

    def x(self, trim_x: float) -> float:
        """A horizontal position measured from the trim's left edge, on the sheet."""
        return self.offset + trim_x

    def y(self, trim_y: float) -> float:
        """A vertical position measured from the trim's bottom edge, on the sheet."""
        return self.offset + trim_y


def draw_crop_marks(canvas: Canvas, geometry: PageGeometry, colour: Color) -> None:
    """Hairline marks at the trim corners, kept outside the bleed (print variant only)."""
    if geometry.offset <= 0:
        return
    x0, y0, x1, y1 = geometry.trim_box
    gap = geometry.bleed + 1 * mm  # marks start beyond the bleed
    end = geometry.offset - 1 * mm
    lines = []
    for x in (x0, x1):
        lines += [(x, y0 - gap, x, y0 - end), (x, y1 + gap, x, y1 + end)]
    for y in (y0, y1):
        lines += [(x0 - gap, y, x0 - end, y), (x1 + gap, y, x1 + end, y)]
    canvas.saveState()
    canvas.setStrokeColor(colour)
    canvas.setLineWidth(0.25)
    canvas.lines(lines)
    canvas.restoreState()
