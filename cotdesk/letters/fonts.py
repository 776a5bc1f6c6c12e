"""DejaVu Sans, embedded in every document (Italian accents, Romanian, Cyrillic names).

The fonts ship in ``resources/fonts/`` (licence in the same folder). They are registered with
ReportLab once per process: parsing a 750 KB TrueType file costs tens of milliseconds, which
a batch of letters must not pay a hundred times. Every style, every table and the canvas
itself use these names, so no standard (non-embedded) PDF font ever appears in a document.
"""

from __future__ import annotations

import functools
from typing import Final

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from cotdesk.resources import ResourceError, resources_dir

__all__ = ["BOLD", "FONT_FILES", "ITALIC", "REGULAR", "register_fonts"]

REGULAR: Final = "DejaVuSans"
BOLD: Final = "DejaVuSans-Bold"
ITALIC: Final = "DejaVuSans-Oblique"

#: Registered font name -> file under ``resources/fonts/``.
FONT_FILES: Final[dict[str, str]] = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
}


@functools.cache
def register_fonts() -> str:
    """Register the DejaVu family with ReportLab (once) and return the regular font's name.

    ``<b>`` and ``<i>`` in paragraphs map to the bold and oblique faces; bold-oblique, which
    we do not ship, falls back to bold. A missing or damaged file raises
    :class:`~cotdesk.resources.ResourceError` (Italian message: reinstall).
    """
    folder = resources_dir() / "fonts"
    for name, file_name in FONT_FILES.items():
        path = folder / file_name
        rel_path = f"fonts/{file_name}"
        if not path.is_file():
            raise ResourceError.missing(rel_path, path)
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except (TTFError, OSError) as exc:
            raise ResourceError.damaged(rel_path, path, None, str(exc)) from exc
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR
