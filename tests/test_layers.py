"""The house rules the code keeps: imports go one way (ui -> training -> core), core never imports Qt, there are
no import cycles, and no module grows past what one idea needs."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "nnplayground"
FORBIDDEN_IN_CORE = ("PySide6", "pyqtgraph", "nnplayground.ui", "nnplayground.training")
MAX_LINES = 420  # "~400": a module past this holds two ideas


def modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def imports(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The package's own modules (and outside packages, by top name) that `name` imports."""
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:
                full = f"{target}.{alias.name}"
                out.add(full if full in known else target)
        elif isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
    return out


def graph() -> dict[str, set[str]]:
    known = modules()
    return {m: imports(m, p, known) for m, p in known.items()}


def test_core_imports_neither_qt_nor_the_window_nor_the_training_process():
    for module, targets in graph().items():
        if module.startswith("nnplayground.core"):
            bad = {t for t in targets if t.startswith(FORBIDDEN_IN_CORE)}
            assert not bad, f"{module} imports {sorted(bad)}"


def test_training_never_imports_the_window():
    for module, targets in graph().items():
        if module.startswith("nnplayground.training"):
            assert not {t for t in targets if t.startswith("nnplayground.ui")}, module


def test_there_are_no_import_cycles():
    full = graph()
    g = {m: {t for t in ts if t in full} for m, ts in full.items()}
    state: dict[str, int] = {}  # 1: on the path, 2: done

    def visit(m: str, path: list[str]) -> None:
        state[m] = 1
        for t in g[m]:
            if state.get(t) == 1:
                raise AssertionError(" -> ".join([*path[path.index(t) :], t]))
            if t not in state:
                visit(t, [*path, t])
        state[m] = 2

    for m in g:
        if m not in state:
            visit(m, [m])


def test_no_module_holds_more_than_one_idea_s_worth_of_lines():
    long = {m: n for m, p in modules().items() if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}
