"""Throttled calls: the first runs at once, a burst collapses into one call with the newest arguments."""

from nnplayground.ui.common.throttle import Throttled


def test_first_call_runs_at_once_and_a_burst_collapses_to_the_newest(qtbot):
    seen = []
    t = Throttled(seen.append, 0.2)
    t.call(1)
    assert seen == [1]
    for i in range(2, 6):
        t.call(i)
    assert seen == [1]  # too soon: waiting
    qtbot.waitUntil(lambda: seen == [1, 5], timeout=2000)
    qtbot.wait(300)
    assert seen == [1, 5]  # nothing more was waiting


def test_flush_runs_the_waiting_call_now_and_cancel_drops_it(qtbot):
    seen = []
    t = Throttled(seen.append, 10.0)
    t.call("a")
    t.call("b")
    t.flush()
    assert seen == ["a", "b"]
    t.call("c")
    t.cancel()
    qtbot.wait(50)
    t.flush()
    assert seen == ["a", "b"]


def test_a_slow_call_waits_longer_so_it_never_takes_more_than_its_share(qtbot):
    import time

    seen = []

    def slow(x):
        seen.append(x)
        time.sleep(0.1)  # the call itself takes 100 ms: with a 25% share it may run at most every 400 ms

    t = Throttled(slow, 0.01, max_share=0.25)
    t.call(1)
    t.call(2)
    assert seen == [1]
    assert t._timer.isActive() and t._timer.interval() > 200  # not in 10 ms: ~300 ms more, the share holds it back
    qtbot.waitUntil(lambda: seen == [1, 2], timeout=2000)


def test_work_left_for_later_counts_towards_the_share(qtbot):
    """A widget's paint happens after the update returns: its cost (as reported) holds the next update back too."""
    seen = []
    t = Throttled(seen.append, 0.01, max_share=0.25, later_cost=lambda: 0.1)  # each paint takes 100 ms
    t.call(1)
    t.call(2)
    assert seen == [1]
    assert t._timer.isActive() and t._timer.interval() > 200  # 100 ms of painting at 25%: ~400 ms apart, not 10
    qtbot.waitUntil(lambda: seen == [1, 2], timeout=2000)
