"""What every benchmark shares: the cached demo databases and the results files."""

from __future__ import annotations

import json
import platform
import sqlite3
import statistics
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import cotdesk

BENCH_DIR = Path(__file__).resolve().parent
DATA_DIR = BENCH_DIR / ".data"
RESULTS_DIR = BENCH_DIR / "results"


def demo_database(persons: int, seed: int = 2026) -> Path:
    """A demo desk database of ``persons`` people, built once and cached in ``.data/``."""
    from cotdesk.db.database import mark_as_demo, open_database
    from cotdesk.db.encryption import is_demo
    from cotdesk.services.demo import build_demo_network

    path = DATA_DIR / f"demo-{persons}-{seed}.db"
    if not path.exists():
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial.db")
        for leftover in DATA_DIR.glob(f"{partial.name}*"):
            leftover.unlink()
        build_demo_network(partial, persons=persons, seed=seed, replace=False, progress=None)
        partial.rename(path)
    elif not is_demo(path):  # cached before demo files were marked (they stay plaintext)
        with open_database(path) as db:
            mark_as_demo(db)
    return path


def percentile(samples: list[float], pct: float) -> float:
    ordered = sorted(samples)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def summary_ms(samples_s: list[float]) -> dict[str, float]:
    ms = [s * 1000 for s in samples_s]
    return {
        "n": len(ms),
        "p50_ms": round(statistics.median(ms), 3),
        "p95_ms": round(percentile(ms, 95), 3),
        "p99_ms": round(percentile(ms, 99), 3),
        "max_ms": round(max(ms), 3),
    }


def machine() -> dict[str, Any]:
    import os

    return {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "cotdesk": cotdesk.__version__,
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
    }


def write_results(name: str, data: dict[str, Any], markdown: str) -> Path:
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    payload = {"machine": machine(), **data}
    (RESULTS_DIR / f"{name}.json").write_text(json.dumps(payload, indent=2, ensure_ascii=False))
    md = RESULTS_DIR / f"{name}.md"
    header = f"<!-- written by benchmarks/{name} on {payload['machine']['date']} -->\n"
    md.write_text(header + markdown.rstrip() + "\n", encoding="utf-8")
    return md
