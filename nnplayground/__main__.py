"""`python -m nnplayground` and the `nnplayground` launcher: the window, or `nnplayground train ...` headless."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app (or, for `train ...`, the headless trainer) and return the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "train":
        from . import cli  # imported only when asked for: the window needs none of it

        return int(cli.main(args[1:]) or 0)
    from .app import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
