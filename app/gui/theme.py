"""Light and dark: the window follows the system's colour scheme.

Qt 6.5+ reports the scheme (``QStyleHints.colorScheme``) and signals its changes.
Platform styles and themes (Windows 11, macOS, GTK and KDE) switch their palettes
themselves; where the palette stays light under a dark scheme (Fusion without a
platform theme), :func:`apply_scheme` sets a dark palette of its own, and takes it
back when the scheme turns light again. Colours the app picks itself come from
:func:`status_colour`, which looks at the palette in use, so they stay readable on
either background.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

# status -> (on a light background, on a dark background); each at least 4.5:1 against Base
STATUS_COLOURS = {"done": ("#2e7d32", "#81c784"), "error": ("#c62828", "#ef9a9a"),
                  "cleaning": ("#1565c0", "#90caf9")}
_OWN_PALETTE = "qinggaoDarkPalette"       # app property: the dark palette is ours (not the platform's)
_colours: dict[tuple[str, bool], QColor] = {}


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether text sits on a dark background in ``palette`` (default: the app's)."""
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.Base).lightness() < 128


def status_colour(status: str, palette: QPalette | None = None) -> QColor | None:
    """The colour for a status word, readable on the palette's base colour."""
    pair = STATUS_COLOURS.get(status)
    if pair is None:
        return None
    dark = is_dark(palette)
    key = (status, dark)
    if key not in _colours:
        _colours[key] = QColor(pair[1] if dark else pair[0])
    return _colours[key]


def dark_palette() -> QPalette:
    """A dark palette for styles that have none (Fusion)."""
    p = QPalette()
    window, base, alt, text = QColor("#2b2b2b"), QColor("#1e1e1e"), QColor("#262626"), QColor("#e6e6e6")
    disabled = QColor("#808080")
    for role, colour in ((QPalette.Window, window), (QPalette.WindowText, text), (QPalette.Base, base),
                         (QPalette.AlternateBase, alt), (QPalette.ToolTipBase, QColor("#3a3a3a")),
                         (QPalette.ToolTipText, text), (QPalette.PlaceholderText, QColor("#9a9a9a")),
                         (QPalette.Text, text), (QPalette.Button, QColor("#353535")), (QPalette.ButtonText, text),
                         (QPalette.BrightText, QColor("#ff6e6e")), (QPalette.Light, QColor("#4a4a4a")),
                         (QPalette.Midlight, QColor("#3e3e3e")), (QPalette.Mid, QColor("#303030")),
                         (QPalette.Dark, QColor("#181818")), (QPalette.Shadow, QColor("#000000")),
                         (QPalette.Highlight, QColor("#3d7fcf")), (QPalette.HighlightedText, QColor("#ffffff")),
                         (QPalette.Link, QColor("#8ab4f8")), (QPalette.LinkVisited, QColor("#c58af9"))):
        p.setColor(role, colour)
    for role in (QPalette.WindowText, QPalette.Text, QPalette.ButtonText, QPalette.HighlightedText):
        p.setColor(QPalette.Disabled, role, disabled)
    p.setColor(QPalette.Disabled, QPalette.Highlight, QColor("#505050"))
    return p


def apply_scheme(app, scheme: Qt.ColorScheme) -> None:
    """Make the palette match ``scheme``: our dark palette when the platform left a light
    one under a dark scheme; the platform's own again when the scheme is light."""
    if scheme == Qt.ColorScheme.Dark:
        if not is_dark(app.palette()):
            app.setPalette(dark_palette())
            app.setProperty(_OWN_PALETTE, True)
    elif app.property(_OWN_PALETTE):
        app.setProperty(_OWN_PALETTE, False)
        app.setPalette(QPalette())            # an empty palette: the platform's own again


def follow_system(app) -> None:
    """Apply the system's scheme now and whenever it changes (Qt 6.5+; else nothing)."""
    hints = app.styleHints()
    if not hasattr(hints, "colorScheme"):
        return
    apply_scheme(app, hints.colorScheme())
    hints.colorSchemeChanged.connect(lambda scheme: apply_scheme(app, scheme))
