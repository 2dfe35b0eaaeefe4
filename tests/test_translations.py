"""The translation catalogues are current: every text the code marks is in each .ts, translated, and the .qm the
app loads is the compiled .ts (scripts/translations.py --check; the fix is `python scripts/translations.py`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "nnplayground" / "resources" / "i18n"


def test_every_catalogue_is_current_finished_and_compiled():
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "translations.py"), "--check"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr


def test_a_translation_keeps_the_placeholders_of_its_source():
    """A translation that loses or renames {epoch} would raise in .format() in the window."""
    import re

    field = re.compile(r"\{(\w*)[^{}]*\}")
    for ts in FOLDER.glob("*.ts"):
        for message in ElementTree.parse(ts).getroot().iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            forms = [n.text or "" for n in node.iter("numerusform")] or [node.text or ""]
            for text in forms:
                assert sorted(field.findall(text)) == sorted(field.findall(source)), (source, text)
                assert ("%n" in text) == ("%n" in source), (source, text)


def test_chinese_is_a_catalogue_the_app_ships():
    assert (FOLDER / "nnplayground_zh_CN.qm").is_file()
