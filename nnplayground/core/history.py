"""Per-epoch records of a run, with bounded memory however long the run.

Two kinds of record, each with its own budget:

- Rows (the epoch, train and test loss and accuracy; 40 bytes each) are kept for every epoch up to `row_budget`
  rows. Past it, the older half is thinned as checkpoints are (below), except the first `row_budget // 16` rows
  (the loss falls fastest at the start, and the chart shows it) and the rows of checkpointed epochs, down to
  three quarters of the budget, so a thinning pass (a few passes over the rows) comes once every `row_budget / 4`
  epochs, not every epoch. The newest quarter of the budget is always dense.
- Checkpoints (the parameters, the optimizer's running averages and the shuffling generator's state) are kept
  for every epoch until they pass a byte budget or `row_budget // 8` of them; then the older half is thinned
  (the finest level dropped), again and again, so spacing grows geometrically with age while recent epochs stay
  dense. Their rows are never thinned, so a rewind, a preview and the divergence check always find its numbers.

- Sparse rows (`Sparse`: the layers' health, see core/health_history.py) are vectors of one width kept at some
  epochs only, at most `SPARSE_ROWS` of them, thinned as the rows are (the finest level of the older half, the
  first kept), so they too span the whole run with recent epochs dense.

Worst case, a history holds `nbytes` <= 82 * row_budget + budget + one checkpoint + 4 KB (five columns of at
most twice the budget's floats, the list of checkpointed epochs, the checkpoints): with the defaults (2**17 rows,
64 MB) about 75 MB, whether the run lasts a thousand epochs or a billion; and the sparse rows, at most
SPARSE_ROWS x 9 layers x 22 floats (1.6 MB).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

import numpy as np

DEFAULT_BUDGET = 64 * 2**20
DEFAULT_ROWS = 2**17  # rows of the loss history: more than a chart can show, 5 MB in memory
HEAD_SHARE = 16  # the first row_budget // HEAD_SHARE rows are never thinned
CHECKPOINT_SHARE = 8  # at most row_budget // CHECKPOINT_SHARE checkpoints (their rows must leave room to thin)
LOW_WATER = 0.75  # rows are thinned down to this share of the row budget
MIN_CHECKPOINTS = 4
SPARSE_ROWS = 1024  # sparse rows kept (a chart of them over epochs has a few hundred pixels)
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


def levels(epochs: np.ndarray) -> np.ndarray:
    """How many times 2 divides each epoch (-1 for epoch 0)."""
    e = np.asarray(epochs).astype(np.int64)
    return np.frexp((e & -e).astype(np.float64))[1] - 1


def finest(level: np.ndarray, start: int, stop: int, fixed: np.ndarray | None = None) -> np.ndarray:
    """The entries one thinning pass drops, given the `levels` of their epochs: those in [start, stop) at the
    finest level (the fewest factors of 2) among the ones not `fixed`. Repeated, this keeps multiples of ever
    larger powers of two, so an old stretch thins out but never vanishes. A boolean mask; all False when nothing
    can go."""
    drop = np.zeros(len(level), bool)
    stop = max(start, min(stop, len(level)))
    region = level[start:stop]
    if fixed is not None:
        region = np.where(fixed[start:stop], np.iinfo(region.dtype).max, region)  # a fixed entry is never finest
    if len(region) and (fixed is None or not fixed[start:stop].all()):
        drop[start:stop] = region == region.min()
    return drop


def _capacity(n: int) -> int:
    return max(256, 2 * n)


class Column:
    """A growable float64 array whose published views never change (growth and removal reallocate)."""

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

    def select(self, keep: np.ndarray) -> None:
        """Keep only the values where the boolean mask `keep` is True, in a fresh buffer sized for them."""
        kept = self.buf[: self.n][keep]
        self.buf = np.empty(_capacity(len(kept)))
        self.buf[: len(kept)] = kept
        self.n = len(kept)

    def view(self) -> np.ndarray:
        v = self.buf[: self.n]
        v.flags.writeable = False
        return v


class Sparse:
    """Vectors of one width recorded at some epochs only, in increasing epochs, thinned past `budget` (see the
    module's docstring). `stride` and `mark` are the recorder's own (its cadence, see core/health_history.py);
    they go when the records do. Arrays handed out are fresh copies, so they never change."""

    def __init__(self, budget: int = SPARSE_ROWS) -> None:
        self.budget = budget
        self._epochs: list[int] = []
        self._rows: list[np.ndarray] = []
        self.stride = 1
        self.mark: tuple[int, float] | None = None  # (epoch, time) the last record ended at

    def __len__(self) -> int:
        return len(self._epochs)

    def add(self, epoch: int, row: np.ndarray) -> None:
        """Keep `row` for `epoch`, replacing the records of that epoch and later; a row of another width than
        the kept ones (a new network) replaces them all."""
        row = np.array(row, dtype=np.float64).reshape(-1)
        if self._rows and self._rows[0].shape != row.shape:
            self.truncate_after(-1)
        self.truncate_after(epoch - 1, keep_cadence=True)
        row.flags.writeable = False
        self._epochs.append(int(epoch))
        self._rows.append(row)
        if len(self._epochs) > self.budget:
            drop = finest(levels(np.array(self._epochs)), 1, len(self._epochs) // 2)
            self._epochs = [e for e, d in zip(self._epochs, drop, strict=True) if not d]
            self._rows = [r for r, d in zip(self._rows, drop, strict=True) if not d]

    def extend(self, epochs: np.ndarray, rows: np.ndarray) -> None:
        for e, r in zip(np.asarray(epochs).tolist(), np.asarray(rows), strict=True):
            self.add(int(e), r)

    def truncate_after(self, epoch: int, keep_cadence: bool = False) -> None:
        keep = int(np.searchsorted(np.array(self._epochs, dtype=np.int64), epoch, side="right"))
        del self._epochs[keep:], self._rows[keep:]
        if not keep_cadence:
            self.mark = None  # (the time since a later record says nothing about the cost from here)
            if not self._epochs:
                self.stride = 1

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """(epochs (m,), rows (m, width)): copies; (0,) and (0, 0) when empty."""
        epochs = np.array(self._epochs, dtype=np.float64)
        rows = np.array(self._rows) if self._rows else np.zeros((0, 0))
        return epochs, rows

    @property
    def nbytes(self) -> int:
        return sum(r.nbytes + 8 for r in self._rows)


class History:
    COLUMNS = ("epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy")

    def __init__(self, budget_bytes: int = DEFAULT_BUDGET, row_budget: int = DEFAULT_ROWS) -> None:
        self.budget = budget_bytes
        self.row_budget = row_budget
        self.version = next(_VERSIONS)
        self._cols = {c: Column() for c in self.COLUMNS}
        self.checkpoints: dict[int, Checkpoint] = {}
        self._checkpoint_epochs = Column()  # sorted, published as a read-only view for the timeline
        self._bytes = 0
        self.sparse = Sparse()  # the layers' health (core/health_history.py)

    def __len__(self) -> int:
        return self._cols["epoch"].n

    def clear(self) -> None:
        self.__init__(self.budget, self.row_budget)

    @property
    def max_checkpoints(self) -> int:
        return max(MIN_CHECKPOINTS, self.row_budget // CHECKPOINT_SHARE)

    def record(
        self, epoch: int, losses: tuple[float, float, float, float], checkpoint: Checkpoint | None
    ) -> None:
        """Append one epoch's numbers (train loss, test loss, train accuracy, test accuracy; NaN where none)."""
        self._cols["epoch"].append(epoch)
        for c, v in zip(self.COLUMNS[1:], losses, strict=True):
            self._cols[c].append(v)
        if checkpoint is not None:
            self.add_checkpoint(checkpoint)
        if len(self) > self.row_budget:
            self._thin_rows()

    def extend(self, columns: dict[str, np.ndarray]) -> None:
        """Append many epochs' numbers at once (a loaded run); columns missing from `columns` get NaN."""
        if "epoch" not in columns:
            return
        n = len(columns["epoch"])
        for c in self.COLUMNS:
            self._cols[c].extend(np.asarray(columns.get(c, np.full(n, np.nan)), dtype=np.float64))
        if len(self) > self.row_budget:
            self._thin_rows()

    def add_checkpoint(self, checkpoint: Checkpoint) -> None:
        """Keep a checkpoint (epochs must come in increasing order; the last epoch's is replaced), thinning old
        ones past the budgets."""
        epoch = checkpoint.epoch
        last = self._checkpoint_epochs.buf[self._checkpoint_epochs.n - 1] if self.checkpoints else -1
        if epoch < last:
            raise ValueError(f"checkpoint of epoch {epoch} after one of epoch {int(last)}")
        if epoch == last:
            self._bytes -= self.checkpoints[epoch].nbytes
        else:
            self._checkpoint_epochs.append(epoch)
        self.checkpoints[epoch] = checkpoint
        self._bytes += checkpoint.nbytes
        if self._bytes > self.budget or len(self.checkpoints) > self.max_checkpoints:
            self._thin_checkpoints()

    def _thin_checkpoints(self) -> None:
        """Drop the finest level of the older half, again while over a budget; the first checkpoint (epoch 0)
        always stays and the recent half stays dense."""
        epochs = np.array(self._checkpoint_epochs.view())
        level = levels(epochs)
        while (self._bytes > self.budget or len(epochs) > self.max_checkpoints) and len(epochs) > MIN_CHECKPOINTS:
            drop = finest(level, 1, len(epochs) // 2)  # (len > 4: never empty)
            for e in epochs[drop]:
                self._bytes -= self.checkpoints.pop(int(e)).nbytes
            epochs, level = epochs[~drop], level[~drop]
        self._checkpoint_epochs.truncate(0)
        self._checkpoint_epochs.extend(epochs)

    def _thin_rows(self) -> None:
        """Thin the older half of the rows (past the first ones, never a checkpoint's) down to the low-water
        mark. A new version: whoever holds the rows incrementally (the window) must take them all again."""
        epochs = self._cols["epoch"].view()
        keep = np.ones(len(epochs), bool)
        fixed = np.isin(epochs, self._checkpoint_epochs.view())
        level = levels(epochs)
        head, target = max(1, self.row_budget // HEAD_SHARE), int(self.row_budget * LOW_WATER)
        while keep.sum() > target:
            kept = np.flatnonzero(keep)
            drop = finest(level[kept], head, len(kept) // 2, fixed[kept])
            if not drop.any():
                break  # everything left in the older half must stay
            keep[kept[drop]] = False
        for col in self._cols.values():
            col.select(keep)
        self.version = next(_VERSIONS)

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
        """The record of `epoch`, if there is one (a thinned-out epoch has none)."""
        i = int(np.searchsorted(self._cols["epoch"].buf[: len(self)], epoch))
        if i < len(self) and self._cols["epoch"].buf[i] == epoch:
            return {c: float(self._cols[c].buf[i]) for c in self.COLUMNS}
        return None

    def checkpoint_at_or_before(self, epoch: int) -> Checkpoint | None:
        epochs = self._checkpoint_epochs.buf[: self._checkpoint_epochs.n]
        i = int(np.searchsorted(epochs, epoch, side="right"))
        return self.checkpoints[int(epochs[i - 1])] if i else None

    def truncate_after(self, epoch: int) -> None:
        """Drop every record after `epoch` (as a video editor drops the rest of a take)."""
        self.version = next(_VERSIONS)
        keep = int(np.searchsorted(self._cols["epoch"].buf[: len(self)], epoch, side="right"))
        for col in self._cols.values():
            col.truncate(keep)
        for e in [e for e in self.checkpoints if e > epoch]:
            self._bytes -= self.checkpoints.pop(e).nbytes
        epochs = self._checkpoint_epochs.view()
        self._checkpoint_epochs.truncate(int(np.searchsorted(epochs, epoch, side="right")))
        self.sparse.truncate_after(epoch)

    @property
    def checkpoint_bytes(self) -> int:
        return self._bytes

    @property
    def nbytes(self) -> int:
        """The bytes this history holds: its row buffers, its checkpoints (as `Checkpoint.nbytes` counts them)
        and the list of their epochs. Bounded as the module's docstring says."""
        rows = sum(col.buf.nbytes for col in self._cols.values())
        return rows + self._checkpoint_epochs.buf.nbytes + self._bytes + self.sparse.nbytes
