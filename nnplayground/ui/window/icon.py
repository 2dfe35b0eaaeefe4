"""The application's icon, for the window's title bar and task switcher, the About box and every dialog (Qt gives
them the application's icon), drawn from the files in `resources/icons` (see scripts/make_icons.py)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from nnplayground import resources

# The app's id on the desktop: the name of its .desktop entry, AppStream file and icon in the user's data folders
# (resources/desktop holds files of this name); Qt passes it to Wayland, which finds the entry's icon by it.
APP_ID = "io.github.nnplayground.nnplayground"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """Every PNG size (crisp at each, where a scaled SVG would blur the thin links at 16 pixels)."""
    icon = QIcon()
    for size in SIZES:
        icon.addFile(str(resources.path("icons", f"nnplayground-{size}.png")))
    return icon
