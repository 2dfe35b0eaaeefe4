"""The confusion matrix of the network on screen: for the training and the test points, how many of each true class
(rows) the network gives each class (columns), with counts and a colour for the row's share.

It follows the snapshot the loss labels show (the newest, or the epoch the timeline previews), counted by
`core.confusion` with that snapshot's own network on the canvas's points, a slice at a time (`confusion_count.py`),
at most ten times a second while playing and less when counting is slow (it takes at most a fifth of the time: see
`Throttled`); while it is hidden it counts nothing. Clicking a cell rings its points on the canvas; clicking it
again, or beside the cells, lets them go. Regression has no classes: the widget says so.
"""

from __future__ import annotations

from typing import Protocol

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QPoint, QRect, QRectF, QSize, Qt, SignalInstance
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from nnplayground.core import colors
from nnplayground.core.confusion import SIDES, Confusion, row_shares
from nnplayground.core.numbers import percent_text
from nnplayground.core.points import PointSet
from nnplayground.core.snapshot import Reason, Snapshot
from nnplayground.ui.common.i18n import translate
from nnplayground.ui.common.throttle import Throttled
from nnplayground.ui.common.tooltip import tooltip
from nnplayground.ui.output.confusion_count import ConfusionCount

FOLLOW_INTERVAL = 0.1  # seconds, as the loss chart follows a playing run
DARK = QColor("#2f4858")  # a full row share; white is none
TEXT = QColor("#333333")
SELECTED = QColor("#ffd21f")  # the canvas's highlight rings are this colour: the cell and its points match
TITLES = {
    "train": QT_TRANSLATE_NOOP("ui.output.confusion", "Training"),
    "test": QT_TRANSLATE_NOOP("ui.output.confusion", "Test"),
}
TITLE_H, SWATCH, CAPTION_H, GAP = 15, 9, 13, 14
Cell = tuple[str, int, int]  # side, true class, predicted class


class Points(Protocol):
    """What the matrix reads of the canvas, and asks it to ring."""

    highlight_changed: SignalInstance

    @property
    def points(self) -> PointSet: ...

    @property
    def test_mask(self) -> np.ndarray: ...

    def highlight(self, indices: object) -> None: ...


def _mix(share: float) -> QColor:
    s = min(1.0, max(0.0, share))
    return QColor(*(round(255 + (c - 255) * s) for c in (DARK.red(), DARK.green(), DARK.blue())))


class ConfusionMatrix(QWidget):
    def __init__(self, canvas: Points, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confusionMatrix")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.canvas = canvas
        self._snap: Snapshot | None = None  # the snapshot to count (the one on screen)
        self._confusion: Confusion | None = None
        self._regression = False
        self.selected: Cell | None = None
        self._ringing = False  # this widget is changing the canvas's rings itself
        self.counter = ConfusionCount(self)
        self.counter.done.connect(self._counted)
        self._again = False  # a newer snapshot came while a count was under way
        # The count's own time (all its slices) sets the pace too: at most a fifth of the time goes to counting.
        self._later = Throttled(self._count, FOLLOW_INTERVAL, self, later_cost=lambda: self.counter.seconds)
        canvas.highlight_changed.connect(self._on_highlight)

    # ---- following the run -----------------------------------------------------------------------------------------
    def follow(self, snap: Snapshot) -> None:
        """The snapshot on screen changed: count it (now after a user's command, throttled while playing)."""
        self._snap = snap
        if not self.isVisible():
            return  # counted when shown
        self._later.call()
        if snap.reason != Reason.PLAY:
            self._later.flush()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._snap is not None:
            self._later.call()
            self._later.flush()

    @property
    def confusion(self) -> Confusion | None:
        """The matrices shown (None for regression or before the first snapshot), counted up to date."""
        self._ensure_current()
        return self._confusion

    @property
    def message(self) -> str:
        """What the widget says instead of a matrix ("" while it shows one)."""
        self._ensure_current()
        return self._message()

    def _message(self) -> str:
        if self._confusion is not None:
            return ""
        if self._regression:
            return translate("ui.output.confusion", "Regression has no classes: no confusion matrix.")
        return translate("ui.output.confusion", "No run yet.")

    def counts(self, side: str) -> np.ndarray | None:
        c = self.confusion
        return None if c is None else c.counts[side]

    @property
    def count_seconds(self) -> float:
        """The computing time of the last count."""
        return self.counter.seconds

    def _current(self) -> bool:
        done = self.counter.counted
        return self._snap is None or (done is not None and done[0] is self._snap and done[1] is self.canvas.points)

    def _ensure_current(self) -> None:
        """Count the snapshot on screen now, if the matrix shown is not its (a click, a test)."""
        if self._current():
            return
        self._later.cancel()
        if not self.counter.is_counting(self._snap, self.canvas.points):  # type: ignore[arg-type]
            self.counter.start(self._snap, self.canvas.points, self.canvas.test_mask)  # type: ignore[arg-type]
        self.counter.finish_now()

    def _count(self) -> None:
        if self._snap is None or self._current():
            return
        if self.counter.running:
            self._again = True  # when this count is done
            return
        self.counter.start(self._snap, self.canvas.points, self.canvas.test_mask)

    def _counted(self) -> None:
        snap, ps = self.counter.counted  # type: ignore[misc]
        self._confusion = self.counter.result
        self._regression = snap.regression or ps.regression
        if self._again:
            self._again = False
            self._later.call()
        if self.selected is not None:
            if (
                self._confusion is None
                or self.selected[1] >= self._confusion.k
                or self.selected[2] >= self._confusion.k
            ):
                self._select(None)
            else:
                self._select(self.selected)  # the cell's points as the network sees them now
        self.update()

    # ---- choosing a cell -------------------------------------------------------------------------------------------
    def click_cell(self, cell: Cell | None) -> None:
        """What a click does: ring the cell's points, or let them go when the cell was chosen already (or None)."""
        self._select(None if cell is None or cell == self.selected else cell)

    def _select(self, cell: Cell | None) -> None:
        self.selected = cell
        conf = self.confusion
        self._ringing = True  # a cell that empties while the run plays stays chosen
        try:
            if cell is None or conf is None:
                self.selected = None
                self.canvas.highlight(None)
            else:
                self.canvas.highlight(conf.members(*cell))
        finally:
            self._ringing = False
        self.update()

    def _on_highlight(self, indices: np.ndarray) -> None:
        if (
            not len(indices) and self.selected is not None and not self._ringing
        ):  # the canvas let them go (new points, Escape)
            self.selected = None
            self.update()

    # ---- geometry --------------------------------------------------------------------------------------------------
    def _layout(self) -> tuple[int, dict[str, QPoint]]:
        """The cell size and each matrix's top-left corner (of its cells)."""
        k = self._confusion.k if self._confusion is not None else 2
        w, h = self.width(), self.height()
        panel = (w - GAP) / 2
        title_h, caption_h = self._text_rows()
        cell = int(max(4, min((panel - SWATCH - 4) / k, (h - title_h - SWATCH - 4 - caption_h) / k)))
        side_w = SWATCH + 4 + cell * k
        corners = {}
        for i, side in enumerate(SIDES):
            left = int(i * (panel + GAP) + (panel - side_w) / 2) + SWATCH + 4
            corners[side] = QPoint(left, title_h + SWATCH + 4)
        return cell, corners

    def cell_rect(self, side: str, true: int, predicted: int) -> QRect:
        """Where a cell is drawn, in the widget's coordinates."""
        cell, corners = self._layout()
        c = corners[side]
        return QRect(c.x() + predicted * cell, c.y() + true * cell, cell, cell)

    def cell_at(self, pos: QPoint) -> Cell | None:
        conf = self.confusion
        if conf is None:
            return None
        cell, corners = self._layout()
        for side, c in corners.items():
            col, row = (pos.x() - c.x()) // cell, (pos.y() - c.y()) // cell
            if 0 <= col < conf.k and 0 <= row < conf.k and pos.x() >= c.x() and pos.y() >= c.y():
                return side, int(row), int(col)
        return None

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(320, 150)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(160, 80)

    # ---- mouse -----------------------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.click_cell(self.cell_at(event.position().toPoint()))
            event.accept()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.cell_tip(self.cell_at(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), tooltip(text), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def cell_tip(self, cell: Cell | None) -> str:
        conf = self.confusion
        if conf is None:
            return ""
        if cell is None:
            return translate(
                "ui.output.confusion",
                "Rows: each point's true class. Columns: the class the network gives it. The diagonal is right.\n"
                "The colour is the share of the row. Click a cell to ring its points on the canvas.",
            )
        side, t, p = cell
        n = int(conf.counts[side][t, p])
        row = int(conf.counts[side][t].sum())
        share = percent_text(n / row) if row else "—"
        if side == "train":
            if t == p:
                said = translate(
                    "ui.output.confusion", "{n} of the {row} Class {true} training points ({share}): right."
                )
            else:
                said = translate(
                    "ui.output.confusion",
                    "{n} of the {row} Class {true} training points ({share}): taken for Class {taken}.",
                )
        elif t == p:
            said = translate("ui.output.confusion", "{n} of the {row} Class {true} test points ({share}): right.")
        else:
            said = translate(
                "ui.output.confusion", "{n} of the {row} Class {true} test points ({share}): taken for Class {taken}."
            )
        said = said.format(n=f"{n:,}", row=f"{row:,}", true=t + 1, share=share, taken=p + 1)
        click = (
            translate("ui.output.confusion", "Click to let them go.")
            if cell == self.selected
            else translate("ui.output.confusion", "Click to ring them on the canvas.")
        )
        return f"{said}\n{click}"

    # ---- painting --------------------------------------------------------------------------------------------------
    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, self.font().pointSizeF() - 1.0))  # a point under the app's: grows with the zoom
        return font

    def _text_rows(self) -> tuple[int, int]:
        """The title's and the caption's heights: room for their text at the zoom of the moment."""
        line = QFontMetrics(self._small_font()).height()
        return max(TITLE_H, line + 2), max(CAPTION_H, line + 1)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        # What was counted last: counting here would undo the throttle (a playing run repaints often)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = self._small_font()
        p.setFont(font)
        conf = self._confusion
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)  # the theme's quiet text, light or dark
        if conf is None:
            p.setPen(muted)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._message())
            p.end()
            return
        cell, corners = self._layout()
        for side in SIDES:
            self._paint_side(p, side, conf, cell, corners[side], font)
        p.setPen(muted)
        caption = translate("ui.output.confusion", "rows: true class · columns: predicted")
        caption_h = self._text_rows()[1]
        p.drawText(QRect(0, self.height() - caption_h, self.width(), caption_h), Qt.AlignmentFlag.AlignCenter, caption)
        p.end()

    def _paint_side(self, p: QPainter, side: str, conf: Confusion, cell: int, c: QPoint, font: QFont) -> None:
        k, counts = conf.k, conf.counts[side]
        shares = row_shares(counts)
        total = int(counts.sum())
        right = percent_text(np.trace(counts) / total) if total else "—"
        p.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        name = translate("ui.output.confusion", TITLES[side])
        if total:
            title = translate("ui.output.confusion", "{side} · {right} right").format(side=name, right=right)
        else:
            title = translate("ui.output.confusion", "{side} · no points").format(side=name)
        width = k * cell
        panel = (self.width() - GAP) / 2
        left = 0 if side == SIDES[0] else int(panel + GAP)
        p.drawText(QRect(left, 0, int(panel), self._text_rows()[0]), Qt.AlignmentFlag.AlignCenter, title)
        dot = SWATCH - 2
        for i in range(k):
            colour = QColor(colors.CLASS_COLORS[i % len(colors.CLASS_COLORS)])
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawEllipse(QRectF(c.x() + i * cell + (cell - dot) / 2, c.y() - SWATCH - 2, dot, dot))  # predicted
            p.drawEllipse(QRectF(c.x() - SWATCH - 2, c.y() + i * cell + (cell - dot) / 2, dot, dot))  # true
        number_font = QFont(font)
        number_font.setPointSizeF(max(6.0, min(10.0, cell / 3.2)))
        p.setFont(number_font)
        show_numbers = cell >= 14
        for t in range(k):
            for q in range(k):
                r = QRect(c.x() + q * cell, c.y() + t * cell, cell, cell)
                share = float(shares[t, q])
                p.fillRect(r, _mix(share))
                if show_numbers:
                    p.setPen(QColor("white") if share > 0.55 else TEXT if counts[t, q] else QColor("#bbbbbb"))
                    p.drawText(r, Qt.AlignmentFlag.AlignCenter, f"{int(counts[t, q]):,}")
        p.setPen(QPen(QColor("#bbbbbb"), 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(QRect(c.x(), c.y(), width, width).adjusted(0, 0, -1, -1))
        if self.selected is not None and self.selected[0] == side:
            _, t, q = self.selected
            r = QRect(c.x() + q * cell, c.y() + t * cell, cell, cell)
            p.setPen(QPen(SELECTED, 3))
            p.drawRect(r.adjusted(1, 1, -2, -2))
            p.setPen(QPen(QColor("#222222"), 1))
            p.drawRect(r.adjusted(0, 0, -1, -1))
        p.setFont(font)
