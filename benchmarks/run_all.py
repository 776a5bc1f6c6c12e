"""Run every benchmark with its default (issue-defined) sizes: `make bench`."""

from __future__ import annotations

import runpy
import sys

BENCHMARKS = [
    "benchmarks.bench_demo",
    "benchmarks.bench_search",
    "benchmarks.bench_letters",
    "benchmarks.bench_startup",
    "benchmarks.bench_encryption",
    "benchmarks.bench_statistics",
    "benchmarks.bench_sync",
]


def main() -> None:
    for name in BENCHMARKS:
        print(f"== {name}", flush=True)
        sys.argv = [name]
        runpy.run_module(name, run_name="__main__")


if __name__ == "__main__":
    main()
