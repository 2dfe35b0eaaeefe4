"""The data column in a narrow window: a slim tab at the left edge, and the data panel as a drawer over the diagram.

Three columns need room: at 1024 x 768 a data column of its full width leaves the diagram and the canvas cramped.
Below WIDE_WIDTH (or more at a large zoom: the diagram and the output keep ROOM beside the data column) the column folds
to a handle ("Data ▸"); the handle, View > Data Panel or Ctrl+D open the same DataPanel, moved with its scroll
area into a drawer laid over the diagram (the canvas stays whole beside it, so drawing and choosing a class go on
while it is open). Escape or the handle close it; the focus goes in on opening and back where it was on closing.
A wider window puts the column back. Nothing is made twice: the panel, its scroll area and its signals stay one.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import (
    QAction,
    QColor,
    QKeySequence,
    QLinearGradient,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from nnplayground.ui.common.i18n import translate
from nnplayground.ui.common.tooltip import tooltip
from nnplayground.ui.window.tab_order import tab_stops

WIDE_WIDTH = 1280  # pixels of the columns' width from which the data column stands as a column of its own
ROOM = 960  # ... and the diagram and the output have this much beside it (as at 1280, zoom 1) at a larger zoom
HYSTERESIS = 32  # pixels: a column folds only this far below the width that unfolds it (no flicker at the edge)
QWIDGETSIZE_MAX = (1 << 24) - 1
PAD = 6  # pixels around the handle's text
SHADOW = 8  # pixels of the open drawer's shadow over the diagram


def fold_width(need: int) -> int:
    """The columns' width from which a data column that needs `need` pixels unfolds."""
    return max(WIDE_WIDTH, need + ROOM)


class DrawerHandle(QAbstractButton):
    """The folded column: a tall, slim tab reading "Data" (bottom to top) under an arrow that says which way the
    drawer goes. The whole strip is the button, so it is easy to hit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dataDrawerHandle")
        self.setCheckable(True)
        self.setText(translate("ui.window.drawer", "Data"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)  # the column's full height
        self.setAccessibleName(translate("ui.window.drawer", "Data panel"))
        what = translate("ui.window.drawer", "Opens or closes the data panel over the diagram: data set, noise, tools")
        self.setAccessibleDescription(what)

    def _upright(self) -> bool:
        """Chinese (any CJK) stands upright, one character under the other, as on a vertical sign; a Latin word
        runs up the strip."""
        return any(ord(c) >= 0x2E80 for c in self.text())

    def _word_length(self) -> int:
        fm = self.fontMetrics()
        return len(self.text()) * fm.height() if self._upright() else fm.horizontalAdvance(self.text())

    def _tab(self) -> QRect:
        """The tab at the top of the strip: the arrow, then the word."""
        return QRect(2, PAD, self.width() - 5, 2 * self.fontMetrics().height() + self._word_length() + 2 * PAD)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        fm = self.fontMetrics()
        side = max(fm.height(), max((fm.horizontalAdvance(c) for c in self.text()), default=0))
        return QSize(side + 2 * PAD + 3, 3 * fm.height() + self._word_length() + 4 * PAD)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal, roles = self.palette(), QPalette.ColorRole
        w, h = self.width(), self.height()
        p.fillRect(self.rect(), pal.color(roles.Button))
        p.setPen(pal.color(roles.Mid))
        p.drawLine(w - 1, 0, w - 1, h)
        tab = self._tab()
        on = self.isChecked() or self.isDown()
        fill = pal.color(roles.Highlight) if on else pal.color(roles.Midlight if self.underMouse() else roles.Base)
        p.setPen(QPen(pal.color(roles.Highlight if self.hasFocus() else roles.Mid), 2 if self.hasFocus() else 1))
        p.setBrush(fill)
        p.drawRoundedRect(tab, 4, 4)
        p.setPen(pal.color(roles.HighlightedText if on else roles.ButtonText))
        fm = self.fontMetrics()
        arrow = "◀" if self.isChecked() else "▶"  # which way the drawer goes
        p.drawText(QRect(tab.x(), tab.y() + PAD // 2, tab.width(), fm.height()), Qt.AlignmentFlag.AlignCenter, arrow)
        top = tab.y() + fm.height() + PAD
        if self._upright():
            for i, c in enumerate(self.text()):
                line = QRect(tab.x(), top + i * fm.height(), tab.width(), fm.height())
                p.drawText(line, Qt.AlignmentFlag.AlignCenter, c)
            return
        length = self._word_length()
        p.translate(tab.x(), top + length)
        p.rotate(-90)  # the word runs up the strip, as a book's spine on a shelf
        p.drawText(QRect(0, 0, length, tab.width()), Qt.AlignmentFlag.AlignCenter, self.text())


class Drawer(QFrame):
    """The open drawer: a frame over the window's columns that holds the data column's scroll area, with a soft
    shadow on its right edge so it reads as lying over the diagram."""

    def __init__(self, window: QWidget, column: DataColumn) -> None:
        super().__init__(window)
        self.setObjectName("dataDrawer")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, SHADOW + 1, 0)
        self.hide()
        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        close.activated.connect(column.close_drawer)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        edge = self.width() - SHADOW - 1
        p.fillRect(QRect(0, 0, edge, self.height()), self.palette().color(QPalette.ColorRole.Window))
        p.setPen(self.palette().color(QPalette.ColorRole.Mid))
        p.drawLine(edge, 0, edge, self.height())
        fade = QLinearGradient(edge + 1, 0, self.width(), 0)
        fade.setColorAt(0, QColor(0, 0, 0, 56))
        fade.setColorAt(1, QColor(0, 0, 0, 0))
        p.fillRect(QRect(edge + 1, 0, SHADOW, self.height()), fade)


class DataColumn(QWidget):
    """The columns' first: the data panel in its scroll area, or, in a narrow window, the handle of its drawer."""

    folded_changed = Signal(bool)
    opened_changed = Signal(bool)

    def __init__(self, data: QWidget) -> None:
        super().__init__()
        self.setObjectName("dataColumn")
        self.handle = DrawerHandle(self)  # made first: Tab reaches it where the data controls were
        self.handle.hide()
        self.handle.toggled.connect(self.set_open)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("dataScroll")
        self.scroll.setWidget(data)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a tab stop of its own: it scrolls to the control
        self._box = QHBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(0)
        self._box.addWidget(self.handle)
        self._box.addWidget(self.scroll)
        self.drawer: Drawer | None = None  # made by `install`, once the column is in its window
        self._folded = False
        self.wide_sizes: list[int] = []  # the columns' sizes before folding (or restored since): back on unfolding
        self._return_focus: QWidget | None = None
        self._sync(False)

    # ---- what tests, menus and the layout read ----------------------------------------------------------------
    @property
    def folded(self) -> bool:
        return self._folded

    @property
    def is_open(self) -> bool:
        return self.drawer is not None and self.drawer.isVisible()

    def needed_width(self) -> int:
        """The width the data panel takes whole (three preset tiles, nine swatches, at the zoom of the moment)."""
        data = self.scroll.widget()
        return data.minimumSizeHint().width() + self.scroll.verticalScrollBar().sizeHint().width()

    # ---- folding ----------------------------------------------------------------------------------------------
    def watch(self, split: QSplitter) -> None:
        """Fold or unfold as the columns' width changes (and place an open drawer again)."""
        split.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and isinstance(watched, QSplitter):
            self.fit(watched.width())
        elif event.type() in (QEvent.Type.Resize, QEvent.Type.Move) and self.is_open:
            self._place()
        return False

    def fit(self, width: int | None = None) -> None:
        """The column as wide as its content, folded when the columns (`width`, else the splitter's) are narrower
        than three columns need. Called on every resize and after a zoom."""
        split = self.parentWidget()
        if not isinstance(split, QSplitter):
            return
        width = split.width() if width is None else width
        unfold_at = fold_width(self.needed_width())
        if self.drawer is not None and not self._folded and width < unfold_at - HYSTERESIS:
            self._fold(split, True)
        elif self._folded and width >= unfold_at:
            self._fold(split, False)
        if self._folded:
            self._narrow(split)
            if self.is_open:
                self._place()
        else:
            self.setMinimumWidth(self.needed_width())

    def _narrow(self, split: QSplitter) -> None:
        """A folded column as wide as its handle (at the zoom of the moment), the rest to the diagram and output."""
        side = self.handle.sizeHint().width()
        if (self.minimumWidth(), self.maximumWidth(), self.width()) != (side, side, side):
            self.setMinimumWidth(side)
            self.setMaximumWidth(side)
            # (the splitter does not lay out again by itself; QSplitter's own sizes: Columns' are the wide ones)
            QSplitter.setSizes(split, [side, *QSplitter.sizes(split)[1:]])

    def _fold(self, split: QSplitter, on: bool) -> None:
        assert self.drawer is not None
        focus = QApplication.focusWidget()
        had_focus = focus is not None and self.scroll.isAncestorOf(focus)
        if on:
            self.wide_sizes = QSplitter.sizes(split)
            self._box.removeWidget(self.scroll)
            self.drawer.layout().addWidget(self.scroll)
            self.handle.show()
            self._narrow(split)
        else:
            self.set_open(False)
            self.drawer.layout().removeWidget(self.scroll)
            self._box.addWidget(self.scroll)
            self.scroll.show()
            self.handle.hide()
            self.setMaximumWidth(QWIDGETSIZE_MAX)
            self.setMinimumWidth(self.needed_width())
            QSplitter.setSizes(split, self.wide_sizes or [self.needed_width(), *QSplitter.sizes(split)[1:]])
        self._folded = on
        self.relink()
        if had_focus:  # the focused control went into the closed drawer: the handle keeps the keyboard's place
            (self.handle if on else focus).setFocus(Qt.FocusReason.OtherFocusReason)
        self.folded_changed.emit(on)

    # ---- the drawer -------------------------------------------------------------------------------------------
    def set_open(self, on: bool) -> None:
        """Open the drawer (in a folded column) with the focus in it, or close it with the focus back."""
        on = bool(on) and self._folded and self.drawer is not None and self.isVisible()
        if on == self.is_open:
            self._sync(on)
            return
        assert self.drawer is not None
        if on:
            self._return_focus = QApplication.focusWidget()
            self._place()
            self.drawer.show()
            self.drawer.raise_()
            self.relink()
            stops = self._stops()
            if stops:
                stops[0].setFocus(Qt.FocusReason.TabFocusReason)
        else:
            inside = self.drawer.isAncestorOf(QApplication.focusWidget())
            self.drawer.hide()
            back = self._return_focus
            self._return_focus = None
            if inside:
                alive = back is not None and shiboken6.isValid(back) and back.isVisible()
                (back if alive else self.handle).setFocus(Qt.FocusReason.OtherFocusReason)  # type: ignore[union-attr]
        self._sync(on)
        self.opened_changed.emit(on)

    def close_drawer(self) -> None:
        self.set_open(False)

    def _sync(self, on: bool) -> None:
        if self.handle.isChecked() != on:
            self.handle.blockSignals(True)
            self.handle.setChecked(on)
            self.handle.blockSignals(False)
            self.handle.update()
        shut = translate("ui.window.drawer", "Close the data panel (Esc)")
        show = translate("ui.window.drawer", "Open the data panel: data set, noise, split, drawing tools (Ctrl+D)")
        self.handle.setToolTip(tooltip(shut if on else show))

    def _place(self) -> None:
        """Over the columns, right of the handle, as tall as the column and as wide as the panel needs (no wider
        than the window)."""
        assert self.drawer is not None
        split = self.parentWidget()
        gap = split.handleWidth() if isinstance(split, QSplitter) else 0
        window = self.drawer.parentWidget()
        corner = self.mapTo(window, QPoint(self.width() + gap, 0))
        width = min(self.needed_width() + 1 + SHADOW, window.width() - corner.x())
        self.drawer.setGeometry(corner.x(), corner.y(), width, self.height())

    def hideEvent(self, event: QEvent) -> None:  # noqa: N802
        """Presentation mode hides the column: its drawer goes with it."""
        self.set_open(False)
        super().hideEvent(event)

    # ---- the keyboard -----------------------------------------------------------------------------------------
    def _stops(self) -> list[QWidget]:
        return [w for w in tab_stops(self.scroll) if w.isVisibleTo(self.scroll) and w.isEnabled()]

    def relink(self, *_: object) -> None:
        """The data controls right after the handle in the focus chain: moving them to another parent moves them
        in the chain, and the window's Tab order (tab_order.keep_accessible) knows only the columns, so a folded
        column's chain goes on from the handle alone. Tab then follows the screen in a folded column as in a wide
        one (the closed drawer's controls are hidden: Tab passes them by)."""
        chain = [self.handle, *tab_stops(self.scroll)]
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)

    def on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """The focus went into the covered column (Tab past the drawer, a click on the diagram): the drawer gives
        the diagram back. The canvas, beside it, keeps it open: drawing while choosing a class goes on."""
        split = self.parentWidget()
        if self.is_open and new is not None and isinstance(split, QSplitter) and split.widget(1).isAncestorOf(new):
            self.set_open(False)


class Columns(QSplitter):
    """The three columns' splitter. While the data column is folded, the sizes it reports and is given are the
    wide layout's (what the app remembers between runs and puts back on unfolding), not the handle's width: a
    session closed in a narrow window opens in a wide one with the columns as they were."""

    def sizes(self) -> list[int]:
        column = self.widget(0)
        if isinstance(column, DataColumn) and column.folded and column.wide_sizes:
            return list(column.wide_sizes)
        return super().sizes()

    def setSizes(self, sizes: list[int]) -> None:  # noqa: N802 (Qt's name)
        column = self.widget(0)
        if isinstance(column, DataColumn) and column.folded and len(sizes) == self.count():
            column.wide_sizes = [int(v) for v in sizes]
            sizes = [column.handle.sizeHint().width(), *sizes[1:]]
        super().setSizes(sizes)


def install(window: QWidget, action: QAction, *made_controls: SignalInstance) -> DataColumn:
    """The drawer of `window`'s data column, with View > Data Panel (`action`) and the handle's keys. Whenever a
    part of the window made new controls (`made_controls`, after the window's Tab order was set anew) the data
    controls go back behind the handle in the chain."""
    split = window.findChild(QSplitter, "columns")
    column = split.widget(0)
    assert isinstance(column, DataColumn)
    column.drawer = Drawer(window, column)
    column.handle.installEventFilter(_HandleKeys(column))
    action.toggled.connect(column.set_open)

    def sync_action(*_: object) -> None:
        on = column.is_open or not column.folded  # checked: the panel is on screen
        action.setEnabled(column.folded)
        if action.isChecked() != on:
            action.blockSignals(True)
            action.setChecked(on)
            action.blockSignals(False)

    column.opened_changed.connect(sync_action)
    column.folded_changed.connect(sync_action)
    sync_action()
    for signal in made_controls:
        signal.connect(column.relink)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.focusChanged.connect(column.on_focus_changed)
    return column  # (it folds at its first resize, once shown: the sizes restored before that are the wide ones)


class _HandleKeys(QObject):
    """Escape on the handle of an open drawer closes it (in the drawer, its own shortcut does)."""

    def __init__(self, column: DataColumn) -> None:
        super().__init__(column)
        self._column = column

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
        escape = event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape  # type: ignore[attr-defined]
        if escape and self._column.is_open:
            self._column.set_open(False)
            return True
        return False
