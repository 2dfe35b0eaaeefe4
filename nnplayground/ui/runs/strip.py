"""The run strip (`runStrip`): every visible run's decision boundary at the same epoch, side by side (small
multiples), under the run list. The current run is shown as it is now; every other run as its saved checkpoint at
or before that epoch (its last one if it is shorter), so a sweep's runs are compared at one moment of training.

Pictures of the runs that are not current are made from their saved state (`core.run_at`) and kept by the
checkpoint they show, so a run is drawn again only when the epoch reaches another of its checkpoints; the strip
follows the current run at most once a second, and not at all while it is hidden.
"""

from __future__ import annotations

import html
import time
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from nnplayground.core.numbers import loss_text
from nnplayground.core.run_at import epoch_shown, snapshot_at
from nnplayground.core.session import Session, SessionError
from nnplayground.core.snapshot import Snapshot
from nnplayground.ui.common.boundary_tile import tile
from nnplayground.ui.common.i18n import translate
from nnplayground.ui.runs.book import RunBook

TILE = 104  # pixels: two tiles side by side in the run dock
COLUMNS = 2
FOLLOW_SECONDS = 1.0  # while the current run plays, the strip follows it at most this often


class RunStrip(QWidget):
    def __init__(self, book: RunBook, clock: Callable[[], float] = time.monotonic, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("runStrip")
        self.book = book
        self._clock = clock
        self._latest: Snapshot | None = None
        self._drawn_at = -FOLLOW_SECONDS
        # (a run's session, the epoch shown) -> its snapshot and tile (a Session hashes by identity)
        self._pictures: dict[tuple[Session, int], tuple[Snapshot | None, QPixmap]] = {}
        self.title = QLabel(self)
        self.title.setObjectName("runStripTitle")
        self.grid = QGridLayout()
        self.grid.setSpacing(4)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 4, 0, 0)
        box.addWidget(self.title)
        box.addLayout(self.grid)
        box.addStretch(1)
        self.tiles: list[tuple[QLabel, QLabel]] = []  # (picture, caption) per visible run, in the list's order
        book.changed.connect(self.refresh)
        book.work.snapshot.connect(self.follow)

    @property
    def epoch(self) -> int:
        """The epoch every tile shows (the current run's newest)."""
        return self._latest.epoch if self._latest is not None else 0

    def follow(self, snapshot: Snapshot) -> None:
        """The current run moved on: drawn again when visible, at most once a FOLLOW_SECONDS while it plays."""
        self._latest = snapshot
        now = self._clock()
        if self.isVisible() and now - self._drawn_at >= FOLLOW_SECONDS:
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Draw every visible run at the current run's epoch (nothing while the session has one run)."""
        self._drawn_at = self._clock()
        runs = self.book.runs
        shown = list(runs.visible) if len(runs) > 1 else []
        self._make_tiles(len(shown))
        epoch = self.epoch
        self.title.setText(translate("ui.runs.strip", "Boundaries at epoch {epoch}").format(epoch=epoch))
        self.title.setVisible(bool(shown))
        live = {runs.runs[i].session for i in shown}
        self._pictures = {k: v for k, v in self._pictures.items() if k[0] in live}  # deleted runs' tiles go
        for (picture, caption), i in zip(self.tiles, shown, strict=True):
            run = runs.runs[i]
            if i == runs.current:
                snap, pix = self._latest, self._draw(self._latest, run.session)
            else:
                snap, pix = self._saved(run.session, epoch)
            picture.setPixmap(pix)
            loss = loss_text(snap.train_loss) if snap is not None else "–"
            caption.setText(
                f'<span style="color:{run.label.color}">■</span> {html.escape(run.label.name)}<br>'
                + translate("ui.runs.strip", "epoch {epoch} · loss {loss}").format(
                    epoch=snap.epoch if snap is not None else 0, loss=loss
                )
            )
            picture.setToolTip(caption.text())
            picture.setAccessibleName(
                translate("ui.runs.strip", "{run}: boundary at epoch {epoch}, training loss {loss}").format(
                    run=run.label.name, epoch=snap.epoch if snap is not None else 0, loss=loss
                )
            )

    def _saved(self, session: Session, epoch: int) -> tuple[Snapshot | None, QPixmap]:
        key = (session, epoch_shown(session, epoch))
        if key not in self._pictures:
            try:
                snap = snapshot_at(session, epoch)
            except SessionError:  # a run whose saved state does not fit (an edited file): its points alone
                snap = None
            self._pictures[key] = (snap, self._draw(snap, session))
        return self._pictures[key]

    def _draw(self, snap: Snapshot | None, session: Session) -> QPixmap:
        return tile(snap, session.points, TILE)

    def _make_tiles(self, count: int) -> None:
        while len(self.tiles) > count:
            for w in self.tiles.pop():
                self.grid.removeWidget(w)
                w.deleteLater()
        while len(self.tiles) < count:
            k = len(self.tiles)
            picture, caption = QLabel(self), QLabel(self)
            picture.setObjectName(f"runStripTile{k}")
            picture.setFixedSize(TILE, TILE)
            caption.setTextFormat(Qt.TextFormat.RichText)
            caption.setWordWrap(True)
            caption.setMaximumWidth(TILE)
            row, column = divmod(k, COLUMNS)
            self.grid.addWidget(picture, 2 * row, column)
            self.grid.addWidget(caption, 2 * row + 1, column)
            self.tiles.append((picture, caption))
