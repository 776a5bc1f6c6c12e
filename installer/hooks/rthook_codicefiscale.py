"""PyInstaller runtime hook: python-codicefiscale's data files inside the bundle.

When frozen, the library looks for ``data/*.json`` next to the executable
(``os.path.dirname(sys.executable)``), which is outside ``_internal/`` on Windows and Linux
and not even a resources folder in a macOS ``.app``. The spec collects the files into
``codicefiscale/data/`` inside the bundle like any package data; this hook points the
library there. The data are still read lazily, on the first codice fiscale decoded.
"""

import os
import sys

import codicefiscale.data as _codicefiscale_data

_BUNDLE = getattr(sys, "_MEIPASS", os.path.dirname(sys.executable))


def _bundle_basedir() -> str:
    return os.path.join(_BUNDLE, "codicefiscale")


_codicefiscale_data.get_data_basedir = _bundle_basedir
