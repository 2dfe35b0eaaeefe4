"""The data canvas: the points over the model's output, and the mouse gestures that edit them.

A `pg.PlotWidget` locked to TensorFlow Playground's square [-6, 6]^2. The model's output is an `ImageItem` whose
pixels sit exactly on the grid points of `Snapshot.output_grid` (pixel centres, row 0 at y = -6); the decision
boundary is drawn from the same grid; the points are scatter items fed whole arrays, one per colour (training
points with a white rim, test points with a dark one), so ten thousand points cost a few milliseconds. It never edits
the points itself: a gesture only emits the data coordinates it happened at, and the window turns them into an
undoable edit.
Alt+click (or a plain click with the Inspect tool) picks one point (`marks.py`); hovering a point shows what the
network makes of it (`inspector.py`).
"""

from __future__ import annotations

import math
import time
from functools import partial

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QMouseEvent, QPainter
from PySide6.QtWidgets import QGraphicsRectItem, QWidget

from nnplayground.core import colors
from nnplayground.core.contour import boundary_segments
from nnplayground.core.points import PointSet
from nnplayground.core.snapshot import Snapshot
from nnplayground.core.square import LIMIT
from nnplayground.ui.common.shapes import CLASS_SYMBOLS
from nnplayground.ui.common.theme import LIGHT, Theme
from nnplayground.ui.data.inspector import PointInspector
from nnplayground.ui.data.looks import LEGEND_PT, MARGINS, eraser_cursor, fitted_legend, legend_html, square_axes
from nnplayground.ui.data.marks import PICK_PIXELS, Marks, nearest_within
from nnplayground.ui.data.scatter import POINT_SIZE, PointLayer

TOOLS = ("add", "brush", "erase", "inspect")
STROKE_SPACING = 0.25  # data units the cursor must travel before a drag paints or erases again ...
STROKE_INTERVAL = 0.030  # ... or seconds since the last time, once it has moved a little
VALUE_LEVELS = 21  # regression colours: one scatter item per level, 0.1 apart (odd, so 0 is exactly white)
AXIS_COLOR = LIGHT.axis
CONTOUR_PEN = pg.mkPen(QColor(40, 40, 40, 150), width=1.2)


# ---- the widget ------------------------------------------------------------------------------------------------------
class DataCanvas(pg.PlotWidget):
    """The points over the model's output; left clicks add, brush or erase (by tool), right clicks erase."""

    add_requested = Signal(float, float)
    brush_requested = Signal(float, float)
    erase_requested = Signal(float, float)
    hovered = Signal(float, float)
    hover_left = Signal()  # the cursor left the square: clear a read-out
    picked_changed = Signal(object)  # the picked point's index in the PointSet, or None
    highlight_changed = Signal(object)  # the highlighted points' indices (empty: none)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.setObjectName("dataCanvas")
        self.setMinimumSize(160, 160)
        self._points: PointSet = PointSet.empty()
        self._grid: np.ndarray | None = None
        self._num_classes = 2
        self._preview: tuple[np.ndarray, str] | None = None
        self._discretize = False
        self._show_test = False
        self._tool = "add"
        self._stroke: str | None = None  # "brush" or "erase" while a drag paints
        self._stroke_button = Qt.MouseButton.NoButton
        self._last_emit: tuple[float, float, float] | None = None  # x, y, time of the stroke's last emission
        self._legend_html, self._legend_key = "", ("", 0, 0)
        self._class_names: tuple[str, ...] = ()  # an imported file's labels, by class
        self._inside_square = False  # for `hover_left`: emitted once when the cursor leaves the square
        cross = QCursor(Qt.CursorShape.CrossCursor)
        hand = QCursor(Qt.CursorShape.PointingHandCursor)
        self._cursors = {"add": cross, "brush": cross, "erase": eraser_cursor(), "inspect": hand}
        self._test = np.zeros(0, dtype=bool)
        self._snapshot: Snapshot | None = None
        self._scale, self._theme = 1.0, LIGHT

        item = self.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.setMouseEnabled(x=False, y=False)
        vb = item.getViewBox()
        vb.setAspectLocked(True, ratio=1.0)
        vb.disableAutoRange()
        vb.setRange(xRange=(-LIMIT, LIMIT), yRange=(-LIMIT, LIMIT), padding=0.0)
        square_axes(self, 1.0, LIGHT)

        self.image_item = pg.ImageItem(axisOrder="row-major")
        self.image_item.setZValue(-10)
        item.addItem(self.image_item)
        self.contour_item = pg.PlotCurveItem(pen=CONTOUR_PEN, connect="pairs", antialias=True)
        item.addItem(self.contour_item)
        frame = QGraphicsRectItem(QRectF(-LIMIT, -LIMIT, 2 * LIMIT, 2 * LIMIT))  # over the image, under the points
        frame.setPen(pg.mkPen(AXIS_COLOR, width=1))  # mkPen makes it cosmetic: one pixel whatever the scale
        frame.setZValue(-5)
        item.addItem(frame)
        # Pens and brushes made once and shared: the scatter items compare them by identity.
        self._class_brushes = np.array([pg.mkBrush(c) for c in colors.CLASS_COLORS], dtype=object)
        levels = colors.diverging(np.linspace(-1.0, 1.0, VALUE_LEVELS), strength=1.0)
        self._value_brushes = np.array([pg.mkBrush(*map(int, c)) for c in levels], dtype=object)
        self._class_pen = pg.mkPen("w", width=1.0)  # TF Playground's white rim
        self._value_pen = pg.mkPen("#9a9a9a", width=0.8)  # a value near 0 is white: a grey rim keeps it visible
        self._test_pen = pg.mkPen("#111111", width=1.2)
        self.train_points = PointLayer(item, self._class_pen, z=0.0)
        self.test_points = PointLayer(item, self._test_pen, z=1.0)  # on top: fewer, and the ones being judged
        self.test_points.set_visible(False)
        self.marks = Marks(item, self)
        self.marks.picked_changed.connect(self.picked_changed)
        self.marks.highlight_changed.connect(self.highlight_changed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Escape clears a pick once the canvas was clicked

        self._show_image(np.full((1, 1, 4), 255, dtype=np.uint8))
        self._pad = (0.0, 0.0)
        self._update_legend()
        # Bilinear scaling of the 100 x 100 output, as the playground's browser canvas does: smooth, and each
        # texel's centre still sits on its grid point.
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        item.layout.setContentsMargins(*MARGINS)
        vb.sigResized.connect(self._square_up)
        self.viewport().setMouseTracking(True)
        self.set_tool("add")
        self.inspector = PointInspector(self)

    # ---- public API ------------------------------------------------------------------------------------------------
    @property
    def tool(self) -> str:
        return self._tool

    @property
    def discretize(self) -> bool:
        return self._discretize

    @property
    def show_test(self) -> bool:
        return self._show_test

    def set_points(self, ps: PointSet, test_mask: np.ndarray, class_names: tuple[str, ...] = ()) -> None:
        """Draw `ps`; `test_mask` (n,) bool marks the test points (drawn only while 'show test data' is on)."""
        test = np.asarray(test_mask, dtype=bool).reshape(-1)
        if test.shape != (ps.n,):
            raise ValueError(f"the test mask has {test.size} entries for {ps.n} points")
        self._class_names = tuple(class_names)  # the legend's (an imported file's labels; empty: numbered)
        if ps is not self._points:
            self.inspector.hide()  # its point may be another one now
        self._points, self._test = ps, test
        self.marks.set_points(ps)
        if ps.regression:
            v = np.clip(np.nan_to_num(ps.target), -1.0, 1.0)
            bucket = np.rint((v + 1.0) * 0.5 * (VALUE_LEVELS - 1)).astype(np.intp)
            brushes, pen, symbols = self._value_brushes, self._value_pen, ()
        else:
            bucket = (ps.labels % len(self._class_brushes)).astype(np.intp)
            brushes, pen, symbols = self._class_brushes, self._class_pen, CLASS_SYMBOLS
        train = ~test
        self.train_points.set(ps.xy[train], bucket[train], brushes, pen, symbols)
        self.test_points.set(ps.xy[test], bucket[test], brushes, self._test_pen, symbols)
        self._update_legend()

    def set_snapshot(self, snap: Snapshot) -> None:
        """Show the model's output (and its boundary) from `snap.output_grid`."""
        self._snapshot = snap
        self.inspector.follow()
        self._grid = np.asarray(snap.output_grid)
        self._num_classes = int(snap.num_classes)
        if self._preview is None:
            self._redraw_output()
        self._update_legend()

    def set_discretize(self, on: bool) -> None:
        """Show only the decision (full-strength class colours) instead of the model's confidence."""
        self._discretize = bool(on)
        if self._preview is None:
            self._redraw_output()

    def set_show_test(self, on: bool) -> None:
        self._show_test = bool(on)
        self.test_points.set_visible(self._show_test)
        self._update_legend()

    def set_tool(self, name: str) -> None:
        """What a left click does: "add" a point, "brush" (drag) points, "erase" them, "inspect" (pick) one."""
        if name not in TOOLS:
            raise ValueError(f"unknown tool {name!r}; the tools are {', '.join(TOOLS)}")
        self._tool = name
        self.viewport().setCursor(self._cursors[name])

    def set_look(self, scale: float, theme: Theme) -> None:
        """The zoom (text, points and axes `scale` times their size) and the theme round the square (the square
        itself is the model's picture in either)."""
        self._scale, self._theme = float(scale), theme
        square_axes(self, self._scale, theme)
        for layer in (self.train_points, self.test_points, self.marks.highlight_points):
            layer.set_size(POINT_SIZE * self._scale)
        self._legend_key = ("", 0, 0)  # laid out again at the new size and in the theme's ink
        self._update_legend()

    def set_preview(self, grid: np.ndarray | None, activation: str | None = None) -> None:
        """Show one neuron's own (g, g) output instead of the model's (hovering a neuron); None goes back."""
        if grid is None:
            self._preview = None
            self._redraw_output()
            return
        g = np.asarray(grid, dtype=np.float64)
        if g.ndim != 2:
            raise ValueError(f"a neuron preview needs a (g, g) grid, got shape {g.shape}")
        self._preview = (g, activation or "linear")
        self._show_image(colors.neuron_image(g, self._preview[1]))
        self.contour_item.setData([], [])

    # ---- picking and highlighting (see marks.py) ---------------------------------------------------------------------
    @property
    def points(self) -> PointSet:  # the points on the canvas
        return self._points

    @property
    def test_mask(self) -> np.ndarray:  # (n,) bool: which of them are test points
        return self._test

    @property
    def snapshot(self) -> Snapshot | None:
        """The snapshot on the canvas (the one the rewinder put on screen)."""
        return self._snapshot

    def drawn_mask(self) -> np.ndarray:
        """(n,) bool: the points drawn now (the test points only while they are shown)."""
        return ~self._test | self._show_test

    def picked(self) -> int | None:  # the picked point's index, or None
        return self.marks.picked

    def pick(self, index: int | None) -> None:
        """Pick point `index` of the PointSet (None clears); `picked_changed` says so."""
        self.marks.pick(index)

    def pick_next(self, step: int = 1) -> int | None:
        """Pick the drawn point `step` places after (before, if negative) the picked one, wrapping round."""
        return self.marks.pick_next(int(step), self.drawn_mask())

    def point_at(self, x: float, y: float) -> int | None:
        """The drawn point within a few pixels of the data point (x, y), nearest first, or None."""
        return nearest_within(self._points.xy, self.drawn_mask(), x, y, PICK_PIXELS * self.pixel_size())

    def highlight(self, indices: object) -> None:
        """Ring the points at `indices` (a confusion-matrix cell's); None or empty clears."""
        self.marks.highlight(indices)

    def highlighted(self) -> np.ndarray:  # the highlighted points' indices
        return self.marks.highlighted

    @property
    def previewing(self) -> bool:
        return self._preview is not None

    @property
    def preview(self) -> tuple[np.ndarray, str] | None:
        """The neuron's grid and activation shown instead of the model's output, if any."""
        return self._preview

    def data_to_widget(self, x: float, y: float) -> QPoint:
        """The viewport (= widget: the view has no frame) pixel nearest the data point (x, y)."""
        self._settle_layout()
        scene = self.getPlotItem().getViewBox().mapViewToScene(QPointF(float(x), float(y)))
        return self.viewportTransform().map(scene).toPoint()

    def widget_to_data(self, pos: QPoint | QPointF) -> tuple[float, float]:
        """Data coordinates of a viewport position (whether or not it lies inside the square)."""
        self._settle_layout()
        inverse, _ = self.viewportTransform().inverted()
        view = self.getPlotItem().getViewBox().mapSceneToView(inverse.map(QPointF(pos)))
        return float(view.x()), float(view.y())

    def pixel_size(self) -> float:
        """How many data units one screen pixel spans (the same along x and y: the aspect is locked)."""
        a = self.widget_to_data(QPointF(0.0, 0.0))
        b = self.widget_to_data(QPointF(100.0, 0.0))
        return abs(b[0] - a[0]) / 100.0 or 1e-9

    def _settle_layout(self) -> None:
        """Lay the plot out now if a resize is pending, so a mapping never uses yesterday's geometry."""
        layout = self.getPlotItem().layout
        for _ in range(3):  # a resize squares the view, which lays out once more; then it is stable
            if layout.isActivated():
                break
            layout.activate()

    def _square_up(self) -> None:
        """Pad the plot's layout so the view box is square: the axes then hug the square, with no white bands."""
        item, (left, top, right, bottom) = self.getPlotItem(), MARGINS
        rect = item.getViewBox().geometry()
        # (free width capped by the plot's: a legend wider than the square must not push the pads ever wider)
        free_w = min(rect.width() + 2 * self._pad[0], item.width() - left - right - item.getAxis("left").width())
        free_h = rect.height() + 2 * self._pad[1]
        side = min(free_w, free_h)
        pad = ((free_w - side) / 2, (free_h - side) / 2)
        if max(abs(pad[0] - self._pad[0]), abs(pad[1] - self._pad[1])) >= 0.5:
            self._pad = pad
            item.layout.setContentsMargins(left + pad[0], top + pad[1], right + pad[0], bottom + pad[1])
            self._update_legend()  # (on a resize: the square's size is the legend's room)

    # ---- drawing -----------------------------------------------------------------------------------------------------
    def _show_image(self, rgba: np.ndarray) -> None:
        self.image_item.setImage(rgba, autoLevels=False)
        self.image_item.setRect(QRectF(-LIMIT, -LIMIT, 2 * LIMIT, 2 * LIMIT))  # after setImage: it scales per pixel

    def _redraw_output(self) -> None:
        if self._grid is None:
            self._show_image(np.full((1, 1, 4), 255, dtype=np.uint8))
            self.contour_item.setData([], [])
            return
        self._show_image(colors.output_image(self._grid, self._num_classes, self._discretize))
        if self._num_classes == 0:  # regression: the colours are the answer, there is no boundary to draw
            self.contour_item.setData([], [])
            return
        seg = boundary_segments(self._grid, self._num_classes)
        self.contour_item.setData(seg[:, 0], seg[:, 1], connect="pairs")

    def _update_legend(self) -> None:
        """The class swatches (or value scale) above the square, shrunk to its width; redone when either changes."""
        model = self._num_classes if self._grid is not None else None
        make = partial(legend_html, self._points, model, self._show_test, self._class_names, ink=self._theme.text)
        key = (make(self._scale), self.width(), self.height())
        if key != self._legend_key:
            self._legend_key = key
            self._legend_html, scale = fitted_legend(make, self._scale, key[1], key[2])
            self.getPlotItem().setTitle(self._legend_html, color=self._theme.text, size=f"{LEGEND_PT * scale:g}pt")

    def drawn_points(self) -> np.ndarray:
        """(m, 2) the points visible now: the training points, and the test points while they are shown."""
        parts = [self.train_points.xy()] + ([self.test_points.xy()] if self._show_test else [])
        return np.concatenate(parts)

    @property
    def legend_html(self) -> str:
        return self._legend_html

    # ---- mouse -------------------------------------------------------------------------------------------------------
    def _inside(self, pos: QPointF) -> tuple[float, float] | None:
        """The data point under `pos`, or None outside the square (a pixel of slack at the edges, clamped)."""
        x, y = self.widget_to_data(pos)
        slack = self.pixel_size()
        if not (abs(x) <= LIMIT + slack and abs(y) <= LIMIT + slack):
            return None
        return min(max(x, -LIMIT), LIMIT), min(max(y, -LIMIT), LIMIT)

    def _emit(self, kind: str, xy: tuple[float, float]) -> None:
        self._last_emit = (xy[0], xy[1], time.monotonic())
        {"add": self.add_requested, "brush": self.brush_requested, "erase": self.erase_requested}[kind].emit(*xy)

    def _stroke_due(self, xy: tuple[float, float]) -> bool:
        if self._last_emit is None:
            return True
        lx, ly, lt = self._last_emit
        moved = math.hypot(xy[0] - lx, xy[1] - ly)
        return moved >= STROKE_SPACING or (moved >= STROKE_SPACING / 5 and time.monotonic() - lt >= STROKE_INTERVAL)

    def mousePressEvent(self, ev: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        button = ev.button()
        if button == Qt.MouseButton.RightButton:
            kind = "erase"
        elif button == Qt.MouseButton.LeftButton:
            kind = self._tool
            if ev.modifiers() & Qt.KeyboardModifier.AltModifier:
                kind = "inspect"
        else:
            ev.ignore()
            return
        ev.accept()  # handled here, never passed on: the view box must not pan, zoom or open a menu
        self._stroke = kind if kind in ("brush", "erase") else None
        self._stroke_button = button
        self._last_emit = None
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        xy = self._inside(ev.position())
        if kind == "inspect":
            self._stroke = None
            self.pick(None if xy is None else self.point_at(*xy))  # empty space clears the pick
        elif xy is not None:
            self._emit(kind, xy)

    mouseDoubleClickEvent = mousePressEvent  # a quick second click adds a second point, as a user expects

    def mouseMoveEvent(self, ev: QMouseEvent) -> None:  # noqa: N802
        xy = self._inside(ev.position())
        if xy is not None:
            self.hovered.emit(*xy)
        elif self._inside_square:
            self.hover_left.emit()
        self._inside_square = xy is not None
        if self._stroke is not None and ev.buttons() & self._stroke_button:
            if xy is not None and self._stroke_due(xy):
                self._emit(self._stroke, xy)
            ev.accept()
            return
        if ev.buttons() == Qt.MouseButton.NoButton:
            super().mouseMoveEvent(ev)  # hover only: let the scene see it

    def mouseReleaseEvent(self, ev: QMouseEvent) -> None:  # noqa: N802
        if ev.button() == self._stroke_button:
            self._stroke = None
            self._stroke_button = Qt.MouseButton.NoButton
        ev.accept()

    def keyPressEvent(self, ev) -> None:  # noqa: N802, ANN001
        if ev.key() == Qt.Key.Key_Escape and (self.picked() is not None or len(self.highlighted())):
            self.pick(None)
            self.highlight(None)
            ev.accept()
            return
        super().keyPressEvent(ev)

    def leaveEvent(self, ev) -> None:  # noqa: N802, ANN001
        if self._inside_square:
            self._inside_square = False
            self.hover_left.emit()
        super().leaveEvent(ev)
