"""What each ``vnhg-desk`` subcommand does; heavy modules are imported inside the command.

Every command gets the parsed arguments, prints its result to stdout and returns an exit
code. Problems are raised as :class:`~vnhg_desk.errors.UserError` and printed by
:func:`vnhg_desk.cli.main.main`.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

EXIT_BLOCKING = 1
KIND_WORDS = {"report": "verslag", "newsletter": "nieuwsbrief", "invitation": "uitnodiging"}
EXIT_NO_WINDOW = 2


def library_path(chosen: str | Path | None) -> str | Path:
    """``--library`` if given, else $VNHG_DESK_LIBRARY or the user's data folder: a path,
    or a postgresql:// address."""
    from vnhg_desk.store.library import library_target

    return library_target(chosen)


@contextmanager
def opened_library(args: argparse.Namespace, *, create: bool = False) -> Iterator[Any]:
    """The library named on the command line, closed again afterwards.

    Only commands that add something (demo, import) create a missing library: reading
    commands never leave a new file or folder behind.
    """
    from vnhg_desk.store import Library

    path = library_path(getattr(args, "library", None))
    with Library.open(path, create=create) as library:
        yield library


def open_window(chosen: str | Path | None, open_file: Path | None = None) -> int:
    """Start the editor window, if this installation has one (showing ``open_file``).

    Python's cyclic garbage collector is paused until the window's first frame is
    painted: start-up creates some half a million objects and frees almost none, so the
    collections it would run (~5 ms, benchmarks/bench_gui.py) would find nothing.
    """
    gc.disable()
    try:
        return _start_window(chosen, open_file)
    finally:
        gc.enable()


def _start_window(chosen: str | Path | None, open_file: Path | None) -> int:
    # The library's address first (the store and the model load before Qt does). Not for
    # PySide's import hook: it reads the source of a module the first time an import
    # statement names it after Qt is loaded, however early the module itself came.
    path = library_path(chosen)
    try:
        app = importlib.import_module("vnhg_desk.gui.app")
    except ModuleNotFoundError as error:
        if error.name in ("vnhg_desk.gui.app", "vnhg_desk.gui"):
            print(
                "vnhg-desk: het redactievenster is in deze versie nog niet beschikbaar. "
                "Gebruik de opdrachten; zie vnhg-desk --help.",
                file=sys.stderr,
            )
        else:
            print(
                f"vnhg-desk: het redactievenster kan niet starten: {error.name} ontbreekt. "
                "Installeer VNHG Desk opnieuw.",
                file=sys.stderr,
            )
        return EXIT_NO_WINDOW
    return int(app.run(path, open_file, after_first_frame=gc.enable))


def cmd_demo(args: argparse.Namespace) -> int:
    """Add the demo edition and invitation."""
    from vnhg_desk.demo import add_demo

    with opened_library(args, create=True) as library:
        edition_id, invitation_id = add_demo(library)
    print(f"Demo toegevoegd: verslag {edition_id}, uitnodiging {invitation_id}.")
    return 0


def _date_text(value: Any) -> str:
    return value.isoformat() if value else "-"


def cmd_list(args: argparse.Namespace) -> int:
    """One line per document: id, kind, date, title (tab-separated)."""
    with opened_library(args) as library:
        rows = library.list_documents()
    if not rows:  # a hint for people; stdout stays empty for scripts
        print("De bibliotheek is leeg. Voeg het voorbeeld toe met: vnhg-desk demo", file=sys.stderr)
    for row in rows:
        kind = KIND_WORDS.get(row.kind, row.kind)
        print(f"{row.id}\t{kind}\t{_date_text(row.date)}\t{row.title}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    """Matches with document id, where they are and a snippet (matches between *...*)."""
    from vnhg_desk.store import highlighted

    with opened_library(args) as library:
        hits = library.search(args.text)
    if not hits:
        print(f"Niets gevonden voor “{args.text}”.")
        return 0
    for hit in hits:
        where = hit.part_label or hit.title
        snippet = " ".join(highlighted(hit.snippet).split())
        print(f"{hit.doc_id}\t{_date_text(hit.date)}\t{where}\t{snippet}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Import an exchange file (.json, .zip, .vnhg), a folder, a Word file or an .odt.

    What a word-processor file held that could not be brought over as it was is listed
    after the result, one line per item with its place; the exit code stays 0. A package
    coming back to the library it was taken from updates its document; when that was
    changed meanwhile nothing is written unless --bij-conflict chooses (exit code 5).
    """
    from vnhg_desk.errors import ReturnConflictError
    from vnhg_desk.exchange import import_file

    notes: list[str] = []
    outcome: list[str] = []
    try:
        with opened_library(args, create=True) as library:
            import_file(
                library,
                args.file,
                notes=notes,
                on_conflict=getattr(args, "bij_conflict", None),
                outcome=outcome,
            )
    except ReturnConflictError as conflict:
        print(f"vnhg-desk: {conflict} Er is niets geïmporteerd.", file=sys.stderr)
        print(
            "Kies en importeer opnieuw met --bij-conflict: 'beide' (de meegebrachte versie "
            "als apart document), 'mijn' (de meegebrachte versie overnemen; de andere blijft "
            "in de geschiedenis) of 'andere' (de bibliotheek houden zoals die is; de "
            "meegebrachte versie komt in de geschiedenis).",
            file=sys.stderr,
        )
        return conflict.exit_code
    print(outcome[0] if outcome else "Geïmporteerd.")
    if notes:
        count = "1 punt" if len(notes) == 1 else f"{len(notes)} punten"
        print(f"Let op, {count} uit {args.file.name} niet (zo) overgenomen:")
        for note in notes:
            print(f"- {note}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Export one document; the format follows from the output's suffix."""
    from vnhg_desk.export.dispatch import export_document

    notes: list[str] = []
    with opened_library(args) as library:
        path = export_document(
            library,
            args.id,
            args.output,
            variant=args.variant,
            groups=args.groep,
            flyer_id=args.uitnodiging,
            sheet=args.vel,
            pages=getattr(args, "pages", None),
            notes=notes,
        )
    for note in notes:
        print(note)
    print(f"Opgeslagen in {path}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """The pre-send check: one line per finding (severity, code, place, sentence); exit 1
    when a finding blocks. A summary goes to stderr, so stdout holds only findings."""
    from vnhg_desk.check import check_document

    with opened_library(args) as library:
        findings = check_document(library, args.id)
    for found in findings:
        print(found.line())
    blocking = sum(1 for f in findings if f.blocking)
    if not findings:
        print(f"Document {args.id}: geen bevindingen.", file=sys.stderr)
    else:
        print(
            f"Document {args.id}: {blocking} blokkerend, {len(findings) - blocking} "
            f"{'waarschuwing' if len(findings) - blocking == 1 else 'waarschuwingen'}.",
            file=sys.stderr,
        )
    return EXIT_BLOCKING if blocking else 0


def cmd_library_copy(args: argparse.Namespace) -> int:
    """Copy a whole library into a new one: file or server, either way."""
    from vnhg_desk.errors import LibraryError
    from vnhg_desk.store import Library
    from vnhg_desk.store.copying import copy_library

    source_target, target_target = library_path(args.source), library_path(args.target)
    if isinstance(target_target, Path) and target_target.exists():
        raise LibraryError(
            f"'{target_target.name}' bestaat al. "
            "Kopieer naar een nieuw bestand of een lege database."
        )
    with Library.open(source_target, create=False) as source:
        created = isinstance(target_target, Path)
        try:
            with Library.open(target_target, create=True) as target:
                counts = copy_library(source, target)
        except BaseException:
            if created and isinstance(target_target, Path):
                target_target.unlink(missing_ok=True)  # no half library left behind
            raise
    print(
        f"Gekopieerd naar {target.address}: {counts['documents']} documenten, "
        f"{counts['revisions']} eerdere versies, {counts['photos']} foto's."
    )
    return 0
