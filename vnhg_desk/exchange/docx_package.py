"""Opening a Word file for reading: through the safe zip reader, macros left behind.

The parts are read with :class:`~vnhg_desk.exchange.safezip.SafeZip` (real-byte limits,
CRC checked) and handed to python-docx as a new, uncompressed zip in memory, so
python-docx never inflates anything itself. Templates (.dotx) and macro-enabled files
(.docm, .dotm) are read as documents: their macro parts are not copied at all (never
run, never kept), and relationships pointing at parts that are not in the file are
dropped instead of failing the import.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree

from vnhg_desk.errors import ExchangeError
from vnhg_desk.exchange.safezip import SafeZip, ZipLimits

#: What a Word file may hold, counted in bytes really inflated.
WORD_LIMITS = ZipLimits(
    max_file_bytes=200 * 1024 * 1024,
    max_members=5_000,
    max_member_bytes=100 * 1024 * 1024,
    max_total_bytes=400 * 1024 * 1024,
)
_DOCX_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_OTHER_MAINS = (
    b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    b"application/vnd.ms-word.document.macroEnabled.main+xml",
    b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
_MACRO_MARKERS = ("vbaproject", "vbadata", "activex/", "/customizations")
_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
#: XML is parsed without entities, DTDs or network (see also python-docx's own parser).
SAFE_PARSER = etree.XMLParser(
    resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False
)


def _is_macro(name: str) -> bool:
    lowered = name.lower()
    return any(marker in lowered for marker in _MACRO_MARKERS)


def open_word(path: Path, notes: list[str]) -> DocxDocument:
    """The Word file at ``path`` as a python-docx Document; ExchangeError (Dutch) if not."""
    name = path.name
    buffer = io.BytesIO()
    macros = False
    not_a_zip = (
        f"{name} is geen Word-bestand (.docx) of is beschadigd: sla het in Word opnieuw op "
        "als .docx en importeer dat."
    )
    with SafeZip(path, WORD_LIMITS, name, not_a_zip=not_a_zip) as archive:
        present = set(archive.names())
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as out:
            for member in archive.names():
                if _is_macro(member):
                    macros = True
                    continue
                data = archive.read(member)
                if member == "[Content_Types].xml":
                    for other in _OTHER_MAINS:
                        data = data.replace(other, _DOCX_MAIN)
                elif member.endswith(".rels"):
                    data = _known_targets(member, data, present)
                out.writestr(member, data)
    if macros:
        notes.append(f"macro's in {name}: niet overgenomen en niet uitgevoerd")
    buffer.seek(0)
    try:
        return docx.Document(buffer)
    except (PackageNotFoundError, KeyError, ValueError, etree.XMLSyntaxError) as error:
        raise ExchangeError(
            f"{name} is geen Word-document dat te lezen is (beschadigd of een ander formaat): "
            "sla het in Word opnieuw op als .docx en importeer dat."
        ) from error


def _known_targets(member: str, data: bytes, present: set[str]) -> bytes:
    """A .rels part without internal relationships to parts that are not in the file."""
    try:
        root = etree.fromstring(data, SAFE_PARSER)
    except etree.XMLSyntaxError:
        return data  # python-docx reports it
    folder = posixpath.dirname(posixpath.dirname(member))  # word/_rels/x.rels -> word
    changed = False
    for rel in list(root):
        if rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target") or ""
        resolved = (
            target.lstrip("/")
            if target.startswith("/")
            else posixpath.normpath(posixpath.join(folder, target))
        )
        if resolved not in present or _is_macro(resolved):
            root.remove(rel)
            changed = True
    if not changed:
        return data
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
