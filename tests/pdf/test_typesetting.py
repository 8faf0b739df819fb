"""Body text as a typesetter sets it, read back from the exported PDFs: hyphenation
rules, column feet, word spaces, and every word of the model once and whole."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

import pytest

from tests.pdf.test_tagging import _structure
from tests.typesetting.articles import editions
from tests.typesetting.pdf_lines import HYPHENS, body_lines, columns, figures, justified
from vnhg_desk.export.pdf import write_pdf
from vnhg_desk.imaging.source import MemoryPhotoSource
from vnhg_desk.model import Article, SidebarBox
from vnhg_desk.model.richtext import BulletList, Paragraph, parse_body


@pytest.fixture(scope="module")
def long_pdfs(tmp_path_factory, style):
    """The three real-length editions as e-mail PDFs."""
    folder = tmp_path_factory.mktemp("typesetting")
    out = {}
    for name, edition in editions().items():
        path = folder / f"{name}.pdf"
        write_pdf(edition, style, MemoryPhotoSource(), path)
        out[name] = (path, edition)
    return out


def _all(long_pdfs, exported, edition):
    return [*long_pdfs.values(), (exported["email"][0], edition)]


def test_long_editions_hyphenate_sparingly(long_pdfs):
    for name, (path, _edition) in long_pdfs.items():
        f = figures(path)
        assert f.lines > 100, name
        assert f.hyphenated <= 0.10, (name, f)


def test_no_three_hyphens_in_a_row_and_none_at_a_column_foot(long_pdfs, exported, edition):
    for path, _edition in _all(long_pdfs, exported, edition):
        lines = body_lines(path)
        assert any(line.hyphenated for line in lines)  # the rules are tested on something
        for column in columns(lines):
            assert not column[-1].hyphenated, (path.name, column[-1].text)
            run = 0
            for line in column:
                run = run + 1 if line.hyphenated else 0
                assert run <= 2, (path.name, line.text)


def test_names_and_places_break_only_at_their_own_hyphen(long_pdfs, exported, edition):
    for path, _edition in _all(long_pdfs, exported, edition):
        for line in body_lines(path):
            last = line.words[-1].text
            if last.endswith("\u00ad"):  # a hyphen added by hyphenation
                word = last.rstrip("\u00ad").lstrip("\u201c\u201e\"'(")
                assert word.islower(), (path.name, line.text)
                assert len(word) >= 2


def test_justified_spaces_stay_within_twice_natural(long_pdfs, exported, edition):
    for path, _edition in _all(long_pdfs, exported, edition):
        f = figures(path)
        assert f.max_ratio <= 2.02, (path.name, f)
        assert len(justified(body_lines(path))) > 50


def _model_paragraphs(edition) -> list[list[str]]:
    """The words of every lead, body paragraph, list item and box paragraph."""
    out = []
    for item in edition.content:
        if isinstance(item, Article) and item.lead:
            out.append(item.lead.split())
        if isinstance(item, (Article, SidebarBox)):
            for block in parse_body(item.body):
                if isinstance(block, Paragraph):
                    out.append(block.text.split())
                elif isinstance(block, BulletList):
                    out += ["".join(s.text for s in spans).split() for spans in block.items]
    return out


def _tagged_words(path) -> list[str]:
    """The words of the paragraphs and list items in the structure tree, in reading
    order, as a screen reader or a copy gets them: soft hyphens vanish, a line that ends
    in the word's own hyphen continues the word."""
    _reader, _tree, elements, _artifacts = _structure(path)
    text = " ".join(text for role, _page, text, _alt in elements if role in ("/P", "/LBody"))
    return _read(text)


def _read(text: str) -> list[str]:
    """Words as read: soft hyphens vanish, a line ending in a word's own hyphen joins."""
    text = re.sub(r"\u00ad\s*", "", text)
    return re.sub(r"(\w-)\n(?=\w)", r"\1", text).split()


def _contains(words: list[str], part: list[str]) -> bool:
    first = part[0]
    return any(words[i : i + len(part)] == part for i, w in enumerate(words) if w == first)


def test_tagged_text_is_the_model_text_word_for_word(long_pdfs, exported, edition):
    for path, model in _all(long_pdfs, exported, edition):
        words = _tagged_words(path)
        assert not any(w.endswith(HYPHENS[1:]) for w in words)
        for paragraph in _model_paragraphs(model):
            assert _contains(words, paragraph), (path.name, " ".join(paragraph[:8]))


def test_a_paragraph_split_over_columns_keeps_its_words(long_pdfs):
    """Some paragraph runs from one column (or page) into the next, and its words read
    back whole (the garbling of issue 13: "VNGbe-/stuur", "herver- de-/ling")."""
    split = 0
    for path, model in long_pdfs.values():
        lines = body_lines(path)
        for column in columns(lines)[:-1]:
            foot = column[-1]
            if not foot.text.rstrip().endswith((".", ":", '"', "\u201d", ";")):
                split += 1
        words = _tagged_words(path)
        assert not any(re.search(r"\w-\w+-$", w) for w in words)
        assert "VNG-bestuur" in " ".join(words) or "VNG-bestuur" not in str(model)
    assert split >= 2


def _hyphenated_words(path) -> set[str]:
    """The words broken by an added hyphen at a line end, made whole again."""
    out = set()
    for column in columns(body_lines(path)):
        for line, after in pairwise(column):
            if line.words[-1].text.endswith("\u00ad"):
                out.add(line.words[-1].text.rstrip("\u00ad") + after.words[0].text)
    return out


def test_the_librarys_own_exceptions_reach_the_pdf(tmp_path, style, long_pdfs):
    path, edition = long_pdfs["najaar"]
    broken = {w.strip(".,;:\u201d\"'") for w in _hyphenated_words(path)}
    assert broken
    own = replace(style, hyphenation_exceptions=sorted(broken))
    again = tmp_path / "own.pdf"
    write_pdf(edition, own, MemoryPhotoSource(), again)
    assert not broken & {w.strip(".,;:\u201d\"'") for w in _hyphenated_words(again)}


def test_a_split_paragraph_is_one_tagged_paragraph(long_pdfs):
    """The paragraph that runs on from one column or page to the next is one P
    element whose text is the whole paragraph."""
    for path, model in long_pdfs.values():
        _reader, _tree, elements, _artifacts = _structure(path)
        texts = [_read(text) for role, _p, text, _a in elements if role == "/P"]
        for paragraph in _model_paragraphs(model):
            if len(paragraph) > 40:  # long enough to be split somewhere
                assert paragraph in texts, (path.name, " ".join(paragraph[:6]))


def test_split_paragraphs_are_joined_in_the_structure_tree(long_pdfs):
    """The continued paragraphs really are single elements with marked content in two
    places (one of them on the next page: a marked-content reference)."""
    from pypdf import PdfReader
    from pypdf.generic import ArrayObject

    multi = across = 0
    for path, _model in long_pdfs.values():
        root = PdfReader(path).trailer["/Root"]["/StructTreeRoot"]["/K"].get_object()
        for kid in root["/K"]:
            content = kid.get_object().get("/K")
            if not isinstance(content, ArrayObject):
                continue
            numbers = [k for k in content if isinstance(k, int)]
            refs = [k.get_object() for k in content if not isinstance(k, int)]
            pieces = [r for r in refs if r.get("/Type") == "/MCR"]
            if len(numbers) + len(pieces) > 1:
                multi += 1
                across += len(pieces)
    assert multi >= 3 and across >= 1
