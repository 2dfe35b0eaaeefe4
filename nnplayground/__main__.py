"""`python -m nnplayground`, the `nnplayground` launcher (a GUI script), its console twin `nnplayground-cli` and the
frozen bundle's executable: the window, or `nnplayground train ...` and `nnplayground sweep ...` headless."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

# One BLAS thread: the network's matrices are tiny, and more threads only fight the window's thread for the cores.
# Set before NumPy is first imported (NumPy reads it once, at load).
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app (or, for `train ...`, the headless trainer) and return the exit code."""
    import multiprocessing

    # In a frozen bundle the training process is this same executable, started by multiprocessing's "spawn" with
    # its own arguments: here it runs the training loop and exits, instead of opening a second window. (Outside a
    # bundle it does nothing.)
    multiprocessing.freeze_support()
    args = list(sys.argv[1:] if argv is None else argv)
    # Not an argparse subcommand: argparse cannot tell a subcommand from the optional session file of
    # `nnplayground [options] [session.nnp]`, and `train` must not import the window (nor the window `train`).
    # Both parsers get the experiment's options from one builder, arguments.add_experiment_options.
    if args and args[0] == "train":
        from . import cli  # imported only when asked for: the window needs none of it

        return int(cli.main(args[1:]) or 0)
    if args and args[0] == "sweep":  # `nnplayground sweep ...`: a setting varied, runs side by side (sweep_cli.py)
        from . import sweep_cli

        return int(sweep_cli.main(args[1:]) or 0)
    from .app import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
