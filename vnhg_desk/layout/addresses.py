"""Web and e-mail addresses typed as plain text become links, decided once for every
writer (issue 14): ``www.vnhg.info``, ``https://…`` and ``naam@gemeente.nl`` in a body,
on the flyer or in the footer are live links in the PDF and real hyperlinks in Word.

Text the user already linked (``[tekst](adres)``) is left as it is. The visible text
stays what the user typed; the target gets ``https://`` before ``www.`` and ``mailto:``
before an e-mail address, and passes :func:`safe_link` like any other link.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from vnhg_desk.model.richtext import Block, BulletList, Paragraph, Span, safe_link

_ADDRESS = re.compile(
    r"(?<![\w@/.\-])"
    r"(?:https?://[^\s<>\"]+"
    r"|www\.[\w\-]+(?:\.[\w\-]+)+[^\s<>\"]*"
    r"|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)*\.[^\W\d_]{2,})",
    re.IGNORECASE,
)
#: Punctuation after an address belongs to the sentence, not to the address.
_TRAILING = ".,;:!?'\"\u00bb\u201d\u2019)]}"


def _trimmed(address: str) -> str:
    while address and address[-1] in _TRAILING:
        if address[-1] == ")" and address.count("(") >= address.count(")"):
            break  # a closing bracket that belongs to the address (Wikipedia style)
        address = address[:-1]
    return address


def address_target(address: str) -> str | None:
    """The link target for an address as typed, or None when it cannot be one."""
    target: str | None
    if "@" in address and "://" not in address:
        target = "mailto:" + address
    elif address.lower().startswith("www."):
        target = "https://" + address
    else:
        target = address
    if not address.isascii():
        target = _ascii(target)
    if target is None or target.lower() in ("https://", "http://"):
        return None
    return safe_link(target)


def _ascii(target: str) -> str | None:
    """A target with non-ASCII letters: the host in IDNA, the rest percent-encoded (a
    PDF link and a Word relationship want plain ASCII); None if the host cannot be."""
    scheme, sep, rest = target.partition("://")
    if sep:
        cuts = [i for i in (rest.find("/"), rest.find("?"), rest.find("#")) if i >= 0]
        cut = min(cuts, default=len(rest))
        before, host, after = "", rest[:cut], rest[cut:]
    else:  # mailto:name@host
        scheme, sep, rest = target.partition(":")
        local, at, host = rest.rpartition("@")
        before, after = local + at, ""
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return None
    return f"{scheme}{sep}{_percent(before)}{ascii_host}{_percent(after)}"


def _percent(text: str) -> str:
    return "".join(
        c if c.isascii() else "".join(f"%{b:02X}" for b in c.encode("utf-8")) for c in text
    )


def link_addresses(spans: Iterable[Span]) -> tuple[Span, ...]:
    """The spans with each bare address in an unlinked span split off as a linked span
    (same emphasis); spans that already link stay as they are."""
    out: list[Span] = []
    for span in spans:
        if span.link or ("." not in span.text):
            out.append(span)
            continue
        start = 0
        for match in _ADDRESS.finditer(span.text):
            address = _trimmed(match.group(0))
            target = address_target(address) if address else None
            if target is None:
                continue
            begin, end = match.start(), match.start() + len(address)
            if begin > start:
                out.append(Span(span.text[start:begin], span.bold, span.italic))
            out.append(Span(address, span.bold, span.italic, target))
            start = end
        if start == 0:
            out.append(span)
        elif start < len(span.text):
            out.append(Span(span.text[start:], span.bold, span.italic))
    return tuple(out)


def link_blocks(blocks: Sequence[Block]) -> list[Block]:
    """Body blocks with their bare addresses linked (subheadings stay plain text)."""
    out: list[Block] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            out.append(Paragraph(link_addresses(block.spans)))
        elif isinstance(block, BulletList):
            out.append(BulletList(tuple(link_addresses(item) for item in block.items)))
        else:
            out.append(block)
    return out
