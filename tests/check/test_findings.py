"""Each finding of the pre-send check: a document that triggers it and one that does not."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.check.documents import (
    SAFE_STYLE,
    broken_cover,
    clean_cover,
    clean_edition,
    good_photo,
)
from tests.pdf.fixtures import add_photo
from vnhg_desk.check import CheckContext, run_checks
from vnhg_desk.check.fields import placeholder_in
from vnhg_desk.check.links import link_problem
from vnhg_desk.check.mail import dates_in, demo_address
from vnhg_desk.imaging.source import MemoryPhotoSource
from vnhg_desk.model import Article, Invitation, PhotoRef, Recipient


@pytest.fixture
def source():
    return MemoryPhotoSource()


@pytest.fixture
def edition(source):
    return clean_edition(source)


def codes(document, source, *, style=SAFE_STYLE, cover=None, typeset=False):
    context = CheckContext(document, style, cover or clean_cover(), source, typeset_allowed=typeset)
    return [f.code for f in run_checks(context)]


def test_clean_edition_has_no_findings(edition, source):
    assert codes(edition, source) == []


def test_clean_edition_typeset_is_one_page_so_only_the_page_count_is_found(edition, source):
    edition.page_target = 1  # its budget: one page, which it fills
    assert codes(edition, source, typeset=True) == ["pages-not-multiple-of-4"]


def test_characters_no_font_draws_are_named(edition, source):
    """An emoji the PDF leaves out is a warning that names it; the typed text stays."""
    box = edition.content[1]
    box.body = "Het bestuur blijft ongewijzigd \U0001f389 en viert dat."
    edition.page_target = 1
    context = CheckContext(edition, SAFE_STYLE, clean_cover(), source)
    found = [f for f in run_checks(context) if f.code == "characters-dropped"]
    assert len(found) == 1 and not found[0].blocking
    assert "\U0001f389 (U+1F389)" in found[0].message
    assert box.body.count("\U0001f389") == 1  # the check changes nothing


def test_invitation_with_an_emoji_is_warned_too(source):
    invitation = Invitation(theme="Digitaal meepraten \U0001f4bb", place="Hoorn")
    context = CheckContext(invitation, SAFE_STYLE, clean_cover(), source)
    found = [f for f in run_checks(context) if f.code == "characters-dropped"]
    assert len(found) == 1 and "U+1F4BB" in found[0].message


def test_page_budget_says_how_far_over_or_under(edition, source):
    edition.page_target = 4  # one page of text: three pages to spare
    context = CheckContext(edition, SAFE_STYLE, clean_cover(), source)
    found = [f for f in run_checks(context) if f.code == "pages-budget"]
    assert len(found) == 1 and "4 pagina's" in found[0].message and "ruimte" in found[0].message
    assert found[0].place.field == "page_target" and not found[0].blocking
    edition.page_target = 1
    context = CheckContext(edition, SAFE_STYLE, clean_cover(), source)
    assert "pages-budget" not in [f.code for f in run_checks(context)]


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [("title", "  ", "title-empty"), ("date", None, "date-empty"), ("place", "", "place-empty")],
)
def test_empty_edition_fields(edition, source, field, value, code):
    found = run_checks(CheckContext(replace(edition, **{field: value}), SAFE_STYLE))
    assert [f.code for f in found] == [code]
    assert found[0].place.field == field and found[0].place.part is None


def test_empty_title_names_what_the_pdf_would_say(edition, source):
    found = run_checks(CheckContext(replace(edition, title=""), SAFE_STYLE))
    assert "VERSLAG LEDENVERGADERING" in found[0].message
    assert found[0].blocking


def test_empty_date_says_the_file_would_be_document_pdf(edition):
    found = run_checks(CheckContext(replace(edition, date=None), SAFE_STYLE))
    assert "document.pdf" in found[0].message


@pytest.mark.parametrize(
    "text",
    ["Lorem ipsum dolor", "Wethouder XXX sprak", "[naam spreker] opende", "TODO: cijfers", "???"],
)
def test_placeholder_found(edition, source, text):
    article = edition.articles[0]
    article.lead = text
    found = run_checks(CheckContext(edition, SAFE_STYLE))
    assert [f.code for f in found] == ["placeholder-text"]
    assert (found[0].place.part, found[0].place.field) == (article.uid, "lead")


@pytest.mark.parametrize(
    "text",
    ["Het XXL-formaat", "Wat nu?", "Zie [de website](https://www.vnhg.info)", "De todo-lijst"],
)
def test_no_placeholder_in_ordinary_text(text):
    assert placeholder_in(text) is None


def test_article_without_body(edition, source):
    edition.content.append(Article(headline="Nog een artikel", body="  \n\n## \n"))
    found = run_checks(CheckContext(edition, SAFE_STYLE))
    assert [f.code for f in found] == ["article-no-body"]
    assert found[0].place.part == edition.content[-1].uid
    assert "artikel 2 (Nog een artikel)" in found[0].line()


def test_article_without_headline(edition, source):
    edition.articles[0].headline = ""
    assert codes(edition, source) == ["article-no-headline"]


def test_caption_without_credit(edition, source):
    photo = edition.articles[0].photos[0]
    photo.credit = ""
    found = run_checks(CheckContext(edition, SAFE_STYLE))
    assert [f.code for f in found] == ["caption-no-credit"]
    assert (found[0].place.item, found[0].place.field) == (photo.uid, "credit")


def test_photo_without_alt_text_blocks(edition, source):
    edition.articles[0].photos[0].alt_text = " "
    found = run_checks(CheckContext(edition, SAFE_STYLE))
    assert [f.code for f in found] == ["photo-no-alt"]
    assert found[0].blocking


def test_alt_text_equal_to_caption(edition, source):
    photo = edition.articles[0].photos[0]
    photo.alt_text = photo.caption.upper().rstrip(".")
    assert codes(edition, source) == ["alt-is-caption"]


def test_photo_below_150_ppi_in_print(edition, source):
    small = add_photo(source, 300, 225, seed=5)  # ~94 ppi across a column
    edition.articles[0].photos.append(replace(good_photo(small), uid="klein"))
    found = run_checks(CheckContext(edition, SAFE_STYLE, photos=source, typeset_allowed=False))
    assert [f.code for f in found] == ["photo-low-ppi"]
    assert found[0].place.item == "klein"


def test_photo_just_big_enough_for_print(edition, source):
    enough = add_photo(source, 600, 450, seed=6)  # ~190 ppi across a column
    edition.articles[0].photos.append(good_photo(enough))
    assert codes(edition, source) == []


@pytest.mark.parametrize(
    "target",
    [
        "gemeente.nl",
        "htps://www.vnhg.info",
        "https://www",
        "mailto:secretariaat",
        "https://vnhg/stukken",
    ],
)
def test_malformed_link(edition, source, target):
    edition.articles[0].body += f"\n\nZie [hier]({target})."
    found = run_checks(CheckContext(edition, SAFE_STYLE))
    assert [f.code for f in found] == ["link-malformed"]
    assert target in found[0].message


def test_link_with_a_space_prints_as_text_and_is_found(edition, source):
    edition.articles[0].body += "\n\nZie [de stukken](https://www.vnhg.info/stukken 2026)."
    assert codes(edition, source) == ["link-malformed"]


@pytest.mark.parametrize(
    "target",
    [
        "https://www.vnhg.info/financien?jaar=2026#tabel",
        "http://súdwest-fryslân.nl",
        "www.vnhg.info",
        "mailto:secretariaat@vnhg.info",
    ],
)
def test_well_formed_links(target):
    assert link_problem(target) is None


def test_contrast_below_aa(edition, source):
    found = run_checks(CheckContext(edition, replace(SAFE_STYLE, primary_colour="#7FA7D0")))
    assert [f.code for f in found] == ["contrast-low"]
    assert found[0].place.area == "house-style"
    assert found[0].place.field == "primary_colour"


def test_the_old_orange_fails_once_with_all_its_uses(edition):
    from vnhg_desk.model import HouseStyle

    found = run_checks(CheckContext(edition, HouseStyle(accent_colour="#E07B00")))
    assert [f.code for f in found] == ["contrast-low"]
    assert "datumbalk" in found[0].message and "bovenkoppen" in found[0].message
    assert "2,6:1" in found[0].message  # the worst: orange on the box tint


def test_default_house_style_passes(edition):
    from vnhg_desk.model import HouseStyle

    assert run_checks(CheckContext(edition, HouseStyle())) == []


def test_invalid_recipient_blocks(edition, source):
    cover = clean_cover()
    cover.recipients.append(Recipient("griffie@@alkmaar.nl"))
    found = run_checks(CheckContext(edition, SAFE_STYLE, cover))
    assert [f.code for f in found] == ["recipient-invalid"]
    assert found[0].blocking and found[0].place.area == "cover-email"


def test_demo_recipients_named_in_one_warning(edition, source):
    cover = clean_cover()
    cover.recipients += [Recipient("a@hoorn.example.org"), Recipient("b@den-helder.invalid")]
    found = run_checks(CheckContext(edition, SAFE_STYLE, cover))
    assert [f.code for f in found] == ["recipient-demo"]
    assert "2 van de 3" in found[0].message and not found[0].blocking


@pytest.mark.parametrize(
    ("address", "demo"),
    [
        ("x@example.org", True),
        ("x@raad.example.com", True),
        ("x@zaanstad.invalid", True),
        ("x@counterexample.org", False),
        ("griffie@alkmaar.nl", False),
    ],
)
def test_demo_address(address, demo):
    assert demo_address(address) is demo


def test_subject_without_title_or_date(edition, source):
    cover = replace(clean_cover(), subject_template="Nieuwsbrief VNHG")
    assert codes(edition, source, cover=cover) == ["mail-subject"]


def test_subject_with_the_date_only_is_fine(edition, source):
    cover = replace(clean_cover(), subject_template="VNHG {date}")
    assert codes(edition, source, cover=cover) == []


def test_cover_naming_another_date(edition, source):
    cover = replace(
        clean_cover(), body_template="Hierbij het {title} van de vergadering op 12-3-2026."
    )
    found = run_checks(CheckContext(edition, SAFE_STYLE, cover))
    assert [f.code for f in found] == ["mail-date"]
    assert "12-03-2026" in found[0].message and "13-03-2026" in found[0].message
    assert found[0].place.field == "body_template"


def test_dates_in_text():
    assert [d.isoformat() for d in dates_in("op 3 mrt. 2027, 2026-09-25 en 1-2-2025")] == [
        "2027-03-03",
        "2026-09-25",
        "2025-02-01",
    ]
    assert dates_in("31 februari 2026 en 2026 leden") == []


def test_long_headline_in_the_layout(edition, source):
    edition.articles[0].headline = " ".join(["Lange kop over de begroting"] * 8)
    found = run_checks(CheckContext(edition, SAFE_STYLE, clean_cover(), source))
    found = [f for f in found if f.code != "pages-budget"]  # one page of four: not the point
    assert [f.code for f in found] == ["headline-long", "pages-not-multiple-of-4"]
    assert "regels" in found[0].message and found[0].place.field == "headline"


def test_three_line_headline_is_fine(edition, source):
    edition.articles[
        0
    ].headline = "Begroting vastgesteld, contributie blijft gelijk en er komt een nieuw bestuurslid"
    assert "headline-long" not in codes(edition, source, typeset=True)


def test_four_pages_are_a_multiple_of_four(edition, source):
    edition.articles[0].body = "\n\n".join([edition.articles[0].body] * 9)
    context = CheckContext(edition, SAFE_STYLE, clean_cover(), source)
    pages = context.typeset().result.page_count
    found = [f.code for f in run_checks(context)]
    assert ("pages-not-multiple-of-4" in found) is (pages % 4 != 0)


def test_invitation_is_checked_too():
    invitation = Invitation(theme="Lorem ipsum", place="", online=True)
    found = run_checks(CheckContext(invitation, SAFE_STYLE, broken_cover()))
    assert {f.code for f in found} >= {"date-empty", "placeholder-text", "recipient-invalid"}
    assert "place-empty" not in {f.code for f in found}  # online only is a place


def test_photoref_without_photo_in_library_is_skipped_for_ppi(edition, source):
    edition.articles[0].photos.append(good_photo("0" * 64))
    assert codes(edition, source) == []
    assert isinstance(edition.articles[0].photos[-1], PhotoRef)


def test_spelling_names_the_unknown_words_once_per_field(edition, source):
    article = edition.articles[0]
    article.body += "\n\nDe gemeenteen bespraken de voorjaarsvergadring met de gemeenteen."
    context = CheckContext(edition, SAFE_STYLE, clean_cover(), source, typeset_allowed=False)
    found = [f for f in run_checks(context) if f.code == "spelling"]
    assert len(found) == 1 and found[0].place.part == article.uid
    assert found[0].place.field == "body" and found[0].severity.value == "waarschuwing"
    assert "“gemeenteen”, “voorjaarsvergadring”" in found[0].message
    # Compounds the dictionary builds, municipalities and the library's words are right.
    article.body += "\n\nDe gemeenteraadsverkiezingen in Opmeer en Uitgeest."
    assert [f.message for f in run_checks(context) if f.code == "spelling"] == [found[0].message]
    known = replace(context, extra_words=frozenset({"gemeenteen", "voorjaarsvergadring"}))
    assert "spelling" not in [f.code for f in run_checks(known)]


def test_spelling_leaves_placeholders_and_names_to_their_own_checks(edition, source):
    article = edition.articles[0]
    article.lead = "Lorem ipsum dolor sit amet."
    article.photos[0].credit = "Foto: Xanthe Qwerty"
    found = codes(edition, source)
    assert "placeholder-text" in found and "spelling" not in found
