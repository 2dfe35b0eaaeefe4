"""Render the icons' SVG sources (nnplayground/resources/icons/*.svg) to the PNG sizes the desktops ask for, and
the application icon to a Windows .ico and a macOS .icns as well (PyInstaller's bundles take those).

    .venv/bin/python scripts/make_icons.py      # after editing an SVG; commit what it writes

The rendered files are committed, so neither an install nor a bundle build needs Qt's SVG renderer at that time.
Both container formats hold PNG images (Windows Vista and macOS 10.7 on read them), written here by hand: Qt's
own ICO and ICNS writers store one size per file.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this tree's package, whichever one the environment has installed

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

from nnplayground.ui.window.icon import SIZES  # noqa: E402

ICONS = ROOT / "nnplayground" / "resources" / "icons"
APP_SIZES = SIZES  # the ones the window loads
SESSION_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 256)
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def render(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent square of `size` pixels, as PNG bytes."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        sys.exit(f"make_icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """A Windows icon file: a directory of entries, each a whole PNG (0 in a size byte means 256)."""
    head = struct.pack("<HHH", 0, 1, len(images))
    offset = len(head) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in images.items():
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return head + entries + blobs


def icns(images: dict[int, bytes]) -> bytes:
    """A macOS icon file: 'icns', the file's length, then (type, length, PNG) for each size."""
    body = b"".join(ICNS_TYPES[size] + struct.pack(">I", 8 + len(png)) + png for size, png in images.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (the renderer needs one)
    # below 32 pixels the full drawing blurs: a simpler one drawn for the pixel grid takes its place
    source = {size: ICONS / ("nnplayground-small.svg" if size < 32 else "nnplayground.svg") for size in APP_SIZES}
    app_pngs = {size: render(source[size], size) for size in APP_SIZES}
    for size, png in app_pngs.items():
        (ICONS / f"nnplayground-{size}.png").write_bytes(png)
    (ICONS / "nnplayground.ico").write_bytes(ico({s: app_pngs[s] for s in ICO_SIZES}))
    (ICONS / "nnplayground.icns").write_bytes(icns({s: app_pngs[s] for s in ICNS_TYPES}))
    for size in SESSION_SIZES:
        (ICONS / f"session-{size}.png").write_bytes(render(ICONS / "session.svg", size))
    print(f"make_icons: wrote {len(APP_SIZES) + len(SESSION_SIZES) + 2} files in {ICONS}")


if __name__ == "__main__":
    main()
