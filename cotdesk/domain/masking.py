"""How sensitive values look while the privacy mode is on (a citizen faces the screen).

Pure functions, no Qt: the UI's privacy mode (:mod:`cotdesk.ui.privacy`) calls them. Names
become initials ("ROSSI", "Maria Luisa" → "R.", "M. L."), so the operator still knows
whose page it is; everything else that identifies or describes a person (codes, birth
date, phone, address, e-mail, free text) becomes the same neutral mark, whose length says
nothing about the value.
"""

from __future__ import annotations

from typing import Final

#: What a hidden value shows.
MASK: Final = "•••"


def initials(name: str) -> str:
    """The initials of a name: "Maria Luisa" → "M. L.", "D'Angelo" → "D.", "" → ""."""
    parts = [
        part for part in name.replace("'", " ").replace("-", " ").split() if part[:1].isalpha()
    ]  # "Rosa Esposito (tutrice)" → "R. E.": a bracketed role is not part of the name
    return " ".join(f"{part[0].upper()}." for part in parts[:3])


def mask(value: object) -> str:
    """A hidden value: :data:`MASK`, or "" when there is nothing to hide."""
    if value is None or value in ("", []):
        return ""
    return MASK
