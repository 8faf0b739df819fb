"""Small pictures of library photos for lists, decoded at reduced size and cached."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QSize, Qt
from PySide6.QtGui import QIcon, QImageReader, QPixmap

from vnhg_desk.store.protocol import DocumentLibrary

THUMB_SIZE = QSize(112, 84)


class Thumbnails:
    """Icons by photo hash; a photo the library cannot give shows an empty icon."""

    def __init__(self, library: DocumentLibrary) -> None:
        self.library = library
        self._cache: dict[str, QIcon] = {}

    def icon(self, photo_hash: str) -> QIcon:
        if photo_hash not in self._cache:
            self._cache[photo_hash] = self._load(photo_hash)
        return self._cache[photo_hash]

    def _load(self, photo_hash: str) -> QIcon:
        try:
            data = self.library.normalised(photo_hash)
        except (KeyError, Exception):
            return QIcon()
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        reader = QImageReader(buffer)
        size = reader.size()
        if size.isValid():
            reader.setScaledSize(size.scaled(THUMB_SIZE, Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        if image.isNull():
            return QIcon()
        return QIcon(QPixmap.fromImage(image))
