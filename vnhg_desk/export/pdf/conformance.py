"""The last step of every PDF export: make reportlab's file PDF/A-2b and PDF/UA-1.

reportlab draws and tags; this pass, on pikepdf (qpdf), adds what reportlab cannot:
the XMP packet (:mod:`xmp`) built from the Info dictionary reportlab wrote (so the two
agree), the output intent (sRGB, or the press CMYK profile for print), the print flag
on every annotation, ToUnicode maps without the entries for codes no text uses (they
map to U+0000, which PDF/UA forbids: ISO 14289-1, 7.21.7), and qpdf's writer, whose
syntax PDF/A checks strictly (an end of line before ``endstream``, exact stream
lengths, object headers: ISO 19005-2, 6.1).

Why a post-pass and not a patched reportlab: the syntax rules are about how the file is
serialised, which reportlab's writer decides in many places; qpdf writes correct files
by construction. It costs a few per cent of a warm export (benchmarks/bench_pdf.py
prints the figure).
"""

from __future__ import annotations

import io
import re
from typing import Any

import pikepdf
from pikepdf import Array, Dictionary, Name, Stream

from vnhg_desk import __version__
from vnhg_desk.export.pdf import press_colour
from vnhg_desk.export.pdf.xmp import XmpFacts, xmp_packet

#: The output intent of the e-mail PDF and the flyer (PDF/A allows one destination
#: profile per file); the print PDF's is the press condition (:mod:`press_colour`).
SRGB_CONDITION = "sRGB IEC61966-2.1"
PRODUCER = f"VNHG Desk {__version__} (reportlab, pikepdf)"
_PRINT_FLAG = 4  # annotation flag "Print" (PDF 1.7, table 165)
_UNUSED_CODE = re.compile(rb"^<[0-9A-Fa-f]+> <0000>\r?\n", re.MULTILINE)
_CHAR_COUNT = re.compile(rb"(\d+) beginbfchar")


def _iso_date(value: object) -> str:
    """A PDF date ``D:20261203181647+00'00'`` as XMP wants it (ISO 8601)."""
    match = re.match(
        r"D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)([+\-Z])?(\d\d)?'?(\d\d)?", str(value)
    )
    if not match:
        return "1970-01-01T00:00:00Z"
    y, mo, d, h, mi, s, sign, oh, om = match.groups()
    zone = "Z" if sign in (None, "Z") else f"{sign}{oh or '00'}:{om or '00'}"
    return f"{y}-{mo}-{d}T{h}:{mi}:{s}{zone}"


def _info_text(info: Dictionary, key: str) -> str:
    value = info.get(key)
    return str(value) if value is not None else ""


def _metadata(pdf: pikepdf.Pdf) -> None:
    """Info and XMP with the same title, author, subject, keywords, tools and dates."""
    info = pdf.docinfo
    info[Name.Producer] = PRODUCER
    if Name.Trapped in info:
        del info[Name.Trapped]
    facts = XmpFacts(
        title=_info_text(info, "/Title"),
        author=_info_text(info, "/Author"),
        subject=_info_text(info, "/Subject"),
        keywords=_info_text(info, "/Keywords"),
        language=str(pdf.Root.get(Name.Lang, "")),
        creator_tool=_info_text(info, "/Creator"),
        producer=PRODUCER,
        created=_iso_date(info.get(Name.CreationDate)),
        modified=_iso_date(info.get(Name.ModDate)),
    )
    stream = Stream(pdf, xmp_packet(facts))
    stream[Name.Type] = Name.Metadata
    stream[Name.Subtype] = Name.XML
    pdf.Root[Name.Metadata] = pdf.make_indirect(stream)


def _output_intent(pdf: pikepdf.Pdf, variant: str) -> None:
    """One destination profile: sRGB (e-mail, flyer) or the press CMYK (print).

    The print file carries it twice, as the PDF/A intent and as the PDF/X intent a
    print shop's preflight looks for, both pointing at the same profile object (ISO
    19005-2, 6.2.3 allows several intents when they share one profile)."""
    press = variant == "print"
    profile = Stream(pdf, press_colour.press_profile() if press else press_colour.srgb_profile())
    profile[Name.N] = 4 if press else 3
    profile = pdf.make_indirect(profile)
    condition = press_colour.CONDITION if press else SRGB_CONDITION
    info = press_colour.CONDITION_INFO if press else SRGB_CONDITION
    kinds = (Name.GTS_PDFA1, Name.GTS_PDFX) if press else (Name.GTS_PDFA1,)
    intents = [
        Dictionary(
            Type=Name.OutputIntent,
            S=kind,
            OutputConditionIdentifier=condition,
            OutputCondition=info,
            Info=info,
            RegistryName=press_colour.REGISTRY,
            DestOutputProfile=profile,
        )
        for kind in kinds
    ]
    pdf.Root[Name.OutputIntents] = Array([pdf.make_indirect(intent) for intent in intents])


def _annotations(pdf: pikepdf.Pdf) -> None:
    """Every annotation prints as it shows (ISO 19005-2, 6.3.2)."""
    for page in pdf.pages:
        for annotation in page.obj.get(Name.Annots, ()):
            flags = int(annotation.get(Name.F, 0))
            annotation[Name.F] = (flags | _PRINT_FLAG) & ~0b11  # not Invisible, not Hidden


def _to_unicode(pdf: pikepdf.Pdf) -> None:
    """Drop the ``<code> <0000>`` entries reportlab writes for unused subset codes."""
    seen: set[tuple[int, int]] = set()
    for page in pdf.pages:
        resources: Any = page.obj.get(Name.Resources, {})
        fonts: Any = resources.get(Name.Font, {})
        for font in fonts.values():
            cmap = font.get(Name.ToUnicode)
            if cmap is None or cmap.objgen in seen:
                continue
            seen.add(cmap.objgen)
            data = cmap.read_bytes()
            kept, dropped = _UNUSED_CODE.subn(b"", data)
            if not dropped:
                continue
            count = int(_CHAR_COUNT.search(data).group(1)) - dropped  # type: ignore[union-attr]
            cmap.write(_CHAR_COUNT.sub(f"{count} beginbfchar".encode(), kept, count=1))


def _save(pdf: pikepdf.Pdf) -> bytes:
    out = io.BytesIO()
    # No object streams: their compressed bytes cannot be nudged (see _unambiguous_ends).
    pdf.save(
        out,
        object_stream_mode=pikepdf.ObjectStreamMode.disable,
        compress_streams=True,
        deterministic_id=True,
    )
    return out.getvalue()


def _unambiguous_ends(pdf: pikepdf.Pdf) -> bool:
    """Make no stream's data end in a carriage return; True if one was changed.

    qpdf writes ``data LF endstream``. Data that ends in CR (1 in 256 compressed streams:
    their last byte is a checksum) then reads as ``CR LF endstream``, and checkers that
    take that as the end-of-line (page-validation's PDFA2B-STREAM-LENGTH-001; see
    tests/pdf/test_conformance.py) report a wrong /Length, though ISO 19005-2, 6.1.7.1
    counts only the end-of-line before ``endstream``. A harmless byte more in the decoded
    data (a line end in a content stream or CMap, a zero after a font program) changes
    the checksum, so the file is read the same way by everyone."""
    changed = False
    for obj in pdf.objects:
        if not isinstance(obj, Stream) or not obj.read_raw_bytes().endswith(b"\r"):
            continue
        if Name.Subtype in obj or Name.Width in obj:  # an image or form: leave it
            continue
        decoded = obj.read_bytes()
        if Name.Length1 in obj:  # a TrueType program: trailing bytes are ignored
            obj.write(decoded + b"\0")  # qpdf compresses it again on saving
            obj[Name.Length1] = len(decoded) + 1
        else:
            obj.write(decoded + b"\n")
        changed = True
    return changed


def conform(data: bytes, variant: str = "email") -> bytes:
    """reportlab's PDF bytes -> PDF/A-2b + PDF/UA-1 bytes; ``variant`` "print" gets the
    press CMYK output intent (its colours are CMYK already: :mod:`press_colour`)."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        _metadata(pdf)
        _output_intent(pdf, variant)
        _annotations(pdf)
        _to_unicode(pdf)
        result = _save(pdf)
    for _attempt in range(3):  # each round changes only the few streams that end in CR
        with pikepdf.open(io.BytesIO(result)) as pdf:
            if not _unambiguous_ends(pdf):
                break
            result = _save(pdf)
    return result
