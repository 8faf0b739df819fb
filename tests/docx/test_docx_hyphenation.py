"""The Word file asks Word to hyphenate within our limits (read back from settings.xml)."""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from vnhg_desk.export.docx import write_docx

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _parts(document, house_style, photos) -> dict[str, etree._Element]:
    out = io.BytesIO()
    write_docx(document, house_style, photos, out)
    with zipfile.ZipFile(out) as package:
        return {
            name: etree.fromstring(package.read(f"word/{name}.xml"))
            for name in ("settings", "styles")
        }


def test_settings_ask_for_hyphenation_with_our_limits(edition, house_style, photos):
    settings = _parts(edition, house_style, photos)["settings"]

    def value(tag: str) -> str | None:
        element = settings.find(W + tag)
        return None if element is None else element.get(W + "val")

    assert value("autoHyphenation") == "true"
    assert value("consecutiveHyphenLimit") == "2"
    assert int(value("hyphenationZone")) >= 360  # at least Word's default zone: sparingly
    assert value("doNotHyphenateCaps") == "true"
    # Schema order: after defaultTabStop, before characterSpacingControl (Word is strict).
    tags = [child.tag.removeprefix(W) for child in settings]
    order = [
        "defaultTabStop",
        "autoHyphenation",
        "consecutiveHyphenLimit",
        "hyphenationZone",
        "doNotHyphenateCaps",
        "characterSpacingControl",
    ]
    assert [tags.index(tag) for tag in order] == sorted(tags.index(tag) for tag in order)


def test_titles_and_captions_are_never_hyphenated(edition, house_style, photos):
    styles = _parts(edition, house_style, photos)["styles"]
    suppressed, hyphenated = set(), set()
    for style in styles.iter(W + "style"):
        name = style.find(W + "name").get(W + "val").lower()  # built-ins: "heading 1"
        ppr = style.find(W + "pPr")
        if ppr is not None and ppr.find(W + "suppressAutoHyphens") is not None:
            suppressed.add(name)
        else:
            hyphenated.add(name)
    never = {"title", "heading 1", "bovenkop", "caption", "intense quote", "kadertitel"}
    assert never <= suppressed
    assert {"normal", "intro", "kadertekst"} <= hyphenated
