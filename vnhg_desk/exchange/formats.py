"""What a file given to the importer really is, decided by its content, never by its name.

A zip holding ``word/`` parts is a Word document (.docx, .dotx, .docm ...), one holding
an OpenDocument ``mimetype`` or ``content.xml`` is an OpenDocument text, any other zip
is an exchange package. Files we cannot read (an old .doc, a password-protected Word
file, RTF, PDF) are refused with one Dutch sentence saying what the file is and what to
do. Only regular files are opened, and without blocking.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

from vnhg_desk.errors import ExchangeError
from vnhg_desk.exchange.safezip import declared_entries, open_regular

WORD = "word"
ODF = "odf"
PACKAGE = "package"
JSON = "json"
FOLDER = "folder"

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: Stream names in an OLE file, as its directory stores them (UTF-16LE).
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_WORD_STREAM = "WordDocument".encode("utf-16-le")
#: How much of an OLE file is searched for its stream names.
_OLE_SCAN_BYTES = 64 * 1024 * 1024
_SAVE_AS_DOCX = "sla het bestand in Word (of LibreOffice) op als .docx en importeer dat"


def identify(path: Path) -> str:
    """One of WORD, ODF, PACKAGE, JSON or FOLDER; raises ExchangeError for the rest."""
    path = Path(path)
    name = path.name
    if path.is_dir():
        return FOLDER
    with open_regular(path, name) as handle:
        head = handle.read(8)
        if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
            return _zip_kind(handle, name)
        if head.startswith(_OLE_MAGIC):
            raise ExchangeError(_ole_message(handle, name))
    if head.startswith(b"{\\rtf"):
        raise ExchangeError(
            f"{name} is een RTF-bestand, dat VNHG Desk niet kan lezen: {_SAVE_AS_DOCX}."
        )
    if head.startswith(b"%PDF"):
        raise ExchangeError(
            f"{name} is een PDF, waaruit VNHG Desk geen verslag kan opbouwen: vraag de "
            "afzender om het Word-bestand (.docx)."
        )
    if path.suffix.lower() == ".json" or head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return JSON
    if path.suffix.lower() in (".zip", ".vnhg"):
        return PACKAGE  # the package reader says what is wrong with it
    raise ExchangeError(
        f"{name} is geen bestand dat VNHG Desk kan importeren: gebruik een Word-bestand "
        "(.docx), een OpenDocument-tekst (.odt) of een uitwisselbestand (.vnhg, .zip, .json)."
    )


def _zip_kind(handle: object, name: str) -> str:
    """WORD, ODF or PACKAGE from the member names (the package reader checks the rest)."""
    fileobj = handle  # an open regular file
    try:
        size = os.fstat(fileobj.fileno()).st_size  # type: ignore[attr-defined]
        count = declared_entries(fileobj, size)  # type: ignore[arg-type]
        if count is not None and count > 100_000:
            return PACKAGE  # refused there, without listing them all here
        fileobj.seek(0)  # type: ignore[attr-defined]
        with zipfile.ZipFile(fileobj) as archive:  # type: ignore[call-overload]
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return PACKAGE  # the package reader explains what is wrong
    if "mimetype" in names and "content.xml" in names:
        return ODF
    if "[Content_Types].xml" in names and any(n.startswith("word/") for n in names):
        return WORD
    if "[Content_Types].xml" in names and name.lower().endswith((".docx", ".dotx", ".docm")):
        return WORD  # a Word file with its parts elsewhere: the Word reader explains
    return PACKAGE


def _ole_message(handle: object, name: str) -> str:
    """What an OLE compound file is: a password-protected Office file or an old .doc."""
    seen = b""
    read = 0
    while read < _OLE_SCAN_BYTES:
        chunk = handle.read(1024 * 1024)  # type: ignore[attr-defined]
        if not chunk:
            break
        read += len(chunk)
        window = seen[-64:] + chunk
        if _ENCRYPTED_STREAM in window:
            return (
                f"{name} is met een wachtwoord beveiligd en kan daarom niet worden gelezen: "
                "open het in Word, haal het wachtwoord weg (Bestand, Info, Document "
                "beveiligen) en sla het op als .docx."
            )
        if _WORD_STREAM in window:
            return (
                f"{name} is een oud Word-bestand (.doc) dat VNHG Desk niet leest: {_SAVE_AS_DOCX}."
            )
        seen = chunk
    return (
        f"{name} is een ouder Office-bestand dat VNHG Desk niet kan lezen: "
        "sla het op als .docx (Word) of .odt en importeer dat."
    )
