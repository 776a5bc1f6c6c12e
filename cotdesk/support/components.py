"""Versions and licences of cotdesk and the components it ships (the About dialog).

Versions and licences are read from the installed distributions' metadata
(:mod:`importlib.metadata`; the PyInstaller spec copies that metadata into the bundle);
the licence written here is used only when the metadata has none in a short form. Qt's
runtime version comes from Qt itself, so the UI passes it in.
"""

from __future__ import annotations

import platform
import re
import sys
from dataclasses import dataclass
from importlib import metadata
from typing import Final

from cotdesk import __version__

__all__ = ["COMPONENTS", "Component", "bundled_components", "is_frozen", "runtime_lines"]


@dataclass(frozen=True, slots=True)
class Component:
    name: str
    version: str
    licence: str
    #: What cotdesk uses it for (Italian).
    purpose: str
    url: str = ""


@dataclass(frozen=True, slots=True)
class _Declared:
    name: str
    distribution: str  # "" for what has no Python distribution
    licence: str  # used when the metadata has no short licence
    purpose: str
    url: str


#: Everything the desk bundle carries that has a licence of its own, in the order shown.
COMPONENTS: Final[tuple[_Declared, ...]] = (
    _Declared("cotdesk", "cotdesk", "EUPL-1.2", "questo programma", "https://eupl.eu/1.2/it/"),
    _Declared(
        "Python",
        "",
        "PSF-2.0",
        "linguaggio e libreria standard",
        "https://docs.python.org/3/license.html",
    ),
    _Declared(
        "Qt for Python (PySide6)",
        "PySide6_Essentials",
        "LGPL-3.0-only",
        "interfaccia grafica (Qt, librerie sostituibili)",
        "https://www.qt.io/licensing/open-source-lgpl-obligations",
    ),
    _Declared(
        "PySide6 Addons (QtPdf, QtCharts)",
        "PySide6_Addons",
        "LGPL-3.0-only",
        "anteprima delle lettere e grafici",
        "https://doc.qt.io/qtforpython-6/licenses.html",
    ),
    _Declared("Shiboken6", "shiboken6", "LGPL-3.0-only", "collegamento Python–Qt", ""),
    _Declared(
        "SQLAlchemy", "SQLAlchemy", "MIT", "accesso al database", "https://www.sqlalchemy.org"
    ),
    _Declared(
        "Alembic",
        "alembic",
        "MIT",
        "aggiornamento dello schema del database",
        "https://alembic.sqlalchemy.org",
    ),
    _Declared(
        "SQLCipher (sqlcipher3)",
        "sqlcipher3-wheels",
        "Zlib AND BSD-3-Clause",
        "cifratura del database",
        "https://www.zetetic.net/sqlcipher/license/",
    ),
    _Declared(
        "python-codicefiscale",
        "python-codicefiscale",
        "MIT",
        "codice fiscale e dati ANPR di comuni e stati esteri",
        "https://github.com/fabiocaccamo/python-codicefiscale",
    ),
    _Declared(
        "ReportLab",
        "reportlab",
        "BSD-3-Clause",
        "lettere e moduli PDF",
        "https://www.reportlab.com",
    ),
    _Declared("Pillow", "pillow", "MIT-CMU", "immagini per i PDF", "https://python-pillow.org"),
    _Declared(
        "DejaVu Fonts",
        "",
        "Bitstream Vera / Arev (libera)",
        "caratteri delle lettere",
        "https://dejavu-fonts.github.io/License.html",
    ),
    _Declared("platformdirs", "platformdirs", "MIT", "cartelle dell'utente", ""),
    _Declared("keyring", "keyring", "MIT", "chiavi nel portachiavi del sistema", ""),
    _Declared("HTTPX", "httpx", "BSD-3-Clause", "collegamento al server della rete", ""),
    _Declared("Pydantic", "pydantic", "MIT", "protocollo di sincronizzazione", ""),
    _Declared("cryptography", "cryptography", "Apache-2.0 OR BSD-3-Clause", "certificati", ""),
    _Declared("tzdata", "tzdata", "Apache-2.0", "fuso orario Europe/Rome", ""),
)

_CLASSIFIER: Final = re.compile(r"License :: OSI Approved :: (.+)")
_CLASSIFIER_NAMES: Final = {
    "MIT License": "MIT",
    "BSD License": "BSD",
    "Apache Software License": "Apache-2.0",
    "Mozilla Public License 2.0 (MPL 2.0)": "MPL-2.0",
}


def _field(meta: metadata.PackageMetadata, name: str) -> str:
    values = meta.get_all(name) or []
    return str(values[0]) if values else ""


def _licence(meta: metadata.PackageMetadata, fallback: str) -> str:
    expression = _field(meta, "License-Expression").strip()
    if expression:
        return expression
    text = _field(meta, "License").strip()
    if text and "\n" not in text and len(text) <= 60:
        return text
    for classifier in meta.get_all("Classifier") or []:
        match = _CLASSIFIER.fullmatch(classifier)
        if match:
            short = _CLASSIFIER_NAMES.get(match.group(1), match.group(1))
            # A generic "BSD" says less than the declared one (e.g. BSD-3-Clause).
            return fallback if fallback.startswith(short) else short
    return fallback


def bundled_components(*, qt_version: str = "") -> list[Component]:
    """The components installed with this cotdesk, with version and licence.

    A declared component that is not installed (an optional one) is left out.
    """
    found: list[Component] = []
    for declared in COMPONENTS:
        if declared.name == "Python":
            version = platform.python_version()
            licence = declared.licence
        elif not declared.distribution:
            version, licence = "", declared.licence
        else:
            try:
                meta = metadata.metadata(declared.distribution)
            except metadata.PackageNotFoundError:
                if declared.distribution == "cotdesk":
                    version, licence = __version__, declared.licence
                else:
                    continue
            else:
                version = _field(meta, "Version")
                licence = _licence(meta, declared.licence)
        found.append(Component(declared.name, version, licence, declared.purpose, declared.url))
        if declared.distribution == "PySide6_Essentials" and qt_version:
            found.append(
                Component(
                    "Qt",
                    qt_version,
                    "LGPL-3.0-only",
                    "librerie Qt usate da PySide6",
                    "https://www.qt.io/licensing/open-source-lgpl-obligations",
                )
            )
    return found


def is_frozen() -> bool:
    """Whether this is the packaged program (PyInstaller) rather than a source checkout."""
    return bool(getattr(sys, "frozen", False))


def runtime_lines(*, qt_version: str = "", qt_platform: str = "") -> list[tuple[str, str]]:
    """(label, value) pairs describing this installation: for reports and the About dialog."""
    pyside = ""
    try:
        pyside = metadata.version("PySide6_Essentials")
    except metadata.PackageNotFoundError:
        pyside = ""
    lines = [
        ("cotdesk", __version__),
        ("Installazione", "programma installato" if is_frozen() else "sorgenti"),
        ("Python", f"{platform.python_version()} ({platform.python_implementation()})"),
    ]
    if qt_version or pyside:
        lines.append(("Qt", f"{qt_version or '?'} (PySide6 {pyside or '?'})"))
    if qt_platform:
        lines.append(("Piattaforma Qt", qt_platform))
    lines.append(("Sistema", f"{platform.system()} {platform.release()} ({platform.machine()})"))
    return lines
