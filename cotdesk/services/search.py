"""Finding a person: the front desk's first action, and the duplicate check before registering.

:func:`search_persons` takes what the operator types in the one search box and understands

* a codice fiscale or an STP/ENI code (exact, any case; or its beginning while typing);
* a phone number, with or without spaces, dots, ``+39``;
* a birth date (``12/03/1985``, ``12-3-85``, ``1985-03-12``), alone or with a name;
* names, in any order ("Mario Rossi" = "Rossi Mario"), with or without accents and
  apostrophes ("D'Angelo" = "Dangelo" = "d angelo", "Nicolò" = "Nicolo"), as beginnings
  of words while typing ("ros mar"), and with one typo in a word of 4+ letters ("Rosi",
  "Esposto", "Ferarri").

Ranking, from the top: exact code; code beginning; phone; names where every word matches
exactly; then where the last word is a beginning; then beginnings; then one-typo matches.
Name searches run as successive narrower-to-wider passes (exact, then beginnings, then
typos) and stop as soon as the page is full, so a common exact surname never pays for the
typo pass. Within one score, results are in alphabetical order.

:func:`find_possible_duplicates` compares a person about to be registered with those on
the desk, with the same tolerance, and says why each candidate looks the same.

The SQL is in :mod:`cotdesk.db.search`; this module decides what to ask and how to rank.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from uuid import UUID

from sqlalchemy.orm import Session

from cotdesk.db import search as index
from cotdesk.db.database import Database
from cotdesk.db.search import Group, PersonRow, Term
from cotdesk.domain.roles import Role
from cotdesk.services.unit_of_work import Actor, ReadUnit

#: Rows fetched per name pass, as a multiple of the page size: the SQL already orders the
#: exact passes, the ranking here only has to settle the order within them.
PASS_FACTOR = 3
#: Rows fetched by the duplicate check's name lookup.
DUPLICATE_NAME_ROWS = 300
#: Words that are joined to the next in many surnames ("D'Angelo", "De Luca", "Dela Cruz").
PARTICLES = frozenset(
    [
        "d",
        "de",
        "di",
        "da",
        "del",
        "dei",
        "dal",
        "dall",
        "dalla",
        "delle",
        "della",
        "dello",
        "degli",
        "dela",
        "dos",
        "das",
        "do",
        "du",
        "van",
        "von",
        "der",
        "den",
        "el",
        "al",
        "la",
        "lo",
        "le",
        "mc",
        "mac",
        "san",
        "santa",
        "st",
    ]
)

# Scores: every kind of match has its band, so an exact code always comes first.
SCORE_CODE = 1000.0
SCORE_CODE_PREFIX = 700.0
SCORE_PHONE = 600.0
SCORE_PHONE_PREFIX = 500.0
SCORE_NAME_BASE = 100.0  # + 50 per word quality (exact 3, beginning 2, typo 1), averaged
SCORE_BIRTH_DATE = 90.0
BONUS_BIRTH_DATE = 20.0
BONUS_NAME_ORDER = 5.0  # the first word typed is the surname: the usual way to say it
BONUS_EACH_EXTRA_REASON = 25.0

_EXACT, _PREFIX, _TYPO, _TYPO_FIRST_LETTER = 3.0, 2.0, 1.0, 0.75
_DATE = re.compile(
    r"(?<![\d/.\-])(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2}))"
    r"(?![\d/.\-])"
)
_APOSTROPHE_IN_WORD = re.compile(r"(?<=\w)['’‘`´](?=\w)")
_PHONE_CHUNK = re.compile(r"^\+?[\d.\-/()]+$")
_CODE_CHUNK = re.compile(r"^[A-Za-z0-9]+$")


@dataclass(frozen=True)
class PersonHit:
    """One person found, with how well and why they matched (``match``, in Italian)."""

    id: UUID
    last_name: str
    first_name: str
    birth_date: date | None
    fiscal_code: str | None
    foreign_code: str | None
    phone: str
    district_code: str | None
    score: float
    match: str


@dataclass(frozen=True)
class DuplicateCandidate:
    """A person on the desk who may be the one about to be registered."""

    id: UUID
    last_name: str
    first_name: str
    birth_date: date | None
    fiscal_code: str | None
    foreign_code: str | None
    phone: str
    district_code: str | None
    score: float
    reasons: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- the query


@dataclass
class ParsedQuery:
    """What the search box holds, sorted by kind."""

    codes: list[str] = field(default_factory=list)
    phone: str = ""
    days: list[date] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    bad_date: bool = False


def _century_candidates(two_digits: int, today: date) -> list[int]:
    years = [1900 + two_digits, 2000 + two_digits]
    return [year for year in years if year <= today.year]


def _make_days(year_text: str, month: int, day: int, today: date) -> list[date]:
    years = [int(year_text)] if len(year_text) == 4 else _century_candidates(int(year_text), today)
    days: list[date] = []
    for year in years:
        try:
            days.append(date(year, month, day))
        except ValueError:
            continue
    return days


def parse_query(text: str, *, today: date | None = None) -> ParsedQuery:
    """Split what was typed into codes, a phone number, birth dates and name words."""
    today = today or datetime.now(UTC).astimezone().date()
    parsed = ParsedQuery()

    def take_date(match: re.Match[str]) -> str:
        iso_year, iso_month, iso_day, day, month, year = match.groups()
        if iso_year:
            found = _make_days(iso_year, int(iso_month), int(iso_day), today)
        else:
            found = _make_days(year, int(month), int(day), today)
        if found:
            parsed.days.extend(found)
        else:
            parsed.bad_date = True
        return " "

    rest = _DATE.sub(take_date, text)
    rest = _APOSTROPHE_IN_WORD.sub("", rest)
    phone_digits: list[str] = []
    for chunk in rest.split():
        if _PHONE_CHUNK.match(chunk) and any(c.isdigit() for c in chunk):
            phone_digits.append(chunk)
            continue
        if _CODE_CHUNK.match(chunk):
            has_digit = any(c.isdigit() for c in chunk)
            has_letter = any(c.isalpha() for c in chunk)
            if has_digit and has_letter and len(chunk) >= 4:
                parsed.codes.append(chunk.upper())
                continue
            if len(chunk) == 16 and has_letter:  # a full omocode has no digits left
                parsed.codes.append(chunk.upper())
        parsed.names.extend(index.words(chunk))
    digits = index.normalize_phone(" ".join(phone_digits))
    if len(digits) >= 5:
        parsed.phone = digits
    return parsed


def _name_groups(words: Sequence[str]) -> list[list[list[str]]]:
    """Words grouped for matching: a particle and the next word may also be written as one
    ("d angelo" also finds "Dangelo", "dela cruz" also "Delacruz")."""
    groups: list[list[list[str]]] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word in PARTICLES and i + 1 < len(words):
            groups.append([[word, words[i + 1]], [word + words[i + 1]]])
            i += 2
            continue
        groups.append([[word]])
        i += 1
    return groups


def _fts_groups(
    groups: Sequence[Sequence[Sequence[str]]],
    *,
    prefix: str,
    typos: dict[str, list[str]] | None = None,
) -> list[Group]:
    """FTS groups for one pass. ``prefix``: "none", "last" (the last word is a beginning)
    or "all"; ``typos``: words → similar indexed words, also accepted."""
    fts: list[Group] = []
    last_group = len(groups) - 1
    for number, group in enumerate(groups):
        alternatives: list[list[Term]] = []
        for alternative in group:
            last_word = len(alternative) - 1

            def is_prefix(position: int, number: int = number, last_word: int = last_word) -> bool:
                if prefix == "all":
                    return True
                return prefix == "last" and number == last_group and position == last_word

            terms = [
                Term(word, prefix=is_prefix(position)) for position, word in enumerate(alternative)
            ]
            alternatives.append(terms)
            if typos:
                for position, word in enumerate(alternative):
                    for similar in typos.get(word, []):
                        variant = list(terms)
                        variant[position] = Term(similar)
                        alternatives.append(variant)
        fts.append(alternatives)
    return fts


def _word_quality(word: str, tokens: AbstractSet[str], *, allow_prefix: bool) -> float:
    """How ``word`` matches one of ``tokens``: exactly, as a beginning, with a typo (a typo
    in the first letter is rarer, so such a match is a little weaker), or not (0)."""
    if word in tokens:
        return _EXACT
    if allow_prefix and any(token.startswith(word) for token in tokens):
        return _PREFIX
    if len(word) < index.MIN_FUZZY_LENGTH:
        return 0.0
    best = 0.0
    for token in tokens:
        if (
            max(len(token), len(word)) >= index.MIN_VARIANT_LENGTH
            and len(token) >= index.MIN_FUZZY_LENGTH
            and index.within_one_edit(word, token)
        ):
            best = max(best, _TYPO if token[0] == word[0] else _TYPO_FIRST_LETTER)
    return best


def _groups_quality(
    groups: Sequence[Sequence[Sequence[str]]], tokens: AbstractSet[str], *, allow_prefix: bool
) -> list[float]:
    """For each group, the quality of its best alternative (0: not matched)."""
    qualities = []
    for group in groups:
        best = 0.0
        for alternative in group:
            worst = min(_word_quality(w, tokens, allow_prefix=allow_prefix) for w in alternative)
            best = max(best, worst)
        qualities.append(best)
    return qualities


def _person_tokens(row: PersonRow) -> tuple[frozenset[str], frozenset[str]]:
    return index.name_tokens(row.last_name), index.name_tokens(row.first_name)


def _name_score(
    groups: Sequence[Sequence[Sequence[str]]], row: PersonRow
) -> tuple[float, str] | None:
    """Score and label of a person's names against the words typed (None: no match).

    The average quality of the word groups, plus a small bonus when the first word typed
    matches the *beginning* of the surname, the usual way to search ("Russo" puts Russo
    before Lo Russo, "mar" Martini before De Marco).
    """
    last, first = _person_tokens(row)
    qualities = _groups_quality(groups, last | first, allow_prefix=True)
    if not qualities or min(qualities) == 0:
        return None
    score = SCORE_NAME_BASE + 50.0 * sum(qualities) / len(qualities)
    surname_words = index.words(row.last_name)
    lead: AbstractSet[str] = last  # "d angelo", "dela cruz": the whole surname
    if len(groups[0][0]) == 1:
        lead = {surname_words[0], "".join(surname_words)} if surname_words else set()
    if _groups_quality(groups[:1], lead, allow_prefix=True)[0] >= qualities[0]:
        score += BONUS_NAME_ORDER
    worst = min(qualities)
    if worst >= _EXACT:
        label = "nome"
    elif worst >= _PREFIX:
        label = "nome (inizio)"
    else:
        label = "nome simile"
    return score, label


# --------------------------------------------------------------------------- search


class _Hits:
    """Hits collected from several lookups: a person keeps the best score and label."""

    def __init__(self) -> None:
        self.rows: dict[UUID, PersonRow] = {}
        self.best: dict[UUID, tuple[float, str]] = {}
        self.reasons: dict[UUID, int] = {}

    def add(self, row: PersonRow, score: float, label: str) -> None:
        self.rows[row.id] = row
        count = self.reasons.get(row.id, 0)
        self.reasons[row.id] = count + 1
        previous = self.best.get(row.id)
        if previous is None:
            self.best[row.id] = (score, label)
        else:
            top = max(previous, (score, label))
            self.best[row.id] = (top[0] + BONUS_EACH_EXTRA_REASON, top[1])

    def __len__(self) -> int:
        return len(self.rows)

    def ranked(self, limit: int) -> list[PersonHit]:
        hits = [
            PersonHit(
                id=row.id,
                last_name=row.last_name,
                first_name=row.first_name,
                birth_date=row.birth_date,
                fiscal_code=row.fiscal_code,
                foreign_code=row.foreign_code,
                phone=row.phone,
                district_code=row.district_code,
                score=self.best[row.id][0],
                match=self.best[row.id][1],
            )
            for row in self.rows.values()
        ]
        hits.sort(
            key=lambda hit: (
                -hit.score,
                index.fold(hit.last_name),
                index.fold(hit.first_name),
                str(hit.id),
            )
        )
        return hits[:limit]


def _search_codes(
    session: Session, codes: Iterable[str], hits: _Hits, office_id: UUID | None
) -> None:
    for code in codes:
        exact = index.persons_by_code(session, code, office_id=office_id)
        for row in exact:
            label = "codice fiscale" if row.fiscal_code == code else "codice STP/ENI"
            hits.add(row, SCORE_CODE, label)
        if not exact and len(code) < 16:
            for row in index.persons_by_code(session, code, prefix=True, office_id=office_id):
                own = row.fiscal_code if (row.fiscal_code or "").startswith(code) else None
                label = "codice fiscale (inizio)" if own else "codice STP/ENI (inizio)"
                hits.add(row, SCORE_CODE_PREFIX, label)


def _search_phone(session: Session, phone: str, hits: _Hits, office_id: UUID | None) -> None:
    exact = index.persons_by_phone(session, phone, office_id=office_id)
    for row in exact:
        hits.add(row, SCORE_PHONE, "telefono")
    if not exact:
        for row in index.persons_by_phone(session, phone, prefix=True, office_id=office_id):
            hits.add(row, SCORE_PHONE_PREFIX, "telefono (inizio)")


def _typo_candidates(
    session: Session, groups: Sequence[Sequence[Sequence[str]]]
) -> dict[str, list[str]]:
    typos: dict[str, list[str]] = {}
    for group in groups:
        for alternative in group:
            for word in alternative:
                if word not in typos:
                    typos[word] = index.similar_terms(session, word)
    return {word: similar for word, similar in typos.items() if similar}


def _search_names(
    session: Session,
    groups: list[list[list[str]]],
    hits: _Hits,
    *,
    limit: int,
    office_id: UUID | None,
) -> None:
    if all(len(word) < 2 for group in groups for alt in group for word in alt):
        return  # single letters only: everyone would match
    found_by_names: set[UUID] = set()
    already_run: set[str] = set()

    def run(fts: list[Group], *, ordered: bool) -> bool:
        """One pass; True when the page is full."""
        query = index.render_query(fts)
        if query in already_run:
            return False
        already_run.add(query)
        rows = index.persons_matching(
            session,
            fts,
            office_id=office_id,
            limit=max(PASS_FACTOR * limit, 30),
            ordered=ordered,
            lead=lead,
        )
        for row in rows:
            if row.id in found_by_names:
                continue
            scored = _name_score(groups, row)
            if scored is not None:
                found_by_names.add(row.id)
                hits.add(row, *scored)
        return len(found_by_names) >= limit

    # Sorting costs as many rows as match: fine for whole words, and for beginnings when
    # there are two words or more (a lone "ma" matches a fifth of everyone).
    several = len(groups) > 1 or len(groups[0][0]) > 1
    lead = groups[0][0][0]
    if run(_fts_groups(groups, prefix="none"), ordered=True):
        return
    if run(_fts_groups(groups, prefix="last"), ordered=several):
        return
    if run(_fts_groups(groups, prefix="all"), ordered=several):
        return
    typos = _typo_candidates(session, groups)
    if typos:
        run(_fts_groups(groups, prefix="all", typos=typos), ordered=False)


def _search_born_on(
    session: Session,
    days: list[date],
    groups: list[list[list[str]]],
    hits: _Hits,
    office_id: UUID | None,
) -> None:
    """Birth date given: the few persons born that day, ranked by the names typed (typos
    and beginnings included)."""
    for row in index.persons_born_on(session, days, office_id=office_id):
        if not groups:
            hits.add(row, SCORE_BIRTH_DATE, "data di nascita")
            continue
        scored = _name_score(groups, row)
        if scored is not None:
            score, label = scored
            hits.add(row, score + BONUS_BIRTH_DATE, f"{label} e data di nascita")


def search_persons(
    db: Database,
    text: str,
    *,
    limit: int = 20,
    office_id: UUID | None = None,
    today: date | None = None,
    actor: Actor | None = None,
) -> list[PersonHit]:
    """Persons matching what was typed in the search box, best first (at most ``limit``).

    Empty or blank text finds nobody. ``office_id`` restricts to one office's persons; an
    ``actor`` (the front desk's search) only ever finds their own office's persons, unless
    they are a network administrator.
    """
    if actor is not None and actor.role is not Role.ADMIN:
        office_id = actor.office_id
    if not text or not text.strip() or limit <= 0:
        return []
    parsed = parse_query(text, today=today)
    groups = _name_groups(parsed.names)
    hits = _Hits()
    with ReadUnit(db, None) as unit:
        session = unit.session
        if parsed.codes:
            _search_codes(session, parsed.codes, hits, office_id)
        if parsed.phone:
            _search_phone(session, parsed.phone, hits, office_id)
        if parsed.days:
            _search_born_on(session, parsed.days, groups, hits, office_id)
        elif groups and not parsed.bad_date:
            _search_names(session, groups, hits, limit=limit, office_id=office_id)
    return hits.ranked(limit)


# --------------------------------------------------------------------------- duplicates


def _swapped_day_month(day: date) -> date | None:
    if day.day > 12 or day.day == day.month:
        return None
    try:
        return date(day.year, day.day, day.month)
    except ValueError:
        return None


@dataclass
class _Candidate:
    row: PersonRow
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)

    def add(self, score: float, reason: str) -> None:
        self.score += score
        self.reasons.append(reason)


def _all_match(words: Sequence[str], tokens: AbstractSet[str]) -> float:
    """The worst quality of ``words`` against ``tokens`` (0 if one does not match)."""
    if not words:
        return 0.0
    return min(_word_quality(word, tokens, allow_prefix=False) for word in words)


def _name_similarity(last_words: list[str], first_words: list[str], row: PersonRow) -> str:
    """ "same", "swapped", "similar", "surname" or "" (no useful similarity).

    "same": the same surname and first name once accents, case, spaces and apostrophes are
    set aside ("D'Angelo" = "Dangelo", "Maria Luz" = "Marialuz"); "swapped": the same, with
    surname and first name exchanged; "similar": every surname word and a first-name word
    match, exactly or with one typo, in either field.
    """
    own_last = "".join(index.words(row.last_name))
    own_first = "".join(index.words(row.first_name))
    given_last, given_first = "".join(last_words), "".join(first_words)
    if given_last == own_last and given_first == own_first:
        return "same"
    if given_last == own_first and given_first == own_last:
        return "swapped"
    last, first = _person_tokens(row)
    everyone = last | first
    surname = _all_match(last_words, last) or _all_match(last_words, first)
    surname = surname or _word_quality(given_last, everyone, allow_prefix=False)
    any_first = any(_word_quality(w, everyone, allow_prefix=False) for w in first_words)
    if surname and any_first:
        return "similar"
    if surname:
        return "surname"
    return ""


def _name_candidates(
    session: Session, last_words: list[str], first_words: list[str]
) -> list[PersonRow]:
    """Persons whose names hold every surname word and one first-name word (in either
    field), each exactly or with one typo; a surname of several words also joined."""
    joined = "".join(last_words)
    words = [*last_words, *first_words] + ([joined] if len(last_words) > 1 else [])
    typos = _typo_candidates(session, [[[word]] for word in words])

    def with_typos(words: list[str]) -> list[list[Term]]:
        terms = [Term(word) for word in words]
        alternatives = [terms]
        for position, word in enumerate(words):
            for similar in typos.get(word, []):
                variant = list(terms)
                variant[position] = Term(similar)
                alternatives.append(variant)
        return alternatives

    surname = with_typos(last_words)
    if len(last_words) > 1:  # "De Luca" = "Deluca"; and "De nuca": the joined form's typos
        surname.extend(with_typos([joined]))
    fts: list[Group] = [surname]
    if first_words:
        fts.append([alternative for word in first_words for alternative in with_typos([word])])
    return index.persons_matching(session, fts, limit=DUPLICATE_NAME_ROWS, ordered=True)


def find_possible_duplicates(
    db: Database,
    *,
    last_name: str,
    first_name: str,
    birth_date: date | None = None,
    fiscal_code: str | None = None,
    foreign_code: str | None = None,
    phone: str | None = None,
    limit: int = 10,
    exclude_id: UUID | None = None,
) -> list[DuplicateCandidate]:
    """Persons on the desk who may be the one about to be registered, strongest first.

    Each candidate says why (``reasons``, in Italian): same codice fiscale or STP/ENI code,
    same or similar name (typos, accents, apostrophes, name and surname swapped) with the
    same birth date (or day and month swapped), same phone. ``exclude_id`` leaves out the
    person being edited.
    """
    last_words = index.words(_APOSTROPHE_IN_WORD.sub("", last_name))
    first_words = index.words(_APOSTROPHE_IN_WORD.sub("", first_name))
    candidates: dict[UUID, _Candidate] = {}

    def candidate(row: PersonRow) -> _Candidate:
        return candidates.setdefault(row.id, _Candidate(row))

    with ReadUnit(db, None) as unit:
        session = unit.session
        code = index.normalize_code(fiscal_code or "")
        if code:
            for row in index.persons_by_code(session, code):
                if row.fiscal_code == code:
                    candidate(row).add(SCORE_CODE, "Stesso codice fiscale")
        code = index.normalize_code(foreign_code or "")
        if code:
            for row in index.persons_by_code(session, code):
                if row.foreign_code == code:
                    candidate(row).add(SCORE_CODE, "Stesso codice STP/ENI")
        digits = index.normalize_phone(phone or "")
        phone_rows = index.persons_by_phone(session, digits) if len(digits) >= 5 else []
        named: list[PersonRow] = []
        if last_words:
            named = _name_candidates(session, last_words, first_words)
        days = [birth_date] if birth_date else []
        swapped = _swapped_day_month(birth_date) if birth_date else None
        if swapped:
            days.append(swapped)
        born = index.persons_born_on(session, days) if days else []

    seen: dict[UUID, PersonRow] = {}
    for row in [*named, *born]:
        seen.setdefault(row.id, row)
    for row in seen.values():
        similarity = _name_similarity(last_words, first_words, row) if last_words else ""
        reason = _name_and_date_reason(similarity, birth_date, swapped, row.birth_date)
        if reason is not None:
            candidate(row).add(*reason)
    for row in phone_rows:
        candidate(row).add(150.0, "Stesso telefono")

    found = [c for c in candidates.values() if c.reasons and c.row.id != exclude_id]
    found.sort(key=lambda c: (-c.score, index.fold(c.row.last_name), index.fold(c.row.first_name)))
    return [
        DuplicateCandidate(
            id=c.row.id,
            last_name=c.row.last_name,
            first_name=c.row.first_name,
            birth_date=c.row.birth_date,
            fiscal_code=c.row.fiscal_code,
            foreign_code=c.row.foreign_code,
            phone=c.row.phone,
            district_code=c.row.district_code,
            score=c.score,
            reasons=list(dict.fromkeys(c.reasons)),
        )
        for c in found[:limit]
    ]


def _name_and_date_reason(
    similarity: str, birth_date: date | None, swapped: date | None, other: date | None
) -> tuple[float, str] | None:
    """The score and reason given by the names and birth dates of a candidate, if any."""
    if birth_date is not None and other is not None:
        if other == birth_date:
            relation = "same"
        elif swapped is not None and other == swapped:
            relation = "swapped"
        else:
            relation = "different"
    else:
        relation = "unknown"
    invert = " (nome e cognome invertiti)" if similarity == "swapped" else ""
    reasons: dict[tuple[str, str], tuple[float, str]] = {
        ("same", "same"): (800.0, "Stesso nome e stessa data di nascita"),
        ("same", "swapped"): (500.0, "Stesso nome, data di nascita con giorno e mese invertiti"),
        ("same", "unknown"): (300.0, "Stesso nome e cognome"),
        ("same", "different"): (50.0, "Stesso nome e cognome, ma data di nascita diversa"),
        ("similar", "same"): (700.0, "Stessa data di nascita e nome simile"),
        ("similar", "swapped"): (400.0, "Nome simile, data di nascita con giorno e mese invertiti"),
        ("similar", "unknown"): (200.0, "Nome simile"),
        ("surname", "same"): (350.0, "Stessa data di nascita e stesso cognome"),
    }
    kind = "same" if similarity == "swapped" else similarity
    found = reasons.get((kind, relation))
    if found is None:
        return None
    return found[0], found[1] + invert
