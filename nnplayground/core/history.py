"""Per-epoch records of a run, with bounded memory.

Losses and accuracies are kept for every epoch (40 bytes each). Checkpoints (the parameters, the optimizer's
running averages and the shuffling generator's state) are kept for every epoch until they pass a byte budget;
then the older half is thinned (every other checkpoint dropped), again and again, so spacing grows geometrically
with age while recent epochs stay dense and a 100,000-epoch run stays flat in memory.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

import numpy as np

DEFAULT_BUDGET = 64 * 2**20
_VERSIONS = itertools.count(1)  # a history's version changes whenever records are removed, never on append


@dataclass(frozen=True, eq=False)
class Checkpoint:
    epoch: int
    params: np.ndarray
    optimizer_state: dict[int, dict[str, Any]]
    rng_state: dict[str, Any]

    @property
    def nbytes(self) -> int:
        extra = sum(
            v.nbytes for st in self.optimizer_state.values() for v in st.values() if isinstance(v, np.ndarray)
        )
        return self.params.nbytes + extra + 512


def _level(epoch: int) -> int:
    """How many times 2 divides `epoch`."""
    return (epoch & -epoch).bit_length() - 1


class Column:
    """A growable float64 array whose published views never change (growth reallocates)."""

    def __init__(self) -> None:
        self.buf = np.empty(256)
        self.n = 0

    def append(self, v: float) -> None:
        if self.n == self.buf.size:
            grown = np.empty(self.buf.size * 2)
            grown[: self.n] = self.buf[: self.n]
            self.buf = grown
        self.buf[self.n] = v
        self.n += 1

    def extend(self, values: np.ndarray) -> None:
        need = self.n + len(values)
        if need > self.buf.size:
            grown = np.empty(max(need, self.buf.size * 2))
            grown[: self.n] = self.buf[: self.n]
            self.buf = grown
        self.buf[self.n : need] = values
        self.n = need

    def truncate(self, n: int) -> None:
        # A fresh buffer, so views handed out earlier keep their values.
        fresh = np.empty(max(256, self.buf.size))
        fresh[:n] = self.buf[:n]
        self.buf, self.n = fresh, n

    def view(self) -> np.ndarray:
        v = self.buf[: self.n]
        v.flags.writeable = False
        return v


class History:
    COLUMNS = ("epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy")

    def __init__(self, budget_bytes: int = DEFAULT_BUDGET) -> None:
        self.budget = budget_bytes
        self.version = next(_VERSIONS)
        self._cols = {c: Column() for c in self.COLUMNS}
        self.checkpoints: dict[int, Checkpoint] = {}
        self._checkpoint_epochs = Column()  # sorted, published as a read-only view for the timeline
        self._bytes = 0

    def __len__(self) -> int:
        return self._cols["epoch"].n

    def clear(self) -> None:
        self.__init__(self.budget)

    def record(
        self, epoch: int, losses: tuple[float, float, float, float], checkpoint: Checkpoint | None
    ) -> None:
        """Append one epoch's numbers (train loss, test loss, train accuracy, test accuracy; NaN where none)."""
        self._cols["epoch"].append(epoch)
        for c, v in zip(self.COLUMNS[1:], losses, strict=True):
            self._cols[c].append(v)
        if checkpoint is not None:
            self.add_checkpoint(checkpoint)

    def extend(self, columns: dict[str, np.ndarray]) -> None:
        """Append many epochs' numbers at once (a loaded run); columns missing from `columns` get NaN."""
        if "epoch" not in columns:
            return
        n = len(columns["epoch"])
        for c in self.COLUMNS:
            self._cols[c].extend(np.asarray(columns.get(c, np.full(n, np.nan)), dtype=np.float64))

    def add_checkpoint(self, checkpoint: Checkpoint) -> None:
        """Keep a checkpoint (epochs must come in increasing order), thinning old ones past the budget."""
        self.checkpoints[checkpoint.epoch] = checkpoint
        self._checkpoint_epochs.append(checkpoint.epoch)
        self._bytes += checkpoint.nbytes
        if self._bytes > self.budget:
            while self._bytes > self.budget and len(self.checkpoints) > 4:
                self._thin()
            self._reindex()

    def _thin(self) -> None:
        """Drop the finest level of the older half: the epochs divisible by the smallest power of two there.
        Repeated, this keeps multiples of ever larger powers of two, so old checkpoints thin out but never
        vanish, while the recent half stays dense."""
        epochs = sorted(self.checkpoints)
        older = epochs[1 : len(epochs) // 2]  # the first checkpoint (epoch 0) always stays
        lowest = min(_level(e) for e in older)
        for e in older:
            if _level(e) == lowest:
                self._bytes -= self.checkpoints.pop(e).nbytes

    def _reindex(self) -> None:
        epochs = sorted(self.checkpoints)
        self._checkpoint_epochs.truncate(0)
        for e in epochs:
            self._checkpoint_epochs.append(e)

    @property
    def checkpoint_epochs(self) -> np.ndarray:
        """The epochs a rewind returns to exactly, ascending (a read-only view that never changes)."""
        return self._checkpoint_epochs.view()

    def column(self, name: str) -> np.ndarray:
        """A read-only view of one column; it never changes after it is handed out."""
        return self._cols[name].view()

    def last(self) -> dict[str, float] | None:
        if not len(self):
            return None
        return {c: float(self._cols[c].buf[len(self) - 1]) for c in self.COLUMNS}

    def at(self, epoch: int) -> dict[str, float] | None:
        """The record of `epoch`, if there is one."""
        i = int(np.searchsorted(self._cols["epoch"].buf[: len(self)], epoch))
        if i < len(self) and self._cols["epoch"].buf[i] == epoch:
            return {c: float(self._cols[c].buf[i]) for c in self.COLUMNS}
        return None

    def checkpoint_at_or_before(self, epoch: int) -> Checkpoint | None:
        candidates = [e for e in self.checkpoints if e <= epoch]
        return self.checkpoints[max(candidates)] if candidates else None

    def truncate_after(self, epoch: int) -> None:
        """Drop every record after `epoch` (as a video editor drops the rest of a take)."""
        self.version = next(_VERSIONS)
        keep = int(np.searchsorted(self._cols["epoch"].buf[: len(self)], epoch, side="right"))
        for col in self._cols.values():
            col.truncate(keep)
        for e in [e for e in self.checkpoints if e > epoch]:
            self._bytes -= self.checkpoints.pop(e).nbytes
        self._reindex()

    @property
    def checkpoint_bytes(self) -> int:
        return self._bytes
