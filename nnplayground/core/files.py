"""Files written atomically and files read with a size limit: the two ways the app touches the disk.

Writing goes to a temporary file beside the target, is flushed to disk, then renamed over it, so a crash, a kill
or a full disk never leaves a damaged file (the old one stays whole). Only a kill -9 or a power cut can leave the
temporary file behind; the next save to the same target removes such strays once they are clearly abandoned.
Reading refuses anything but a regular file, and a file larger than the caller allows, before reading it. Both
raise `FileProblem` with a sentence a person can act on; callers turn it into their own error type (CsvError,
SessionError, ExportError).
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
import time
from collections.abc import Callable

from .texts import QT_TRANSLATE_NOOP, Text

# A temporary file untouched this long belongs to no save in progress: a save writes, flushes and renames within
# seconds, and this leaves room for a slow disk or a laptop that slept mid-save. Another instance of the app may be
# saving the same file right now, so a younger stray is never removed.
STALE_AFTER_S = 10 * 60
_RANDOM_PART = "[a-z0-9_]{8}"  # what tempfile.mkstemp puts between prefix and suffix: 8 of these characters

# O_NONBLOCK: should the path have become a FIFO since it was checked, open() still returns at once (and the
# descriptor is then refused); it changes nothing for a regular file. O_NOCTTY: a terminal never becomes ours.
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
_KINDS = (
    (stat.S_ISDIR, QT_TRANSLATE_NOOP("core.files", "a folder")),
    (stat.S_ISFIFO, QT_TRANSLATE_NOOP("core.files", "a pipe (FIFO)")),
    (stat.S_ISCHR, QT_TRANSLATE_NOOP("core.files", "a device")),
    (stat.S_ISBLK, QT_TRANSLATE_NOOP("core.files", "a device")),
    (stat.S_ISSOCK, QT_TRANSLATE_NOOP("core.files", "a socket")),
)
_NOT_REGULAR = QT_TRANSLATE_NOOP("core.files", "not a regular file")
SAVE = QT_TRANSLATE_NOOP(
    "core.files", "save"
)  # the verbs and nouns a caller passes (its own are marked where it passes them)
WRITE = QT_TRANSLATE_NOOP("core.files", "write")
FILE = QT_TRANSLATE_NOOP("core.files", "file")
CANNOT = QT_TRANSLATE_NOOP("core.files", "cannot {verb} {name}: {why}")
_IS_KIND = QT_TRANSLATE_NOOP("core.files", "{path} is {kind}, not a {what}")
_TOO_LARGE = QT_TRANSLATE_NOOP(
    "core.files", "{name}: the file is too large ({size:.0f} MB; a {what} may have at most {most} MB)"
)
_NO_FILE = QT_TRANSLATE_NOOP("core.files", "there is no file {path}")
_DENIED = QT_TRANSLATE_NOOP("core.files", "{path} cannot be read: permission denied")
_UNREADABLE = QT_TRANSLATE_NOOP("core.files", "{path} cannot be read: {why}")
_GREW = QT_TRANSLATE_NOOP("core.files", "{name} is larger than {most} MB, the most a {what} may have")


class FileProblem(Exception):
    """A file could not be read or written; the message says which and why."""


def _name(path: str) -> str:
    return os.path.basename(path) or path


# ---- writing -------------------------------------------------------------------------------------------------------
def _temporary_affixes(path: str) -> tuple[str, str]:
    """The prefix and suffix of `path`'s temporary files: the one rule both the writer and the cleaner follow."""
    suffix = os.path.splitext(path)[1] or ".tmp"  # some writers pick the format from the suffix
    return ".~" + _name(path) + ".", suffix


def write_atomically(path: str | os.PathLike[str], write: Callable[[str], None], verb: str = SAVE) -> None:
    """Call `write(temporary_path)`, then move the finished file to `path` (keeping an existing file's mode).
    Problems read "cannot {verb} NAME: why"."""
    path = os.fspath(path)
    folder = os.path.dirname(os.path.abspath(path))
    prefix, suffix = _temporary_affixes(path)
    remove_stale_temporaries(path)  # before writing: an abandoned stray may hold the space this save needs
    try:
        fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=folder)
        os.close(fd)
    except OSError as e:
        raise FileProblem(Text(CANNOT, {"verb": verb, "name": _name(path), "why": e.strerror or str(e)})) from None
    try:
        write(tmp)
        with open(tmp, "rb+") as f:  # durable before the rename makes it visible
            os.fsync(f.fileno())
        try:
            mode = os.stat(path).st_mode & 0o777
        except OSError:
            mode = 0o644
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException as e:  # a kill or Ctrl+C as much as a full disk: never leave the temporary file
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(e, OSError):
            raise FileProblem(Text(CANNOT, {"verb": verb, "name": _name(path), "why": e.strerror or str(e)})) from None
        raise


def write_bytes_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    def write(tmp: str) -> None:
        with open(tmp, "wb") as f:
            f.write(data)

    write_atomically(path, write)


def remove_stale_temporaries(path: str | os.PathLike[str]) -> int:
    """Remove the temporary files an interrupted `write_atomically(path)` left beside `path`; how many were removed.

    Only a regular file whose name is exactly of the shape write_atomically makes for this target (".~", the
    target's name, ".", mkstemp's 8 random characters, the suffix) and that nobody has written to for
    STALE_AFTER_S: never a user's file, nor the file of a save still under way. Never raises: a stray that cannot
    be removed stays, and the caller's work goes on.
    """
    path = os.fspath(path)
    prefix, suffix = _temporary_affixes(path)
    shape = re.compile(re.escape(prefix) + _RANDOM_PART + re.escape(suffix))
    cutoff = time.time() - STALE_AFTER_S
    removed = 0
    try:
        entries = os.scandir(os.path.dirname(os.path.abspath(path)))
    except OSError:
        return 0
    with entries:
        for entry in entries:
            if not (entry.name.startswith(prefix) and shape.fullmatch(entry.name)):
                continue
            try:
                info = entry.stat(follow_symlinks=False)  # a link or a folder of that name is not ours
                if stat.S_ISREG(info.st_mode) and info.st_mtime < cutoff:
                    os.unlink(entry.path)
                    removed += 1
            except OSError:
                continue
    return removed


# ---- reading -------------------------------------------------------------------------------------------------------
def _refuse_unless_regular(path: str, mode: int, what: str) -> None:
    if stat.S_ISREG(mode):
        return
    kind = next((kind for test, kind in _KINDS if test(mode)), _NOT_REGULAR)
    raise FileProblem(Text(_IS_KIND, {"path": path, "kind": kind, "what": what}))


def read_limited(path: str | os.PathLike[str], max_bytes: int, what: str = FILE) -> bytes:
    """The file's bytes; FileProblem if it is missing, not a regular file (a folder, a FIFO, a device, a socket),
    unreadable or larger than `max_bytes`."""
    path = os.fspath(path)
    name = _name(path)
    try:
        # Checked before open(): a FIFO's open() waits for a writer (forever, in the GUI thread) and a device's may
        # do anything. Then checked again on what open() returned, in case the path changed in between.
        _refuse_unless_regular(path, os.stat(path).st_mode, what)
        fd = os.open(path, _READ_FLAGS)
        with os.fdopen(fd, "rb") as f:
            info = os.fstat(f.fileno())
            _refuse_unless_regular(path, info.st_mode, what)
            if info.st_size > max_bytes:
                values = {"name": name, "size": info.st_size / 2**20, "what": what, "most": max_bytes // 2**20}
                raise FileProblem(Text(_TOO_LARGE, values))
            raw = f.read(max_bytes + 1)
    except FileNotFoundError:
        raise FileProblem(Text(_NO_FILE, {"path": path})) from None
    except PermissionError:
        raise FileProblem(Text(_DENIED, {"path": path})) from None
    except OSError as e:
        raise FileProblem(Text(_UNREADABLE, {"path": path, "why": e.strerror or str(e)})) from None
    if len(raw) > max_bytes:  # it grew while we looked
        raise FileProblem(Text(_GREW, {"name": name, "most": max_bytes // 2**20, "what": what}))
    return raw
