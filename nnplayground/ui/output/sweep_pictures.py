"""A sweep as one picture: every run's decision boundary, drawn by the app's own canvas off screen, in a grid of
tiles, each captioned with its run's name and final numbers, the best one framed."""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from nnplayground.core.session import restore_trainer
from nnplayground.core.sweep_runs import SweepResult, summary_text
from nnplayground.ui.common.i18n import translate, translated
from nnplayground.ui.output.pictures import render_boundary

CAPTION = 44  # pixels above each tile for its two lines of caption
GAP = 8
BEST = QColor("#2ca02c")


def grid_shape(count: int) -> tuple[int, int]:
    """(columns, rows): up to four tiles in a row, more in a near-square grid, wider than tall."""
    columns = count if count <= 4 else math.ceil(math.sqrt(count))  # up to four side by side
    columns = max(1, columns)
    return columns, max(1, math.ceil(count / columns))


def render_sweep(result: SweepResult, tile: tuple[int, int] = (300, 300), show_test: bool = False) -> QImage:
    """Each run's boundary at its last epoch (runs kept with `keep_state`), in the order of the sweep's values."""
    runs = [r for r in result.runs if r.session is not None]
    columns, rows = grid_shape(len(runs))
    w, h = tile
    image = QImage(columns * (w + GAP) + GAP, rows * (h + CAPTION + GAP) + GAP, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    best = result.best
    painter = QPainter(image)
    try:
        bold, plain = QFont(painter.font()), QFont(painter.font())
        bold.setBold(True)
        bold.setPixelSize(15)
        plain.setPixelSize(12)
        for place, r in enumerate(runs):
            x = GAP + (place % columns) * (w + GAP)
            y = GAP + (place // columns) * (h + CAPTION + GAP)
            session = r.session
            assert session is not None
            trainer = restore_trainer(session)
            ratio = session.experiment.data.train_ratio
            picture = render_boundary(trainer.snapshot(), session.points, session.points.test_mask(ratio), tile,
                                      show_test=show_test)  # fmt: skip
            painter.drawImage(x, y + CAPTION, picture)
            painter.setPen(QColor("#202020"))
            painter.setFont(bold)
            best_name = translate("ui.output.sweep_pictures", "{name}   best")
            name = best_name.format(name=r.name) if r.index == best else r.name
            painter.drawText(QRect(x, y, w, CAPTION // 2), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                             name)  # fmt: skip
            painter.setFont(plain)
            painter.setPen(QColor("#505050"))
            painter.drawText(QRect(x, y + CAPTION // 2, w, CAPTION // 2), Qt.AlignmentFlag.AlignLeft
                             | Qt.AlignmentFlag.AlignVCenter, translated(summary_text(r)))  # fmt: skip
            if r.index == best:
                painter.setPen(QPen(BEST, 3))
                painter.drawRect(x - 2, y + CAPTION - 2, w + 3, h + 3)
    finally:
        painter.end()
    return image
