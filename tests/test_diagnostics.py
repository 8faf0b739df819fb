"""The log: unexpected errors are written with where they happened, never with text."""

from __future__ import annotations

from vnhg_desk import diagnostics
from vnhg_desk.cli import commands
from vnhg_desk.cli.main import EXIT_UNEXPECTED, main

SECRET = "Geheime kop over de begroting van Hoorn"


def test_unexpected_cli_error_is_logged_without_document_text(tmp_path, monkeypatch, capsys):
    log = tmp_path / "logs" / "vnhg-desk.log"
    monkeypatch.setenv("VNHG_DESK_LOG", str(log))

    def broken(_args):
        raise KeyError(SECRET)

    monkeypatch.setattr(commands, "cmd_list", broken)
    assert main(["list"]) == EXIT_UNEXPECTED
    message = capsys.readouterr().err
    assert str(log) in message and "logboek" in message
    written = log.read_text(encoding="utf-8")
    assert "KeyError" in written and "broken" in written and "test_diagnostics.py" in written
    assert SECRET not in written and "Hoorn" not in written


def test_the_log_rotates_instead_of_growing(tmp_path, monkeypatch):
    log = tmp_path / "vnhg-desk.log"
    monkeypatch.setenv("VNHG_DESK_LOG", str(log))
    for number in range(4000):
        diagnostics.log_event(f"export {number} klaar in 0.3 s " + "x" * 200)
    files = sorted(tmp_path.glob("vnhg-desk.log*"))
    assert 2 <= len(files) <= 4
    assert all(path.stat().st_size <= 600 * 1024 for path in files)


def test_an_unwritable_log_never_stops_the_program(tmp_path, monkeypatch):
    blocker = tmp_path / "bestand"
    blocker.write_text("geen map")
    monkeypatch.setenv("VNHG_DESK_LOG", str(blocker / "vnhg-desk.log"))
    try:
        raise ValueError(SECRET)
    except ValueError as error:
        assert diagnostics.log_unexpected(error) is None
