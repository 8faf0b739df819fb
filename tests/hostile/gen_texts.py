"""Hostile texts for the suite: markup injection, odd characters, enormous sizes.

Each case says what a reader must find back in an export: ``visible`` is a list of
fragments that must appear literally in the extracted text (compared with whitespace,
soft hyphens and hyphens removed, Unicode NFKC-normalised).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from vnhg_desk.model import Article, Edition, PhotoRef, PullQuote, SidebarBox


def cve_2023_33733(marker: Path) -> str:
    """The shape of the reportlab 'rl_safe_eval' escape: it would create ``marker``."""
    command = f"touch {marker}"
    return (
        "<para><font color=\"[ [ getattr(pow,Word('__globals__'))['os'].system('"
        + command
        + "') for Word in [orgTypeFun('Word', (str,), { 'mutated': 1, 'startswith': "
        "lambda self, x: False, '__eq__': lambda self,x: self.mutate() and self.mutated "
        "< 0 and str(self) == x, 'mutate': lambda self: {setattr(self, 'mutated', "
        "self.mutated - 1)}, '__hash__': lambda self: hash(str(self)) })] ] for "
        "orgTypeFun in [type(type(1))] ] and 'red'\">exploit</font></para>"
    )


@dataclass(frozen=True)
class TextCase:
    """One hostile text and the fragments an export must show of it."""

    id: str
    text: str
    visible: tuple[str, ...] = ()
    #: Fragments around a character no font may have (emoji): something must be between.
    around: tuple[str, str] | None = None
    #: Seconds an export (PDF or DOCX) may take at most on a busy 2-core machine.
    seconds: float = 60.0
    #: Put the text in every short field too (headline, kicker, caption...)? Huge texts
    #: go into the body only.
    everywhere: bool = True
    #: Check the exported text at all (for huge texts: only the start and the end).
    notes: str = ""
    extra: dict[str, str] = field(default_factory=dict)


MARKUP = (
    '<b>vet</b> & <i>schuin</i> <font color="red" size="40">rood</font> '
    '<img src="/etc/passwd" width="900"/> <a href="javascript:alert(1)">klik</a> '
    "<br/> <para> &amp; &lt; &#65; &nbsp; <onDraw name=x/> <seq id=a/>"
)
MILLION = 1_000_000


def _million_paragraph() -> str:
    words = (
        "gemeenten werken samen aan een sterke regio met goede voorzieningen voor "
        "inwoners ondernemers en verenigingen in heel Noord-Holland "
    )
    text = (words * (MILLION // len(words) + 1))[:MILLION]
    return "BEGINMILJOEN " + text.rstrip() + " EINDEMILJOEN"


@lru_cache(maxsize=1)
def text_cases(marker: str) -> tuple[TextCase, ...]:
    """All text cases; ``marker`` is a file path the CVE payload would create."""
    cve = cve_2023_33733(Path(marker))
    long_word = ("Aansprakelijkheidsverzekering" * 20)[:500]
    return (
        TextCase("markup-injection", MARKUP, ("<b>vet</b>", "&", '<fontcolor="red"', "&amp;")),
        TextCase("cve-2023-33733", cve, ("getattr(pow,Word('__globals__'))", ">exploit</font>")),
        TextCase("lone-less-than", "a < b en c <d", ("a<benc<d",)),
        TextCase("lone-ampersand", "Wonen & Zorg &; &x", ("Wonen&Zorg&;&x",)),
        TextCase("unclosed-tags", "<b>open <i>nooit dicht <font", ("<b>open<i>nooitdicht<font",)),
        TextCase(
            "control-characters-and-nul",
            "voor\x00na\x01\x02\x07\x08\x0b\x0c\x1b\x7f\ufffe\uffffeinde\ttab",
            ("voor", "na", "einde", "tab"),
        ),
        TextCase(
            "emoji-with-joiners",
            "VOOR👩‍👩‍👧‍👦🏳️‍🌈👍🏽NA",
            (),
            around=("VOOR", "NA"),
        ),
        TextCase("arabic-rtl", "اجتماع الأعضاء في ألكمار", ("اجتماع", "الأعضاء")),
        TextCase(
            "turkish-dutch-diacritics",
            "Kılıç Şahin Ğ İstanbul ĳsselmeer IJmuiden coöperatie reünie café Ĳ",
            ("Kılıç", "Şahin", "Ğ", "İstanbul", "coöperatie", "reünie", "café"),
        ),
        TextCase(
            "combining-characters",
            "coo\u0308peratie re\u0301u\u0308nie n\u0303 a\u030a",
            ("coöperatie",),
        ),
        TextCase("word-of-500-characters", long_word, (long_word,)),
        TextCase(
            "sql-looking",
            "Robert'); DROP TABLE documents;-- \" OR 1=1 -- ' UNION SELECT * FROM sqlite_master",
            ("Robert');DROPTABLEdocuments;", "UNIONSELECT*FROMsqlite_master"),
        ),
        TextCase(
            "headline-of-300-characters",
            ("Gemeenten in Noord-Holland bundelen hun krachten " * 7)[:300],
            ("GemeenteninNoordHollandbundelen",),
        ),
        TextCase(
            "ten-thousand-empty-lines",
            "EERSTEREGEL" + "\n" * 10_000 + "LAATSTEREGEL",
            ("EERSTEREGEL", "LAATSTEREGEL"),
            everywhere=False,
        ),
        TextCase(
            "one-megabyte-paragraph",
            _million_paragraph(),
            ("BEGINMILJOEN", "EINDEMILJOEN"),
            seconds=60.0,
            everywhere=False,
            notes="one paragraph of 1,000,000 characters in the body",
        ),
        TextCase(
            "file-name-hostile-title",
            'Verslag / : ? < > | CON * " \\ nul.txt. ',
            ("Verslag/:?<>|CON",),
        ),
    )


def edition_with(text: str, *, everywhere: bool, photo_hash: str | None = None) -> Edition:
    """An edition carrying ``text`` in the body (and, when ``everywhere``, in every field)."""
    short = text if everywhere else "Gewone tekst"
    article = Article(
        kicker=short,
        headline=short,
        subtitle=short,
        lead=short,
        body=_body(text),
        byline=short,
        quotes=[PullQuote(short, short)],
        photos=[PhotoRef(photo_hash, short, short, short)] if photo_hash else [],
    )
    return Edition(
        title=short,
        association=short,
        meeting=short,
        date=date(2026, 9, 18),
        place=short,
        references=short,
        highlights=[short, "Tweede punt"],
        content=[article, SidebarBox(short, short, _body(text) if everywhere else "Kader")],
    )


def _body(text: str) -> str:
    """Text as a stored body: escaped so that it means exactly these characters."""
    from vnhg_desk.model.richtext import escape_text

    return "Eerste alinea.\n\n" + escape_text(text) + "\n\nSlotalinea."


_INVISIBLE = re.compile(r"[\s\u00ad\-\u2010\u2011\u200b\u200c\u200d\ufeff]+")


def comparable(text: str) -> str:
    """Text reduced for comparison: NFKC, no whitespace, soft hyphens or hyphens."""
    return _INVISIBLE.sub("", unicodedata.normalize("NFKC", text))


def missing_fragments(case: TextCase, extracted: str) -> list[str]:
    """The fragments of ``case`` not found in ``extracted`` (RTL may come back reversed)."""
    haystack = comparable(extracted)
    missing = []
    for fragment in case.visible:
        needle = comparable(fragment)
        if needle in haystack:
            continue
        if _is_rtl(fragment) and needle[::-1] in haystack:
            continue
        missing.append(fragment)
    if case.around:
        before, after = (comparable(part) for part in case.around)
        match = re.search(re.escape(before) + "(.*?)" + re.escape(after), haystack)
        if not match or not match.group(1):
            missing.append(f"something visible between {before} and {after}")
    return missing


def _is_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)
