"""The classroom's View commands: full screen, zoom, the presentation preset, and the light or dark look.

One owner for how loud the window is: the zoom (every text, point and line `scale` times its size) and the theme
(light, dark, or the desktop's) go to the app's font and style sheet and to each plot at once, so nothing is left
at the old size or on the old background. The zoom and the theme choice are remembered in the app settings.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QWidget

from nnplayground.ui.common.i18n import translate
from nnplayground.ui.common.theme import DARK, LIGHT, PRESENTATION_ZOOM, Theme, clamp_zoom, zoom_in, zoom_out
from nnplayground.ui.network import look as diagram_look
from nnplayground.ui.network.view import NetworkView
from nnplayground.ui.window import style
from nnplayground.ui.window.layout import fit_data_column

THEME_CHOICES = ("system", "light", "dark")


class Looks(Protocol):
    def set_look(self, scale: float, theme: Theme) -> None: ...


class HasThumbs(Protocol):
    def set_thumb_scale(self, scale: float) -> None: ...


class Window(Protocol):
    """What the presentation needs of the main window."""

    canvas: Looks
    loss_chart: Looks
    network_view: NetworkView
    data_panel: HasThumbs
    actions_by_name: dict[str, QAction]
    settings_bar: QWidget
    output_panel: HasViews
    toolbar: Looks

    def centralWidget(self) -> QWidget: ...  # noqa: N802 (Qt's name): the columns' splitter


class HasViews(Protocol):
    views: QWidget  # the loss chart and the confusion matrix


def system_theme() -> Theme:
    """The desktop's colour scheme (Qt 6.5+); light where it says nothing."""
    scheme = QGuiApplication.styleHints().colorScheme()
    return DARK if scheme == Qt.ColorScheme.Dark else LIGHT


class Presentation(QObject):
    """Zoom, full screen, the presentation preset and the theme of one main window."""

    def __init__(self, window: QMainWindow, host: Window) -> None:
        super().__init__(window)
        self._window, self._host = window, host
        self._scale = 1.0
        self._choice = "system"
        self._before: tuple[float, list[tuple[QWidget, bool]], bool] | None = None  # what presentation changed
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_scheme)
        self._sync("actionTheme_system", True)
        if self.theme is not LIGHT:  # the app starts light (style.apply in app.py): a dark desktop restyles it once
            self._apply()

    # ---- what tests and menus read ---------------------------------------------------------------------------
    @property
    def scale(self) -> float:
        return self._scale

    @property
    def theme_choice(self) -> str:
        return self._choice

    @property
    def theme(self) -> Theme:
        return system_theme() if self._choice == "system" else DARK if self._choice == "dark" else LIGHT

    @property
    def presenting(self) -> bool:
        return self._before is not None

    def handlers(self) -> dict[str, Callable[..., object]]:
        """The actions' slots (see actions.specs: the View rows)."""
        out: dict[str, Callable[..., object]] = {
            "actionZoomIn": lambda: self.set_scale(zoom_in(self._scale)),
            "actionZoomOut": lambda: self.set_scale(zoom_out(self._scale)),
            "actionZoomReset": lambda: self.set_scale(1.0),
            "actionFullScreen": self.set_full_screen,
            "actionPresentation": self.set_presenting,
        }
        for name in THEME_CHOICES:
            out[f"actionTheme_{name}"] = lambda on, n=name: on and self.set_theme(n)
        return out

    # ---- the commands ----------------------------------------------------------------------------------------
    def set_scale(self, scale: float) -> None:
        """Every text, point and line `scale` times its size (one of the zoom steps; 1 is the desktop's)."""
        self._scale = clamp_zoom(scale)
        self._apply()

    def set_theme(self, choice: str) -> None:
        """ "system" (follow the desktop), "light" or "dark"."""
        if choice not in THEME_CHOICES:
            raise ValueError(f"unknown theme {choice!r}; the choices are {', '.join(THEME_CHOICES)}")
        self._choice = choice
        act = self._host.actions_by_name.get(f"actionTheme_{choice}")
        if act is not None and not act.isChecked():
            act.setChecked(True)
        self._apply()

    def set_full_screen(self, on: bool) -> None:
        w = self._window
        if on and not w.isFullScreen():
            w.showFullScreen()
        elif not on and w.isFullScreen():
            w.showNormal()  # back to the size it had (a maximised window: the state Qt kept)
        self._sync("actionFullScreen", on)

    def set_presenting(self, on: bool) -> None:
        """The presentation preset: large text and thick lines, the diagram and the canvas only (the data column,
        the settings bar and the loss chart hidden); off puts back what it changed."""
        if on == self.presenting:
            return
        if on:
            hidden = [(wd, wd.isVisible()) for wd in self._hides()]
            self._before = (self._scale, hidden, self._window.isFullScreen())
            for wd, _ in hidden:
                wd.hide()
            self.set_scale(max(self._scale, PRESENTATION_ZOOM))
        else:
            scale, hidden, _ = self._before  # type: ignore[misc]
            self._before = None
            for wd, visible in hidden:
                wd.setVisible(visible)
            self.set_scale(scale)
        self._sync("actionPresentation", on)

    def _hides(self) -> list[QWidget]:
        """What the preset hides: the data column, the settings bar and the loss chart (the toolbar stays: Play)."""
        h = self._host
        columns = h.centralWidget()
        assert isinstance(columns, QSplitter)
        return [columns.widget(0), h.settings_bar, h.output_panel.views]

    # ---- remembered in the app settings ----------------------------------------------------------------------
    def remembered(self) -> dict[str, tuple[Callable[[], object], Callable[[object], None]]]:
        """Settings keys with how to read and put back each value (None puts back the default)."""
        return {
            "view/zoom": (lambda: self._before[0] if self._before else self._scale, self._restore_zoom),
            "view/theme": (lambda: self._choice, self._restore_theme),
        }

    def _restore_zoom(self, value: object) -> None:
        self.set_scale(1.0 if value is None else clamp_zoom(value))

    def _restore_theme(self, value: object) -> None:
        self.set_theme(str(value) if str(value) in THEME_CHOICES else "system")

    # ---- applying the look -----------------------------------------------------------------------------------
    def _apply(self) -> None:
        theme = self.theme
        app = QApplication.instance()
        if isinstance(app, QApplication):
            style.apply(app, self._scale, theme)
        h = self._host
        h.canvas.set_look(self._scale, theme)
        h.loss_chart.set_look(self._scale, theme)
        diagram_look.set_look(h.network_view, self._scale, theme)
        h.toolbar.set_look(self._scale, theme)
        h.data_panel.set_thumb_scale(self._scale)  # the preset pictures grow with the text
        self._fit_columns()
        QTimer.singleShot(0, self, self._fit_columns)  # again once the new fonts have reached every widget
        zoom = f"{round(self._scale * 100)}%"
        for name, enabled in (("actionZoomIn", zoom_in(self._scale) != self._scale),
                              ("actionZoomOut", zoom_out(self._scale) != self._scale)):  # fmt: skip
            act = h.actions_by_name.get(name)
            if act is not None:
                act.setEnabled(enabled)
                act.setStatusTip(translate("ui.window.presentation", "Zoom {zoom}").format(zoom=zoom))

    def _fit_columns(self) -> None:
        columns = self._host.centralWidget()
        if isinstance(columns, QSplitter):
            fit_data_column(columns)  # its text grew (or shrank) with the zoom

    def _on_system_scheme(self, *_: object) -> None:
        if self._choice == "system":
            self._apply()

    def _sync(self, name: str, on: bool) -> None:
        act = self._host.actions_by_name.get(name)
        if act is not None and act.isChecked() != on:
            act.blockSignals(True)
            act.setChecked(on)
            act.blockSignals(False)
