"""Parsed bodies come back from the user's cache exactly as markdown-it parses them."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from vnhg_desk.layout import body_cache
from vnhg_desk.layout.body_cache import parse_body_cached, plain_text_cached
from vnhg_desk.model.richtext import parse_body, plain_text

BODIES = [
    "## Tussenkop\n\nEen alinea met **vet**, *cursief* en [een link](https://vnhg.nl).",
    "- eerste punt\n- tweede *punt*\n\nSlotzin met Kılıç en ĳs.",
    "Tekst met <b>markup</b> & \\*sterren\\* blijft letterlijk.",
    "1. genummerd\n2. lijstje",
]


def _cache_files(tmp_path):
    return sorted((tmp_path / "cache").rglob("bodies/*.json"))


@pytest.fixture
def own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


@pytest.mark.parametrize("body", BODIES)
def test_cached_parse_equals_a_fresh_parse(tmp_path, own_cache, body):
    first = parse_body_cached(body)
    assert len(_cache_files(tmp_path)) == 1
    again = parse_body_cached(body)
    assert first == again == parse_body(body)


@pytest.mark.parametrize("body", BODIES)
def test_cached_plain_text_equals_the_plain_text(tmp_path, own_cache, body):
    assert plain_text_cached(body) == plain_text(body)
    assert len(_cache_files(tmp_path)) == 1
    assert plain_text_cached(body) == plain_text(body)


def test_blank_bodies_need_no_cache(tmp_path, own_cache):
    assert parse_body_cached("") == [] and parse_body_cached("  \n\n ") == []
    assert _cache_files(tmp_path) == []


@pytest.mark.parametrize(
    "content",
    [b"kapot", b'[["p", [["tekst", "ja", false, null]]]]', b'[["x", "?"]]', b"{}"],
)
def test_damaged_or_foreign_cache_is_parsed_again(tmp_path, own_cache, content):
    body = BODIES[0]
    parse_body_cached(body)
    (target,) = _cache_files(tmp_path)
    target.write_bytes(content)
    assert parse_body_cached(body) == parse_body(body)
    assert json.loads(target.read_bytes())  # rewritten with the good parse


def test_a_new_process_uses_the_cache_without_importing_markdown_it(tmp_path, own_cache):
    code = (
        "import sys;from vnhg_desk.layout.body_cache import parse_body_cached as p;"
        f"blocks=p({BODIES[0]!r});print(len(blocks), 'markdown_it' in sys.modules)"
    )
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert first.stdout.split() == ["2", "True"], first.stderr
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert second.stdout.split() == ["2", "False"], second.stderr


def test_the_cache_folder_is_pruned(tmp_path, own_cache, monkeypatch):
    monkeypatch.setattr(body_cache, "MAX_FILES", 8)
    for number in range(9):
        parse_body_cached(f"Alinea nummer {number}.")
    assert len(_cache_files(tmp_path)) == 7  # the oldest quarter went


def test_lone_surrogates_and_control_characters_survive_the_cache(tmp_path, own_cache):
    body = "Kapotte tekst \ud800 met \x00 en \x1b erin."
    first = parse_body_cached(body)
    assert parse_body_cached(body) == first == parse_body(body)
    assert len(_cache_files(tmp_path)) == 1
