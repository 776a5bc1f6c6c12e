"""Errors that reach a person, with their message in Italian.

Every error the user may see derives from :class:`CotdeskError` and carries a message in
Italian that says what happened and what to do. Two families, as qutebrowser sorts its SQL
errors: :class:`UserError` is about the input or the environment (a wrong code, a locked
file, a full disk) and is shown as a plain message; anything else is our bug and goes to the
crash dialog.
"""

from __future__ import annotations


class CotdeskError(Exception):
    """Base of every error cotdesk raises on purpose."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UserError(CotdeskError):
    """The input or the environment is wrong; the message (Italian) says how to fix it."""


class ValidationError(UserError):
    """A value typed or imported does not satisfy a rule."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class PermissionDenied(UserError):
    """The acting operator may not do this (role or office)."""


class NotFound(UserError):
    """The record asked for does not exist (or is no longer visible)."""


class InvalidTransition(UserError):
    """A state change that the lifecycle does not allow."""


class AppendOnlyViolation(CotdeskError):
    """Code tried to change or delete an append-only record: a bug, never user input."""
