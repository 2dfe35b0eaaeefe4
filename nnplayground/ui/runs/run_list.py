"""The run list (`runsList`): every run of the session with its colour; a click shows it in the window, its box
shows or hides its curves on the loss chart, a double click renames it; Pin, Rename and Delete act on the run
shown. Pinned runs come first. Every change goes through the run book (one undo step each)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nnplayground.core.numbers import loss_text
from nnplayground.ui.common.i18n import translate
from nnplayground.ui.common.tooltip import tooltip
from nnplayground.ui.runs.book import RunBook

INDEX = Qt.ItemDataRole.UserRole  # an item's run index


def swatch(color: str, size: int = 14) -> QIcon:
    """A square of the run's colour, as its curves are drawn."""
    pix = QPixmap(size, size)
    pix.fill(QColor(0, 0, 0, 0))
    p = QPainter(pix)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(color))
    p.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    p.end()
    return QIcon(pix)


class RunList(QWidget):
    def __init__(self, book: RunBook, duplicate: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runsPanel")
        self.book = book
        self.list = QListWidget(self)
        self.list.setObjectName("runsList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # A long name ends in "…" (its tooltip has all of it), never behind a sideways scroll bar.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        edit = QAbstractItemView.EditTrigger
        self.list.setEditTriggers(edit.DoubleClicked | edit.EditKeyPressed)
        tip = translate(
            "ui.runs.run_list",
            "Every run of the session. Click one to show it; its box shows its curves on the loss chart; "
            "double-click to rename.",
        )
        self.list.setToolTip(tooltip(tip))
        buttons = QGridLayout()
        self.duplicate_button = QPushButton(translate("ui.runs.run_list", "Duplicate"), self)
        self.duplicate_button.setObjectName("runsDuplicate")
        self.duplicate_button.setToolTip(duplicate.toolTip())
        self.duplicate_button.clicked.connect(duplicate.trigger)
        self.pin_button = QPushButton(translate("ui.runs.run_list", "Pin"), self, checkable=True)
        self.pin_button.setObjectName("runsPin")
        self.rename_button = QPushButton(translate("ui.runs.run_list", "Rename"), self)
        self.rename_button.setObjectName("runsRename")
        self.delete_button = QPushButton(translate("ui.runs.run_list", "Delete"), self)
        self.delete_button.setObjectName("runsDelete")
        for place, b in enumerate((self.duplicate_button, self.pin_button, self.rename_button, self.delete_button)):
            buttons.addWidget(b, place // 2, place % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.list.currentItemChanged.connect(self._on_current)
        self.list.itemChanged.connect(self._on_item_changed)
        self.pin_button.clicked.connect(lambda on: self.book.set_pinned(self.book.runs.current, on))
        self.rename_button.clicked.connect(self._rename_current)
        self.delete_button.clicked.connect(lambda: self.book.delete(self.book.runs.current))
        book.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """The list shows the book's runs (after any change, an undo, or a refused name)."""
        runs = self.book.runs
        self.list.blockSignals(True)
        try:
            self.list.clear()
            for i in runs.order:
                r = runs.runs[i]
                item = QListWidgetItem(swatch(r.label.color), r.label.name)
                item.setData(INDEX, i)
                flags = item.flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
                item.setFlags(flags)
                item.setCheckState(Qt.CheckState.Unchecked if r.label.hidden else Qt.CheckState.Checked)
                font = QFont(self.list.font())
                font.setBold(i == runs.current)
                item.setFont(font)
                item.setToolTip(tooltip(self._tip(i)))
                self.list.addItem(item)
                if i == runs.current:
                    self.list.setCurrentItem(item)
        finally:
            self.list.blockSignals(False)
        current = runs.current_run.label
        self.pin_button.setChecked(current.pinned)
        self.delete_button.setEnabled(len(runs) > 1)

    def _tip(self, i: int) -> str:
        r = self.book.runs.runs[i]
        s = r.session
        h = s.history or {}
        if i == self.book.runs.current:
            state = translate("ui.runs.run_list", "shown in the window")
        elif len(h.get("test_loss", ())):
            state = translate("ui.runs.run_list", "epoch {epoch}, test loss {loss}")
            state = state.format(epoch=f"{s.epoch:,}", loss=loss_text(float(h["test_loss"][-1])))
        else:
            state = translate("ui.runs.run_list", "epoch {epoch}").format(epoch=f"{s.epoch:,}")
        if r.label.pinned:
            return translate("ui.runs.run_list", "{name}: {state}, pinned").format(name=r.label.name, state=state)
        return translate("ui.runs.run_list", "{name}: {state}").format(name=r.label.name, state=state)

    def row_of(self, index: int) -> int:
        """The list row of run `index`."""
        return self.book.runs.order.index(index)

    def _on_current(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.book.switch(int(item.data(INDEX)))

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        i = int(item.data(INDEX))
        label = self.book.runs.runs[i].label
        hidden = item.checkState() == Qt.CheckState.Unchecked
        if hidden != label.hidden:
            self.book.set_hidden(i, hidden)
        elif item.text() != label.name:
            if not self.book.rename(i, item.text()):
                self.refresh()

    def _rename_current(self) -> None:
        item = self.list.item(self.row_of(self.book.runs.current))
        if item is not None:
            self.list.editItem(item)
