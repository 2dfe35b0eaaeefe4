"""The output column: the timeline under the canvas, and the column that holds it (losses, chart, canvas, toggles).

The timeline is a slider over the epochs the run has recorded.

The history keeps a checkpoint for recent epochs and thins older ones, so the slider moves over the *list* of
recorded epochs (its value is an index into it), never over raw epoch numbers that might have no checkpoint.
It follows the newest epoch while the user leaves it at the right end; once dragged back it stays where it was
put until the run moves on by a command of the user's (see the window's preview logic).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QLabel, QSlider, QToolButton, QVBoxLayout, QWidget

from nnplayground.core.numbers import loss_text, percent_text
from nnplayground.core.snapshot import Snapshot
from nnplayground.ui.common.explain import TIPS
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
        self.slider.setToolTip(tooltip(TIPS["timeline"]))
        # Arrow keys belong to the window (Right = step); the slider takes clicks and drags only.
        self.slider.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.label = QLabel("epoch 0", self)
        self.label.setObjectName("timelineLabel")
        self.label.setMinimumWidth(96)
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.latest_button = QToolButton(self)
        self.latest_button.setText("Latest")
        self.latest_button.setToolTip(tooltip("Back to the newest epoch"))
        self.latest_button.setEnabled(False)
        self.latest_button.clicked.connect(self._go_latest)
        caption = QLabel("Timeline", self)
        caption.setObjectName("caption")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(caption)
        row.addWidget(self.slider, 1)
        row.addWidget(self.label)
        row.addWidget(self.latest_button)
        # Coalesce a fast drag into at most one preview per short interval: each costs the worker a grid pass.
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
        self.label.setText(f"epoch {shown:,}")
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


class OutputPanel(QWidget):
    """The right column: the losses (with accuracy), the loss chart, the canvas, the timeline, the view toggles."""

    def __init__(self, canvas: QWidget, loss_chart: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outputPanel")
        col = QVBoxLayout(self)
        col.setContentsMargins(10, 8, 10, 6)
        title = QLabel("OUTPUT")
        title.setObjectName("sectionTitle")
        col.addWidget(title)
        losses = QGridLayout()
        losses.setHorizontalSpacing(10)
        labels = []
        for row, (caption, name) in enumerate((("Training loss", "train"), ("Test loss", "test"))):
            cap = QLabel(caption)
            cap.setToolTip(tooltip(TIPS["loss"]))
            value = QLabel("—")
            value.setObjectName(f"{name}LossLabel")
            value.setToolTip(tooltip(f"{TIPS['loss']}\n\n{TIPS['overfitting']}"))
            acc = QLabel("")
            acc.setObjectName(f"{name}AccLabel")
            for c, w in enumerate((cap, value, acc)):
                losses.addWidget(w, row, c)
            labels += [value, acc]
        losses.setColumnStretch(2, 1)
        self.train_loss, self.train_accuracy, self.test_loss, self.test_accuracy = labels
        col.addLayout(losses)
        loss_chart.setFixedHeight(150)
        col.addWidget(loss_chart)
        col.addWidget(canvas, 1)
        self.timeline = Timeline()
        col.addWidget(self.timeline)
        self.toggles: dict[str, QCheckBox] = {}
        for name, text in (
            ("actionDiscretize", "Discretize output"),
            ("actionShowTest", "Show test data"),
            ("actionLogLoss", "Log-scale loss"),
        ):
            box = QCheckBox(text)
            box.setObjectName(name.replace("action", "check"))
            self.toggles[name] = box
        self._toggle_grid = QGridLayout()
        self._toggle_grid.setContentsMargins(0, 0, 0, 0)
        self._toggle_columns = 0
        col.addLayout(self._toggle_grid)
        self._flow_toggles()

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt's name)
        super().resizeEvent(event)
        self._flow_toggles()

    def _flow_toggles(self) -> None:
        """The check boxes in one row where they fit, else in two (in one row they were cut off at 1024 px)."""
        boxes = list(self.toggles.values())
        margins = self.layout().contentsMargins()
        need = sum(b.sizeHint().width() for b in boxes) + self._toggle_grid.horizontalSpacing() * (len(boxes) - 1)
        columns = len(boxes) if need <= self.width() - margins.left() - margins.right() else 2
        if columns == self._toggle_columns:
            return
        self._toggle_columns = columns
        for i, b in enumerate(boxes):
            self._toggle_grid.removeWidget(b)
            self._toggle_grid.addWidget(b, i // columns, i % columns)
        self._toggle_grid.setColumnStretch(columns, 1)

    def bind_toggles(self, actions: dict[str, QAction]) -> None:
        """The View actions and these check boxes are one setting each, kept in step both ways."""
        for name, box in self.toggles.items():
            act = actions[name]
            box.setToolTip(act.toolTip())
            box.toggled.connect(act.setChecked)
            act.toggled.connect(box.setChecked)

    def show_numbers(self, snap: Snapshot) -> None:
        self.train_loss.setText(loss_text(snap.train_loss))
        self.test_loss.setText(loss_text(snap.test_loss))
        self.train_accuracy.setText(_accuracy_text(snap.train_accuracy))
        self.test_accuracy.setText(_accuracy_text(snap.test_accuracy))


def _accuracy_text(v: float | None) -> str:
    return "" if v is None or not math.isfinite(v) else f"accuracy {percent_text(v)}"


class Rewinder(QObject):
    """Decides what is on screen: the run's newest snapshot, or a recorded epoch the timeline previews.

    A preview asks the controller for a picture of that epoch without changing the run. Only when the user
    trains from there (Play, Step, an edited weight) is the run cut back to it (`resume`). While previewing, the
    run's own snapshots still arrive (the last frames of a run just paused, a refresh); they update the timeline's
    range but do not pull the picture back to the newest epoch. A user's command (a step, new settings or data)
    does.
    """

    QUIET = ("play", "pause", "view")

    def __init__(
        self,
        controller: Any,
        timeline: Timeline,
        loss_chart: Any,
        display: Callable[[Snapshot], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller, self.timeline, self.loss_chart, self._display = controller, timeline, loss_chart, display
        self.latest: Snapshot | None = None  # the newest snapshot of the run (never a preview)
        self.shown: Snapshot | None = None  # what is on screen
        self.epoch: int | None = None  # the earlier epoch being previewed, if any
        timeline.epoch_selected.connect(self.preview)
        timeline.latest_requested.connect(self.back_to_latest)

    def preview(self, epoch: int) -> None:
        if self.controller.is_playing:
            self.controller.pause()
        self.epoch = epoch
        self.controller.preview(epoch)

    def back_to_latest(self) -> None:
        self.epoch = None
        self.loss_chart.set_marker(None)
        if self.latest is not None:
            self.show(self.latest)

    def resume(self) -> None:
        """Training goes on from the epoch on screen: the run is cut back to it first."""
        if self.epoch is not None:
            self.controller.rewind(self.epoch)
            self.epoch = None

    def forget(self) -> None:
        """The run starts over (reset, a new session): nothing earlier is worth going back to."""
        self.epoch = None

    def on_snapshot(self, snap: Snapshot) -> None:
        if snap.reason == "preview":
            if self.epoch is not None:  # else the user went back to the newest meanwhile
                self.show(snap)
                self.loss_chart.set_marker(snap.epoch)
            return
        self.latest = snap
        if self.epoch is not None and snap.reason in self.QUIET:
            self.timeline.set_epochs(snap.history_epochs, follow=False)
            return
        self.epoch = None
        self.loss_chart.set_marker(None)
        self.timeline.set_epochs(snap.history_epochs, follow=True, current=snap.epoch)
        self.show(snap)

    def show(self, snap: Snapshot) -> None:
        self.shown = snap
        self._display(snap)
