"""A saved run as it was at an epoch: its snapshot (the model's output over the square, the numbers of that
epoch) made from the checkpoint at or before it. For comparing runs at the same epoch (the run strip) and for any
script that wants a picture of a run's past. No Qt here.

    snap = snapshot_at(run.session, 120)   # the run's checkpoint at or before epoch 120 (its last if shorter)
"""

from __future__ import annotations

from .session import Session, restore_trainer
from .snapshot import Snapshot

TILE_GRID = 48  # the output's resolution in a small picture of a run: a tile is about 120 pixels wide


def epoch_shown(session: Session, epoch: int) -> int:
    """The epoch `snapshot_at(session, epoch)` shows: the latest recorded one at or before `epoch` (0 before the
    first, the run's own epoch past its end), read off the session without restoring it."""
    last = int(session.epoch)
    if epoch >= last:
        return last
    recorded = [cp.epoch for cp in session.checkpoints or () if cp.epoch <= epoch]
    return max(recorded, default=0)


def snapshot_at(session: Session, epoch: int, grid: int = TILE_GRID) -> Snapshot:
    """The run of `session` at its recorded epoch nearest at or before `epoch` (its first, epoch 0, if none is
    earlier; its last if the run is shorter). Raises SessionError if the session's arrays do not fit its network."""
    trainer = restore_trainer(session)
    target = epoch_shown(session, int(epoch))
    if target < trainer.epoch:
        trainer.rewind(target)
    return trainer.snapshot(grid=grid, neuron_grid=8, at_epoch=trainer.epoch)
