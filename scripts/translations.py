"""Keep the translation catalogues current: `python scripts/translations.py` (from the repository's root).

1. Lists the texts of the settings table (captions, tooltips, choice names: built in `core/settings.py`, some by
   code, so no source scanner sees them whole) as `QT_TRANSLATE_NOOP("Settings", ...)` lines in a scratch file.
2. Runs `pyside6-lupdate` over the package and that file into each `nnplayground/resources/i18n/*.ts` (no line
   numbers, so moving code does not touch the catalogue; texts no longer used are dropped).
3. Compiles each `.ts` into the `.qm` the app loads with `pyside6-lrelease`.

`--check` changes nothing and exits 1 if a catalogue is not current, has an unfinished entry, or its `.qm` is not
the compiled `.ts` (tests/test_translations.py runs it). Translate with Qt Linguist (`pyside6-linguist FILE.ts`)
or any editor: an entry is done when its `type="unfinished"` is gone.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "nnplayground"
FOLDER = PACKAGE / "resources" / "i18n"
sys.path.insert(0, str(ROOT))


def _tool(name: str) -> str:
    """A PySide6 tool beside this Python (a venv's bin/), else on PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"translations: {name} not found (it comes with PySide6)")
    return found


def table_texts() -> list[str]:
    """Every text of the settings table a person reads, each once, in table order."""
    from nnplayground.core import settings

    seen: dict[str, None] = {}
    for s in settings.entries():
        for text in (s.label, s.help, s.unit, s.item, *s.choice_labels.values(), *s.choice_help.values()):
            if text and re.search("[A-Za-z]", text):
                seen[text] = None
    return list(seen)


def _listing(folder: Path) -> Path:
    out = folder / "settings_table.py"
    lines = [f"QT_TRANSLATE_NOOP({'Settings'!r}, {text!r})" for text in table_texts()]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def update(ts_files: list[Path], scratch: Path) -> None:
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py")) + [str(_listing(scratch))]
    listed = scratch / "sources.txt"
    listed.write_text("\n".join(sources) + "\n", encoding="utf-8")
    for ts in ts_files:
        run = [_tool("pyside6-lupdate"), f"@{listed}", "-locations", "none", "-no-obsolete", "-ts", str(ts)]
        subprocess.run(run, check=True, capture_output=True)


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)


def unfinished(ts: Path) -> int:
    return ts.read_text(encoding="utf-8").count('type="unfinished"')


def check() -> list[str]:
    """What is not current, as sentences (empty: all is)."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        for ts in sorted(FOLDER.glob("*.ts")):
            copy = scratch / ts.name
            shutil.copy(ts, copy)
            update([copy], scratch)
            if copy.read_text(encoding="utf-8") != ts.read_text(encoding="utf-8"):
                problems.append(f"{ts.name} is not current: run python scripts/translations.py")
            if unfinished(ts):
                problems.append(f"{ts.name} has {unfinished(ts)} unfinished entries")
            qm = ts.with_suffix(".qm")
            compile_qm(ts, scratch / qm.name)
            if not qm.exists() or qm.read_bytes() != (scratch / qm.name).read_bytes():
                problems.append(f"{qm.name} is not the compiled {ts.name}: run python scripts/translations.py")
    return problems


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--check", action="store_true", help="change nothing; exit 1 if a catalogue is not current")
    args = p.parse_args(argv)
    if args.check:
        problems = check()
        for line in problems:
            print(f"translations: {line}", file=sys.stderr)
        return 1 if problems else 0
    with tempfile.TemporaryDirectory() as tmp:
        ts_files = sorted(FOLDER.glob("*.ts"))
        update(ts_files, Path(tmp))
    for ts in ts_files:
        compile_qm(ts, ts.with_suffix(".qm"))
        print(f"translations: {ts.relative_to(ROOT)}: {unfinished(ts)} unfinished")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
