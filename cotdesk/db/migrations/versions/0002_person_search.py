"""person search index

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

The index behind the front desk's person search (see :mod:`cotdesk.db.search`), kept
current by triggers on ``person`` and filled for the persons already there. Everything it
adds is named ``search_*``:

* ``search_state``: one row; ``enabled = 0`` makes the triggers do nothing (bulk loaders,
  which then call ``rebuild_search_index``); ``version`` is the index layout below;
* ``search_person``: one row per live person, with an INTEGER key (the FTS rowid: the
  person table's own rowid is not stable across VACUUM), the codes in upper case, the phone
  numbers as digits and the indexed name text (each name followed by its form without
  spaces and apostrophes, so that "D'Angelo" also gives "dangelo");
* ``search_person_fts``: FTS5, external content on ``search_person``, ``unicode61
  remove_diacritics 2`` (case and accents folded), prefix indexes for 2 and 3 characters;
* ``search_term`` (every distinct name token, with how many persons have it) and
  ``search_term_variant`` (each token of 5+ characters with one character deleted): the
  deletion-neighbourhood index used to find surnames one typo away;
* three views holding the normalisation, shared by the triggers and by the rebuild, so the
  two can never disagree.

SQL only (no application functions): the index stays right whoever writes to ``person``.
This migration is frozen: a later change of the normalisation is a new migration that
replaces the views and triggers and rebuilds.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

#: What may stand between the words of a surname that people also write joined
#: ("D'Angelo", "Dangelo"; "De Luca", "Deluca"; "Dela Cruz", "Delacruz").
_JOINERS = (" ", "'", "’", "‘", "`", "´", "-", ".")
#: What may stand between the digits of a phone number.
_PHONE_SEPARATORS = (" ", ".", "-", "/", "(", ")", "+")
#: Deletion positions (longer names get variants for their first 40 characters).
_POSITIONS = "[" + ",".join(str(n) for n in range(1, 41)) + "]"
#: The tokenizer of the index (case folded, accents removed: "Nicolò" = "nicolo").
_TOKENIZE = "tokenize='unicode61 remove_diacritics 2'"


def _lit(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _remove(expr: str, characters: tuple[str, ...]) -> str:
    # Nested calls, not a loop in SQL: keep them few, SQLite's parser stack is ~25 deep.
    for character in characters:
        expr = f"replace({expr}, {_lit(character)}, '')"
    return expr


def _indexed_name(column: str) -> str:
    joined = _remove(column, _JOINERS)
    return f"{column} || CASE WHEN {joined} <> {column} THEN ' ' || {joined} ELSE '' END"


def _phone(column: str) -> str:
    digits = _remove(f"trim({column})", _PHONE_SEPARATORS)
    return (
        f"NULLIF(CASE WHEN {digits} LIKE '0039%' AND length({digits}) >= 10"
        f" THEN substr({digits}, 5)"
        f" WHEN {digits} LIKE '39%' AND length({digits}) >= 11 THEN substr({digits}, 3)"
        f" ELSE {digits} END, '')"
    )


def _code(column: str) -> str:
    return f"NULLIF(upper(replace(trim({column}), ' ', '')), '')"


_COLUMNS = (
    "person_id, office_id, fiscal_code, foreign_code, phone, phone_alt, last_name, first_name"
)


def _views() -> list[str]:
    return [
        f"""CREATE VIEW search_person_source AS
        SELECT id AS person_id, office_id,
               {_code("fiscal_code")} AS fiscal_code, {_code("foreign_code")} AS foreign_code,
               {_phone("phone")} AS phone, {_phone("phone_alt")} AS phone_alt,
               {_indexed_name("last_name")} AS last_name,
               {_indexed_name("first_name")} AS first_name
        FROM person WHERE deleted_at IS NULL""",
        f"""CREATE VIEW search_term_deletion AS
        SELECT t.term AS term,
               substr(t.term, 1, p.value - 1) || substr(t.term, p.value + 1) AS variant
        FROM search_term AS t, json_each('{_POSITIONS}') AS p
        WHERE length(t.term) >= 5 AND p.value <= length(t.term)""",
    ]


def _tokenize(person: str) -> str:
    """Put the person's indexed names, alone, in the scratch table: its vocabulary is then
    exactly the person's tokens as the index tokenizes them (SQL has no tokenizer)."""
    return f"""
    INSERT INTO search_scratch (search_scratch) VALUES ('delete-all');
    INSERT INTO search_scratch (rowid, names)
        SELECT key, last_name || ' ' || first_name FROM search_person WHERE person_id = {person};
    """


_SCRATCH_TERMS = "(SELECT term FROM search_scratch_vocab)"
_CLEAR_SCRATCH = "INSERT INTO search_scratch (search_scratch) VALUES ('delete-all');"


def _index_new() -> str:
    return f"""
    INSERT INTO search_person ({_COLUMNS})
        SELECT {_COLUMNS} FROM search_person_source WHERE person_id = new.id;
    INSERT INTO search_person_fts (rowid, last_name, first_name)
        SELECT key, last_name, first_name FROM search_person WHERE person_id = new.id;
    {_tokenize("new.id")}
    INSERT INTO search_term (term, n) SELECT term, 1 FROM search_scratch_vocab WHERE true
        ON CONFLICT (term) DO UPDATE SET n = n + 1;
    INSERT OR IGNORE INTO search_term_variant (variant, term)
        SELECT variant, term FROM search_term_deletion
        WHERE term IN (SELECT term FROM search_term WHERE n = 1 AND term IN {_SCRATCH_TERMS});
    {_CLEAR_SCRATCH}
    """


def _unindex_old() -> str:
    return f"""
    {_tokenize("old.id")}
    UPDATE search_term SET n = n - 1 WHERE term IN {_SCRATCH_TERMS};
    DELETE FROM search_term_variant WHERE (variant, term) IN (
        SELECT variant, term FROM search_term_deletion
        WHERE term IN (SELECT term FROM search_term WHERE n <= 0 AND term IN {_SCRATCH_TERMS}));
    DELETE FROM search_term WHERE n <= 0 AND term IN {_SCRATCH_TERMS};
    {_CLEAR_SCRATCH}
    INSERT INTO search_person_fts (search_person_fts, rowid, last_name, first_name)
        SELECT 'delete', key, last_name, first_name FROM search_person WHERE person_id = old.id;
    DELETE FROM search_person WHERE person_id = old.id;
    """


_ENABLED = "(SELECT enabled FROM search_state WHERE singleton = 1)"
_WATCHED = (
    "last_name, first_name, fiscal_code, foreign_code, phone, phone_alt, office_id, deleted_at"
)


def _triggers() -> list[str]:
    return [
        f"""CREATE TRIGGER search_person_after_insert AFTER INSERT ON person
        WHEN new.deleted_at IS NULL AND {_ENABLED}
        BEGIN {_index_new()} END""",
        f"""CREATE TRIGGER search_person_after_update AFTER UPDATE OF {_WATCHED} ON person
        WHEN {_ENABLED}
        BEGIN {_unindex_old()} {_index_new()} END""",
        f"""CREATE TRIGGER search_person_after_delete AFTER DELETE ON person
        WHEN {_ENABLED}
        BEGIN {_unindex_old()} END""",
    ]


def upgrade() -> None:
    op.execute(
        """CREATE TABLE search_state (
            singleton INTEGER NOT NULL PRIMARY KEY CHECK (singleton = 1),
            enabled INTEGER NOT NULL,
            version INTEGER NOT NULL)"""
    )
    op.execute("INSERT INTO search_state (singleton, enabled, version) VALUES (1, 1, 1)")
    op.execute(
        """CREATE TABLE search_person (
            key INTEGER NOT NULL PRIMARY KEY,
            person_id CHAR(32) NOT NULL UNIQUE,
            office_id CHAR(32) NOT NULL,
            fiscal_code VARCHAR(20),
            foreign_code VARCHAR(20),
            phone VARCHAR(50),
            phone_alt VARCHAR(50),
            last_name TEXT NOT NULL,
            first_name TEXT NOT NULL)"""
    )
    for column in ("fiscal_code", "foreign_code", "phone", "phone_alt"):
        op.execute(
            f"CREATE INDEX ix_search_person_{column} ON search_person ({column})"
            f" WHERE {column} IS NOT NULL"
        )
    op.execute(
        f"""CREATE VIRTUAL TABLE search_person_fts USING fts5(
            last_name, first_name,
            content='search_person', content_rowid='key',
            {_TOKENIZE}, prefix='2 3')"""
    )
    op.execute("CREATE VIRTUAL TABLE search_person_vocab USING fts5vocab(search_person_fts, 'row')")
    op.execute(
        f"CREATE VIRTUAL TABLE search_scratch USING fts5("
        f"names, content='', detail=none, {_TOKENIZE})"
    )
    op.execute("CREATE VIRTUAL TABLE search_scratch_vocab USING fts5vocab(search_scratch, 'row')")
    op.execute(
        "CREATE TABLE search_term (term TEXT NOT NULL PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID"
    )
    op.execute(
        """CREATE TABLE search_term_variant (
            variant TEXT NOT NULL, term TEXT NOT NULL,
            PRIMARY KEY (variant, term)) WITHOUT ROWID"""
    )
    for statement in _views() + _triggers():
        op.execute(statement)
    # Backfill: the persons already in the database (the same statements as
    # cotdesk.db.search.rebuild_search_index, for an empty index).
    op.execute(
        f"INSERT INTO search_person ({_COLUMNS}) SELECT {_COLUMNS} FROM search_person_source"
    )
    op.execute("INSERT INTO search_person_fts (search_person_fts) VALUES ('rebuild')")
    op.execute("INSERT INTO search_term (term, n) SELECT term, doc FROM search_person_vocab")
    op.execute(
        "INSERT OR IGNORE INTO search_term_variant (variant, term)"
        " SELECT variant, term FROM search_term_deletion"
    )


def downgrade() -> None:
    for trigger in ("insert", "update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS search_person_after_{trigger}")
    for view in ("search_term_deletion", "search_person_source"):
        op.execute(f"DROP VIEW IF EXISTS {view}")
    for table in (
        "search_scratch_vocab",
        "search_scratch",
        "search_person_vocab",
        "search_person_fts",
        "search_term_variant",
        "search_term",
        "search_person",
        "search_state",
    ):
        op.execute(f"DROP TABLE IF EXISTS {table}")
