"""App start to a usable window, on a desk database of 100,000 persons.

Each run is a fresh process (`python -m cotdesk gui --quit-after 0`): interpreter start,
imports, opening (and checking) the database, building and showing the main window and the
first event-loop turn, then a clean exit. The wall time of the whole process is reported,
which over-states the time to a usable window by the exit. Target: under 1.5 s.

    python -m benchmarks.bench_startup [--persons 100000] [--runs 10]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

from benchmarks.common import demo_database, summary_ms, write_results

TARGET_S = 1.5


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    db = demo_database(args.persons)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    command = [sys.executable, "-m", "cotdesk", "gui", "--db", str(db), "--quit-after", "0"]
    subprocess.run(command, env=env, check=True)  # warm the OS file cache once
    samples = []
    for _ in range(args.runs):
        start = time.perf_counter()
        subprocess.run(command, env=env, check=True)
        samples.append(time.perf_counter() - start)
    stats = summary_ms(samples)
    verdict = "ok" if stats["p95_ms"] / 1000 < TARGET_S else "MISSED"
    markdown = f"""# Start-up to a usable window

Desk database: {args.persons:,} persons (demo data). {args.runs} cold process starts,
QT_QPA_PLATFORM={env["QT_QPA_PLATFORM"]}; wall time of the whole process (start → window
shown → first event-loop turn → exit).

| p50 | p95 | max | target | verdict |
|---:|---:|---:|---:|---|
| {stats["p50_ms"]:.0f} ms | {stats["p95_ms"]:.0f} ms | {stats["max_ms"]:.0f} ms | {TARGET_S * 1000:.0f} ms | {verdict} |
"""
    path = write_results("startup", {"persons": args.persons, "startup": stats}, markdown)
    print(path.read_text())


if __name__ == "__main__":
    main()
