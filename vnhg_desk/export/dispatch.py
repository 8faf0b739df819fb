"""The one entry point for exports: pick the writer by the target's suffix, write atomically.

Used by the command line and the window alike. Writers are imported only when needed, so
that listing or searching never pays for loading reportlab or python-docx.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable
from datetime import date
from pathlib import Path

from vnhg_desk.atomic import atomic_target
from vnhg_desk.errors import ExportError, PageBudgetError
from vnhg_desk.model import Document, Edition, Invitation
from vnhg_desk.store.codec import MAX_PAGES
from vnhg_desk.store.protocol import DocumentLibrary, ExportSource

Progress = Callable[[float], None]
VARIANTS = ("email", "print", "booklet")
#: Booklet sheets: A4 pages on A3, or an A5 booklet on A4 (export/pdf/booklet.py).
SHEETS = ("a3", "a4")

#: What the user may type after -o, with the label shown in the export log.
FORMATS: dict[str, str] = {
    ".pdf": "PDF",
    ".docx": "Word",
    ".eml": "e-mailconcept",
    ".json": "uitwisselbestand (JSON)",
    ".zip": "uitwisselbestand (zip)",
    ".vnhg": "uitwisselbestand (zip)",
}
FOLDER_LABEL = "uitwisselmap"


def supported_formats() -> str:
    """The suffixes we can write, for messages: ".pdf, .docx, ... of een map"."""
    return ", ".join(FORMATS) + " of een map (eindigend op /)"


def _wants_folder(target: Path, raw: str) -> bool:
    return raw.endswith(("/", os.sep)) or target.is_dir()


def _same_file(target: Path, library_path: Path | None) -> bool:
    if library_path is None:
        return False
    try:
        return target.resolve() == Path(library_path).resolve()
    except OSError:
        return False


def export_document(
    library: ExportSource,
    doc_id: int,
    target: Path | str,
    *,
    variant: str = "email",
    progress: Progress | None = None,
    groups: list[str] | None = None,
    flyer_id: int | None = None,
    sheet: str = "a3",
    pages: int | None = None,
    notes: list[str] | None = None,
) -> Path:
    """Export document ``doc_id`` to ``target``; the format follows from the suffix.

    For an e-mail draft (.eml), ``groups`` chooses the recipients (default: the cover
    e-mail's default group) and ``flyer_id`` an invitation whose flyer is attached too.
    The ``booklet`` variant (PDF only) imposes the print pages on ``sheet`` ("a3": A4
    pages on A3; "a4": an A5 booklet on A4) in saddle-stitch order.

    With ``pages`` (PDF only), the edition is first fitted to that many pages and the
    chosen fit stored with it; :class:`PageBudgetError` when it cannot be (``notes``
    receives the budget reached).

    A folder (an existing one, or a path ending in "/") gets the exchange layout.
    Afterwards the library keeps a snapshot of the document and records the export.
    Raises :class:`ExportError` (unknown suffix, bad variant, disk problems) or the
    library's :class:`NotFoundError` for an unknown id.
    """
    raw = str(target)
    target = Path(target).expanduser()
    if variant not in VARIANTS:
        raise ExportError(f"Onbekende variant {variant!r}; kies email, print of booklet.")
    if sheet not in SHEETS:
        raise ExportError(f"Onbekend vel {sheet!r} voor een boekje; kies a3 of a4.")
    suffix = target.suffix.lower()
    as_folder = _wants_folder(target, raw)
    if not as_folder and suffix not in FORMATS:
        shown = suffix or "(geen extensie)"
        raise ExportError(f"Onbekend formaat {shown}. Mogelijk zijn: {supported_formats()}.")
    if _same_file(target, getattr(library, "path", None)):
        raise ExportError(f"{target.name} is het bibliotheekbestand zelf; kies een andere naam.")
    if variant == "booklet" and (suffix != ".pdf" or as_folder):
        raise ExportError("Een boekje is een PDF; kies een bestandsnaam die eindigt op .pdf.")
    if (groups or flyer_id is not None) and suffix != ".eml":
        raise ExportError("Ontvangersgroepen en een bijgevoegde uitnodiging horen bij een .eml.")
    if pages is not None and suffix != ".pdf":
        raise ExportError("Een aantal pagina's (--pages) hoort bij een PDF.")
    report = progress or (lambda _fraction: None)
    document = library.load(doc_id)
    report(0.02)
    if pages is not None:
        _fit_to_pages(_whole(library), document, pages, variant, notes)
    if as_folder or suffix in (".json", ".zip", ".vnhg"):
        from vnhg_desk.exchange import export_package

        export_package(_whole(library), document, target, as_folder=as_folder)
        label = FOLDER_LABEL if as_folder else FORMATS[suffix]
    elif suffix == ".pdf" and variant == "booklet":
        from vnhg_desk.export.pdf.booklet import write_booklet

        with atomic_target(target) as temp:
            write_booklet(
                document, library.house_style(), library, temp, sheet=sheet, progress=report
            )
        label = f"PDF (boekje op {sheet.upper()})"
    elif suffix == ".pdf":
        from vnhg_desk.export.pdf import write_pdf  # reportlab only when exporting a PDF

        with atomic_target(target) as temp:
            style = library.house_style()
            result = write_pdf(document, style, library, temp, variant=variant, progress=report)
        if notes is not None and result.dropped_characters:
            notes.append(f"Weggelaten in de PDF (geen lettertype): {result.dropped_names()}.")
        label = f"PDF ({'drukwerk' if variant == 'print' else 'e-mail'})"
    elif suffix == ".docx":
        from vnhg_desk.export.docx import write_docx

        with atomic_target(target) as temp:
            write_docx(document, library.house_style(), library, temp, progress=report)
        label = FORMATS[suffix]
    else:  # .eml: the cover e-mail with the e-mail PDF attached (export/eml.py)
        from vnhg_desk.export.eml import write_document_eml

        flyer = library.load(flyer_id) if flyer_id is not None and flyer_id != doc_id else None
        if flyer is not None and not isinstance(flyer, Invitation):
            raise ExportError(f"Document {flyer_id} is geen uitnodiging.")
        write_document_eml(library, document, target, groups=groups, flyer=flyer, progress=report)
        label = FORMATS[suffix]
    library.snapshot(doc_id, f"export {label}")
    library.record_export(doc_id, label, str(target))
    report(1.0)
    return target


def _whole(library: ExportSource) -> DocumentLibrary:
    """The library itself (a file or a server): what an exchange package and a stored page
    fit need, more than a copy read for an export has."""
    from vnhg_desk.store.library import Library

    if not isinstance(library, Library):
        raise ExportError("Dit kan alleen met de bibliotheek zelf, niet met een kopie.")
    return library


def _fit_to_pages(
    library: DocumentLibrary, document: Document, pages: int, variant: str, notes: list[str] | None
) -> None:
    """Fit the edition to ``pages`` pages and store the fit, or raise PageBudgetError."""
    if not isinstance(document, Edition):
        raise ExportError(
            "Alleen een editie heeft een aantal pagina's; een uitnodiging is één blad."
        )
    if not 1 <= pages <= MAX_PAGES:
        raise ExportError(f"Kies een aantal pagina's van 1 tot en met {MAX_PAGES}.")
    if variant in ("print", "booklet") and pages % 4:
        raise ExportError(
            f"Gevouwen drukwerk heeft een viervoud aan pagina's (4, 8, 12, ...), geen {pages}."
        )
    from vnhg_desk.export.pdf.budget import edition_words, fit_edition
    from vnhg_desk.layout.page_budget import budget_words
    from vnhg_desk.layout.page_fit import too_long_message

    document.page_target = pages
    measured = "print" if variant == "booklet" else variant  # the booklet's own pages
    outcome = fit_edition(document, library.house_style(), library, measured)
    if not outcome.fits:
        raise PageBudgetError(too_long_message(outcome, edition_words(document)))
    document.fit = outcome.fit
    library.save(document)  # the chosen fit is part of the edition: the same pages again
    if notes is not None:
        notes.append(f"Passend gemaakt: {budget_words(outcome.budget)}.")


# Windows refuses these names with any extension ("CON.pdf"), in any letter case.
_RESERVED = re.compile(r"^(CON|PRN|AUX|NUL|CLOCK\$|COM[0-9¹²³]|LPT[0-9¹²³])(\..*)?$", re.I)
_FORBIDDEN = re.compile(r'[/\\:*?"<>|]')
_MAX_LENGTH = 120
_MAX_BYTES = 200


def safe_file_name(title: str, when: date | None = None, *, suffix: str = "") -> str:
    """A file name that works on Windows, macOS and Linux: "2026-09-18 Verslag ledenvergadering".

    Letters with diacritics are kept (NFC); characters a file system refuses become a
    hyphen; control characters go; reserved device names get an underscore; no trailing
    dot or space; at most 120 characters (and 200 UTF-8 bytes) before ``suffix``.
    """
    text = unicodedata.normalize("NFC", title or "")
    text = "".join(
        " " if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") else ch for ch in text
    )
    text = _FORBIDDEN.sub("-", text)
    text = re.sub(r"\s+", " ", text).strip(" .-")
    stem = f"{when.isoformat()} {text}".strip() if when else text
    stem = stem[:_MAX_LENGTH]
    while len(stem.encode("utf-8")) > _MAX_BYTES:  # Linux file systems count bytes
        stem = stem[:-1]
    stem = stem.rstrip(" .") or "document"
    if _RESERVED.match(stem):
        stem = "_" + stem
    return stem + suffix
