"""Roles of the operators, and the role-gated transition rules of the lifecycles.

The three roles are ordered: ``operator`` < ``supervisor`` < ``admin``. A rule that needs a
role is satisfied by that role or a higher one, so the network administrator can do what a
coordinator can (for instance approve a closure left waiting while the coordinator is away).

Roles only say *what kind* of action someone may take. *Where* (an operator works on the
cases of their own office) is checked by the services, which know the acting operator's
office; they raise :class:`~cotdesk.errors.PermissionDenied` too.

:class:`TransitionRule` and :class:`Lifecycle` are the shared machinery of the case
(:mod:`cotdesk.domain.cases`) and referral (:mod:`cotdesk.domain.referrals`) lifecycles.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Final, Generic, TypeVar

from cotdesk.errors import InvalidTransition, PermissionDenied, ValidationError

__all__ = [
    "ROLE_LABELS",
    "Lifecycle",
    "Role",
    "TransitionRule",
    "check_reason",
    "require_role",
    "role_at_least",
]


class Role(StrEnum):
    """The role of an operator (stored by value)."""

    OPERATOR = "operator"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


#: Italian names of the roles, as shown in the UI.
ROLE_LABELS: Final[dict[Role, str]] = {
    Role.OPERATOR: "Operatore di sportello",
    Role.SUPERVISOR: "Coordinatore",
    Role.ADMIN: "Amministratore di rete",
}

S = TypeVar("S", bound=StrEnum)

_RANK: Final[dict[Role, int]] = {Role.OPERATOR: 1, Role.SUPERVISOR: 2, Role.ADMIN: 3}


def role_at_least(role: Role, minimum: Role) -> bool:
    """Whether ``role`` is ``minimum`` or a higher role."""
    return _RANK[Role(role)] >= _RANK[Role(minimum)]


def require_role(role: Role, minimum: Role, action: str) -> None:
    """Raise :class:`PermissionDenied` unless ``role`` is at least ``minimum``.

    ``action`` completes the Italian sentence "Solo ... può <action>", e.g.
    ``"approvare la chiusura della presa in carico"``.
    """
    if not role_at_least(role, minimum):
        if Role(minimum) == Role.SUPERVISOR:
            who = "il coordinatore o l'amministratore di rete"
        else:
            who = "l'amministratore di rete"
        raise PermissionDenied(
            f"Solo {who} può {action}: il tuo ruolo è «{ROLE_LABELS[Role(role)]}»."
        )


@dataclass(frozen=True, slots=True)
class TransitionRule:
    """One allowed move of a lifecycle.

    ``minimum_role``: who may make it (that role or higher). ``needs_reason``: a free-text
    reason must be recorded with it. ``action``: Italian verb phrase for messages and
    buttons ("chiedere la chiusura").
    """

    minimum_role: Role
    needs_reason: bool
    action: str


@dataclass(frozen=True, slots=True)
class Lifecycle(Generic[S]):
    """A state machine: its allowed moves with their rules, and Italian names of the states.

    ``subject`` names the thing in Italian with its article ("la presa in carico", "l'invio").
    """

    subject: str
    labels: Mapping[S, str]
    rules: Mapping[tuple[S, S], TransitionRule]

    def check(self, current: S, target: S, role: Role) -> TransitionRule:
        """Check a move and return its rule.

        Raises :class:`InvalidTransition` when the table has no such move (the message lists
        the moves that exist from ``current``) and :class:`PermissionDenied` when ``role`` is
        too low.
        """
        rule = self.rules.get((current, target))
        if rule is None:
            here = self.labels[current]
            if current == target:
                raise InvalidTransition(f"Per {self.subject} lo stato è già «{here}».")
            targets = [self.labels[to] for (frm, to) in self.rules if frm == current]
            options = (
                "da qui si può passare solo a " + ", ".join(f"«{t}»" for t in targets)
                if targets
                else "è uno stato finale"
            )
            raise InvalidTransition(
                f"Per {self.subject} non si può passare da «{here}» a "
                f"«{self.labels[target]}»: {options}."
            )
        require_role(role, rule.minimum_role, rule.action)
        return rule

    def allowed_targets(self, current: S, role: Role) -> list[S]:
        """The states ``role`` may move to from ``current``, in table order."""
        return [
            to
            for (frm, to), rule in self.rules.items()
            if frm == current and role_at_least(role, rule.minimum_role)
        ]

    def is_terminal(self, status: S) -> bool:
        """Whether no move leaves ``status``."""
        return all(frm != status for (frm, _) in self.rules)


def check_reason(rule: TransitionRule, reason: str | None) -> None:
    """Raise :class:`ValidationError` (field ``reason``) if the rule needs a reason and none
    (or only blanks) was given."""
    if rule.needs_reason and not (reason and reason.strip()):
        raise ValidationError(
            f"Per {rule.action} bisogna scrivere il motivo.",
            field="reason",
        )
