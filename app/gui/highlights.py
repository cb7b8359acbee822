"""How the review pane marks changes: a colour per kind (light and dark), the text
formats, the extra selections that paint them, and the legend that names them."""
from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPalette, QPixmap, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QTextEdit, QWidget

from ..core.editmap import KINDS, Change
from .flow import FlowLayout, flowing

MAX_MARKS = 4000          # highlights a pane paints; beyond that the list still has every change

#                light        dark
COLOURS = {
    "dropped":     ("#f6c4bf", "#6e2b26"),
    "typo":        ("#ffd29c", "#74501c"),
    "suggestion":  ("#ecd2f7", "#55305f"),
    "placeholder": ("#c3daff", "#23446f"),
    "punctuation": ("#fff0a8", "#5d5420"),
    "reflow":      ("#bdf2e0", "#1e574a"),
    "other":       ("#e3e6ea", "#46494e"),
}
UNDERLINE = {"suggestion": "#9c36b5", "rejected": "#868e96"}


def kind_label(kind: str) -> str:
    """The kind's name in the user's language."""
    labels = {
        "dropped": QCoreApplication.translate("Highlights", "Dropped block"),
        "typo": QCoreApplication.translate("Highlights", "Typo fix"),
        "suggestion": QCoreApplication.translate("Highlights", "Typo suggestion"),
        "placeholder": QCoreApplication.translate("Highlights", "Placeholder"),
        "punctuation": QCoreApplication.translate("Highlights", "Punctuation"),
        "reflow": QCoreApplication.translate("Highlights", "Re-flow"),
        "other": QCoreApplication.translate("Highlights", "Other"),
    }
    return labels[kind]


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.Base).lightness() < 128


def colour(kind: str, dark: bool | None = None) -> QColor:
    light_hex, dark_hex = COLOURS[kind]
    return QColor(dark_hex if (is_dark() if dark is None else dark) else light_hex)


def swatch(kind: str) -> QIcon:
    """A small square of the kind's colour (made once per kind and scheme)."""
    return _swatch(kind, is_dark())


@functools.cache
def _swatch(kind: str, dark: bool) -> QIcon:
    pix = QPixmap(12, 12)
    pix.fill(colour(kind, dark))
    return QIcon(pix)


def char_format(change: Change) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if change.state == "rejected":                   # turned off: shown, not coloured
        fmt.setUnderlineStyle(QTextCharFormat.DotLine)
        fmt.setUnderlineColor(QColor(UNDERLINE["rejected"]))
        return fmt
    fmt.setBackground(colour(change.kind))
    if change.kind == "suggestion":
        fmt.setUnderlineStyle(QTextCharFormat.WaveUnderline)
        fmt.setUnderlineColor(QColor(UNDERLINE["suggestion"]))
    return fmt


def selections(view: QPlainTextEdit, changes: list[Change], side: str) -> list[QTextEdit.ExtraSelection]:
    """Extra selections painting ``changes`` on ``view`` (``side``: "original" or "cleaned");
    a change with nothing to show on that side (a dropped line, in the cleaned text) is skipped."""
    doc = view.document()
    end = doc.characterCount() - 1
    out = []
    for change in changes:
        a, b = getattr(change, side)
        if a >= b or b > end:
            continue
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(doc)
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.KeepAnchor)
        sel.cursor = cursor
        sel.format = char_format(change)
        out.append(sel)
        if len(out) >= MAX_MARKS:
            break
    return out


class Legend(QWidget):
    """A swatch, a name and a count for each kind of change in the shown document."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("legend")
        self.setAccessibleName(QCoreApplication.translate("Highlights", "Legend"))
        lay = FlowLayout(self)           # wraps onto a second line in a narrow window
        lay.setContentsMargins(0, 0, 0, 0)
        flowing(self)
        self.labels: dict[str, QLabel] = {}
        for kind in KINDS:
            box = QLabel()
            box.setTextFormat(Qt.RichText)
            self.labels[kind] = box
            lay.addWidget(box)
        self.set_counts({})

    def set_counts(self, counts: dict[str, int]) -> None:
        for kind, box in self.labels.items():
            c = colour(kind)
            n = counts.get(kind, 0)
            box.setText(f"<span style='background:{c.name()}'>&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;"
                        f"{kind_label(kind)} {n}")
            box.setEnabled(n > 0)
            box.setToolTip(kind_label(kind))
