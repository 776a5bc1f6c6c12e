"""What encryption at rest (SQLCipher, issue 7) costs: the same desk, plaintext and encrypted.

The cached demo database (:func:`benchmarks.common.demo_database`) is copied to a temporary
folder and encrypted there the way an upgraded desk is (``encrypt_database``). On both files:

* opening (``open_database``: connections, schema check, reference data digest), ``--runs``;
* person search (``search_persons``): surnames + first names, prefixes, codici fiscali of
  people in the file, each query ``--runs`` times;
* ``PRAGMA quick_check`` (the start-up check) and a daily copy (``make_backup``), once.

The one-time encryption of the plaintext file is timed too.

    python -m benchmarks.bench_encryption [--persons 20000] [--runs 5]
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select

from benchmarks.common import demo_database, summary_ms, write_results
from cotdesk.db import encryption
from cotdesk.db.database import Database, open_database
from cotdesk.db.models import Person
from cotdesk.services import backups
from cotdesk.services.search import search_persons


def _queries(db: Database, rng: random.Random, count: int) -> list[str]:
    with db.read_session() as session:
        rows = session.execute(
            select(Person.last_name, Person.first_name, Person.fiscal_code).limit(5000)
        ).all()
    picked = rng.sample(rows, min(count, len(rows)))
    queries: list[str] = []
    for last, first, code in picked:
        queries.append(f"{last} {first}")
        queries.append(last[: max(3, len(last) // 2)])
        if code:
            queries.append(code)
    return queries


def _time(fn: Callable[[], object], runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return samples


def _measure(path: Path, key: bytes | None, queries: list[str], runs: int) -> dict[str, Any]:
    result: dict[str, Any] = {"file_mb": round(path.stat().st_size / 1e6, 1)}
    result["open"] = summary_ms(_time(lambda: open_database(path, key=key).close(), runs))
    with open_database(path, key=key) as db:
        for query in queries[:20]:  # warm the page cache as a working desk would have
            search_persons(db, query)
        samples = []
        for _ in range(runs):
            for query in queries:
                start = time.perf_counter()
                search_persons(db, query)
                samples.append(time.perf_counter() - start)
        result["search"] = summary_ms(samples)
        start = time.perf_counter()
        problems = backups.check_integrity(db)
        result["quick_check_ms"] = round((time.perf_counter() - start) * 1000, 1)
        assert problems == [], problems
        start = time.perf_counter()
        copy = backups.make_backup(db, path.parent / f"copia-{path.stem}.db")
        result["backup_ms"] = round((time.perf_counter() - start) * 1000, 1)
        copy.path.unlink()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--persons", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    source = demo_database(args.persons)
    rng = random.Random(7)
    with tempfile.TemporaryDirectory(prefix="cotdesk-bench-enc-") as tmp:
        plain = Path(tmp) / "chiaro.db"
        encrypted = Path(tmp) / "cifrato.db"
        shutil.copyfile(source, plain)
        shutil.copyfile(source, encrypted)
        key = encryption.new_key()
        start = time.perf_counter()
        encryption.encrypt_database(encrypted, key)
        encrypt_s = time.perf_counter() - start
        with open_database(plain) as db:
            queries = _queries(db, rng, 40)
        results = {
            "persons": args.persons,
            "runs": args.runs,
            "queries": len(queries),
            "encrypt_once_s": round(encrypt_s, 2),
            "plaintext": _measure(plain, None, queries, args.runs),
            "encrypted": _measure(encrypted, key, queries, args.runs),
        }
    p, e = results["plaintext"], results["encrypted"]
    rows = [
        ("open_database p50 (ms)", p["open"]["p50_ms"], e["open"]["p50_ms"]),
        ("open_database p95 (ms)", p["open"]["p95_ms"], e["open"]["p95_ms"]),
        ("person search p50 (ms)", p["search"]["p50_ms"], e["search"]["p50_ms"]),
        ("person search p95 (ms)", p["search"]["p95_ms"], e["search"]["p95_ms"]),
        ("quick_check (ms)", p["quick_check_ms"], e["quick_check_ms"]),
        ("backup copy (ms)", p["backup_ms"], e["backup_ms"]),
        ("file (MB)", p["file_mb"], e["file_mb"]),
    ]
    table = "\n".join(f"| {name} | {a} | {b} |" for name, a, b in rows)
    markdown = f"""# Encryption at rest: plaintext vs SQLCipher

Demo desk of {args.persons:,} persons; {len(queries)} search queries (names, prefixes,
codici fiscali) × {args.runs} runs after a warm-up; `open_database` × {args.runs}.
One-time encryption of the plaintext file (`encrypt_database`: export, checks, swap):
**{results["encrypt_once_s"]} s**.

| measure | plaintext | encrypted |
|---|---:|---:|
{table}

`quick_check` runs at start in the background (with the daily copy), never on the GUI
thread.
"""
    path = write_results("encryption", results, markdown)
    print(markdown)
    print(f"Results: {path}")


if __name__ == "__main__":
    main()
