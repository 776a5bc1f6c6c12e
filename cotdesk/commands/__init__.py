"""Subcommands of ``cotdesk`` kept in their own modules (wired in :mod:`cotdesk.cli`)."""
