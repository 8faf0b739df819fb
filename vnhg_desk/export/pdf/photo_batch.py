"""Scaling an edition's photos in worker threads while the rest of the export goes on.

The batch starts as soon as the placements are known (before fonts and layout), and a
photo is waited for only when its page is drawn. Pillow decodes and encodes without the
GIL, so on two cores the photos cost little extra time. The PhotoSource is only used
from the calling thread; at most ``2 * workers`` photos' bytes are held at a time.
"""

from __future__ import annotations

import os
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from types import TracebackType

from vnhg_desk.export.pdf.photos import (
    UNREADABLE,
    PhotoJob,
    Rendition,
    placed_aspect,
    plan_photo,
    scale_photo,
)
from vnhg_desk.imaging.source import PhotoSource


@dataclass(frozen=True)
class Placement:
    """A photo at the width and within the aspect limits it is placed at."""

    photo_hash: str
    width: float
    limits: tuple[float, float]


class PhotoBatch:
    """Renditions for a list of placements: cached ones at once, the others scaled in
    threads; ``get`` returns one (waiting if needed), None for a missing or damaged photo.
    Use as a context manager: leaving it stops the workers."""

    def __init__(self, photos: PhotoSource, placements: list[Placement], variant: str) -> None:
        self.photos = photos
        self.variant = variant
        self.aspects: dict[Placement, float] = {}
        #: Scaled photos to keep in the library once the export has been written.
        self.new_renditions: list[tuple[str, str, bytes]] = []
        self._done: dict[Placement, Rendition | None] = {}
        self._jobs: dict[Placement, PhotoJob] = {}
        for placement in dict.fromkeys(placements):
            self._plan(placement, variant)
        self._waiting = [p for p in self._jobs if p not in self._done]
        self._workers = max(1, min(len(self._waiting), os.cpu_count() or 1, 4))
        self._pool = ThreadPoolExecutor(max_workers=self._workers) if self._waiting else None
        self._running: dict[Future[Rendition], Placement] = {}
        self._submit()

    def _plan(self, placement: Placement, variant: str) -> None:
        try:
            info = self.photos.photo_info(placement.photo_hash)
        except KeyError:
            self._done[placement] = None
            return
        aspect = placed_aspect(info.width, info.height, *placement.limits)
        self.aspects[placement] = aspect
        job = plan_photo(placement.photo_hash, info, placement.width, aspect, variant)
        self._jobs[placement] = job
        cached = self.photos.cached_rendition(job.photo_hash, job.key)
        if cached is not None:
            self._done[placement] = Rendition(cached, job.width, job.height)

    def _submit(self) -> None:
        """Hand photos to the workers, in reading order, up to the number kept in memory."""
        while self._waiting and self._pool is not None and len(self._running) < 2 * self._workers:
            placement = self._waiting.pop(0)
            try:
                data = self.photos.normalised(placement.photo_hash)
            except KeyError:
                self._done[placement] = None
                continue
            self._running[self._pool.submit(scale_photo, self._jobs[placement], data)] = placement
            del data

    def _collect(self) -> None:
        done, _pending = wait(self._running, return_when=FIRST_COMPLETED)
        for future in done:
            placement = self._running.pop(future)
            try:
                rendition = future.result()
            except UNREADABLE:  # damaged bytes: shown as an empty frame
                self._done[placement] = None
                continue
            job = self._jobs[placement]
            self.new_renditions.append((job.photo_hash, job.key, rendition.data))
            self._done[placement] = rendition
        self._submit()

    def get(self, placement: Placement) -> Rendition | None:
        """The placement's rendition, waiting for its worker; None if there is none.
        A placement the batch was not given is scaled now, in this thread."""
        if placement not in self._done and placement not in self._jobs:
            self._plan(placement, self.variant)
            if placement not in self._done:
                return self._scale_here(placement)
        while placement not in self._done and (self._running or self._waiting):
            self._advance()
        return self._done.get(placement)

    def _scale_here(self, placement: Placement) -> Rendition | None:
        job = self._jobs[placement]
        rendition: Rendition | None
        try:
            rendition = scale_photo(job, self.photos.normalised(job.photo_hash))
        except (KeyError, *UNREADABLE):
            rendition = None
        if rendition is not None:
            self.new_renditions.append((job.photo_hash, job.key, rendition.data))
        self._done[placement] = rendition
        return rendition

    def finish(self) -> None:
        """Wait for every photo (their renditions are kept for the next export)."""
        while self._running or self._waiting:
            self._advance()

    def _advance(self) -> None:
        if self._running:
            self._collect()
        else:
            self._submit()

    def __enter__(self) -> PhotoBatch:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
