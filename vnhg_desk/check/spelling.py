"""Findings about spelling: words the dictionary, the library's word list and the known
names (people, Noord-Holland's municipalities) do not know, one finding per field.

The same checker as the editor's underlines (:mod:`vnhg_desk.spelling`), in the
document's own language; long compounds get their exact answer here, not the quick one
the editor shows while typing.
"""

from __future__ import annotations

from collections.abc import Iterator

from vnhg_desk.check.context import CheckContext
from vnhg_desk.check.fields import document_texts, placeholder_in
from vnhg_desk.check.findings import Finding, finding
from vnhg_desk.check.registry import register
from vnhg_desk.model.richtext import plain_text
from vnhg_desk.spelling import MUNICIPALITIES, SpellChecker, known_words, word_spans

#: Fields that hold body text in the Markdown subset (checked as their plain text).
_BODIES = {"body", "intro"}
#: Names and addresses are not words: they are checked nowhere.
_SKIPPED = {"credit", "attribution", "references", "byline"}
_SHOWN = 5  # words named per finding; the rest are counted


@register
def spelling(context: CheckContext) -> Iterator[Finding]:
    """Unknown words per field, in reading order."""
    checker = SpellChecker(
        context.document.language, known_words(MUNICIPALITIES, context.extra_words)
    )
    fields = []
    for text, place in document_texts(context):
        if place.field in _SKIPPED or not text.strip() or placeholder_in(text):
            continue  # a placeholder has its own finding: its "lorem ipsum" is no typo
        plain = plain_text(text) if place.field in _BODIES else text
        fields.append((plain, place))
        for _start, _end, word in word_spans(plain):
            checker.is_correct(word)
    while checker.pending:  # the exact answer for long compounds
        checker.resolve_pending(1.0)
    for plain, place in fields:
        wrong = list(
            dict.fromkeys(w for _s, _e, w in word_spans(plain) if not checker.is_correct(w))
        )
        if not wrong:
            continue
        named = ", ".join(f"“{word}”" for word in wrong[:_SHOWN])
        more = f" en nog {len(wrong) - _SHOWN}" if len(wrong) > _SHOWN else ""
        yield finding(
            "spelling",
            f"Onbekende woorden: {named}{more}. Verbeter ze of voeg ze toe aan de woordenlijst.",
            place,
        )
