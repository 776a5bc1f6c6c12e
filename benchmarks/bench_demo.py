"""Building the demo network (`cotdesk demo-data`): time, rows per table, rows per second.

Each size is built from scratch into a temporary folder, in a fresh process (so that one
build's caches and memory do not flatter the next), with the default seed. The issue's
target: 100,000 persons in under 60 s on a 2-core machine; 21,462 is the seed network's
size (the default of `cotdesk demo-data`).

    python -m benchmarks.bench_demo [--persons 21462 100000] [--keep]

Sizes not measured in a run keep their last measurement in the results (dated), e.g. the
million persons of `--persons 1000000`.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.common import RESULTS_DIR, write_results

TARGET_S = {100_000: 60.0}
DEFAULT_SIZES = (21_462, 100_000)

#: Run in the child process: build, then print the report as JSON on the last line.
_CHILD = """
import json, resource, sys, time
from pathlib import Path
from cotdesk.services.demo import build_demo_network
path, persons, seed = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
report = build_demo_network(path, persons=persons, seed=seed, replace=False, progress=None)
size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
print(json.dumps({
    "persons": persons,
    "seconds": round(report.seconds, 2),
    "rows": report.rows,
    "total_rows": report.total_rows,
    "rows_per_second": round(report.total_rows / report.seconds),
    "persons_per_area": report.persons_per_area,
    "cases_per_status": report.cases_per_status,
    "referrals_per_status": report.referrals_per_status,
    "database_mb": round(size / 1e6, 1),
    "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
}))
"""


def build(persons: int, seed: int, folder: Path) -> dict[str, Any]:
    path = folder / f"demo-{persons}.db"
    before = os.getloadavg()[0]
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path), str(persons), str(seed)],
        check=True,
        capture_output=True,
        text=True,
    )
    data: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    data["load_average"] = [round(before, 2), round(os.getloadavg()[0], 2)]
    data["date"] = datetime.now(UTC).isoformat(timespec="seconds")
    return data


def _previous_runs(sizes: list[int]) -> list[dict[str, Any]]:
    """Runs of other sizes from the last results (a million persons takes minutes and
    ~10 GB: it is measured on request, and its last measurement kept)."""
    path = RESULTS_DIR / "demo.json"
    if not path.exists():
        return []
    try:
        runs: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["runs"]
    except (ValueError, KeyError):
        return []
    return [run for run in runs if run.get("persons") not in sizes and "date" in run]


def _markdown(runs: list[dict[str, Any]], seed: int) -> str:
    lines = [
        "# Demo network build",
        "",
        "`cotdesk demo-data` (`build_demo_network`): ten COT offices, their operators and desks,",
        "676 partners with protocols and services, and N persons with households, consents and",
        f"cases (seed {seed}). Each size built from scratch in a fresh process; time is the",
        "whole build (network, persons, search index rebuild, WAL checkpoint).",
        "",
        "| persons | seconds | rows | rows/s | database | peak RSS | target | verdict | measured |",
        "|---:|---:|---:|---:|---:|---:|---:|---|---|",
    ]
    for run in runs:
        target = TARGET_S.get(run["persons"])
        verdict = "" if target is None else ("ok" if run["seconds"] < target else "MISSED")
        lines.append(
            f"| {run['persons']:,} | {run['seconds']:.1f} s | {run['total_rows']:,} | "
            f"{run['rows_per_second']:,} | {run['database_mb']:,.0f} MB | "
            f"{run['peak_rss_mb']:,.0f} MB | {f'{target:.0f} s' if target else '-'} | {verdict} | "
            f"{run['date'][:16].replace('T', ' ')} |"
        )
    loads = ", ".join(f"{r['load_average'][0]}-{r['load_average'][1]}" for r in runs)
    lines += [
        "",
        f"1-minute load average before-after each build: {loads} (other work on the machine",
        "slows the build down).",
        "",
        "## Rows per table",
        "",
        "| table | " + " | ".join(f"{r['persons']:,} persons" for r in runs) + " |",
        "|---|" + "---:|" * len(runs),
    ]
    for table in runs[0]["rows"]:
        counts = " | ".join(f"{r['rows'][table]:,}" for r in runs)
        lines.append(f"| {table} | {counts} |")
    lines += [
        "",
        "## Persons per intervention area",
        "",
        "Each person counted once per area; at 21,462 persons these are the seed's numbers.",
        "",
        "| area | " + " | ".join(f"{r['persons']:,} persons" for r in runs) + " |",
        "|---|" + "---:|" * len(runs),
    ]
    for area in runs[0]["persons_per_area"]:
        counts = " | ".join(f"{r['persons_per_area'][area]:,}" for r in runs)
        lines.append(f"| {area} | {counts} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--persons", type=int, nargs="+", default=list(DEFAULT_SIZES))
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--keep", action="store_true", help="keep the databases (printed)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="cotdesk-bench-demo-"))
    runs = []
    try:
        for persons in args.persons:
            run = build(persons, args.seed, folder)
            print(f"{persons:>9,} persons: {run['seconds']:.1f} s", flush=True)
            runs.append(run)
    finally:
        if args.keep:
            print(f"databases kept in {folder}")
        else:
            for leftover in folder.iterdir():
                leftover.unlink()
            folder.rmdir()
    runs = sorted([*runs, *_previous_runs(args.persons)], key=lambda run: int(run["persons"]))
    path = write_results("demo", {"seed": args.seed, "runs": runs}, _markdown(runs, args.seed))
    print(path.read_text())


if __name__ == "__main__":
    main()
