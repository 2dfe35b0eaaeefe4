"""Files written atomically and files read with a size limit: the two ways the app touches the disk.

Writing goes to a temporary file beside the target, is flushed to disk, then renamed over it, so a crash, a kill
or a full disk never leaves a damaged file (the old one stays whole) nor a stray temporary file. Reading refuses
a file larger than the caller allows before reading it. Both raise `FileProblem` with a sentence a person can act
on; callers turn it into their own error type (CsvError, SessionError, ExportError).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable


class FileProblem(Exception):
    """A file could not be read or written; the message says which and why."""


def _name(path: str) -> str:
    return os.path.basename(path) or path


def write_atomically(path: str | os.PathLike[str], write: Callable[[str], None], verb: str = "save") -> None:
    """Call `write(temporary_path)`, then move the finished file to `path` (keeping an existing file's mode).
    Problems read "cannot {verb} NAME: why"."""
    path = os.fspath(path)
    folder = os.path.dirname(os.path.abspath(path))
    suffix = os.path.splitext(path)[1] or ".tmp"  # some writers pick the format from the suffix
    try:
        fd, tmp = tempfile.mkstemp(prefix=".~" + _name(path) + ".", suffix=suffix, dir=folder)
        os.close(fd)
    except OSError as e:
        raise FileProblem(f"cannot {verb} {_name(path)}: {e.strerror or e}") from None
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
            raise FileProblem(f"cannot {verb} {_name(path)}: {e.strerror or e}") from None
        raise


def write_bytes_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    def write(tmp: str) -> None:
        with open(tmp, "wb") as f:
            f.write(data)

    write_atomically(path, write)


def read_limited(path: str | os.PathLike[str], max_bytes: int, what: str = "file") -> bytes:
    """The file's bytes; FileProblem if it is missing, a folder, unreadable or larger than `max_bytes`."""
    path = os.fspath(path)
    name = _name(path)
    try:
        size = os.path.getsize(path)
        if size > max_bytes:
            raise FileProblem(
                f"{name}: the file is too large ({size / 2**20:.0f} MB; a {what} may have at most "
                f"{max_bytes // 2**20} MB)"
            )
        with open(path, "rb") as f:
            raw = f.read(max_bytes + 1)
    except FileNotFoundError:
        raise FileProblem(f"there is no file {path}") from None
    except IsADirectoryError:
        raise FileProblem(f"{path} is a folder, not a {what}") from None
    except PermissionError:
        raise FileProblem(f"{path} cannot be read: permission denied") from None
    except OSError as e:
        raise FileProblem(f"{path} cannot be read: {e.strerror or e}") from None
    if len(raw) > max_bytes:  # it grew while we looked
        raise FileProblem(f"{name} is larger than {max_bytes // 2**20} MB, the most a {what} may have")
    return raw
