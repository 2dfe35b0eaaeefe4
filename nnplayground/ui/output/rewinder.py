"""What is on screen: the run's newest snapshot, or an earlier epoch the timeline previews."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject

from nnplayground.core.snapshot import Reason, Snapshot
from nnplayground.ui.output.timeline import Timeline


class Run(Protocol):
    """What the rewinder asks of the run (the workbench)."""

    @property
    def is_playing(self) -> bool: ...

    def pause(self) -> None: ...

    def preview(self, epoch: int) -> None: ...

    def rewind(self, epoch: int) -> None: ...


class Marker(Protocol):
    def set_marker(self, epoch: int | None) -> None: ...


class Rewinder(QObject):
    """Decides what is on screen: the run's newest snapshot, or a recorded epoch the timeline previews.

    A preview asks the run for a picture of that epoch without changing the run. Only when the user
    trains from there (Play, Step, an edited weight) is the run cut back to it (`resume`). While previewing, the
    run's own snapshots still arrive (the last frames of a run just paused, a refresh); they update the timeline's
    range but do not pull the picture back to the newest epoch. A user's command (a step, new settings or data)
    does.
    """

    QUIET = (Reason.PLAY, Reason.PAUSE, Reason.VIEW)

    def __init__(
        self,
        run: Run,
        timeline: Timeline,
        loss_chart: Marker,
        display: Callable[[Snapshot], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.run, self.timeline, self.loss_chart, self._display = run, timeline, loss_chart, display
        self.latest: Snapshot | None = None  # the newest snapshot of the run (never a preview)
        self.shown: Snapshot | None = None  # what is on screen
        self.epoch: int | None = None  # the earlier epoch being previewed, if any
        timeline.epoch_selected.connect(self.preview)
        timeline.latest_requested.connect(self.back_to_latest)

    def preview(self, epoch: int) -> None:
        if self.run.is_playing:
            self.run.pause()
        self.epoch = epoch
        self.run.preview(epoch)

    def back_to_latest(self) -> None:
        self.epoch = None
        self.loss_chart.set_marker(None)
        if self.latest is not None:
            self.show(self.latest)

    def resume(self) -> None:
        """Training goes on from the epoch on screen: the run is cut back to it first."""
        if self.epoch is not None:
            self.run.rewind(self.epoch)
            self.epoch = None

    def forget(self) -> None:
        """The run starts over (reset, a new session): nothing earlier is worth going back to."""
        self.epoch = None

    def on_snapshot(self, snap: Snapshot) -> None:
        if snap.reason == Reason.PREVIEW:
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
