"""Benchmarks, run by hand (`python -m bench.core`, `python -m bench.live`); never imported by the app or tests."""

import os

# One BLAS thread, as the app runs: two threads only fight over these tiny matrices (and the GUI thread).
# Set here, in the package, so it is in place before any benchmark module imports NumPy.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
