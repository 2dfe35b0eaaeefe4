"""The window's three columns: the data on the left, the network in the middle, the output on the right (in a
narrow window the data fold into a drawer: see drawer.py)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from nnplayground.ui.common.i18n import translate
from nnplayground.ui.data.panel import section_title
from nnplayground.ui.window.drawer import Columns, DataColumn

MIN_DIAGRAM_WIDTH = 360  # the network's columns stay apart and its headers readable
MIN_OUTPUT_WIDTH = 300  # the losses, the chart and a canvas big enough to click in
DEFAULT_SIZE = QSize(1400, 860)


def initial_size(screen: QSize) -> QSize:
    """The default size, shrunk to fit the screen (a 1024x768 or 1280x720 screen shows the whole window)."""
    return DEFAULT_SIZE.boundedTo(screen)


def columns(data: QWidget, network: QWidget, output: QWidget, under_network: QWidget) -> QSplitter:
    """The three columns in a splitter (named "columns": its sizes are remembered); `under_network` (the step
    explainer's panel, hidden until used) below the diagram. The data column (a `DataColumn`: the panel in a scroll
    area that scrolls to the control Tab reaches) folds into a drawer in a narrow window, once `drawer.install`
    has given it one."""
    left = DataColumn(data)
    middle = QWidget()
    middle.setObjectName("networkPanel")
    mcol = QVBoxLayout(middle)
    mcol.setContentsMargins(6, 8, 6, 4)
    mcol.addWidget(section_title(translate("ui.window.layout", "Network")))
    mcol.addWidget(network, 1)
    mcol.addWidget(under_network)
    split = Columns(Qt.Orientation.Horizontal)
    split.setObjectName("columns")
    split.setChildrenCollapsible(False)
    for w in (left, middle, output):
        split.addWidget(w)
    fit_data_column(split)
    middle.setMinimumWidth(MIN_DIAGRAM_WIDTH)
    output.setMinimumWidth(MIN_OUTPUT_WIDTH)
    # Extra width goes to the diagram and the output alike, so the canvas grows on a big screen too.
    split.setStretchFactor(1, 1)
    split.setStretchFactor(2, 1)
    split.setSizes([left.minimumWidth(), 600, 500])
    left.watch(split)
    return split


def fit_data_column(split: QSplitter) -> None:
    """The data column is never narrower than what it holds (three preset tiles, nine class swatches, the
    Regenerate button, at the zoom of the moment), nor a restored splitter width: its scroll area alone would let
    it be dragged to 0. A zoom that makes it too wide for the window folds it into its drawer."""
    left = split.widget(0)
    if isinstance(left, DataColumn):
        left.fit()
