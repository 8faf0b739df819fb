"""The CLI's border in-process: the window start-up and unexpected errors (exit 3)."""

from __future__ import annotations

import gc
import importlib
import types
from pathlib import Path

import pytest

from vnhg_desk import diagnostics
from vnhg_desk.cli import commands
from vnhg_desk.cli.main import EXIT_UNEXPECTED, main
from vnhg_desk.errors import ExportError


def test_no_subcommand_opens_the_window_with_the_chosen_library(tmp_path, monkeypatch):
    seen = []
    opened = []
    collecting = []

    def run(path, open_file=None, *, after_first_frame):
        seen.append(path)
        opened.append(open_file)
        collecting.append(gc.isenabled())  # paused for the start-up...
        after_first_frame()
        collecting.append(gc.isenabled())  # ...until the first frame
        return 0

    fake = types.SimpleNamespace(run=run)
    real_import = importlib.import_module
    monkeypatch.setattr(
        commands.importlib,
        "import_module",
        lambda name, *rest: fake if name == "vnhg_desk.gui.app" else real_import(name, *rest),
    )
    assert main(["--library", str(tmp_path / "b.vnhg-desk")]) == 0
    assert seen == [tmp_path / "b.vnhg-desk"]
    assert main([]) == 0
    assert seen[-1].name == "user-library.vnhg-desk"  # $VNHG_DESK_LIBRARY from conftest
    assert opened == [None, None]
    # A double-clicked exchange file: the window opens and imports it.
    assert main([str(tmp_path / "verslag.vnhg")]) == 0
    assert opened[-1] == tmp_path / "verslag.vnhg"
    assert collecting == [False, True] * 3
    assert gc.isenabled()


@pytest.mark.parametrize(
    ("missing", "words"),
    [("vnhg_desk.gui.app", "nog niet beschikbaar"), ("PySide6.QtWidgets", "PySide6.QtWidgets")],
)
def test_window_that_cannot_start_gives_exit_2(monkeypatch, capsys, missing, words):
    real_import = importlib.import_module

    def fail(name, *rest):
        if name != "vnhg_desk.gui.app":
            return real_import(name, *rest)
        raise ModuleNotFoundError(f"No module named {missing!r}", name=missing)

    monkeypatch.setattr(commands.importlib, "import_module", fail)
    assert main([]) == 2
    assert gc.isenabled()  # the start-up's pause ends with it
    err = capsys.readouterr().err
    assert words in err and len(err.strip().splitlines()) == 1


def test_unexpected_exception_is_one_line_and_exit_3(monkeypatch, capsys):
    def broken(args):
        raise RuntimeError("iets\nonverwachts")

    monkeypatch.setattr(commands, "cmd_list", broken)
    assert main(["list"]) == EXIT_UNEXPECTED
    err = capsys.readouterr().err
    log = diagnostics.log_path()
    assert err.strip() == (
        "vnhg-desk: onverwachte fout (RuntimeError: iets onverwachts). "
        f"Meld dit aan de ontwikkelaars. Stuur het logboek {log} mee."
    )
    assert log.is_relative_to(Path.home())  # the test's own home folder (conftest)


def test_user_error_keeps_its_exit_code(monkeypatch, capsys):
    def refuse(args):
        raise ExportError("Het bestand is geopend in een ander programma.")

    monkeypatch.setattr(commands, "cmd_export", refuse)
    assert main(["export", "1", "-o", "x.pdf"]) == ExportError.exit_code
    assert capsys.readouterr().err == "vnhg-desk: Het bestand is geopend in een ander programma.\n"


def test_ctrl_c_is_not_a_traceback(monkeypatch, capsys):
    def interrupted(args):
        raise KeyboardInterrupt

    monkeypatch.setattr(commands, "cmd_list", interrupted)
    assert main(["list"]) == 130
    assert capsys.readouterr().err == "vnhg-desk: afgebroken.\n"


def test_help_is_dutch(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["--help"])
    assert stopped.value.code == 0
    out = capsys.readouterr().out
    for word in ("demo", "list", "search", "import", "export", "bibliotheekbestand"):
        assert word in out


@pytest.mark.parametrize(
    "words",
    [
        [],
        ["--library", "b.vnhg-desk"],
        ["--library=b.vnhg-desk"],
        ["--library="],
        ["list"],
        ["--library", "x", "list"],
        ["--library", "-v"],
        ["--bibliotheek", "x"],
        ["--help"],
    ],
)
def test_the_window_words_read_as_the_parser_reads_them(words, capsys):
    """`vnhg-desk [--library PAD]` is read without building the parser (start-up time);
    any other words go to the parser, so help, commands and mistakes read as before."""
    from vnhg_desk.cli.main import _window_arguments, build_parser

    try:
        parsed = vars(build_parser().parse_args(words))
    except SystemExit:
        parsed = None
    capsys.readouterr()
    quick = _window_arguments(words)
    if quick is not None:
        assert vars(quick) == parsed
    else:
        assert parsed is None or parsed["command"] is not None
