"""Findings about links in bodies and intros: targets that are not a well-formed web or
e-mail address (the PDF would show them as plain text, or lead nowhere)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from vnhg_desk.check.context import CheckContext
from vnhg_desk.check.findings import Finding, Place, finding
from vnhg_desk.check.registry import register
from vnhg_desk.model import Invitation
from vnhg_desk.model.richtext import plain_text

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

_HOST = re.compile(r"^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")
#: A link the body format could not read (a space in the address): it prints as written.
_UNREAD = re.compile(r"\[([^\]\n]+)\]\(([^)\n]*)\)")
_MAIL = re.compile(r"^[^@\s<>(),;:\"\[\]\\]+@[^@\s<>(),;:\"\[\]\\]+$")


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    # The body format's own rules (model/richtext.py), so the links are the ones it sees.
    md = MarkdownIt("zero", {"html": False, "linkify": False, "typographer": False})
    md.enable(["heading", "lheading", "list", "emphasis", "link", "escape", "newline"])
    return md


def link_targets(markdown: str) -> list[tuple[str, str]]:
    """(visible text, written target) of every link in a body, in order."""
    out: list[tuple[str, str]] = []
    for token in _parser().parse(markdown or ""):
        children = token.children or []
        for index, child in enumerate(children):
            if child.type != "link_open":
                continue
            text = []
            for later in children[index + 1 :]:
                if later.type == "link_close":
                    break
                text.append(later.content)
            out.append(("".join(text), str(child.attrs.get("href", ""))))
    return out


def host_ok(host: str) -> bool:
    """A host name with a dot and a real-looking top-level domain (IDN allowed)."""
    try:
        ascii_host = host.encode("idna").decode("ascii").lower()
    except UnicodeError:
        return False
    return bool(_HOST.match(ascii_host))


def link_problem(target: str) -> str | None:
    """None for a well-formed http(s), www. or mailto: target, else the Dutch reason."""
    raw = target.strip()
    if not raw:
        return "de link heeft geen adres"
    if any(ch.isspace() for ch in raw):
        return "er staat een spatie in het adres"
    lowered = raw.lower()
    if lowered.startswith("mailto:"):
        address = raw[7:].split("?", 1)[0]
        if not _MAIL.match(address) or not host_ok(address.rsplit("@", 1)[-1]):
            return "het e-mailadres is niet geldig"
        return None
    if lowered.startswith("www."):
        raw = "https://" + raw
    elif not lowered.startswith(("http://", "https://")):
        return "het adres begint niet met https://, http://, www. of mailto:"
    try:
        parts = urlsplit(raw)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        return "het adres is niet geldig"
    if not host_ok(host):
        return "de domeinnaam is niet geldig"
    return None


def _bodies(context: CheckContext) -> Iterator[tuple[str, Place]]:
    document = context.document
    if isinstance(document, Invitation):
        yield document.intro, context.place("intro")
        return
    for item in document.content:
        yield item.body, context.place("body", item)


@register
def malformed_links(context: CheckContext) -> Iterator[Finding]:
    """Every link whose target is not a well-formed web or e-mail address."""
    for markdown, place in _bodies(context):
        for text, target in link_targets(markdown):
            problem = link_problem(target)
            if problem:
                yield finding(
                    "link-malformed",
                    f"De link “{text.strip() or target}” ({target.strip() or 'leeg'}) klopt "
                    f"niet: {problem}.",
                    place,
                )
        for match in _UNREAD.finditer(plain_text(markdown)):
            yield finding(
                "link-malformed",
                f"De link “{match.group(1).strip()}” ({match.group(2).strip() or 'leeg'}) "
                "wordt als gewone tekst gedrukt: er staat een spatie of haakje in het adres.",
                place,
            )
