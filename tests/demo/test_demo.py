"""The demo content: enough of every part of an edition, real-looking photos, a panel."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageFilter, ImageStat

from vnhg_desk.demo import add_demo
from vnhg_desk.demo.photos import demo_photos
from vnhg_desk.model import Edition, Invitation
from vnhg_desk.model.richtext import BulletList, Paragraph, Subheading, parse_body, plain_text
from vnhg_desk.store import Library

REFERENCE = Path("/work/shared/reference/vnhg-verslag-2020-09.txt")
NOORD_HOLLAND = {"Hoorn", "Alkmaar", "Haarlem", "Purmerend", "Zaandam", "Den Helder", "Heiloo"}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.vnhg-desk"
    with Library.open(path) as library:
        edition_id, invitation_id = add_demo(library)
        yield library, library.load(edition_id), library.load(invitation_id)


@pytest.fixture(scope="module")
def edition(demo) -> Edition:
    return demo[1]


@pytest.fixture(scope="module")
def invitation(demo) -> Invitation:
    return demo[2]


def _spans(blocks):
    for block in blocks:
        if isinstance(block, Paragraph):
            yield from block.spans
        elif isinstance(block, BulletList):
            for item in block.items:
                yield from item


def test_masthead(edition):
    assert edition.title == "Verslag ledenvergadering"
    assert edition.meeting and edition.date is not None
    assert edition.place in NOORD_HOLLAND
    assert re.fullmatch(r"Z\.[\d-]+ / D\.[\d-]+", edition.references)
    assert len(edition.highlights) == 4
    assert edition.association == "Vereniging van Noord-Hollandse Gemeenten"


def test_articles_have_every_part(edition):
    assert len(edition.articles) >= 3
    for article in edition.articles:
        assert article.kicker and article.headline and article.subtitle and article.lead
        blocks = parse_body(article.body)
        subheadings = [b for b in blocks if isinstance(b, Subheading)]
        paragraphs = [b for b in blocks if isinstance(b, Paragraph)]
        assert 2 <= len(subheadings) <= 3, article.headline
        assert len(paragraphs) >= 4, article.headline


def test_body_formatting_is_used(edition):
    spans = [s for a in edition.articles for s in _spans(parse_body(a.body))]
    assert any(s.bold for s in spans)
    assert any(s.italic for s in spans)
    assert any(s.link and s.link.startswith("https://") for s in spans)
    lists = [b for a in edition.articles for b in parse_body(a.body) if isinstance(b, BulletList)]
    assert len(lists) >= 1 and len(lists[0].items) >= 3


def test_pull_quotes_occur_in_their_article(edition):
    quotes = [(a, q) for a in edition.articles for q in a.quotes]
    assert len(quotes) >= 4
    for article, quote in quotes:
        assert quote.text in plain_text(article.body).replace("\n", " "), quote.text
        assert quote.attribution


def test_photos_have_caption_credit_and_alt_text(edition):
    refs = [p for a in edition.articles for p in a.photos]
    assert len(refs) >= 3
    assert len(set(edition.photo_hashes())) >= 3
    for ref in refs:
        assert ref.caption and ref.credit.startswith("Foto") and len(ref.alt_text) > 20
    assert any(ref.caption.startswith("Het panel v.l.n.r.: ") for ref in refs)


def test_sidebar_box_with_housekeeping(edition):
    (box,) = edition.boxes
    assert box.kicker == "HUISHOUDELIJK"
    text = plain_text(box.body).lower()
    for word in ("jaarrekening", "begroting", "bestuurslid"):
        assert word in text


def test_enough_text_for_four_pages(edition):
    words = sum(len((a.lead + " " + plain_text(a.body)).split()) for a in edition.articles) + sum(
        len(plain_text(b.body).split()) for b in edition.boxes
    )
    assert 1500 <= words <= 2500, words


def test_photo_orientations_after_normalisation(demo, edition):
    library = demo[0]
    shapes = set()
    for photo_hash in edition.photo_hashes():
        info = library.photo_info(photo_hash)
        shapes.add(
            "landscape"
            if info.width > info.height
            else "portrait"
            if info.width < info.height
            else "square"
        )
    assert shapes == {"landscape", "portrait", "square"}


def test_one_photo_is_stored_sideways_with_an_exif_tag(demo, edition):
    library = demo[0]
    sideways = []
    for photo_hash in edition.photo_hashes():
        original = Image.open(io.BytesIO(library.photo_original(photo_hash)))
        if original.getexif().get(0x0112) in (6, 8):
            sideways.append((photo_hash, original.size))
    assert len(sideways) == 1
    photo_hash, (width, height) = sideways[0]
    assert (width, height) == (3000, 4000)  # stored portrait ...
    info = library.photo_info(photo_hash)
    assert (info.width, info.height) == (4000, 3000)  # ... upright it is landscape 4:3


def test_photos_look_like_photos_not_test_patterns():
    for photo in demo_photos():
        image = Image.open(io.BytesIO(photo.data))
        assert (image.width, image.height) == (photo.width, photo.height)
        small = image.reduce(8)
        assert min(ImageStat.Stat(small).stddev) > 15, photo.filename  # shapes, gradients
        # Fine grain at full size: a crop differs clearly from its own blurred copy.
        left, top = image.width // 2, image.height // 3
        crop = image.crop((left, top, left + 256, top + 256)).convert("L")
        grain = ImageChops.difference(crop, crop.filter(ImageFilter.GaussianBlur(2)))
        assert ImageStat.Stat(grain).mean[0] > 2, photo.filename


def test_photos_are_deterministic():
    again = demo_photos.__wrapped__()
    assert [p.data for p in again] == [p.data for p in demo_photos()]


def test_invitation(invitation):
    assert invitation.title == "Save the date"
    assert invitation.theme
    assert invitation.date is not None
    assert (invitation.start_time.strftime("%H:%M"), invitation.end_time.strftime("%H:%M")) == (
        "09:30",
        "12:30",
    )
    assert invitation.place and invitation.online and invitation.online_note
    assert len(parse_body(invitation.intro)) >= 2
    assert invitation.moderator is not None and invitation.moderator.role
    assert len(invitation.panel) == 4
    assert all(person.name and person.role and person.organisation for person in invitation.panel)
    assert invitation.registration_note


def test_people_list_and_cover_email(demo, invitation):
    library = demo[0]
    people = {(p.name, p.id) for p in library.people()}
    for person in [invitation.moderator, *invitation.panel]:
        assert (person.name, person.id) in people
    cover = library.cover_email()
    assert len(cover.recipients) >= 4
    assert all(r.address.endswith((".example.org", ".invalid")) for r in cover.recipients)
    groups = {g for r in cover.recipients for g in r.groups}
    assert {"alle raden", "colleges B&W"} <= groups


def test_the_demo_stores_no_house_style(demo):
    import sqlite3

    with sqlite3.connect(demo[0].path) as conn:
        keys = {row[0] for row in conn.execute("SELECT key FROM settings")}
    assert not any("house" in key or "style" in key for key in keys), keys


def test_remove_demo_takes_out_exactly_what_the_demo_added(tmp_path):
    from vnhg_desk.demo import has_demo, remove_demo
    from vnhg_desk.model import Edition, Person, Recipient

    with Library.open(tmp_path / "echt.vnhg-desk") as library:
        own = Person("Els Visser", "griffier", "Gemeente Texel")
        library.save_person(own)
        add_demo(library)
        mine = Edition(title="Ons eigen verslag")
        library.save(mine)
        cover = library.cover_email()
        cover.recipients.append(Recipient("griffie@texel.nl", "Griffie Texel", ["alle raden"]))
        library.save_cover_email(cover)
        assert has_demo(library)
        documents, people, addresses = remove_demo(library)
        assert (documents, people) == (2, 5) and addresses >= 4
        assert [s.id for s in library.list_documents()] == [mine.id]
        assert [p.name for p in library.people()] == ["Els Visser"]
        cover = library.cover_email()
        assert [r.address for r in cover.recipients] == ["griffie@texel.nl"]
        assert "Hanneke" not in cover.signature and "example" not in cover.sender
        assert not has_demo(library)
        assert len(library.list_documents(deleted=True)) == 2  # in the trash, restorable


def test_adding_the_demo_twice_repeats_no_people_or_photos(tmp_path):
    import sqlite3

    with Library.open(tmp_path / "twee.vnhg-desk") as library:
        add_demo(library)
        people = len(library.people())
        recipients = len(library.cover_email().recipients)
        add_demo(library)
        assert len(library.people()) == people == 5
        assert len(library.cover_email().recipients) == recipients
        assert len(library.list_documents()) == 4
        with sqlite3.connect(library.path) as conn:
            assert conn.execute("SELECT count(*) FROM photos").fetchone()[0] == 4


def _shingles(text: str, size: int = 7) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


@pytest.mark.skipif(not REFERENCE.exists(), reason="reference text not available here")
def test_no_sentence_is_copied_from_the_reference(edition, invitation):
    reference = _shingles(REFERENCE.read_text(encoding="utf-8"))
    ours = " ".join(
        [a.lead + " " + plain_text(a.body) for a in edition.articles]
        + [plain_text(b.body) for b in edition.boxes]
        + [invitation.intro, invitation.registration_note]
    )
    assert not (_shingles(ours) & reference)


def test_a_failure_half_way_leaves_the_library_unchanged(tmp_path, monkeypatch):
    import sqlite3

    with Library.open(tmp_path / "half.vnhg-desk") as library:

        def broken(person):
            raise OSError("schijf weg")

        monkeypatch.setattr(library, "save_person", broken)
        with pytest.raises(OSError):
            add_demo(library)
        assert library.list_documents() == [] and library.people() == []
        with sqlite3.connect(library.path) as conn:
            assert conn.execute("SELECT count(*) FROM photos").fetchone()[0] == 0
