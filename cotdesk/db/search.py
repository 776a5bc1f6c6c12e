"""The person search index: its queries, its text rules, and its rebuild for bulk loaders.

The index is made by migration ``0002`` and kept current by triggers on ``person`` (so it is
right whoever writes: the services, sync, a bulk loader, the ``sqlite3`` shell). Tables:

``search_person``
    One row per live person (tombstoned persons are removed): an INTEGER ``key`` (the FTS
    rowid; ``person``'s own rowid may change on VACUUM), the person id, the codes in upper
    case, the phone numbers as digits (``+39``/``0039`` dropped), and the *indexed names*:
    each name followed by its joined form when it has spaces or apostrophes, so "D'Angelo"
    is indexed as ``d``, ``angelo`` and ``dangelo``, "Dela Cruz" also as ``delacruz``.
    B-tree indexes on the codes and phones: a codice fiscale is one index probe.
``search_person_fts``
    FTS5 over the indexed names (external content: ``search_person``), tokenizer
    ``unicode61 remove_diacritics 2`` (case and accents folded: "Nicolò" = "nicolo",
    "Mele'" = "mele"), prefix indexes for 2 and 3 characters (typing "ros mar").
``search_term``, ``search_term_variant``
    The typo index. Every distinct name token, with the number of persons who have it, and,
    for tokens of 5+ characters, each variant with one character deleted (SymSpell's
    deletion neighbourhood). Two words one edit apart (a letter wrong, missing, extra, or
    two letters swapped) share a variant or one is a variant of the other, so the surnames
    one typo away from what was typed are found with a few index probes over *distinct
    names*, never over persons, and then looked up in FTS like any other word. A trigram
    index was the alternative: it needs an OR over common trigrams ("ros", "oss") that
    touches a large share of all persons, and SQLite only folds accents in trigram
    tokenizers from 3.45.
``search_scratch``
    A contentless FTS5 table the triggers use to tokenize one person's names exactly as
    the index does (SQL has no tokenizer): the vocabulary kept in ``search_term`` is thus
    always the index's own.
``search_state``
    ``enabled`` (the triggers do nothing when 0) and the layout ``version``.

Bulk loading
    Triggers add ~0.2 ms to the insert of a person (measured: see
    ``benchmarks/results/search.md``): nothing for a desk, minutes for a million. A loader
    of many persons wraps its inserts in :func:`search_index_suspended`, in the same
    transaction if it can: the triggers are switched off and :func:`rebuild_search_index`
    rebuilds everything set-wise at the end (also when the loader fails, so the flag is
    never left off). ``rebuild_search_index`` alone repairs an index in any state.

Privacy
    A GDPR purge deletes the person row, and the delete trigger removes its index entries
    and the terms no one else has; like any deleted SQLite data, the bytes may stay in free
    pages until ``VACUUM`` (or ``PRAGMA secure_delete``), which the purge should run.

Migrations
    A later migration that rebuilds the ``person`` table (Alembic batch mode on SQLite
    copies the table and drops the old one) drops these triggers with it: it must create
    them again (copy them from ``0002``) and call the rebuild.

SQLite needed
    FTS5 with ``fts5vocab``, JSON functions, UPSERT inside triggers (3.24) and row values
    (3.15); the project already needs 3.35 for ``RETURNING``. Every Python 3.11+ from
    python.org (Windows, macOS) and the Linux distributions ship such a SQLite with FTS5.
    Developed and measured on SQLite 3.40.1. No trigram tokenizer is used.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from uuid import UUID

from sqlalchemy import Connection, Date, String, TextClause, TextualSelect, Uuid, bindparam, text
from sqlalchemy.orm import Session

#: The index layout this module reads and rebuilds (``search_state.version``).
SEARCH_INDEX_VERSION = 1
#: Tokens shorter than this are never looked up with typos.
MIN_FUZZY_LENGTH = 4
#: Tokens this long or longer have deletion variants in the index (see ``0002``).
MIN_VARIANT_LENGTH = 5
#: At most this many name matches are sorted by :func:`persons_matching`.
SORT_CAP = 2000

_COLUMNS = (
    "person_id, office_id, fiscal_code, foreign_code, phone, phone_alt, last_name, first_name"
)
_WORD = re.compile(r"[^\W_]+")
_LATIN_END = "\u0250"  # unicode61 removes diacritics of Latin letters only


class SearchIndexError(RuntimeError):
    """The database holds a search index this version of cotdesk does not know."""


# --------------------------------------------------------------------------- text rules


@functools.lru_cache(maxsize=65536)
def fold(value: str) -> str:
    """Lower case, accents of Latin letters removed: what the index tokenizer does."""
    decomposed = unicodedata.normalize("NFD", value.lower())
    kept: list[str] = []
    base = ""
    for character in decomposed:
        if unicodedata.combining(character):
            if base >= _LATIN_END:
                kept.append(character)
            continue
        base = character
        kept.append(character)
    return unicodedata.normalize("NFC", "".join(kept))


def words(value: str) -> list[str]:
    """The tokens of ``value`` as the index sees them (folded; any non-alphanumeric splits)."""
    return _WORD.findall(fold(value))


@functools.lru_cache(maxsize=65536)
def name_tokens(name: str) -> frozenset[str]:
    """A stored name's tokens with its joined form ("D'Angelo" → d, angelo, dangelo)."""
    tokens = words(name)
    if len(tokens) > 1:
        return frozenset([*tokens, "".join(tokens)])
    return frozenset(tokens)


def normalize_code(value: str) -> str:
    """A codice fiscale or STP/ENI code as indexed: upper case, no spaces."""
    return "".join(value.split()).upper()


def normalize_phone(value: str) -> str:
    """A phone number as indexed: digits only, without the Italian prefix +39 / 0039."""
    digits = "".join(character for character in value if character.isdigit())
    if digits.startswith("0039") and len(digits) >= 10:
        return digits[4:]
    if digits.startswith("39") and len(digits) >= 11:
        return digits[2:]
    return digits


def within_one_edit(a: str, b: str) -> bool:
    """True if ``a`` and ``b`` differ by at most one letter changed, missing, added, or by
    two adjacent letters swapped (optimal string alignment distance <= 1)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1 :] == b[i + 1 :]:
            return True  # one substitution
        return i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
    if la > lb:
        return a[i + 1 :] == b[i:]
    return a[i:] == b[i + 1 :]


def deletions(token: str) -> set[str]:
    """The variants of ``token`` with one character deleted."""
    return {token[:i] + token[i + 1 :] for i in range(len(token))}


# --------------------------------------------------------------------------- FTS queries


@dataclass(frozen=True)
class Term:
    """One word of an FTS query, matched whole or (``prefix``) as the start of a word."""

    text: str
    prefix: bool = False

    def render(self) -> str:
        quoted = '"' + self.text.replace('"', '""') + '"'
        return quoted + "*" if self.prefix else quoted


#: An FTS query: every group must match; a group matches if any of its alternatives
#: does; an alternative matches if all its terms do.
Alternative = Sequence[Term]
Group = Sequence[Alternative]


def render_query(groups: Sequence[Group]) -> str:
    """The FTS5 MATCH expression of ``groups`` (``""`` if there is nothing to match)."""
    rendered = []
    for group in groups:
        alternatives = [
            "(" + " AND ".join(term.render() for term in alternative) + ")"
            for alternative in group
            if alternative
        ]
        if alternatives:
            rendered.append("(" + " OR ".join(alternatives) + ")")
    return " AND ".join(rendered)


# --------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class PersonRow:
    """What a search shows of a person."""

    id: UUID
    office_id: UUID
    last_name: str
    first_name: str
    birth_date: date | None
    fiscal_code: str | None
    foreign_code: str | None
    phone: str
    phone_alt: str
    district_code: str | None


_PERSON_COLUMNS = (
    "p.id, p.office_id, p.last_name, p.first_name, p.birth_date, p.fiscal_code, "
    "p.foreign_code, p.phone, p.phone_alt, p.district_code"
)


def _typed(statement: TextClause) -> TextualSelect:
    return statement.columns(
        id=Uuid,
        office_id=Uuid,
        last_name=String,
        first_name=String,
        birth_date=Date,
        fiscal_code=String,
        foreign_code=String,
        phone=String,
        phone_alt=String,
        district_code=String,
    )


def _office_clause(office_id: UUID | None, column: str) -> str:
    return f" AND {column} = :office_id" if office_id is not None else ""


def _rows(session: Session, statement: TextualSelect, params: dict[str, object]) -> list[PersonRow]:
    return [
        PersonRow(
            id=row.id,
            office_id=row.office_id,
            last_name=row.last_name,
            first_name=row.first_name,
            birth_date=row.birth_date,
            fiscal_code=row.fiscal_code,
            foreign_code=row.foreign_code,
            phone=row.phone or "",
            phone_alt=row.phone_alt or "",
            district_code=row.district_code,
        )
        for row in session.execute(statement, params)
    ]


def _office_param(statement: TextClause, office_id: UUID | None) -> TextClause:
    if office_id is None:
        return statement
    return statement.bindparams(bindparam("office_id", value=office_id, type_=Uuid))


def persons_by_code(
    session: Session,
    code: str,
    *,
    prefix: bool = False,
    office_id: UUID | None = None,
    limit: int = 50,
) -> list[PersonRow]:
    """Persons whose codice fiscale or STP/ENI code is ``code`` (or starts with it)."""
    code = normalize_code(code)
    if not code:
        return []
    if prefix:
        condition = "sp.{column} >= :low AND sp.{column} < :high"
        params: dict[str, object] = {"low": code, "high": code + "\uffff"}
    else:
        condition = "sp.{column} = :code"
        params = {"code": code}
    office = _office_clause(office_id, "sp.office_id")
    selects = [
        f"SELECT sp.person_id AS person_id FROM search_person AS sp"
        f" WHERE {condition.format(column=column)}{office}"
        for column in ("fiscal_code", "foreign_code")
    ]
    statement = text(
        f"SELECT {_PERSON_COLUMNS} FROM ({' UNION '.join(selects)} LIMIT :limit) AS m"
        " JOIN person AS p ON p.id = m.person_id WHERE p.deleted_at IS NULL"
    )
    params["limit"] = limit
    return _rows(session, _typed(_office_param(statement, office_id)), params)


def persons_by_phone(
    session: Session,
    phone: str,
    *,
    prefix: bool = False,
    office_id: UUID | None = None,
    limit: int = 50,
) -> list[PersonRow]:
    """Persons with ``phone`` (normalised) as phone or second phone (or starting so)."""
    digits = normalize_phone(phone)
    if not digits:
        return []
    if prefix:
        condition = "sp.{column} >= :low AND sp.{column} < :high"
        params: dict[str, object] = {"low": digits, "high": digits + ":"}  # ':' follows '9'
    else:
        condition = "sp.{column} = :digits"
        params = {"digits": digits}
    office = _office_clause(office_id, "sp.office_id")
    selects = [
        f"SELECT sp.person_id AS person_id FROM search_person AS sp"
        f" WHERE {condition.format(column=column)}{office}"
        for column in ("phone", "phone_alt")
    ]
    statement = text(
        f"SELECT {_PERSON_COLUMNS} FROM ({' UNION '.join(selects)} LIMIT :limit) AS m"
        " JOIN person AS p ON p.id = m.person_id WHERE p.deleted_at IS NULL"
    )
    params["limit"] = limit
    return _rows(session, _typed(_office_param(statement, office_id)), params)


def persons_born_on(
    session: Session,
    days: Iterable[date],
    *,
    office_id: UUID | None = None,
    limit: int = 500,
) -> list[PersonRow]:
    """Live persons born on any of ``days`` (uses the index on ``person.birth_date``)."""
    days = sorted(set(days))
    if not days:
        return []
    statement = text(
        f"SELECT {_PERSON_COLUMNS} FROM person AS p"
        " WHERE p.birth_date IN :days AND p.deleted_at IS NULL"
        f"{_office_clause(office_id, 'p.office_id')}"
        " ORDER BY p.last_name, p.first_name LIMIT :limit"
    ).bindparams(bindparam("days", expanding=True, type_=Date))
    return _rows(
        session, _typed(_office_param(statement, office_id)), {"days": days, "limit": limit}
    )


def persons_matching(
    session: Session,
    groups: Sequence[Group],
    *,
    office_id: UUID | None = None,
    limit: int = 200,
    ordered: bool = False,
    lead: str = "",
) -> list[PersonRow]:
    """Persons whose names match the FTS query ``groups`` (at most ``limit``).

    ``ordered`` sorts the matches before the limit, surnames starting with ``lead`` first,
    then by name; only the first :data:`SORT_CAP` matches (in index order) are sorted, so
    a very common surname on a large desk costs a bounded sort. Otherwise the first
    ``limit`` matches in index order are returned.
    """
    query = render_query(groups)
    if not query:
        return []
    params: dict[str, object] = {"query": query, "limit": limit}
    matches = (
        "SELECT sp.person_id AS person_id, sp.last_name AS last_name,"
        " sp.first_name AS first_name FROM search_person_fts AS f"
        " JOIN search_person AS sp ON sp.key = f.rowid"
        f" WHERE search_person_fts MATCH :query{_office_clause(office_id, 'sp.office_id')}"
    )
    if ordered:
        order = "m.last_name, m.first_name"
        if lead:
            order = f"m.last_name NOT LIKE :lead, {order}"
            params["lead"] = lead + "%"
        params["sort_cap"] = SORT_CAP
        matches = (
            f"SELECT m.person_id AS person_id FROM ({matches} LIMIT :sort_cap) AS m"
            f" ORDER BY {order} LIMIT :limit"
        )
    else:
        matches += " LIMIT :limit"
    statement = text(
        f"SELECT {_PERSON_COLUMNS} FROM ({matches}) AS m2"
        " JOIN person AS p ON p.id = m2.person_id WHERE p.deleted_at IS NULL"
    )
    return _rows(session, _typed(_office_param(statement, office_id)), params)


def similar_terms(session: Session, token: str, *, limit: int = 20) -> list[str]:
    """Indexed name tokens one edit away from ``token`` (not ``token`` itself), the most
    common first. ``token`` must be folded (see :func:`fold`)."""
    if len(token) < MIN_FUZZY_LENGTH:
        return []
    keys = {token}
    shorter: set[str] = set()
    if len(token) >= MIN_VARIANT_LENGTH:
        shorter = deletions(token)
        keys |= shorter
    statement = text(
        "SELECT t.term AS term, t.n AS n FROM search_term AS t WHERE t.term IN ("
        " SELECT v.term FROM search_term_variant AS v WHERE v.variant IN :keys"
        " UNION SELECT s.term FROM search_term AS s WHERE s.term IN :shorter)"
        " ORDER BY t.n DESC"
    ).bindparams(
        bindparam("keys", expanding=True, type_=String),
        bindparam("shorter", expanding=True, type_=String),
    )
    rows = session.execute(statement, {"keys": sorted(keys), "shorter": sorted(shorter) or [""]})
    found: list[str] = []
    for term, _count in rows:
        if term != token and within_one_edit(token, fold(term)):
            found.append(term)
            if len(found) >= limit:
                break
    return found


# --------------------------------------------------------------------------- maintenance


def _check_version(connection: Connection) -> None:
    version = connection.execute(
        text("SELECT version FROM search_state WHERE singleton = 1")
    ).scalar_one_or_none()
    if version != SEARCH_INDEX_VERSION:
        raise SearchIndexError(
            f"L'indice di ricerca del database è in un formato sconosciuto ({version})."
        )


def search_index_enabled(connection: Connection) -> bool:
    """Whether the triggers keep the index current (False inside a bulk load)."""
    enabled = connection.execute(
        text("SELECT enabled FROM search_state WHERE singleton = 1")
    ).scalar_one_or_none()
    return bool(enabled)


def rebuild_search_index(connection: Connection) -> None:
    """Rebuild the whole index from ``person`` and switch the triggers back on.

    Set-wise statements, in the caller's transaction (the caller commits): about 2 s per
    100,000 persons. Also repairs an index that has gone wrong for any reason.
    """
    _check_version(connection)
    for statement in (
        "DELETE FROM search_term_variant",
        "DELETE FROM search_term",
        "INSERT INTO search_person_fts (search_person_fts) VALUES ('delete-all')",
        "DELETE FROM search_person",
        "INSERT INTO search_scratch (search_scratch) VALUES ('delete-all')",
        f"INSERT INTO search_person ({_COLUMNS}) SELECT {_COLUMNS} FROM search_person_source",
        "INSERT INTO search_person_fts (search_person_fts) VALUES ('rebuild')",
        "INSERT INTO search_term (term, n) SELECT term, doc FROM search_person_vocab",
        "INSERT OR IGNORE INTO search_term_variant (variant, term)"
        " SELECT variant, term FROM search_term_deletion",
        "INSERT INTO search_person_fts (search_person_fts) VALUES ('optimize')",
        "UPDATE search_state SET enabled = 1 WHERE singleton = 1",
    ):
        connection.execute(text(statement))


@contextmanager
def search_index_suspended(connection: Connection) -> Iterator[None]:
    """Switch the index triggers off for a bulk load on ``connection``; rebuild at the end.

    Use it inside the loader's transaction, so that no other connection ever sees the
    triggers off::

        with engine.begin() as conn, search_index_suspended(conn):
            conn.execute(insert(Person), rows)

    The rebuild also runs when the block fails (the flag is never left off). While the
    triggers are off, writes from *other* connections that commit are not indexed until
    the rebuild: keep the block short, or run it while the desk is not in use.
    """
    _check_version(connection)
    connection.execute(text("UPDATE search_state SET enabled = 0 WHERE singleton = 1"))
    try:
        yield
    finally:
        rebuild_search_index(connection)


def index_counts(connection: Connection) -> dict[str, int]:
    """Row counts of the index tables (diagnostics and tests)."""
    counts: dict[str, int] = {}
    for table in ("search_person", "search_term", "search_term_variant"):
        counts[table] = int(connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())
    return counts
