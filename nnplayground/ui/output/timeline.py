"""The timeline: a slider over the epochs the run has recorded, under the canvas.

The history keeps a checkpoint for recent epochs and thins older ones, so the slider moves over the *list* of
recorded epochs (its value is an index into it), never over raw epoch numbers that might have no checkpoint.
It follows the newest epoch while the user leaves it at the right end; once dragged back it stays where it was
put until the run moves on by a command of the user's (see `rewinder.py`).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QToolButton, QWidget

from nnplayground.ui.common.explain import TIPS
from nnplayground.ui.common.i18n import translate, translated
from nnplayground.ui.common.tooltip import tooltip


class Timeline(QWidget):
    """Emits `epoch_selected(epoch)` when the user picks an earlier epoch, `latest_requested()` for the newest."""

    epoch_selected = Signal(int)
    latest_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self._epochs = np.zeros(1, dtype=np.int64)  # the recorded epochs, ascending
        self._current: int | None = None  # the run's epoch now, shown when the handle is at the newest end
        self._source: object = None  # the array they came from (the same object until the run sends a new one)
        self._updating = False
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("timelineSlider")
        self.slider.setRange(0, 0)
        self.slider.setToolTip(tooltip(translated(TIPS["timeline"])))
        # Tab reaches it (the keyboard's way to rewind: arrows, Page Up/Down, Home, End while it has the focus); a
        # click does not focus it, so after a drag the arrows are the window's again (Right = step).
        self.slider.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.label = QLabel(translate("ui.output.timeline", "epoch {epoch}").format(epoch=0), self)
        self.label.setObjectName("timelineLabel")
        self.label.setMinimumWidth(96)
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.latest_button = QToolButton(self)
        self.latest_button.setText(translate("ui.output.timeline", "Latest"))
        self.latest_button.setToolTip(tooltip(translate("ui.output.timeline", "Back to the newest epoch")))
        self.latest_button.setEnabled(False)
        self.latest_button.clicked.connect(self._go_latest)
        caption = QLabel(translate("ui.output.timeline", "Timeline"), self)
        caption.setObjectName("caption")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(caption)
        row.addWidget(self.slider, 1)
        row.addWidget(self.label)
        row.addWidget(self.latest_button)
        # Coalesce a fast drag into at most one preview per short interval: each costs the training process a grid pass.
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(25)
        self._pending.timeout.connect(self._emit_selection)
        self.slider.valueChanged.connect(self._on_value)

    # ---- state -------------------------------------------------------------------------------------------------
    @property
    def epochs(self) -> tuple[int, ...]:
        return tuple(self._epochs.tolist())

    @property
    def selected_epoch(self) -> int:
        return int(self._epochs[min(self.slider.value(), len(self._epochs) - 1)])

    @property
    def at_latest(self) -> bool:
        return self.slider.value() >= len(self._epochs) - 1

    def set_epochs(self, epochs: Sequence[int], follow: bool = True, current: int | None = None) -> None:
        """The recorded epochs (ascending). `follow` moves the handle to the newest; otherwise it keeps its epoch.
        `current` is the run's epoch now, shown at the newest end (while playing, the recorded epochs reach the
        window only once a second)."""
        self._current = current
        keep = self.selected_epoch
        self._updating = True
        try:
            # every frame while playing: compare and search as arrays, never loop over the epochs in Python
            if epochs is not self._source and not np.array_equal(epochs, self._epochs):
                self._epochs = np.asarray(epochs, dtype=np.int64) if len(epochs) else np.zeros(1, dtype=np.int64)
                self.slider.setRange(0, len(self._epochs) - 1)
            self._source = epochs
            if follow:
                index = len(self._epochs) - 1
            else:  # the recorded epoch nearest at or before the one shown
                index = self._index_at_or_before(keep)
            self.slider.setValue(index)
        finally:
            self._updating = False
        self._show_label()

    def _index_at_or_before(self, epoch: int) -> int:
        return max(0, int(np.searchsorted(self._epochs, epoch, side="right")) - 1)

    # ---- internals ------------------------------------------------------------------------------------------------
    def _show_label(self) -> None:
        shown = self._current if self._current is not None and self.at_latest else self.selected_epoch
        self.label.setText(translate("ui.output.timeline", "epoch {epoch}").format(epoch=f"{shown:,}"))
        self.latest_button.setEnabled(not self.at_latest)

    def _on_value(self, _index: int) -> None:
        self._show_label()
        if not self._updating:
            self._pending.start()

    def _emit_selection(self) -> None:
        self._pending.stop()
        if self.at_latest:
            self.latest_requested.emit()
        else:
            self.epoch_selected.emit(self.selected_epoch)

    def _go_latest(self) -> None:
        self.slider.setValue(len(self._epochs) - 1)
        self._emit_selection()
