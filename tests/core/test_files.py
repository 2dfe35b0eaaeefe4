"""Reading with a limit and writing atomically: what reaches the disk, and what is refused before it is read."""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

from nnplayground.core import files
from nnplayground.core.files import FileProblem, read_limited, write_bytes_atomically

JOIN_S = 20.0  # an upper bound for a read that should return at once, never a measured threshold
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")


def unblock(path: Path) -> None:
    """Open the write end of a FIFO (without waiting), so that a reader stuck in open() goes on and ends."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
    except OSError:  # no reader is waiting: nothing to unblock
        pass


def read_in_thread(path: Path) -> bytes | BaseException:
    """read_limited's result or exception; fails the test (instead of hanging the suite) if the read blocks."""
    outcome: list[bytes | BaseException] = []

    def run() -> None:
        try:
            outcome.append(read_limited(path, 2**20, "session file"))
        except BaseException as e:  # handed to the test, which says what it expected
            outcome.append(e)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(JOIN_S)
    if thread.is_alive():
        unblock(path)
        thread.join(JOIN_S)
        pytest.fail(f"read_limited({path.name}) blocked instead of refusing a file that is not a regular file")
    return outcome[0]


# ---- reading ---------------------------------------------------------------------------------------------------
@needs_fifo
def test_a_fifo_is_refused_at_once_and_never_opened(tmp_path):
    path = tmp_path / "pipe.nnp"
    os.mkfifo(path)
    outcome = read_in_thread(path)
    assert isinstance(outcome, FileProblem)
    assert str(outcome) == f"{path} is a pipe (FIFO), not a session file"


@needs_fifo
def test_a_path_that_becomes_a_fifo_after_it_was_checked_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "work.nnp"
    path.write_bytes(b"{}")
    real_stat = os.stat
    swapped: list[str] = []

    def stat_then_swap(p, *args, **kwargs):  # the race: a regular file when checked, a FIFO when opened
        result = real_stat(p, *args, **kwargs)
        if os.fspath(p) == str(path) and not swapped:
            path.unlink()
            os.mkfifo(path)
            swapped.append(str(p))
        return result

    monkeypatch.setattr(os, "stat", stat_then_swap)
    outcome = read_in_thread(path)
    assert swapped, "read_limited no longer looks at the path before opening it; this test must follow it"
    assert isinstance(outcome, FileProblem) and "pipe (FIFO)" in str(outcome)


@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="needs /dev/null")
def test_a_device_is_refused():
    outcome = read_in_thread(Path("/dev/null"))
    assert isinstance(outcome, FileProblem) and str(outcome) == "/dev/null is a device, not a session file"


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="needs Unix sockets")
def test_a_socket_is_refused(tmp_path):
    path = tmp_path / "s.nnp"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        outcome = read_in_thread(path)
    assert isinstance(outcome, FileProblem) and str(outcome) == f"{path} is a socket, not a session file"


def test_regular_files_missing_files_folders_and_sizes(tmp_path):
    path = tmp_path / "a.nnp"
    path.write_bytes(b"x" * 100)
    assert read_limited(path, 100) == b"x" * 100
    assert read_limited(os.fspath(path), 100) == b"x" * 100
    link = tmp_path / "link.nnp"
    link.symlink_to(path)
    assert read_limited(link, 100) == b"x" * 100  # a link to a regular file is a regular file
    with pytest.raises(FileProblem, match="too large"):
        read_limited(path, 99)
    with pytest.raises(FileProblem, match="^there is no file"):
        read_limited(tmp_path / "nope.nnp", 100)
    with pytest.raises(FileProblem, match="is a folder, not a session file$"):
        read_limited(tmp_path, 100, "session file")


# ---- stray temporary files -------------------------------------------------------------------------------------
def make(folder: Path, name: str, age_s: float) -> Path:
    path = folder / name
    path.write_bytes(b"half a save")
    stamp = time.time() - age_s
    os.utime(path, (stamp, stamp))
    return path


def test_a_save_removes_the_stale_temporary_files_of_that_file_and_nothing_else(tmp_path):
    old = files.STALE_AFTER_S + 3600  # a save killed an hour before the grace period ran out
    target = tmp_path / "work.nnp"
    target.write_bytes(b"the old session")
    stale = [".~work.nnp.abcd_123.nnp", ".~work.nnp.zz9yx8w7.nnp", ".~work.nnp.________.nnp"]
    for name in stale:
        make(tmp_path, name, old)
    survivors = [
        ".~other.nnp.abcd1234.nnp",  # another file's
        ".~work.nnp.abc1234.nnp",  # seven characters, not mkstemp's eight
        ".~work.nnp.abcd12345.nnp",  # nine
        ".~work.nnp.ABCD1234.nnp",  # mkstemp's names are lower case
        ".~work.nnp.abcd-234.nnp",  # nor has it a '-'
        ".~work.nnp.abcd1234.tmp",  # another suffix
        ".~work.nnp.abcd1234.nnp.bak",
        ".~work.nnpXabcd1234.nnp",
        "~work.nnp.abcd1234.nnp",
        ".work.nnp.abcd1234.nnp",
        "work.nnp.abcd1234.nnp",
        ".~work.nnp.abcd1234.nnp~",
    ]
    for name in survivors:
        make(tmp_path, name, old)
    make(tmp_path, ".~work.nnp.fresh123.nnp", 1)  # another instance may be saving right now
    folder = tmp_path / ".~work.nnp.folder12.nnp"
    folder.mkdir()
    os.utime(folder, (time.time() - old,) * 2)
    kept_target = make(tmp_path, "kept.txt", old)
    link = tmp_path / ".~work.nnp.symlink1.nnp"
    link.symlink_to(kept_target)
    os.utime(link, (time.time() - old,) * 2, follow_symlinks=False)

    write_bytes_atomically(target, b"the new session")

    assert target.read_bytes() == b"the new session"
    left = set(os.listdir(tmp_path))
    assert not left & set(stale)
    assert left == {
        "work.nnp",
        *survivors,
        ".~work.nnp.fresh123.nnp",
        folder.name,
        "kept.txt",
        link.name,
    }


def test_a_save_without_a_suffix_removes_its_own_strays(tmp_path):
    old = files.STALE_AFTER_S + 60
    make(tmp_path, ".~notes.k3j4h5g6.tmp", old)
    make(tmp_path, ".~notes.txt.k3j4h5g6.txt", old)  # notes.txt's, not notes'
    write_bytes_atomically(tmp_path / "notes", b"text")
    assert sorted(os.listdir(tmp_path)) == [".~notes.txt.k3j4h5g6.txt", "notes"]


def test_strays_can_be_removed_without_a_save(tmp_path):
    """For the app to call when it finds a session (at start or on opening it), without writing it."""
    target = tmp_path / "work.nnp"
    target.write_bytes(b"the session")
    make(tmp_path, ".~work.nnp.abcd1234.nnp", files.STALE_AFTER_S + 60)
    make(tmp_path, ".~work.nnp.efgh5678.nnp", 0)
    assert files.remove_stale_temporaries(target) == 1
    assert sorted(os.listdir(tmp_path)) == [".~work.nnp.efgh5678.nnp", "work.nnp"]
    assert target.read_bytes() == b"the session"
    assert files.remove_stale_temporaries(tmp_path / "missing" / "x.nnp") == 0  # no folder: nothing to do


def test_the_names_a_save_really_makes_are_the_ones_removed(tmp_path):
    """The shape is mkstemp's: should Python ever name its files otherwise, this fails instead of strays piling up."""
    target = tmp_path / "work.nnp"
    used: list[str] = []

    def write(tmp: str) -> None:
        used.append(os.path.basename(tmp))
        Path(tmp).write_bytes(b"session")

    for _ in range(20):
        files.write_atomically(target, write)
    for name in used:  # as if each of those saves had been killed before its rename
        make(tmp_path, name, files.STALE_AFTER_S + 60)
    files.write_atomically(target, write)
    assert os.listdir(tmp_path) == ["work.nnp"]
