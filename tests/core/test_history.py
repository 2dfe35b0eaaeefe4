"""History: per-epoch records, checkpoints thinned to a byte budget, and views that never change once handed out.

Driven directly with synthetic checkpoints, so a 100,000-epoch run costs a second or two.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from nnplayground.core.history import DEFAULT_BUDGET, Checkpoint, History

N_PARAMS = 10
LONG_RUN = 100_000
BUDGET_CHECKPOINTS = 64


def checkpoint(epoch: int, n: int = N_PARAMS, with_state: bool = False) -> Checkpoint:
    """A checkpoint whose parameters all hold its epoch (so a restore can be told apart)."""
    state = {0: {"t": epoch, "m": np.full(n, -epoch, float), "v": np.ones(n)}} if with_state else {}
    return Checkpoint(epoch, np.full(n, float(epoch)), state, {"bit_generator": "PCG64", "epoch": epoch})


def losses(epoch: int) -> tuple[float, float, float, float]:
    return (1.0 / (epoch + 1), 2.0 / (epoch + 1), epoch % 7 / 7, math.nan)


def record(h: History, epochs, **kw) -> None:
    for e in epochs:
        h.record(e, losses(e), checkpoint(e, **kw))


CP_BYTES = checkpoint(0).nbytes


# ---- the basics ------------------------------------------------------------------------------------------------
def test_checkpoint_size_counts_parameters_and_optimizer_state():
    plain, full = checkpoint(3), checkpoint(3, with_state=True)
    assert plain.nbytes >= plain.params.nbytes
    assert full.nbytes - plain.nbytes == 2 * N_PARAMS * 8  # m and v; the step count is no array


def test_records_every_epoch_below_the_budget():
    h = History(budget_bytes=100 * CP_BYTES)
    record(h, range(50))
    assert len(h) == 50
    np.testing.assert_array_equal(h.column("epoch"), np.arange(50))
    np.testing.assert_array_equal(h.checkpoint_epochs, np.arange(50))
    assert h.checkpoint_bytes == 50 * CP_BYTES
    for e in (0, 17, 49):
        assert h.checkpoint_at_or_before(e).epoch == e
        assert h.at(e) == pytest.approx(dict(zip(History.COLUMNS, (e, *losses(e)), strict=True)), nan_ok=True)
    assert h.last()["epoch"] == 49
    assert h.at(50) is None and h.at(-1) is None


def test_small_networks_keep_every_epoch_with_the_default_budget():
    h = History()
    assert h.budget == DEFAULT_BUDGET
    # a 2-8-8-1 network has 105 parameters; with adam's two moments, 2,000 epochs are kept whole
    record(h, range(2000), n=105, with_state=True)
    np.testing.assert_array_equal(h.checkpoint_epochs, np.arange(2000))


def test_empty_history():
    h = History()
    assert len(h) == 0 and h.last() is None and h.at(0) is None
    assert h.checkpoint_at_or_before(10) is None
    assert h.column("train_loss").shape == (0,) and h.checkpoint_epochs.shape == (0,)
    assert h.checkpoint_bytes == 0


def test_checkpoint_at_or_before():
    h = History()
    for e in (0, 3, 4, 9):
        h.record(e, losses(e), checkpoint(e))
    assert [h.checkpoint_at_or_before(e).epoch for e in (0, 1, 2, 3, 4, 5, 8, 9, 10, 1000)] == [
        0,
        0,
        0,
        3,
        4,
        4,
        4,
        9,
        9,
        9,
    ]
    assert h.checkpoint_at_or_before(-1) is None
    # a record without a checkpoint keeps its losses but gives no rewind target
    h.record(10, losses(10), None)
    assert h.at(10) is not None and h.checkpoint_at_or_before(10).epoch == 9


def test_clear_keeps_the_budget():
    h = History(budget_bytes=12345)
    record(h, range(5))
    h.clear()
    assert len(h) == 0 and h.budget == 12345 and h.checkpoint_bytes == 0 and not h.checkpoints


# ---- truncation and views that never change -------------------------------------------------------------------
def test_truncate_after_drops_later_records_and_keeps_handed_out_views():
    h = History()
    record(h, range(20))
    views = {c: h.column(c) for c in History.COLUMNS}
    copies = {c: v.copy() for c, v in views.items()}
    kept = h.checkpoint_epochs
    kept_copy = kept.copy()
    rec15 = h.at(15)
    cp15 = h.checkpoint_at_or_before(15)

    h.truncate_after(10)
    assert len(h) == 11 and h.last()["epoch"] == 10
    np.testing.assert_array_equal(h.column("epoch"), np.arange(11))
    np.testing.assert_array_equal(h.checkpoint_epochs, np.arange(11))
    assert h.at(15) is None and h.checkpoint_at_or_before(15).epoch == 10
    assert h.checkpoint_bytes == 11 * CP_BYTES

    # a different future: epochs 11.. with other numbers
    for e in range(11, 30):
        h.record(e, (-1.0, -2.0, 0.5, 0.5), checkpoint(e))
    assert h.at(15)["train_loss"] == -1.0 and h.at(10)["train_loss"] == losses(10)[0]
    assert len(h) == 30

    for c in History.COLUMNS:  # nothing handed out before has changed
        np.testing.assert_array_equal(views[c], copies[c])
        assert not views[c].flags.writeable
    np.testing.assert_array_equal(kept, kept_copy)
    assert rec15["train_loss"] == losses(15)[0]
    assert cp15.epoch == 15 and (cp15.params == 15.0).all()


def test_views_are_read_only():
    h = History()
    record(h, range(3))
    for v in (h.column("train_loss"), h.column("epoch"), h.checkpoint_epochs):
        with pytest.raises(ValueError):
            v[0] = 42.0


def test_views_survive_many_appends_and_truncations():
    """Growth reallocates, truncation copies: a view keeps the numbers it was handed out with."""
    h = History(budget_bytes=16 * CP_BYTES)
    handed = []
    for e in range(3000):
        h.record(e, losses(e), checkpoint(e))
        if e % 97 == 0:
            handed.append((h.column("train_loss"), h.column("epoch"), h.checkpoint_epochs))
            handed.append(tuple(v.copy() for v in handed[-1]))
        if e % 500 == 499:
            h.truncate_after(e - 5)
            for r in range(e - 4, e + 1):  # and re-record, with the same numbers
                h.record(r, losses(r), checkpoint(r))
    for views, copies in zip(handed[::2], handed[1::2], strict=True):
        for v, c in zip(views, copies, strict=True):
            np.testing.assert_array_equal(v, c)
    np.testing.assert_array_equal(h.column("epoch"), np.arange(3000))
    assert h.checkpoint_bytes == sum(cp.nbytes for cp in h.checkpoints.values())


# ---- a long run stays flat ------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def long_run():
    """100,000 epochs recorded into a budget of 64 checkpoints, with views taken along the way."""
    h = History(budget_bytes=BUDGET_CHECKPOINTS * CP_BYTES)
    peak = 0
    handed = {}
    for e in range(LONG_RUN):
        h.record(e, losses(e), checkpoint(e))
        peak = max(peak, h.checkpoint_bytes)
        if e in (1_000, 50_000):
            views = (h.column("train_loss"), h.column("epoch"), h.checkpoint_epochs)
            handed[e] = (views, tuple(v.copy() for v in views), h.at(e // 2))
    return h, peak, handed


def test_long_run_memory_stays_within_the_budget(long_run):
    h, peak, _ = long_run
    assert peak <= h.budget + CP_BYTES
    assert h.checkpoint_bytes == sum(cp.nbytes for cp in h.checkpoints.values())
    assert len(h.checkpoints) <= BUDGET_CHECKPOINTS + 1


def test_long_run_keeps_every_loss(long_run):
    h, _, _ = long_run
    assert len(h) == LONG_RUN
    np.testing.assert_array_equal(h.column("epoch"), np.arange(LONG_RUN))
    np.testing.assert_allclose(h.column("train_loss"), 1.0 / (np.arange(LONG_RUN) + 1.0))
    np.testing.assert_allclose(h.column("test_loss"), 2.0 / (np.arange(LONG_RUN) + 1.0))
    assert np.isnan(h.column("test_accuracy")).all()
    assert h.at(12_345)["train_loss"] == pytest.approx(1.0 / 12_346)  # a thinned-out epoch still has its numbers


def test_long_run_keeps_epoch_zero_and_recent_epochs_dense(long_run):
    h, _, _ = long_run
    kept = h.checkpoint_epochs
    assert kept[0] == 0 and h.checkpoint_at_or_before(0).epoch == 0
    assert (np.diff(kept) > 0).all()  # sorted, no repeats
    assert set(kept.tolist()) == set(h.checkpoints)
    recent = np.arange(LONG_RUN - BUDGET_CHECKPOINTS // 4, LONG_RUN)
    assert np.isin(recent, kept).all()
    for e in kept:  # each checkpoint is the one recorded for its epoch
        cp = h.checkpoints[int(e)]
        assert cp.epoch == e and (cp.params == e).all() and cp.rng_state["epoch"] == e


def test_long_run_spacing_grows_with_age(long_run):
    h, _, _ = long_run
    gaps = np.diff(h.checkpoint_epochs)
    assert gaps[-1] == 1 and gaps.max() > 1
    assert (np.diff(gaps) <= 0).all()  # going back in time, the gap between checkpoints never shrinks


def test_long_run_checkpoints_span_the_whole_run(long_run):
    """Geometric thinning keeps checkpoints at every age: a rewind to the middle of the run lands near it (at
    least half way there), not back at epoch 0."""
    h, _, _ = long_run
    for target in (LONG_RUN // 2, LONG_RUN // 4):
        restored = h.checkpoint_at_or_before(target).epoch
        assert restored >= target // 2, f"rewind to {target} restores {restored}; kept {h.checkpoint_epochs[:4]}..."


def test_long_run_views_never_changed(long_run):
    _, _, handed = long_run
    for epoch, (views, copies, record_then) in handed.items():
        for v, c in zip(views, copies, strict=True):
            np.testing.assert_array_equal(v, c)
        assert len(views[0]) == epoch + 1
        assert record_then["epoch"] == epoch // 2


def test_truncating_a_thinned_history():
    t = History(budget_bytes=16 * CP_BYTES)
    record(t, range(1000))
    before = t.checkpoint_epochs
    before_copy = before.copy()
    assert len(before) < 1000
    middle = int(before[len(before) // 2])
    t.truncate_after(middle + 1)
    assert len(t) == middle + 2
    assert t.checkpoint_epochs[-1] == max(e for e in before if e <= middle + 1)
    assert t.checkpoint_bytes == sum(cp.nbytes for cp in t.checkpoints.values())
    np.testing.assert_array_equal(before, before_copy)
    record(t, range(middle + 2, 1500))
    assert t.checkpoint_bytes <= t.budget + CP_BYTES
    assert (np.diff(t.checkpoint_epochs) > 0).all() and t.checkpoint_epochs[0] == 0
    np.testing.assert_array_equal(t.column("epoch"), np.arange(1500))


# ---- the loss rows are thinned past their budget too --------------------------------------------------------------
ROW_BUDGET = 1000
ROW_RUN = 30_000


@pytest.fixture(scope="module")
def thinned_rows():
    """30,000 epochs recorded into a budget of 1,000 rows, the memory held measured along the way."""
    h = History(budget_bytes=BUDGET_CHECKPOINTS * CP_BYTES, row_budget=ROW_BUDGET)
    peak_rows, peak_bytes, versions = 0, 0, {h.version}
    for e in range(ROW_RUN):
        h.record(e, losses(e), checkpoint(e))
        peak_rows, peak_bytes = max(peak_rows, len(h)), max(peak_bytes, h.nbytes)
        versions.add(h.version)
    return h, peak_rows, peak_bytes, versions


def test_rows_stay_within_their_budget(thinned_rows):
    h, peak_rows, _, versions = thinned_rows
    assert peak_rows <= ROW_BUDGET + 1  # the newest row is in before the older ones are thinned
    assert len(h) <= ROW_BUDGET and len(versions) > 1  # thinning is a new version: the rows must be sent again
    assert len(h.checkpoints) <= ROW_BUDGET // 8  # checkpoints are capped in number too (their rows stay)


def test_the_memory_a_history_holds_is_bounded_by_its_budgets(thinned_rows):
    """The bound the module states: 82 bytes a row of the budget, the checkpoint budget and one checkpoint."""
    h, _, peak_bytes, _ = thinned_rows
    assert peak_bytes <= 82 * ROW_BUDGET + h.budget + CP_BYTES + 4096
    assert h.nbytes >= 40 * len(h) + h.checkpoint_bytes  # it counts what is really there


def test_thinned_rows_keep_the_start_and_the_newest_epochs_dense(thinned_rows):
    h, _, _, _ = thinned_rows
    epochs = h.column("epoch")
    assert (np.diff(epochs) > 0).all()
    head = ROW_BUDGET // 16
    np.testing.assert_array_equal(epochs[:head], np.arange(head))  # the start, where the loss falls fastest
    newest = ROW_BUDGET // 4
    np.testing.assert_array_equal(epochs[-newest:], np.arange(ROW_RUN - newest, ROW_RUN))
    assert np.isin(h.checkpoint_epochs, epochs).all()  # a rewind or preview target always has its numbers
    e = epochs.astype(int)
    np.testing.assert_array_equal(h.column("train_loss"), 1.0 / (e + 1.0))  # kept rows keep their own numbers
    np.testing.assert_array_equal(h.column("train_accuracy"), e % 7 / 7)


def test_thinned_rows_span_the_whole_run(thinned_rows):
    h, _, _, _ = thinned_rows
    epochs = h.column("epoch")
    for target in (ROW_RUN // 2, ROW_RUN // 4, ROW_RUN // 10):
        before = epochs[epochs <= target]
        assert before[-1] >= target // 2, f"nearest row to {target} is {before[-1]}"


def test_thinning_rows_keeps_handed_out_views():
    h = History(row_budget=100)
    record(h, range(100))
    views = [h.column(c) for c in History.COLUMNS]
    copies = [v.copy() for v in views]
    record(h, range(100, 400))
    assert len(h) <= 100
    for v, c in zip(views, copies, strict=True):
        np.testing.assert_array_equal(v, c)


def test_a_loaded_run_longer_than_the_row_budget_is_thinned():
    h = History(row_budget=500)
    h.extend({"epoch": np.arange(20_000.0), "train_loss": np.ones(20_000)})
    assert len(h) <= 500 and h.nbytes <= 82 * 500 + 4096
    assert h.column("epoch")[0] == 0 and h.column("epoch")[-1] == 19_999
