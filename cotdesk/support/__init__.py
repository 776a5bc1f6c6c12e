"""Support: logs without personal data, crash reports, versions of the bundled components.

Nothing here imports Qt or the database: the UI (crash dialog, About dialog) and the
command line both build on it.
"""
