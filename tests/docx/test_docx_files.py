"""Saving and photos at the border: atomic replace, clear Dutch errors, missing or broken photos."""

from __future__ import annotations

import io
import os

import pytest
from docx_reading import open_docx, pictures
from sample_photos import make_photo

from vnhg_desk.errors import ExportError
from vnhg_desk.export.docx import write_docx
from vnhg_desk.export.docx.pictures import placed_size
from vnhg_desk.imaging.source import MemoryPhotoSource, PhotoInfo
from vnhg_desk.model import HouseStyle, PhotoRef


def test_existing_file_is_replaced_whole_and_no_temporary_file_stays(
    tmp_path, edition, house_style, photos
):
    (tmp_path / "uit").mkdir()
    target = tmp_path / "uit" / "verslag.docx"
    target.write_bytes(b"oude inhoud")
    write_docx(edition, house_style, photos, target)
    assert open_docx(target).paragraphs
    assert [p.name for p in target.parent.iterdir()] == ["verslag.docx"]
    mask = os.umask(0o022)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask  # not owner-only like mkstemp


def test_missing_folder_gives_a_dutch_error(tmp_path, edition, house_style, photos):
    with pytest.raises(ExportError, match="bestaat niet"):
        write_docx(edition, house_style, photos, tmp_path / "bestaat-niet" / "v.docx")


def test_failed_export_leaves_the_old_file_alone(tmp_path, edition, house_style):
    (tmp_path / "uit").mkdir()
    target = tmp_path / "uit" / "verslag.docx"
    target.write_bytes(b"oude inhoud")
    with pytest.raises(ExportError, match="ontbreekt"):
        write_docx(edition, house_style, MemoryPhotoSource(), target)
    assert target.read_bytes() == b"oude inhoud"
    assert [p.name for p in target.parent.iterdir()] == ["verslag.docx"]


def test_unreadable_photo_gives_a_dutch_error(edition, house_style):
    source = MemoryPhotoSource()
    for article in edition.articles:
        for photo in article.photos:
            source.add(photo.photo_hash, PhotoInfo(1200, 800, "image/jpeg"), b"geen foto")
    with pytest.raises(ExportError, match="kan niet worden gelezen"):
        write_docx(edition, house_style, source, io.BytesIO())


def test_logo_from_the_house_style_opens_the_masthead(edition, photos):
    logo_hash, info, data = make_photo(600, 200, (11, 83, 148), "PNG")
    photos.add(logo_hash, info, data)
    style = HouseStyle(logo_hash=logo_hash)
    out = io.BytesIO()
    write_docx(edition, style, photos, out)
    document = open_docx(out.getvalue())
    first = pictures(document)[0]
    assert first.descr == "Logo Vereniging van Noord-Hollandse Gemeenten"
    assert document.paragraphs[0].text == ""  # the logo's paragraph
    assert document.paragraphs[1].text == "Vereniging van Noord-Hollandse Gemeenten"


def test_tiny_photo_is_not_blown_up_in_pixels(edition, house_style):
    tiny_hash, info, data = make_photo(120, 90, (200, 50, 50))
    source = MemoryPhotoSource()
    source.add(tiny_hash, info, data)
    article = edition.articles[0]
    article.photos = [PhotoRef(tiny_hash, caption="Klein", alt_text="Een klein plaatje")]
    edition.content = [article]
    out = io.BytesIO()
    write_docx(edition, house_style, source, out)
    (picture,) = pictures(open_docx(out.getvalue()))
    assert (picture.width_px, picture.height_px) == (120, 90)


@pytest.mark.parametrize(
    ("size", "expected"),
    [((4000, 3000), (1000, 750)), ((3000, 4000), (600, 800)), ((0, 0), (800, 800))],
)
def test_placed_size_keeps_the_aspect_within_the_box(size, expected):
    assert placed_size(PhotoInfo(*size, "image/jpeg"), 1000, 800) == expected
