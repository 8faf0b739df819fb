"""The ``vnhg-desk`` command: argument parsing and the error border (one Dutch line, no trace).

The commands themselves live in :mod:`vnhg_desk.cli.commands` and import what they need
only when they run, so ``vnhg-desk list`` stays quick.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from vnhg_desk import __version__
from vnhg_desk.errors import UserError

EXIT_USAGE = 2
EXIT_UNEXPECTED = 3
EXIT_INTERRUPTED = 130

#: Python's cyclic garbage collector runs after every 700 new container objects by
#: default: importing reportlab and laying out an edition would trigger it hundreds of
#: times. Rarer young collections save ~15 ms of a 0.35 s export and cost at most a few
#: MB more memory held before a collection (benchmarks/bench_pdf.py).
_GC_THRESHOLDS = (20_000, 50, 50)

# argparse speaks English; the few messages a user meets are given in Dutch.
_ARGPARSE_DUTCH = (
    ("the following arguments are required: ", "dit ontbreekt: "),
    ("unrecognized arguments: ", "onbekende argumenten: "),
    ("invalid choice: ", "ongeldige keuze: "),
    ("expected one argument", "verwacht één waarde"),
    ("(choose from ", "(kies uit "),
    ("argument ", ""),
)


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one Dutch line and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        for english, dutch in _ARGPARSE_DUTCH:
            message = message.replace(english, dutch)
        self.exit(EXIT_USAGE, f"{self.prog}: {message}. Zie vnhg-desk --help.\n")


def _positive(what: str) -> Callable[[str], int]:
    """An argparse type: a whole number of 1 or more, refused in Dutch naming `what`."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{what} moet een getal zijn, niet {text!r}") from None
        if value < 1:
            raise argparse.ArgumentTypeError(f"{what} moet 1 of meer zijn, niet {value}")
        return value

    return parse


_LIBRARY_HELP = (
    "het bibliotheekbestand of een gedeelde bibliotheek op een server "
    "(postgresql://gebruiker@server/database; standaard: $VNHG_DESK_LIBRARY of de gebruikersmap)"
)


def _window_arguments(words: list[str]) -> argparse.Namespace | None:
    """``vnhg-desk`` or ``vnhg-desk --library PAD`` (the window), read without argparse:
    building the parser and its help texts (gettext looks for translations on disk for
    each one) costs ~8 ms of the window's start. None for any other words."""
    if not words:
        library = None
    elif len(words) == 2 and words[0] == "--library" and not words[1].startswith("-"):
        library = words[1]
    elif len(words) == 1 and words[0].startswith("--library="):
        library = words[0].partition("=")[2]
    else:
        return None
    return argparse.Namespace(library=library, command=None)


def build_parser() -> argparse.ArgumentParser:
    """The parser for every subcommand (also used by tests and the docs)."""
    parser = _Parser(
        prog="vnhg-desk",
        description="Verslagen en nieuwsbrieven van de VNHG schrijven en publiceren. "
        "Zonder opdracht opent het redactievenster.",
    )
    parser.add_argument("--version", action="version", version=f"vnhg-desk {__version__}")
    parser.add_argument("--library", metavar="PAD", help=_LIBRARY_HELP)
    # --library is also accepted after the subcommand; SUPPRESS keeps the earlier value.
    library = _Parser(add_help=False)
    library.add_argument("--library", metavar="PAD", default=argparse.SUPPRESS, help=_LIBRARY_HELP)
    parents = [library]
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT", parser_class=_Parser)
    sub.add_parser("demo", parents=parents, help="voeg het voorbeeldverslag en de uitnodiging toe")
    sub.add_parser(
        "list", parents=parents, help="toon alle documenten: nummer, soort, datum, titel"
    )
    search = sub.add_parser("search", parents=parents, help="zoek in alle documenten")
    search.add_argument("text", metavar="TEKST", help="woorden om te zoeken")
    imported = sub.add_parser(
        "import", parents=parents, help="importeer een uitwisselbestand of Word-bestand"
    )
    imported.add_argument(
        "file", type=Path, metavar="BESTAND", help=".json, .zip, .vnhg, .docx, .odt of een map"
    )
    imported.add_argument(
        "--bij-conflict",
        choices=("beide", "mijn", "andere"),
        help="een meegenomen document dat intussen in de bibliotheek is gewijzigd: beide "
        "bewaren, mijn (meegebrachte) versie overnemen, of de andere versie houden",
    )
    check = sub.add_parser(
        "check",
        parents=parents,
        help="controle voor verzenden: één regel per bevinding; niet 0 als iets blokkeert",
    )
    check.add_argument(
        "id", type=_positive("documentnummer"), metavar="NUMMER", help="documentnummer (list)"
    )
    export = sub.add_parser("export", parents=parents, help="exporteer een document")
    export.add_argument(
        "id", type=_positive("documentnummer"), metavar="NUMMER", help="documentnummer (list)"
    )
    export.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="UIT",
        help="doelbestand; het formaat volgt uit de extensie: .pdf .docx .eml .json .zip "
        ".vnhg, of een map (eindigend op /)",
    )
    export.add_argument(
        "--variant",
        choices=("email", "print", "booklet"),
        default="email",
        help="PDF voor e-mail (standaard), voor de drukker, of als boekje om te vouwen",
    )
    export.add_argument(
        "--vel",
        choices=("a3", "a4"),
        type=str.lower,
        default="a3",
        help="bij --variant booklet: A4-pagina's op A3 (standaard), of een A5-boekje op A4",
    )
    export.add_argument(
        "--pages",
        type=_positive("aantal pagina's"),
        metavar="AANTAL",
        help="bij .pdf: maak de editie passend op dit aantal pagina's (foto's iets lager, "
        "minder witruimte, hoogstens 0,5 pt kleinere letter) of meld hoeveel er uit moet",
    )
    export.add_argument(
        "--groep",
        action="append",
        metavar="GROEP",
        help="bij .eml: ontvangersgroep (herhaalbaar; standaard de vaste groep)",
    )
    export.add_argument(
        "--uitnodiging",
        type=_positive("documentnummer"),
        metavar="NUMMER",
        help="bij .eml: voeg ook de flyer van deze uitnodiging toe",
    )
    library_commands = sub.add_parser(
        "library", help="werk met een hele bibliotheek (kopiëren naar of van een server)"
    )
    library_sub = library_commands.add_subparsers(
        dest="library_command", metavar="OPDRACHT", parser_class=_Parser, required=True
    )
    copy = library_sub.add_parser(
        "copy",
        help="kopieer een hele bibliotheek (bestand of postgresql://...) naar een nieuwe, lege",
    )
    copy.add_argument("source", metavar="BRON", help="bibliotheekbestand of serveradres")
    copy.add_argument("target", metavar="DOEL", help="nieuw bestand of een lege database")
    return parser


#: What a double-click or "Open with" hands over: the window imports and shows it.
_OPENABLE = (".vnhg", ".zip", ".json", ".docx", ".odt", ".dotx", ".docm")


def _file_to_open(argv: list[str]) -> tuple[list[str], Path | None]:
    """Split off a document file given without a command (``vnhg-desk verslag.vnhg``)."""
    if argv and not argv[-1].startswith("-") and argv[-1].lower().endswith(_OPENABLE):
        before = argv[:-1]
        if not [word for word in before if not word.startswith("-")] or before[-2:-1] == [
            "--library"
        ]:
            return before, Path(argv[-1])
    return argv, None


def _run(args: argparse.Namespace, open_file: Path | None = None) -> int:
    from vnhg_desk.cli import commands

    if args.command is None:
        return commands.open_window(args.library, open_file)
    name = args.command + (f"_{args.library_command}" if args.command == "library" else "")
    handler = getattr(commands, f"cmd_{name}")
    return int(handler(args))


def _prepare_streams() -> None:
    """Never fail on printing a name like "Kılıç" to a console that cannot show it."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="replace")
            except (ValueError, OSError):  # pragma: no cover - exotic streams
                pass


def _one_line(text: str) -> str:
    return " ".join(text.split())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    _prepare_streams()
    words, open_file = _file_to_open(list(argv) if argv is not None else sys.argv[1:])
    args = _window_arguments(words) or build_parser().parse_args(words)
    try:
        return _run(args, open_file)
    except UserError as error:
        print(f"vnhg-desk: {_one_line(str(error))}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("vnhg-desk: afgebroken.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as error:  # the border: anything else is a bug, but never a traceback
        from vnhg_desk.diagnostics import log_unexpected

        log = log_unexpected(error)
        send = f" Stuur het logboek {log} mee." if log else ""
        print(
            f"vnhg-desk: onverwachte fout ({type(error).__name__}: {_one_line(str(error))}). "
            f"Meld dit aan de ontwikkelaars.{send}",
            file=sys.stderr,
        )
        return EXIT_UNEXPECTED


def console() -> None:
    """The installed ``vnhg-desk`` program (and ``python -m vnhg_desk``): :func:`main` in a
    process of its own, which exits when it returns.

    Before exiting, the objects still alive are frozen out of the garbage collector, so
    Python's last full collection at shut-down does not walk them all again: a quicker
    exit (~35 ms of an export) and nothing else changes, as every file is closed by then.
    """
    gc.set_threshold(*_GC_THRESHOLDS)
    code = main()
    gc.freeze()
    raise SystemExit(code)
