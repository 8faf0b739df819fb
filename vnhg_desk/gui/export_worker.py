"""Run an export in a worker thread (with a progress dialog) so the window keeps responding.

The library's SQLite connection belongs to the GUI thread, so the worker gets a
:class:`LibraryCopy`: the document, house style, cover e-mail and photos read beforehand,
with the library writes (snapshot, export log, photo renditions) queued. Only after the
export succeeded does the GUI thread replay those writes: a failed export leaves the
library exactly as it was.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from vnhg_desk.errors import UserError
from vnhg_desk.imaging.source import PhotoInfo
from vnhg_desk.model import CoverEmail, Document, HouseStyle
from vnhg_desk.store.protocol import DocumentLibrary, ExportSource


class LibraryCopy:
    """What an export reads from the library, copied; its writes kept for later."""

    def __init__(self, library: DocumentLibrary, doc_ids: list[int]) -> None:
        self.path = getattr(library, "path", None)
        self._documents = {doc_id: library.load(doc_id) for doc_id in doc_ids}
        self._style = library.house_style()
        self._cover = library.cover_email()
        self._photos: dict[str, tuple[PhotoInfo, bytes]] = {}
        hashes: set[str] = set()
        for document in self._documents.values():
            hashes.update(getattr(document, "photo_hashes", list)())
        if self._style.logo_hash:
            hashes.add(self._style.logo_hash)
        for photo_hash in hashes:
            try:
                self._photos[photo_hash] = (
                    library.photo_info(photo_hash),
                    library.normalised(photo_hash),
                )
            except (KeyError, UserError):
                continue  # the writer reports a missing photo itself
        self._renditions: dict[tuple[str, str], bytes | None] = {}
        self.writes: list[tuple[str, tuple[Any, ...]]] = []

    # reading ----------------------------------------------------------------------------
    def load(self, doc_id: int) -> Document:
        if doc_id not in self._documents:
            from vnhg_desk.errors import NotFoundError

            raise NotFoundError(f"Document {doc_id} bestaat niet (meer).")
        return copy.deepcopy(self._documents[doc_id])

    def house_style(self) -> HouseStyle:
        return copy.deepcopy(self._style)

    def cover_email(self) -> CoverEmail:
        return copy.deepcopy(self._cover)

    def photo_info(self, photo_hash: str) -> PhotoInfo:
        return self._photos[photo_hash][0]

    def normalised(self, photo_hash: str) -> bytes:
        return self._photos[photo_hash][1]

    def has_photo(self, photo_hash: str) -> bool:
        return photo_hash in self._photos

    def cached_rendition(self, photo_hash: str, key: str) -> bytes | None:
        return self._renditions.get((photo_hash, key))

    # writing (queued) -------------------------------------------------------------------
    def store_rendition(self, photo_hash: str, key: str, data: bytes) -> None:
        self._renditions[(photo_hash, key)] = data
        self.writes.append(("store_rendition", (photo_hash, key, data)))

    def snapshot(self, doc_id: int, reason: str) -> int:
        self.writes.append(("snapshot", (doc_id, reason)))
        return 0

    def record_export(self, doc_id: int, kind: str, target: str) -> None:
        self.writes.append(("record_export", (doc_id, kind, target)))

    def replay(self, library: DocumentLibrary) -> None:
        """Apply the queued writes to the real library (GUI thread, after success)."""
        for name, args in self.writes:
            getattr(library, name)(*args)
        self.writes.clear()


if TYPE_CHECKING:  # mypy proves that the copy gives an export all it reads

    def _copy_is_an_export_source(copy: LibraryCopy) -> ExportSource:
        return copy


class ExportWorker(QThread):
    """Runs ``job(progress)`` in a thread; reports progress (0-1000), the result or an error."""

    progressed = Signal(int)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, job: Callable[[Callable[[float], None]], Any], parent=None) -> None:
        super().__init__(parent)
        self._job = job

    def run(self) -> None:
        try:
            result = self._job(self._report)
        except UserError as error:
            self.failed.emit(str(error))
        except Exception as error:  # a bug: say so in Dutch instead of crashing the window
            self.failed.emit(
                f"Onverwachte fout bij het exporteren ({error.__class__.__name__}: {error})."
            )
        else:
            self.succeeded.emit(result)

    def _report(self, fraction: float) -> None:
        self.progressed.emit(int(max(0.0, min(1.0, fraction)) * 1000))


class ExportRunner(QObject):
    """Starts export jobs on a :class:`LibraryCopy`, shows progress, replays on success."""

    busy_changed = Signal(bool)

    def __init__(self, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self._workers: list[ExportWorker] = []

    @property
    def busy(self) -> bool:
        """True while a job runs."""
        return bool(self._workers)

    def run(
        self,
        library: DocumentLibrary,
        doc_ids: list[int],
        job: Callable[[LibraryCopy, Callable[[float], None]], Any],
        title: str,
        done: Callable[[Any], object],
        failed: Callable[[str], None],
    ) -> None:
        """Copy what ``job`` reads (GUI thread), run it in a thread, then call back."""
        try:
            copy = LibraryCopy(library, doc_ids)
        except UserError as error:  # e.g. the document was deleted meanwhile
            failed(str(error))
            return
        worker = ExportWorker(lambda progress: job(copy, progress), self)
        dialog = QProgressDialog(title, "", 0, 1000, self.window)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        worker.progressed.connect(dialog.setValue)

        def succeeded(result: Any) -> None:
            dialog.close()
            copy.replay(library)
            done(result)

        def went_wrong(message: str) -> None:
            dialog.close()
            failed(message)

        worker.succeeded.connect(succeeded)
        worker.failed.connect(went_wrong)
        worker.finished.connect(lambda: self._finished(worker, dialog))
        self._workers.append(worker)
        self.busy_changed.emit(True)
        worker.start()

    def _finished(self, worker: ExportWorker, dialog: QProgressDialog) -> None:
        self._workers.remove(worker)
        worker.deleteLater()
        dialog.deleteLater()
        if not self._workers:
            self.busy_changed.emit(False)

    def wait(self, timeout_ms: int = 60000) -> None:
        """Block until running jobs are done, then deliver their results."""
        for worker in list(self._workers):
            worker.wait(timeout_ms)
        QApplication.processEvents()
