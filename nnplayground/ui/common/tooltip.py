"""Tooltips that wrap at a readable width.

Qt shows a plain-text tooltip on one line however long it is (the feature tooltip was ~1,600 px wide) and wraps
only rich text, at about 80 characters. So every tooltip of the window goes through `tooltip()`, which writes the
plain text as rich text, line breaks kept.
"""

from __future__ import annotations

import html

RICH = "<qt>"  # Qt reads a text that starts with a tag as rich text


def tooltip(text: str) -> str:
    """`text` as a tooltip Qt wraps; empty stays empty (no tooltip), rich text stays as it is."""
    if not text or text.startswith(RICH):
        return text
    return RICH + html.escape(text, quote=False).replace("\n", "<br>") + "</qt>"


def plain(text: str) -> str:
    """What a tooltip reads as plain text again (for a copy elsewhere, or a check)."""
    if not text.startswith(RICH):
        return text
    body = text[len(RICH) :].removesuffix("</qt>").replace("<br>", "\n")
    return html.unescape(body)
