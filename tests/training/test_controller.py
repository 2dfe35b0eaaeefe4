"""The training controller, driven from the GUI thread as the window drives it."""

import os
import random
import signal

import numpy as np
import pytest

from nnplayground.core.experiment import DataSpec, Experiment
from nnplayground.core.points import PointSet
from nnplayground.core.session import session_from_trainer
from nnplayground.core.snapshot import Reason
from nnplayground.core.trainer import Trainer
from nnplayground.training.controller import TrainingController

EXP = Experiment(
    data=DataSpec(name="gauss", n=200, noise=0.1, seed=2), hidden=(4,), activations=("tanh",), lr=0.1
)
POINTS = PointSet.generate("gauss", 200, 0.1, 2)
# Only a guard against a run that never ends: shutdown's answer says whether the run ended by itself when asked
# (True) or had to be terminated, however long the machine took.
HANG_MS = 30_000


class Recorder:
    def __init__(self, controller: TrainingController) -> None:
        self.snaps = []
        self.errors = []
        controller.snapshot.connect(self.snaps.append)
        controller.error.connect(self.errors.append)


@pytest.fixture
def controller(qtbot):
    c = TrainingController(EXP, POINTS, grid=20, neuron_grid=8)
    rec = Recorder(c)
    qtbot.waitUntil(lambda: len(rec.snaps) >= 1, timeout=5000)  # the starting picture
    c.rec = rec
    yield c
    assert c.shutdown(HANG_MS), "the run did not end by itself when asked to quit: it was terminated"
    assert not rec.errors, rec.errors


def after(qtbot, c, action, reason, timeout=5000):
    """Do `action`, then wait for the snapshot it yields (by its reason: snapshots sent while playing may still
    be on their way when a command is given) and return it."""
    before = len(c.rec.snaps)
    action()
    qtbot.waitUntil(lambda: any(s.reason == reason for s in c.rec.snaps[before:]), timeout=timeout)
    return [s for s in c.rec.snaps[before:] if s.reason == reason][-1]


def count_after(qtbot, c, action, n=1, timeout=5000):
    before = len(c.rec.snaps)
    action()
    qtbot.waitUntil(lambda: len(c.rec.snaps) >= before + n, timeout=timeout)
    return c.rec.snaps[before:]


def test_step_gives_exactly_one_snapshot_with_the_next_epoch(qtbot, controller):
    start = controller.rec.snaps[-1].epoch
    before = len(controller.rec.snaps)
    controller.step_epoch()
    after(qtbot, controller, controller.request_snapshot, Reason.VIEW)  # the pipe keeps order: the step's are here
    new = controller.rec.snaps[before:]
    assert [(s.reason, s.epoch) for s in new] == [(Reason.STEP, start + 1), (Reason.VIEW, start + 1)]


def run_network(trainer: Trainer):
    return trainer.network  # runs in the training process: must be a module-level function


def run_epoch(trainer: Trainer) -> int:
    return trainer.epoch


def test_a_snapshot_carries_the_runs_weights_and_biases(qtbot, controller):
    snap = after(qtbot, controller, controller.step_epoch, Reason.STEP)
    net = controller.call(run_network)  # the run's own network, after the step
    assert [w.shape for w in snap.weights] == [w.shape for w in net.weights]
    for got, want in zip((*snap.weights, *snap.biases), (*net.weights, *net.biases), strict=True):
        np.testing.assert_array_equal(got, want)
        assert not got.flags.writeable and np.shares_memory(got, snap.params)  # views of one read-only vector
    assert not any(g.flags.writeable for g in (snap.output_grid, *snap.neuron_grids, *snap.bias_grads))


def test_play_then_pause_stops_the_epochs(qtbot, controller):
    controller.play()
    qtbot.waitUntil(lambda: controller.rec.snaps[-1].epoch >= 20, timeout=10000)
    paused = after(qtbot, controller, controller.pause, Reason.PAUSE)
    assert not controller.is_playing
    assert controller.call(run_epoch) == paused.epoch  # the run itself stands where the pause showed it
    view = after(qtbot, controller, controller.request_snapshot, Reason.VIEW)
    since = controller.rec.snaps[controller.rec.snaps.index(paused) + 1 :]
    assert [s.reason for s in since] == [Reason.VIEW]  # nothing played after the pause
    assert view.epoch == paused.epoch


def test_every_snapshot_while_playing_shows_every_neuron(qtbot, controller):
    """Most play frames leave the neurons' grids out (they are sent ten times a second); the controller puts the
    last ones back, so a view never meets a snapshot without them."""
    controller.play()
    qtbot.waitUntil(lambda: len(controller.rec.snaps) >= 40, timeout=20000)
    controller.pause()
    for snap in controller.rec.snaps:
        assert [g.shape for g in snap.neuron_grids] == [(n, 8, 8) for n in snap.sizes[1:]]


def test_reset_gives_the_same_start_as_a_fresh_trainer(qtbot, controller):
    for _ in range(3):
        after(qtbot, controller, controller.step_epoch, Reason.STEP)
    snap = after(qtbot, controller, controller.reset, Reason.RESET)
    fresh = Trainer(EXP, POINTS).snapshot(20, 8)
    assert snap.epoch == 0
    np.testing.assert_array_equal(snap.params, fresh.params)


def test_rewind_then_play_retraces_the_same_path(qtbot, controller):
    for _ in range(10):
        after(qtbot, controller, controller.step_epoch, Reason.STEP)
    first = {s.epoch: s.params for s in controller.rec.snaps if s.reason is Reason.STEP}
    snap = after(qtbot, controller, lambda: controller.rewind(4), Reason.REWIND)
    assert snap.epoch == 4
    np.testing.assert_array_equal(snap.params, first[4])
    controller.play()
    qtbot.waitUntil(lambda: controller.rec.snaps[-1].epoch >= 12, timeout=10000)
    after(qtbot, controller, controller.pause, Reason.PAUSE)
    snap = after(qtbot, controller, lambda: controller.rewind(10), Reason.REWIND)
    assert snap.epoch == 10
    np.testing.assert_array_equal(snap.params, first[10])  # the replay reached the same weights


def test_preview_shows_an_old_epoch_without_changing_the_run(qtbot, controller):
    for _ in range(5):
        after(qtbot, controller, controller.step_epoch, Reason.STEP)
    latest = controller.rec.snaps[-1]
    old = after(qtbot, controller, lambda: controller.preview(2), Reason.PREVIEW)
    assert (old.reason, old.epoch) == (Reason.PREVIEW, 2)
    assert not np.array_equal(old.output_grid, latest.output_grid)
    now = after(qtbot, controller, controller.request_snapshot, Reason.VIEW)
    assert now.epoch == 5
    np.testing.assert_array_equal(now.params, latest.params)


def test_settings_change_during_play_is_applied(qtbot, controller):
    controller.play()
    qtbot.waitUntil(lambda: controller.rec.snaps[-1].epoch >= 5, timeout=10000)
    controller.set_experiment(EXP.replace(lr=0.3, optimizer="adam"))
    controller.set_experiment(EXP.with_hidden((6, 3)))  # a new shape rebuilds the network
    qtbot.waitUntil(lambda: controller.rec.snaps[-1].sizes == (2, 6, 3, 1), timeout=10000)
    qtbot.waitUntil(lambda: controller.rec.snaps[-1].epoch >= 3, timeout=10000)  # and training goes on
    assert controller.is_playing


def test_divergence_pauses_with_a_message(qtbot):
    exp = EXP.replace(problem="regression", lr=10.0, hidden=(8, 8), activations=("relu", "relu"))
    pts = PointSet.generate("plane", 200, 0.0, 1)
    c = TrainingController(exp, pts, grid=10, neuron_grid=4)
    messages = []
    c.diverged.connect(messages.append)
    c.play()
    qtbot.waitUntil(lambda: bool(messages), timeout=10000)
    qtbot.waitUntil(lambda: not c.is_playing, timeout=5000)
    assert "diverged" in messages[0].lower()
    assert np.isfinite(c.latest.params).all()
    assert c.shutdown(HANG_MS)


def test_errors_reach_the_gui_and_the_run_survives(qtbot, controller):
    errors = controller.rec.errors
    count_after(qtbot, controller, lambda: controller.rewind(-5), n=0)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert "no recorded epoch" in errors[0]
    errors.clear()
    new = count_after(qtbot, controller, controller.step_epoch)
    assert new[-1].epoch == 1


def test_shutdown_during_play_ends_the_run_by_itself(qtbot):
    """Quit is read between two slices of training like any command, inside a long epoch: the run ends by
    itself, it is not terminated (see also Pause inside a long epoch, below)."""
    big = EXP.with_hidden((64, 64, 64)).replace(batch_size=1)
    c = TrainingController(big, PointSet.generate("spiral", 2000, 0.0, 1), grid=10, neuron_grid=4)
    c.play()
    qtbot.waitUntil(lambda: c.is_playing, timeout=5000)
    qtbot.waitUntil(lambda: c.latest is not None and c.latest.reason is Reason.PLAY, timeout=10000)
    assert c.shutdown(HANG_MS)


def test_random_command_sequences_end_cleanly(qtbot):
    rng = random.Random(7)
    for _ in range(200 // 20):  # 10 controllers x 20 commands = 200 random commands
        c = TrainingController(EXP, POINTS, grid=8, neuron_grid=4)
        errors = []
        c.error.connect(errors.append)
        for _ in range(20):
            op = rng.choice(["play", "pause", "step", "reset", "rewind", "speed", "setting", "points"])
            if op == "play":
                c.play()
            elif op == "pause":
                c.pause()
            elif op == "step":
                c.step_epoch()
            elif op == "reset":
                c.reset()
            elif op == "rewind":
                c.rewind(0)  # epoch 0 is always recorded
            elif op == "speed":
                c.set_speed(rng.choice([None, 5.0, 500.0]))
            elif op == "setting":
                c.set_experiment(
                    EXP.replace(lr=rng.choice([0.01, 0.1, 1.0]), batch_size=rng.choice([1, 10, 200]))
                )
            else:
                c.set_points(PointSet.generate("gauss", rng.choice([20, 200]), 0.1, rng.randrange(9)))
            qtbot.wait(rng.choice([0, 1, 10]))
        seen = []
        c.snapshot.connect(seen.append)
        c.request_snapshot()  # the pipe keeps order: once this is back, every earlier command's error is too
        qtbot.waitUntil(lambda seen=seen: any(s.reason is Reason.VIEW for s in seen), timeout=5000)
        assert errors == []
        assert c.shutdown(HANG_MS), "the run did not end by itself when asked to quit"


def test_grids_shrink_for_large_networks_so_snapshots_stay_cheap():
    from nnplayground.training.runner import grid_sizes

    small = Trainer(EXP.with_hidden((8, 8)), POINTS).network.num_params
    large = Trainer(EXP.with_hidden((64,) * 8), POINTS).network.num_params
    assert grid_sizes(small, None, None) == (100, 32)  # the default network gets the full picture
    g_out, g_neuron = grid_sizes(large, None, None)
    assert 40 <= g_out < 100 and 12 <= g_neuron < 32
    assert grid_sizes(large, 64, 16) == (64, 16)  # asked-for sizes win


def test_the_loss_curve_arrives_whole_across_steps_rewinds_and_resets(qtbot, controller):
    for _ in range(6):
        after(qtbot, controller, controller.step_epoch, Reason.STEP)
    snap = controller.rec.snaps[-1]
    np.testing.assert_array_equal(snap.curve_epochs, np.arange(7))
    first = np.array(snap.curve_train)
    snap = after(qtbot, controller, lambda: controller.rewind(3), Reason.REWIND)
    np.testing.assert_array_equal(snap.curve_epochs, np.arange(4))
    np.testing.assert_array_equal(snap.curve_train, first[:4])  # the same numbers, the later ones dropped
    snap = after(qtbot, controller, controller.step_epoch, Reason.STEP)
    np.testing.assert_array_equal(snap.curve_train, first[:5])  # and retraced exactly
    snap = after(qtbot, controller, controller.reset, Reason.RESET)
    np.testing.assert_array_equal(snap.curve_epochs, [0])
    assert not snap.curve_epochs.flags.writeable  # snapshots are immutable
    np.testing.assert_array_equal(snap.history_epochs, [0])


def test_a_run_in_its_own_process_reports_its_death(qtbot, controller):
    os.kill(controller.process_id, signal.SIGTERM)  # as if it crashed
    qtbot.waitUntil(lambda: bool(controller.rec.errors), timeout=5000)
    assert "stopped unexpectedly" in controller.rec.errors[0]
    controller.rec.errors.clear()


def test_a_step_of_one_batch_says_where_in_the_epoch_the_run_is(qtbot, controller):
    snap = after(qtbot, controller, controller.step_batch, Reason.STEP)
    batches = len(Trainer(EXP, POINTS).batches)
    assert (snap.epoch, snap.batch, snap.batches) == (0, 1, batches)
    snap = after(qtbot, controller, controller.step_batch, Reason.STEP)
    assert (snap.epoch, snap.batch) == (0, 2)
    snap = after(qtbot, controller, controller.step_epoch, Reason.STEP)  # the rest of the epoch
    assert (snap.epoch, snap.batch, snap.batches) == (1, 0, batches)


ROWS = 64


def keep_few_rows(trainer: Trainer) -> None:
    trainer.history.row_budget = ROWS  # runs in the training process: the run's history thins past 64 rows


def run_curve(trainer: Trainer) -> tuple[np.ndarray, ...]:
    return tuple(np.array(trainer.history.column(c)) for c in ("epoch", "train_loss", "test_loss"))


def test_the_windows_curve_stays_equal_to_the_runs_history_when_it_is_thinned(qtbot, controller):
    """The curve reaches the window as new rows; thinning the history removes old rows, and the window's copy
    must follow (the whole curve again), not append to a curve that no longer exists."""
    controller.call(keep_few_rows)
    controller.play()
    qtbot.waitUntil(lambda: controller.rec.snaps[-1].epoch >= 20 * ROWS, timeout=20000)
    paused = after(qtbot, controller, controller.pause, Reason.PAUSE)
    epochs, train, test = controller.call(run_curve)
    assert len(epochs) <= ROWS < paused.epoch  # thinned, many times over
    np.testing.assert_array_equal(paused.curve_epochs, epochs)
    np.testing.assert_array_equal(paused.curve_train, train)
    np.testing.assert_array_equal(paused.curve_test, test)
    for snap in controller.rec.snaps:  # and every picture on the way had a curve of the run's own rows
        assert (np.diff(snap.curve_epochs) > 0).all() and len(snap.curve_epochs) <= ROWS


def test_pause_at_a_limited_speed_takes_effect_within_a_long_epoch(qtbot):
    """At a limited speed the run used to train a whole epoch between two looks at its commands: with 10,000
    training points in batches of one (an epoch of seconds), Pause came only after it. Now it stops the run
    inside the first epoch, and nothing plays after it."""
    big = EXP.with_hidden((64, 64, 64)).replace(batch_size=1)
    c = TrainingController(big, PointSet.generate("spiral", 20_000, 0.0, 1), grid=10, neuron_grid=4)
    c.rec = Recorder(c)
    qtbot.waitUntil(lambda: len(c.rec.snaps) >= 1, timeout=10000)
    c.set_speed(100.0)  # limited, though faster than this run can go
    c.play()
    qtbot.waitUntil(lambda: c.is_playing, timeout=5000)
    paused = after(qtbot, c, c.pause, Reason.PAUSE, timeout=30000)
    assert not c.is_playing
    assert paused.epoch == 0 and paused.batch < paused.batches  # stopped in the middle of the first epoch
    view = after(qtbot, c, c.request_snapshot, Reason.VIEW)
    since = c.rec.snaps[c.rec.snaps.index(paused) + 1 :]
    assert [s.reason for s in since] == [Reason.VIEW]  # no play snapshot after the pause
    assert (view.epoch, view.batch) == (paused.epoch, paused.batch)  # and no training either
    assert c.shutdown(HANG_MS) and not c.rec.errors


def test_after_load_session_exactly_one_snapshot_arrives_and_it_is_the_loaded_epochs(qtbot, controller):
    """Opening a session during play: the play snapshots already on their way arrive, then one snapshot of the
    loaded epoch (reason SESSION) and nothing else; the loaded run waits, paused, showing what was saved."""
    saved = Trainer(EXP.replace(lr=0.3), POINTS)
    saved.run(7)
    session = session_from_trainer(saved)
    controller.play()
    qtbot.waitUntil(lambda: controller.rec.snaps[-1].reason is Reason.PLAY, timeout=10000)
    before = len(controller.rec.snaps)
    controller.load_session(session)
    assert controller.experiment == session.experiment  # at once, before the run answers
    view = after(qtbot, controller, controller.request_snapshot, Reason.VIEW)  # the fence: all the load sent is in
    new = controller.rec.snaps[before:]
    while new and new[0].reason is Reason.PLAY:  # in flight when the session was sent
        new = new[1:]
    assert [(s.reason, s.epoch) for s in new] == [(Reason.SESSION, 7), (Reason.VIEW, 7)]
    np.testing.assert_array_equal(new[0].params, saved.network.params)
    np.testing.assert_array_equal(new[0].curve_epochs, np.arange(8))  # the loaded run's curve, whole
    assert not controller.is_playing and view.epoch == 7


def epoch_of(trainer: Trainer) -> int:
    return trainer.epoch


def refuse(trainer: Trainer) -> None:
    raise ValueError("not this one")


def test_call_async_answers_without_waiting_and_never_stays_pending_after_shutdown(qtbot):
    c = TrainingController(EXP, POINTS, grid=20, neuron_grid=8)
    future = c.call_async(epoch_of)  # returns at once
    assert not future.cancel()  # on its way: past cancelling
    qtbot.waitUntil(future.done, timeout=5000)
    assert future.result() == 0
    failing = c.call_async(refuse)  # raises in the run: the future carries it
    qtbot.waitUntil(failing.done, timeout=5000)
    assert isinstance(failing.exception(), ValueError) and str(failing.exception()) == "not this one"
    assert c.shutdown(HANG_MS)
    late = c.call_async(epoch_of)  # after the end: failed at once, never left waiting
    assert late.done() and isinstance(late.exception(), RuntimeError)
    assert "stopped" in str(late.exception())
