"""What a screen reader says: a name for every control, and what the canvas, diagram and loss chart show now.

Names come from what a sighted user reads: a button's text, the caption a control sits under (its buddy) or
beside (its form row), else the first line of its tooltip. A few widgets have nothing readable and are named
where they are made (the canvas, the chart, the diagram, icon buttons). `name_all` runs over a whole window and
again when a part of it is rebuilt (the diagram's layer headers, the data panel's presets).

Names and descriptions are in the window's language: a name read from a translated caption or tooltip is already
(a Chinese tooltip's subject ends at a full-width colon "："), the descriptions are translated here.

The descriptions follow the picture on screen, at most `DESCRIBE_INTERVAL` apart while a run plays: a reader
that announced every frame would never stop talking.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLayout,
    QScrollArea,
    QToolButton,
    QWidget,
)

from nnplayground.core import features as feats
from nnplayground.core.numbers import loss_text, percent_text
from nnplayground.core.snapshot import Snapshot
from nnplayground.ui.common.i18n import translate

DESCRIBE_INTERVAL = 0.5  # seconds between two descriptions of a playing run


def plain(text: str) -> str:
    """Rich text or a tooltip as one plain line: the first line, no tags, no mnemonic ampersands."""
    text = re.sub(r"<br\s*/?>|</p>|</div>", "\n", text or "", flags=re.IGNORECASE)
    text = html.unescape(re.sub(r"<[^>]+>", "", text))
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    first = re.sub(r"\(&\w\)", "", first)  # a mnemonic in the Chinese style: "文件(&F)"
    return re.sub(r"&(?=\S)", "", first).replace("&&", "&").rstrip(".:。：")


def _humanised(name: str) -> str:
    """An objectName as words ("noiseSlider" -> "noise slider"): the last resort."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name).lower().strip()


def _form_labels(root: QWidget) -> dict[QWidget, str]:
    """Each widget in a form row (directly, or inside the row's layout) with the row's label text."""
    out: dict[QWidget, str] = {}
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or field is None or not isinstance(label.widget(), QLabel):
                continue
            text = plain(label.widget().text())
            for w in _widgets_in(field.widget() or field.layout()):
                out.setdefault(w, text)
    return out


def _widgets_in(item: QWidget | QLayout | None) -> list[QWidget]:
    if isinstance(item, QWidget):
        return [item]
    found: list[QWidget] = []
    for i in range(item.count() if isinstance(item, QLayout) else 0):
        sub = item.itemAt(i)
        found += _widgets_in(sub.widget() or sub.layout())
    return found


def _tip_name(tip: str) -> str:
    """A tooltip's subject ("Learning rate: how big a step ..." -> "Learning rate"; else its first sentence)."""
    line = plain(tip)
    head = re.split(r": |：", line, maxsplit=1)[0]
    if len(head) <= 40:
        return head
    return re.split(r"\. |。", line, maxsplit=1)[0][:80]


def _owner(w: QWidget) -> QWidget | None:
    """The control a widget is a part of: a spin box's or combo's line edit, a combo's popup list, a view's
    viewport. A screen reader names the part as its control."""
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox)):
            return parent
        if isinstance(parent, QAbstractScrollArea) and w is parent.viewport():
            return parent
        if isinstance(w, QAbstractItemView) and parent.isWindow():
            return parent.parentWidget()  # a combo's popup: a window of its own, owned by the combo
        parent = parent.parentWidget()
    return None


def visible_name(w: QWidget, labels: dict[QWidget, str]) -> str:
    """The name a sighted user would give `w`, from what it shows or what labels it."""
    if w.accessibleName():
        return w.accessibleName()
    if isinstance(w, QAbstractButton):
        action = w.defaultAction() if isinstance(w, QToolButton) else None
        text = plain(w.text()) or (plain(action.text()) if action is not None else "")
        if any(c.isalpha() for c in text) and len(text) > 1:  # a word, not "+", "×" or a digit
            return text
        tip = _tip_name(w.toolTip() or (action.toolTip() if action is not None else ""))
        return tip or text
    label = labels.get(w)
    if label:
        return label
    if isinstance(w, QLabel) and plain(w.text()):  # a selectable text (a message box's): what it says
        return plain(w.text())[:80]
    owner = _owner(w)
    if owner is not None:
        return visible_name(owner, labels)
    if isinstance(w, QScrollArea) and w.widget() is not None:
        inner = w.widget()
        name = inner.accessibleName() or _tip_name(inner.toolTip()) or _humanised(inner.objectName())
        return name or _humanised(w.objectName())
    return _tip_name(w.toolTip()) or plain(w.whatsThis()) or _humanised(w.objectName())


def focusable(root: QWidget) -> list[QWidget]:
    """Every widget under `root` that can take the keyboard focus (Tab or click)."""
    return [w for w in root.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus]


def name_all(root: QWidget) -> None:
    """Give every focusable widget under `root` that has no accessible name the one it shows; also label widgets
    that are buddies of a caption."""
    labels = _form_labels(root)
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and plain(label.text()):
            labels.setdefault(buddy, plain(label.text()))
    for w in focusable(root):
        if not w.accessibleName():
            name = visible_name(w, labels)
            if name:
                w.setAccessibleName(name)


# ---- what the pictures show now --------------------------------------------------------------------------------
def loss_description(snap: Snapshot, log: bool = False) -> str:
    """ "training loss 0.27, test loss 0.47, epoch 602" (what the loss chart shows at its right end)."""
    parts = [translate("ui.common.accessibility", "training loss {loss}").format(loss=loss_text(snap.train_loss))]
    if snap.test_loss == snap.test_loss:  # not NaN: there are test points
        parts.append(translate("ui.common.accessibility", "test loss {loss}").format(loss=loss_text(snap.test_loss)))
    parts.append(translate("ui.common.accessibility", "epoch {epoch}").format(epoch=f"{snap.epoch:,}"))
    text = translate("ui.common.accessibility", ", ").join(parts)
    return text + translate("ui.common.accessibility", " (log scale)") if log else text


def canvas_description(snap: Snapshot, n_points: int, n_test: int, show_test: bool) -> str:
    """The data and what the network makes of it, in a sentence."""
    if snap.num_classes == 0:
        kinds = translate("ui.common.accessibility", "values")
    else:
        kinds = translate("ui.common.accessibility", "{n} classes").format(n=max(2, snap.num_classes))
    if show_test:
        test = translate("ui.common.accessibility", "{n} test (shown)").format(n=f"{n_test:,}")
    else:
        test = translate("ui.common.accessibility", "{n} test (hidden)").format(n=f"{n_test:,}")
    head = translate("ui.common.accessibility", "{points} points in {kinds}: {train} training, {test}").format(
        points=f"{n_points:,}", kinds=kinds, train=f"{n_points - n_test:,}", test=test
    )
    if snap.train_accuracy is not None:
        train = percent_text(snap.train_accuracy)
        if snap.test_accuracy is not None:
            right = translate(
                "ui.common.accessibility",
                "the network gets {train} of the training points right and {test} of the test points",
            ).format(train=train, test=percent_text(snap.test_accuracy))
        else:
            right = translate("ui.common.accessibility", "the network gets {train} of the training points right")
            right = right.format(train=train)
    else:
        right = translate("ui.common.accessibility", "training loss {loss}").format(loss=loss_text(snap.train_loss))
    return translate("ui.common.accessibility", "{head}; {right}, at epoch {epoch}").format(
        head=head, right=right, epoch=f"{snap.epoch:,}"
    )


def diagram_description(snap: Snapshot) -> str:
    """The network's shape, layer by layer: "inputs x1, x2; 8 tanh; 8 tanh; 1 sigmoid output; epoch 602"."""
    comma, semicolon = translate("ui.common.accessibility", ", "), translate("ui.common.accessibility", "; ")
    inputs = comma.join(feats.label(f) for f in snap.features) or translate("ui.common.accessibility", "none")
    acts = snap.activations
    hidden = [f"{n} {a}" for n, a in zip(snap.sizes[1:-1], acts[:-1], strict=False)]
    out = translate("ui.common.accessibility", "{n} {activation} output").format(
        n=snap.sizes[-1], activation=acts[-1] if acts else ""
    )
    out = " ".join(out.split())  # (no activation: no double space)
    layers = semicolon.join(
        [translate("ui.common.accessibility", "inputs {inputs}").format(inputs=inputs), *hidden, out]
    )
    return translate("ui.common.accessibility", "Network with {n} hidden layers: {layers}; epoch {epoch}").format(
        n=len(hidden), layers=layers, epoch=f"{snap.epoch:,}"
    )
