"""The package finds its resources wherever it runs from, and the icons and desktop files among them are whole:
each PNG is the size its name says, the Windows and macOS icon files hold real images, and the .desktop entry,
the AppStream file and the .nnp file type name one another and this package as they must."""

from __future__ import annotations

import configparser
import re
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from nnplayground import resources, version
from nnplayground.core.experiment import DataSpec, Experiment
from nnplayground.core.points import PointSet
from nnplayground.core.session import save_session, session_from_trainer
from nnplayground.core.trainer import Trainer

APP_ID = "io.github.nnplayground.nnplayground"  # ui/window/icon.py's, read here without importing Qt
MIME = "application/x-nnplayground-session"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
ROOT = Path(__file__).resolve().parent.parent


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's header (its IHDR chunk comes first)."""
    assert data[:8] == PNG_SIGNATURE and data[12:16] == b"IHDR", "not a PNG"
    return struct.unpack(">II", data[16:24])


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read_string(resources.path("desktop", f"{APP_ID}.desktop").read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def test_the_resources_folder_is_found_and_readable():
    readme = resources.path("README.md")
    assert readme.is_file() and "translations" in readme.read_text(encoding="utf-8")


def test_the_window_loads_an_application_icon_of_every_size_it_names():
    from nnplayground.ui.window.icon import APP_ID as WINDOW_APP_ID
    from nnplayground.ui.window.icon import SIZES

    assert WINDOW_APP_ID == APP_ID
    assert {16, 32, 48, 256} <= set(SIZES)  # what title bars, task bars and menus ask for
    for size in SIZES:
        assert png_size(resources.path("icons", f"nnplayground-{size}.png").read_bytes()) == (size, size)


@pytest.mark.parametrize("name", ["nnplayground", "session"])
def test_every_icon_png_is_the_size_its_name_says_and_has_an_svg_source(name):
    pngs = [p for p in resources.path("icons").iterdir() if re.fullmatch(rf"{name}-\d+\.png", p.name)]
    assert len(pngs) >= 6
    for png in pngs:
        size = int(png.name.split("-")[1].split(".")[0])
        assert png_size(png.read_bytes()) == (size, size), png.name
    svg = ET.fromstring(resources.path("icons", f"{name}.svg").read_bytes())
    assert svg.tag == "{http://www.w3.org/2000/svg}svg" and svg.get("viewBox") == "0 0 256 256"


def test_the_svg_sources_render():
    """Qt's own renderer reads them (the PNGs are made from them by scripts/make_icons.py)."""
    from PySide6.QtSvg import QSvgRenderer

    # (the small one is drawn on a 16-pixel grid for the 16 and 24 pixel sizes)
    for name, size in [("nnplayground.svg", 256), ("session.svg", 256), ("nnplayground-small.svg", 16)]:
        renderer = QSvgRenderer(str(resources.path("icons", name)))
        assert renderer.isValid() and renderer.defaultSize().width() == size, name


def test_the_windows_icon_file_holds_a_png_for_each_size_it_lists():
    data = resources.path("icons", "nnplayground.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1) and count >= 4
    sizes = set()
    for i in range(count):
        w, h, _, _, _, _, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * i : 22 + 16 * i])
        size = w or 256  # 0 means 256
        assert png_size(data[offset : offset + length]) == (size, size) and h == w
        sizes.add(size)
    assert {16, 32, 48, 256} <= sizes  # Explorer's small, medium and large views


def test_the_macos_icon_file_holds_a_png_for_each_entry():
    data = resources.path("icons", "nnplayground.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    sizes = {b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128, b"ic08": 256, b"ic09": 512}
    seen, at = set(), 8
    while at < len(data):
        kind, length = data[at : at + 4], struct.unpack(">I", data[at + 4 : at + 8])[0]
        assert png_size(data[at + 8 : at + length]) == (sizes[kind],) * 2
        seen.add(sizes[kind])
        at += length
    assert at == len(data) and {128, 256, 512} <= seen


def test_the_desktop_entry_starts_the_app_with_a_file_and_names_its_icon_and_file_type():
    entry = desktop_entry()
    assert entry["Type"] == "Application" and entry["Name"] == "nnplayground" and entry["Terminal"] == "false"
    # scripts/install_desktop.sh replaces "nnplayground " with the full path of the launcher it installs for
    assert entry["Exec"] == "nnplayground %f"
    assert entry["Icon"] == APP_ID and entry["StartupWMClass"] == "nnplayground"
    assert "Education" in entry["Categories"].split(";")
    assert entry["MimeType"].rstrip(";").split(";") == [MIME]


def test_the_file_type_matches_a_saved_session_by_name_and_by_content(tmp_path):
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.fromstring(resources.path("desktop", f"{APP_ID}.xml").read_bytes())
    kind = root.find("m:mime-type", ns)
    assert kind.get("type") == MIME
    assert [g.get("pattern") for g in kind.findall("m:glob", ns)] == ["*.nnp"]
    assert kind.find("m:icon", ns).get("name") == MIME.replace("/", "-")  # the session-*.png icons' installed name
    match = kind.find("m:magic/m:match", ns)
    lo, hi = (int(n) for n in match.get("offset").split(":"))

    exp = Experiment(data=DataSpec("xor", 40, 0.0, 1), hidden=(2,), activations=("tanh",))
    trainer = Trainer(exp, PointSet.generate("xor", 40, 0.0, 1))
    trainer.run(2)
    path = tmp_path / "run.nnp"
    save_session(str(path), session_from_trainer(trainer))
    head = path.read_bytes()[: hi + len(match.get("value"))]
    found = head.find(match.get("value").encode())
    assert lo <= found <= hi, f"a saved session starts {head[:80]!r}"


def test_the_appstream_file_names_the_entry_the_file_type_and_this_version_and_licence():
    root = ET.fromstring(resources.path("desktop", f"{APP_ID}.metainfo.xml").read_bytes())
    assert root.get("type") == "desktop-application" and root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("provides/mediatype") == MIME
    assert root.find("releases/release").get("version") == version()  # the newest release is this one
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert f'license = "{root.findtext("project_license")}"' in pyproject
    homepage = root.findtext("url[@type='homepage']")
    assert f'Homepage = "{homepage}"' in pyproject
