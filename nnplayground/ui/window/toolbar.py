"""The transport bar: Reset, Play/Pause, Step, Explain and the big epoch counter (the settings: `settings_bar`)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QToolBar, QToolButton, QVBoxLayout, QWidget

from nnplayground.ui.common.explain import TIPS
from nnplayground.ui.common.i18n import translate, translated
from nnplayground.ui.common.theme import Theme
from nnplayground.ui.common.tooltip import tooltip


# ---- the toolbar: transport buttons, the epoch counter, the hyper-parameters ----------------------------------
def _icon(kind: str, colour: str, size: int = 40) -> QIcon:
    """Play, pause, step and reset glyphs drawn here, so they look the same on every desktop theme."""
    pix = QPixmap(size, size)
    pix.fill(QColor(0, 0, 0, 0))
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(colour))
    s = size / 40.0
    if kind == "play":
        p.drawPolygon(QPolygonF([QPointF(14 * s, 10 * s), QPointF(31 * s, 20 * s), QPointF(14 * s, 30 * s)]))
    elif kind == "pause":
        p.drawRect(QRectF(12 * s, 10 * s, 6 * s, 20 * s))
        p.drawRect(QRectF(22 * s, 10 * s, 6 * s, 20 * s))
    elif kind == "step":
        p.drawPolygon(QPolygonF([QPointF(11 * s, 10 * s), QPointF(25 * s, 20 * s), QPointF(11 * s, 30 * s)]))
        p.drawRect(QRectF(26 * s, 10 * s, 4 * s, 20 * s))
    elif kind == "explain":  # a magnifying glass: look into one step
        p.setPen(QPen(QColor(colour), 3.0 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(QRectF(9 * s, 9 * s, 15 * s, 15 * s))
        p.drawLine(QPointF(22 * s, 22 * s), QPointF(31 * s, 31 * s))
    else:  # reset: an open circle with an arrow head
        p.setPen(QPen(QColor(colour), 3.2 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawArc(QRectF(10 * s, 10 * s, 20 * s, 20 * s), 100 * 16, 290 * 16)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(colour))
        p.drawPolygon(QPolygonF([QPointF(17 * s, 4 * s), QPointF(25 * s, 10 * s), QPointF(17 * s, 15 * s)]))
    p.end()
    return QIcon(pix)


class TransportBar(QToolBar):
    """Reset, Play/Pause, Step and the big epoch counter."""

    def __init__(self, actions: dict[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(translate("ui.window.toolbar", "Training"), parent)
        self.setObjectName("transportBar")
        self.setMovable(False)
        self.setFloatable(False)
        self.setIconSize(QSize(28, 28))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self._play_icons = {True: _icon("pause", "white"), False: _icon("play", "white")}
        reset, play, step = actions["actionReset"], actions["actionPlay"], actions["actionStep"]
        reset.setIcon(_icon("reset", "#444444"))
        step.setIcon(_icon("step", "#444444"))
        play.setIcon(self._play_icons[False])
        self.addAction(reset)
        self.play_button = QToolButton(self)
        self.play_button.setObjectName("playButton")
        self.play_button.setDefaultAction(play)
        self.play_button.setIconSize(QSize(30, 30))
        self.addWidget(self.play_button)
        self.addAction(step)
        explain = actions["actionExplainStep"]
        explain.setIcon(_icon("explain", "#444444"))
        self.addAction(explain)
        self._inked = {"reset": reset, "step": step, "explain": explain}  # icons drawn in the theme's ink
        epoch_box = QWidget(self)
        col = QVBoxLayout(epoch_box)
        col.setContentsMargins(14, 0, 18, 0)
        col.setSpacing(0)
        caption = QLabel(translate("ui.window.toolbar", "Epoch"))
        caption.setObjectName("caption")
        caption.setToolTip(tooltip(translated(TIPS["epoch"])))
        self.epoch_label = QLabel("000,000")
        self.epoch_label.setObjectName("epochLabel")
        self.epoch_label.setToolTip(tooltip(translated(TIPS["epoch"])))
        self.epoch_label.setMinimumWidth(120)
        # A mini-batch step moves the weights but not the epoch: say how far into the epoch the run is.
        self.batch_label = QLabel("")
        self.batch_label.setObjectName("batchLabel")
        self.batch_label.setToolTip(
            tooltip(translate("ui.window.toolbar", "Mini-batches done in the current epoch (Shift+Right steps one)."))
        )
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(caption)
        head.addWidget(self.batch_label)
        head.addStretch(1)
        col.addLayout(head)
        col.addWidget(self.epoch_label)
        self.addWidget(epoch_box)

    def set_look(self, scale: float, theme: Theme) -> None:
        """Icons `scale` times their size, drawn in the theme's ink (dark grey is lost on the dark bar)."""
        ink = theme.text if theme.dark else "#444444"
        for name, action in self._inked.items():
            action.setIcon(_icon(name, ink))
        self.setIconSize(QSize(round(28 * scale), round(28 * scale)))
        self.play_button.setIconSize(QSize(round(30 * scale), round(30 * scale)))
        self.epoch_label.setMinimumWidth(round(120 * scale))

    def show_position(self, epoch: int, batch: int, batches: int) -> None:
        """The epoch counter, and "· batch 3 / 25" while the run is inside an epoch."""
        self.epoch_label.setText(f"{epoch:07,}")
        where = translate("ui.window.toolbar", "· batch {batch} / {batches}").format(
            batch=f"{batch:,}", batches=f"{batches:,}"
        )
        self.batch_label.setText(where if batch else "")

    def show_playing(self, playing: bool) -> None:
        action = self.play_button.defaultAction()
        action.setIcon(self._play_icons[bool(playing)])
        action.setText(translate("ui.window.toolbar", "&Pause") if playing else translate("ui.window.toolbar", "&Play"))


class ToolbarRows(QObject):
    """The settings go on a second row when the window is too narrow for one (never behind an overflow arrow):
    checked whenever the window is resized or its font changes (a zoom widens both bars)."""

    def __init__(self, window: QMainWindow, first: QToolBar, second: QToolBar) -> None:
        super().__init__(window)
        self._window, self._first, self._second = window, first, second
        self.wrapped = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.update()
        return False

    def update(self) -> None:
        need = self._first.sizeHint().width() + self._second.sizeHint().width()
        wrap = need > self._window.width()
        if wrap != self.wrapped:
            self.wrapped = wrap
            if wrap:
                self._window.insertToolBarBreak(self._second)
            else:
                self._window.removeToolBarBreak(self._second)
