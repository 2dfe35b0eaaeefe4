"""The command-line options of every experiment setting, for the window's launcher (`app.py`) and the headless
`train` command (`cli.py`) alike, and the one function that turns them into an `Experiment`.

Each option's type, range, choices and --help line are read from the settings table (`core/settings.py`) when a
parser is built, so the two commands cannot disagree, and argparse's clear errors come with the table's rules.
Every option defaults to None, "not given": `train --load` must tell a given option from a default, and the
defaults that depend on the data set (points, classes, problem) can only be filled in once it is known.
"""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Callable
from typing import Any

from .core import datasets, formula_data, settings
from .core.experiment import DataSpec, Experiment, generated_spec
from .core.settings import Setting
from .core.tfp_url import TfpLink, parse_url

Container = Any  # an ArgumentParser or one of its argument groups


def number(kind: type, lo: float | None = None, hi: float | None = None, lo_open: bool = False) -> Callable:
    """An argparse type: a number of `kind` within [lo, hi] (lo excluded when `lo_open`), or a clear error."""

    def parse(text: str) -> float:
        v = _number_text(kind, text)
        if lo is not None and (v <= lo if lo_open else v < lo):
            raise argparse.ArgumentTypeError(f"{text} must be {'above' if lo_open else 'at least'} {lo:g}")
        if hi is not None and v > hi:
            raise argparse.ArgumentTypeError(f"{text} must be at most {hi:g}")
        return v

    return parse


def _number_text(kind: type, text: str) -> Any:
    try:
        v = kind(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not {'a whole number' if kind is int else 'a number'}") from None
    if v != v or v in (float("inf"), float("-inf")):
        raise argparse.ArgumentTypeError(f"{text!r} is not a finite number")
    return v


def _checked(s: Setting, value: Any) -> Any:
    """`value` if the table's entry accepts it (read now, not when the parser was built), else argparse's error."""
    try:
        settings.get(s.field).check(value)
    except (TypeError, ValueError) as e:
        raise argparse.ArgumentTypeError(str(e)) from None
    return value


def hidden_widths(text: str) -> tuple[int, ...]:
    """ "8,8" -> (8, 8); "" or "0" or "none" -> no hidden layer."""
    text = text.strip().lower()
    if text in ("", "0", "none"):
        return ()
    try:
        widths = tuple(int(part) for part in text.replace(" ", "").split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a list of layer widths such as 8,8") from None
    return _checked(settings.get("hidden"), widths)


def activation_names(text: str) -> tuple[str, ...]:
    """ "tanh" or "relu,tanh" -> the names, each one the core knows (how many is checked with --hidden)."""
    return _name_list(settings.get("activations"), text)


def _known_name(s: Setting, text: str) -> str:
    """One of the setting's choices, or a name the data sets know (a rule); argparse's kind of message if not."""
    if text in s.choices:
        return text
    if not formula_data.looks_like_formula(text):
        choices = ", ".join(map(repr, s.choices))
        raise argparse.ArgumentTypeError(f"invalid choice: {text!r} (choose from {choices}, or type a rule)")
    try:
        datasets.is_regression(text)  # parses the rule
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None
    return text


def _name_list(s: Setting, text: str) -> tuple[str, ...]:
    names = tuple(part.strip().lower() for part in text.split(",") if part.strip())
    for name in names:
        _checked(s, (name,))
    return names


def _option_type(s: Setting) -> Callable[[str], Any] | None:
    """How the option's text becomes a value of `s` (None: argparse's own choices or flag do it)."""
    if s.field == "hidden":
        return hidden_widths
    if s.any_name:  # data.name: a generator's name, or a rule such as "y > sin(x)" (core/formula_data.py)
        return lambda text: _known_name(s, text)
    if s.items is not None:
        return lambda text: _name_list(s, text)
    if s.kind in (int, float):
        return lambda text: _checked(s, _number_text(s.kind, text))
    return None


def option_help(s: Setting) -> str:
    """The option's --help line, all of it from the table: what it is, what it may hold, its default."""
    if s.choices and s.metavar:  # (argparse's usage lists the choices of an option without a metavar)
        holds = f": {'from ' if s.items else ''}{', '.join(s.choices)}"
    elif s.choices:
        holds = ""
    elif s.items and s.range_text():  # hidden: "1 to 64 neurons each, at most 8 hidden layers"
        most = f", at most {s.items[1]} {s.item}s" if s.items[1] is not None else ""
        holds = f"; {s.range_text()} {s.unit} each{most}"
    else:
        holds = f", {s.range_text()}" if s.range_text() else ""
    default = s.default_text or s.show(s.default)
    return f"{s.option_help}{holds} (default {default})".replace("%", "%%")  # argparse formats help with %


def add_experiment_options(data: Container, network: Container | None = None) -> None:
    """Every setting that has an option, as the table describes it: data settings go to `data`, the others to
    `network` (or `data` too). Each defaults to None, "not given"."""
    for s in settings.with_option():
        target = data if s.field.startswith("data.") or network is None else network
        kw: dict[str, Any] = {"default": None, "help": option_help(s)}
        if s.kind is bool:
            kw["action"] = argparse.BooleanOptionalAction
        elif s.choices and s.items is None and not s.any_name:
            kw["choices"] = s.choices
        else:
            kw["type"] = _option_type(s)
        if s.metavar:
            kw["metavar"] = s.metavar
        target.add_argument(s.option, **kw)


def given(args: argparse.Namespace) -> dict[str, Any]:
    """The settings the options gave, by field ("lr", "data.noise"), in the table's order."""
    found = {}
    for s in settings.with_option():
        value = getattr(args, s.dest, None)
        if value is not None:
            found[s.field] = value
    return found


def experiment_from_args(args: argparse.Namespace) -> Experiment:
    """The experiment the options describe, for the window and `train` alike: what is not given takes the table's
    default, or, where that depends on the data set, the set's (500 points or 1200 for regression, 3 classes for
    the sets that have them). Raises ValueError/TypeError with a sentence for the usage message."""
    values = given(args)
    name = values.get("data.name", settings.get("data.name").default)
    for s in settings.entries():
        if s.default_for is not None and s.field not in values:
            values[s.field] = s.default_for(name)
    if "seed" in values:  # one seed for the data and the first weights, as the window's seed box
        values["data.seed"] = values["seed"]
    values["activations"] = _per_layer(values.get("activations"), values.get("hidden", settings.get("hidden").default))
    data = {f[len("data.") :]: v for f, v in values.items() if f.startswith("data.")}
    top = {f: v for f, v in values.items() if not f.startswith("data.")}
    return Experiment(data=generated_spec(DataSpec(**data)), **top)  # (a real set's names and units)


def _per_layer(names: tuple[str, ...] | None, hidden: tuple[int, ...]) -> tuple[str, ...]:
    """One activation for every hidden layer, or one per layer (the default's first name when none is given)."""
    s = settings.get("activations")
    names = names or s.default[:1]
    if s.one_for_all and len(names) == 1:
        return tuple(names) * len(hidden)
    if len(names) != len(hidden):
        raise ValueError(f"{s.option}: give one name, or one per hidden layer ({len(hidden)}), not {len(names)}")
    return tuple(names)


def with_live_options(exp: Experiment, args: argparse.Namespace) -> Experiment:
    """`exp` with the options of how training steps (the table's live settings outside the data) that were given:
    what `train --load` may change of a saved run."""
    changes = {f: v for f, v in given(args).items() if settings.get(f).live and "." not in f}
    return exp.replace(**changes) if changes else exp


def fixed_options(args: argparse.Namespace) -> list[str]:
    """The options given that a saved run keeps its own of (its data and its network): refused with --load."""
    return [settings.get(f).option for f in given(args) if "." in f or not settings.get(f).live]


def add_from_url_option(p: Container) -> None:
    """--from-url, for the window and `train` alike."""
    p.add_argument(
        "--from-url",
        metavar="URL",
        help="a TensorFlow Playground link: its data set, network and settings (in quotes: it holds '&')",
    )


def link_from_args(args: argparse.Namespace) -> TfpLink:
    """The experiment of --from-url's link, with the options of how it trains that were given over it. A link
    gives the data and the network, so options of those are refused, as with --load; so is a link that is not
    TFP's (ValueError with the reason, for the usage message)."""
    fixed = fixed_options(args)
    if fixed:
        raise ValueError(f"{', '.join(fixed)} cannot be combined with --from-url (the link gives the data and network)")
    try:
        link = parse_url(args.from_url)
    except ValueError as e:
        raise ValueError(f"--from-url: {e}") from None
    return dataclasses.replace(link, experiment=with_live_options(link.experiment, args))


class _VersionAction(argparse.Action):
    """--version, read only when asked: reading the package's metadata costs 30-40 ms, which every start of the
    window would pay before its first picture (argparse's own "version" action takes the text when it is built)."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, **kwargs: object) -> None:
        super().__init__(option_strings, dest=dest, default=argparse.SUPPRESS, nargs=0, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, namespace: object, values: object, option: object = None):
        from . import version

        print(f"nnplayground {version()}")  # on stdout, as argparse's own action prints it
        parser.exit()


def add_version_option(p: argparse.ArgumentParser) -> None:
    """--version, the same for the window and each command."""
    p.add_argument("--version", action=_VersionAction, help="show the version and exit")
