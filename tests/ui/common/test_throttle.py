"""Throttled calls: the first runs at once, a burst collapses into one call with the newest arguments, and a slow
call (or slow work it leaves for later) holds the next one back so it never takes more than its share."""

from nnplayground.ui.common.throttle import FRAME, LATE_SHARE, Throttled


class Clock:
    """A clock the test moves: what a call costs is what the test says, whatever the machine is doing."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_first_call_runs_at_once_and_a_burst_collapses_to_the_newest(qtbot):
    seen = []
    t = Throttled(seen.append, 0.2)
    t.call(1)
    assert seen == [1] and t.wait_left is None
    for i in range(2, 6):
        t.call(i)
    assert seen == [1] and t.wait_left is not None  # too soon: waiting
    qtbot.waitUntil(lambda: seen == [1, 5], timeout=2000)
    assert t.wait_left is None  # nothing more is waiting


def test_flush_runs_the_waiting_call_now_and_cancel_drops_it():
    seen = []
    t = Throttled(seen.append, 10.0)
    t.call("a")
    t.call("b")
    t.flush()
    assert seen == ["a", "b"]
    t.call("c")
    t.cancel()
    assert t.wait_left is None
    t.flush()
    assert seen == ["a", "b"]


def test_a_slow_call_waits_longer_so_it_never_takes_more_than_its_share():
    clock, seen = Clock(), []

    def slow(x):
        seen.append(x)
        clock.now += 0.1  # the call itself takes 100 ms: with a 25% share it may run at most every 400 ms

    t = Throttled(slow, 0.01, max_share=0.25, max_late_share=None, clock=clock)
    t.call(1)
    t.call(2)
    assert seen == [1]
    assert abs(t.wait_left - 0.3) < 1e-9  # 400 ms after the last call began, not 10 ms: 300 ms more
    t.flush()
    assert seen == [1, 2]


def test_work_left_for_later_counts_towards_the_share():
    """A widget's paint happens after the update returns: its cost (as reported) holds the next update back too."""
    clock, seen = Clock(), []
    t = Throttled(seen.append, 0.01, max_share=0.25, later_cost=lambda: 0.1, max_late_share=None, clock=clock)
    t.call(1)
    t.call(2)
    assert seen == [1]
    assert abs(t.wait_left - 0.4) < 1e-9  # 100 ms of painting at 25%: 400 ms apart, not 10


def test_a_call_longer_than_a_frame_also_comes_rarely_enough_to_keep_timers_on_time():
    """Past one frame a call holds every timer and click back: that time is kept under its own share."""
    clock, seen = Clock(), []
    t = Throttled(seen.append, 0.01, max_share=0.25, later_cost=lambda: 0.1, clock=clock)  # 100 ms of painting
    t.call(1)
    t.call(2)
    assert abs(t.wait_left - (0.1 - FRAME) / LATE_SHARE) < 1e-9  # 83 ms past a frame, at 5%: 1.67 s apart
    cheap = Throttled(seen.append, 0.1, clock=clock)  # (costs nothing on the test's clock)
    cheap.call(3)
    cheap.call(4)
    assert abs(cheap.wait_left - 0.1) < 1e-9  # a call within a frame keeps its interval
