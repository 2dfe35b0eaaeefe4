"""File > Open TensorFlow Playground Link: a TFP URL's experiment, applied as one undoable edit.

A link is like a preset with settings: its points are generated and its experiment applied, both in one undo
step (a macro of the workbench's own edits: new points, then the settings), so Undo puts back what was on the
screen. The link's view options (show test data, discretize) set the View menu's toggles. What the app takes
otherwise or not at all is said in one message; a link that is not TFP's changes nothing and says why.
The reading itself is `core.tfp_url`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QGuiApplication, QUndoStack
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from nnplayground.core.experiment import Experiment
from nnplayground.core.points import PointSet
from nnplayground.core.tfp_url import TfpLink, TfpUrlError, parse_url
from nnplayground.ui.common.i18n import error_text, translate, translated

TITLE = QT_TRANSLATE_NOOP("ui.session.tfp_link", "Open TensorFlow Playground Link")


class Linkable(Protocol):
    """What applying a link needs of the workbench."""

    undo_stack: QUndoStack

    @property
    def experiment(self) -> Experiment: ...

    def regenerate(self, problem: str | None = None, **changes: object) -> bool: ...

    def edit_experiment(self, experiment: Experiment) -> None: ...


class LinkWindow(Protocol):
    """What a link needs of the window: its work, its View toggles and its status line."""

    work: Linkable
    actions_by_name: Mapping[str, QAction]

    def show_message(self, text: str, timeout_ms: int = ...) -> None: ...

    def show_error(self, text: str) -> None: ...


def interactive() -> bool:
    """Whether anyone can see a dialog (never on the offscreen platform, where one would block forever)."""
    return QGuiApplication.platformName() != "offscreen"


def ask_url(parent: QWidget | None) -> str | None:
    """The link pasted into a small dialog (the clipboard's text offered when it holds one); None if cancelled."""
    clip = QGuiApplication.clipboard().text().strip() if QGuiApplication.clipboard() else ""
    offered = clip if "#" in clip and len(clip) < 4096 else ""
    prompt = translate("ui.session.tfp_link", "Paste a TensorFlow Playground link (playground.tensorflow.org/#...):")
    text, ok = QInputDialog.getText(parent, translate("ui.session.tfp_link", TITLE), prompt, text=offered)
    return text if ok and text.strip() else None


def apply_link(work: Linkable, link: TfpLink) -> bool:
    """The link's points and settings as one undo step; False (nothing changed) if the workbench refused."""
    e, spec = link.experiment, link.experiment.data
    try:  # generated once first, so that a refusal never leaves an empty step on the stack
        PointSet.of(spec)
    except ValueError:
        return False
    work.undo_stack.beginMacro(translate("ui.session.tfp_link", "TensorFlow Playground Link"))
    try:
        if work.regenerate(
            problem=e.problem, name=spec.name, n=spec.n, noise=spec.noise, seed=spec.seed, classes=spec.classes
        ):
            work.edit_experiment(e)
    finally:
        work.undo_stack.endMacro()
    return True


def show_link(window: LinkWindow, link: TfpLink) -> None:
    """The link's view options on the View toggles, and its notes in one message."""
    acts = window.actions_by_name
    acts["actionShowTest"].setChecked(link.show_test)
    acts["actionDiscretize"].setChecked(link.discretize)
    text = translate("ui.session.tfp_link", "Opened the TensorFlow Playground link.")
    if link.notes:
        notes = [translated(n) for n in link.notes]
        text = translate("ui.session.tfp_link", "Opened the TensorFlow Playground link. {notes}.").format(
            notes="; ".join(n[:1].upper() + n[1:] for n in notes)
        )
        if interactive():
            title = translate("ui.session.tfp_link", TITLE)
            QMessageBox.information(window if isinstance(window, QWidget) else None, title, "\n\n".join(notes))
    window.show_message(text)


def open_tfp_link(window: LinkWindow, url: str | None = None, ask: Callable[[], str | None] | None = None) -> bool:
    """Open a TFP link (asking for one when `url` is None): one undoable edit, or a message and no change."""
    if url is None:
        url = (ask or (lambda: ask_url(window if isinstance(window, QWidget) else None)))()
        if url is None:
            return False
    try:
        link = parse_url(url)
    except TfpUrlError as e:
        text = translate("ui.session.tfp_link", "Could not open the link: {error}").format(error=error_text(e))
        window.show_error(text)
        if interactive():
            QMessageBox.warning(
                window if isinstance(window, QWidget) else None, translate("ui.session.tfp_link", TITLE), text
            )
        return False
    if not apply_link(window.work, link):
        return False
    show_link(window, link)
    return True
