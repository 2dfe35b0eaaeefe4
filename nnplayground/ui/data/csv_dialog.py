"""The CSV import dialog (`csvImportDialog`): pick the x, y and label columns of a file, see a preview and the bad
rows, choose how values outside the square are rescaled, and import only on OK.

Every choice rebuilds the import (`csvio.build`, fast: the file is already a table of text), so the summary, the
bad rows and the OK button always tell the truth about what OK would do. Bad rows are listed with their line and
reason; OK needs them skipped (the check box) or none at all. Cancel changes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nnplayground.core import csvio
from nnplayground.core.csv_table import CsvError, Table
from nnplayground.ui.common.i18n import error_text, translate, translated

PREVIEW_ROWS = 30
MAX_LISTED = 500  # bad rows listed one by one; beyond, a line says how many more
KINDS = {
    "auto": QT_TRANSLATE_NOOP("ui.data.csv_dialog", "From the column"),
    "classes": QT_TRANSLATE_NOOP("ui.data.csv_dialog", "Classes"),
    "values": QT_TRANSLATE_NOOP("ui.data.csv_dialog", "Values (regression)"),
}
_CHOSEN = QColor("#e8f0fe")  # the chosen columns' background in the preview


class CsvImportDialog(QDialog):
    def __init__(self, table: Table, result: csvio.CsvImport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("csvImportDialog")
        self.setWindowTitle(translate("ui.data.csv_dialog", "Import CSV"))
        self.table = table
        self._result: csvio.CsvImport | None = result
        c = result.columns
        about = translate("ui.data.csv_dialog", "{rows} rows, {columns} columns; {description}.").format(
            rows=f"{len(table.rows):,}", columns=table.width, description=translated(table.describe())
        )
        self.about = QLabel(about, self)
        self.x_box = self._columns("xColumn", c.x)
        self.y_box = self._columns("yColumn", c.y)
        self.target_box = self._columns("labelColumn", c.target)
        kinds = {k: translate("ui.data.csv_dialog", t) for k, t in KINDS.items()}
        self.kind_box = self._choices("labelKind", kinds, c.kind)
        rescales = {k: translated(t) for k, t in csvio.RESCALE_TEXTS.items()}  # (the core marks its texts)
        self.rescale_box = self._choices("rescaleChoice", rescales, c.rescale)
        self.skip_box = QCheckBox(translate("ui.data.csv_dialog", "Skip the bad rows"), self)
        self.skip_box.setObjectName("skipBadRows")
        self.skip_box.setChecked(c.skip_bad)
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.preview = QTableWidget(self)
        self.preview.setObjectName("csvPreview")
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.bad_list = QListWidget(self)
        self.bad_list.setObjectName("badRows")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("ui.data.csv_dialog", "Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        for box in (self.x_box, self.y_box, self.target_box, self.kind_box, self.rescale_box):
            box.currentIndexChanged.connect(self._rebuild)
        self.skip_box.toggled.connect(self._rebuild)
        self._fill_preview()
        self._rebuild()
        self.resize(760, 560)

    # ---- building -----------------------------------------------------------------------------------------------
    def _columns(self, name: str, chosen: int) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        for j, n in enumerate(self.table.names):
            box.addItem(n if n.startswith("column ") else f"{j + 1}: {n}", j)
        box.setCurrentIndex(chosen)
        return box

    def _choices(self, name: str, texts: dict[str, str], chosen: str) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        for key, text in texts.items():
            box.addItem(text, key)
        box.setCurrentIndex(list(texts).index(chosen))
        return box

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(translate("ui.data.csv_dialog", "x (horizontal):"), self.x_box)
        form.addRow(translate("ui.data.csv_dialog", "y (vertical):"), self.y_box)
        form.addRow(translate("ui.data.csv_dialog", "Label or value:"), self.target_box)
        form.addRow(translate("ui.data.csv_dialog", "The label is:"), self.kind_box)
        form.addRow(translate("ui.data.csv_dialog", "Rescale into the square:"), self.rescale_box)
        top = QHBoxLayout()
        top.addLayout(form, 1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.about)
        lay.addLayout(top)
        lay.addWidget(QLabel(translate("ui.data.csv_dialog", "Preview (the chosen columns are shaded):"), self))
        lay.addWidget(self.preview, 3)
        lay.addWidget(QLabel(translate("ui.data.csv_dialog", "Bad rows:"), self))
        lay.addWidget(self.bad_list, 1)
        lay.addWidget(self.skip_box)
        lay.addWidget(self.summary)
        lay.addWidget(self.buttons)

    def _fill_preview(self) -> None:
        t = self.table
        rows = t.rows[:PREVIEW_ROWS]
        self.preview.setColumnCount(t.width)
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels(list(t.names))
        self.preview.setVerticalHeaderLabels([str(line) for line in t.lines[:PREVIEW_ROWS]])  # the file's lines
        for i, r in enumerate(rows):
            for j in range(t.width):
                self.preview.setItem(i, j, QTableWidgetItem(r[j] if j < len(r) else ""))

    # ---- what OK would do ---------------------------------------------------------------------------------------
    def columns(self) -> csvio.Columns:
        return csvio.Columns(
            x=self.x_box.currentData(),
            y=self.y_box.currentData(),
            target=self.target_box.currentData(),
            kind=self.kind_box.currentData(),
            rescale=self.rescale_box.currentData(),
            skip_bad=self.skip_box.isChecked(),
        )

    def chosen(self) -> csvio.CsvImport | None:
        """The import OK gives (None while the choices give none)."""
        return self._result

    def _rebuild(self) -> None:
        c = self.columns()
        self._shade((c.x, c.y, c.target))
        try:
            self._result = csvio.build(self.table, c)
        except (CsvError, ValueError) as e:
            self._result = None
            self._show([], error_text(e), ok=False)
            return
        r = self._result
        line = translate("ui.data.csv_dialog", "line {line}: {reason}")
        listed = [line.format(line=b.line, reason=translated(b.reason)) for b in r.bad[:MAX_LISTED]]
        if len(r.bad) > MAX_LISTED:
            more = translate("ui.data.csv_dialog", "... and {count} more")
            listed.append(more.format(count=f"{len(r.bad) - MAX_LISTED:,}"))
        ok = r.points is not None and r.points.n > 0 and (not r.bad or c.skip_bad)
        if r.bad and not c.skip_bad:
            text = translate("ui.data.csv_dialog", "{summary}. Skip the bad rows to import the others.")
        else:
            text = translate("ui.data.csv_dialog", "{summary}.")
        text = text.format(summary=translated(r.summary()))
        self._show(listed, text, ok)

    def _show(self, bad: list[str], text: str, ok: bool) -> None:
        self.bad_list.clear()
        self.bad_list.addItems(bad or [translate("ui.data.csv_dialog", "(none)")])
        self.skip_box.setEnabled(bool(bad) or self.skip_box.isChecked())
        self.summary.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _shade(self, chosen: tuple[int, int, int]) -> None:
        roles = dict(zip(chosen, ("x", "y", translate("ui.data.csv_dialog", "label")), strict=True))
        for j in range(self.table.width):
            name = self.table.names[j]
            head = QTableWidgetItem(f"{roles[j]}: {name}" if j in roles else name)
            self.preview.setHorizontalHeaderItem(j, head)
            brush = QBrush(_CHOSEN) if j in roles else QBrush(Qt.BrushStyle.NoBrush)
            for i in range(self.preview.rowCount()):
                item = self.preview.item(i, j)
                if item is not None:
                    item.setBackground(brush)
        self.preview.resizeColumnsToContents()  # (the role's name widens its column's header)


def ask_import(table: Table, result: csvio.CsvImport, parent: QWidget | None = None) -> csvio.CsvImport | None:
    """Show the dialog and wait; the import chosen, or None when cancelled. Where nobody can see a dialog (the
    offscreen platform, where a modal one would block forever) the guess is taken as it is: a file with bad rows
    is then refused with its first bad line."""
    if QGuiApplication.platformName() == "offscreen":
        return result
    dialog = CsvImportDialog(table, result, parent)
    try:
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
