"""Argument types shared by the window's launcher (`app.py`) and the headless `train` command (`cli.py`): one
set of rules for what a number, a list of layer widths or of activations may be, with argparse's clear errors."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from .core.experiment import ACTIVATIONS, MAX_HIDDEN_LAYERS, MAX_NEURONS


def number(kind: type, lo: float | None = None, hi: float | None = None, lo_open: bool = False) -> Callable:
    """An argparse type: a number of `kind` within [lo, hi] (lo excluded when `lo_open`), or a clear error."""
    noun = "a whole number" if kind is int else "a number"

    def parse(text: str) -> float:
        try:
            v = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not {noun}") from None
        if v != v or v in (float("inf"), float("-inf")):
            raise argparse.ArgumentTypeError(f"{text!r} is not a finite number")
        if lo is not None and (v <= lo if lo_open else v < lo):
            raise argparse.ArgumentTypeError(f"{text} must be {'above' if lo_open else 'at least'} {lo:g}")
        if hi is not None and v > hi:
            raise argparse.ArgumentTypeError(f"{text} must be at most {hi:g}")
        return v

    return parse


def hidden_widths(text: str) -> tuple[int, ...]:
    """ "8,8" -> (8, 8); "" or "0" or "none" -> no hidden layer."""
    text = text.strip().lower()
    if text in ("", "0", "none"):
        return ()
    try:
        widths = tuple(int(part) for part in text.replace(" ", "").split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a list of layer widths such as 8,8") from None
    if len(widths) > MAX_HIDDEN_LAYERS:
        raise argparse.ArgumentTypeError(f"at most {MAX_HIDDEN_LAYERS} hidden layers, got {len(widths)}")
    if any(not 1 <= w <= MAX_NEURONS for w in widths):
        raise argparse.ArgumentTypeError(f"each hidden layer needs 1 to {MAX_NEURONS} neurons, got {text}")
    return widths


def activation_names(text: str) -> tuple[str, ...]:
    """ "tanh" or "relu,tanh" -> the names, each one the core knows."""
    names = tuple(a.strip().lower() for a in text.split(","))
    for a in names:
        if a not in ACTIVATIONS:
            raise argparse.ArgumentTypeError(f"unknown activation {a!r}; choose from {', '.join(ACTIVATIONS)}")
    return names
