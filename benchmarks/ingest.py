"""
Ingest throughput: articles per second with 1 and N extraction processes, and where the
time of a whole ingest goes (extraction, storage, linking).

Reads the PolNeAR training texts from ../shared beside the checkout at run time (never
copied into the repository); publisher and date come from its metadata.tsv.

    python benchmarks/ingest.py                 # 300 articles, 1 and 2 workers
    python benchmarks/ingest.py --limit 0 --workers 1 2 4
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from claimtrack.cli import WRITE_BATCH
from claimtrack.ingest import InputRecord, parse_text
from claimtrack.scale import extract_many

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "polnear"


def load(limit: int) -> list[InputRecord]:
    """The PolNeAR training texts as records, with publisher and date from metadata.tsv."""
    meta: dict[str, dict[str, str]] = {}
    with (SHARED / "metadata.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            meta[row["filename"]] = row
    records = []
    for path in sorted((SHARED / "train" / "text").glob("*.txt")):
        row = meta.get(path.stem, {})
        record = parse_text(path.read_text(encoding="utf-8"), str(path))
        records.append(
            record.with_defaults(
                publisher=row.get("publisher"), published=row.get("publication_date")
            )
        )
        if limit and len(records) >= limit:
            break
    return records


def run(
    records: list[InputRecord], workers: int, chunksize: int
) -> tuple[float, float, int, list[str]]:
    """Extract every record; return wall seconds, summed extraction seconds, claims and
    the failures."""
    start = time.perf_counter()
    busy = 0.0
    claims = 0
    failures = []
    for outcome in extract_many(records, workers=workers, chunksize=chunksize):
        busy += outcome.cpu
        if outcome.document is None:
            failures.append(f"{Path(outcome.record.origin).name}: {outcome.error}")
        else:
            claims += len(outcome.document.claims)
    return time.perf_counter() - start, busy, claims, failures


def breakdown(records: list[InputRecord], workers: int, chunksize: int) -> None:
    """Time a whole ingest as the command runs it (extraction, writes in batches of
    WRITE_BATCH documents), then linking."""
    from claimtrack.store import Store

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.db"
        start = time.perf_counter()
        writing = 0.0
        with Store(db) as store:
            batch = []
            for outcome in extract_many(records, workers=workers, chunksize=chunksize):
                if outcome.document is not None:
                    batch.append(outcome.document)
                if len(batch) >= WRITE_BATCH:
                    t = time.perf_counter()
                    store.add_many(batch, batch_size=len(batch))
                    writing += time.perf_counter() - t
                    batch = []
            t = time.perf_counter()
            store.add_many(batch)
            writing += time.perf_counter() - t
            ingest = time.perf_counter() - start
            t = time.perf_counter()
            graph = store.graph()
            graph.link()
            relations = sum(1 for _ in graph.relations())
            linking = time.perf_counter() - t
    total = ingest + linking
    extraction = ingest - writing
    print(f"whole ingest with {workers} worker(s) of {len(records)} articles: {total:.1f} s")
    print(f"  extraction (wall, incl. reading) {extraction:6.1f} s  {extraction / total:5.1%}")
    print(f"  storage (SQLite writes)          {writing:6.1f} s  {writing / total:5.1%}")
    print(f"  linking ({relations} relations)       {linking:6.1f} s  {linking / total:5.1%}")


def warm_up() -> None:
    """Load the extractor's lexicons and gazetteer on texts that are not timed (dev set)."""
    dev = sorted((SHARED / "dev" / "text").glob("*.txt"))[:5]
    run([parse_text(p.read_text(encoding="utf-8"), str(p)) for p in dev], 1, 1)


def one(limit: int, workers: int, chunksize: int) -> None:
    """Time one configuration in this (fresh) process and print it as JSON."""
    records = load(limit)
    warm_up()
    parent = time.process_time()
    wall, busy, claims, failures = run(records, workers, chunksize)
    parent = time.process_time() - parent
    result = {
        "wall": wall,
        "busy": busy,
        "parent": parent,
        "claims": claims,
        "failures": failures,
    }
    print(json.dumps(result))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--limit", type=int, default=300, help="articles (0: all)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--chunksize", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-breakdown", action="store_true")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not SHARED.is_dir():
        print(f"PolNeAR not found at {SHARED}", file=sys.stderr)
        return 1
    if args.one is not None:
        one(args.limit, args.one, args.chunksize)
        return 0
    records = load(args.limit)
    chars = sum(len(r.text) for r in records)
    print(f"{len(records)} PolNeAR articles, {chars / len(records):,.0f} characters each")
    print(f"{os.cpu_count()} cores; chunks of {args.chunksize} articles; median of {args.repeat}")
    # Each configuration runs in a fresh process so that no run inherits the caches an
    # earlier run warmed on the same texts; all of them warm up on the dev set first.
    # Repeats are interleaved (1, 2, 1, 2, ...) so that load from other jobs on a shared
    # machine falls on every configuration alike.
    results: dict[int, list[dict[str, Any]]] = {w: [] for w in args.workers}
    for _ in range(args.repeat):
        for workers in args.workers:
            command = [sys.executable, __file__, "--one", str(workers)]
            command += ["--limit", str(args.limit), "--chunksize", str(args.chunksize)]
            output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
            results[workers].append(json.loads(output.strip().splitlines()[-1]))
    base = None
    for workers in args.workers:
        runs = results[workers]
        wall = statistics.median(r["wall"] for r in runs)
        busy = statistics.median(r["busy"] for r in runs)
        parent = statistics.median(r["parent"] for r in runs)
        rate = len(records) / wall
        base = base or rate
        print(
            f"workers={workers}: {rate:6.1f} articles/s ({wall:.1f} s, {runs[0]['claims']} "
            f"claims, {len(runs[0]['failures'])} failures; CPU: extraction {busy:.1f} s, "
            f"main process {parent:.1f} s), speed-up {rate / base:.2f}x"
        )
        for failure in runs[0]["failures"][:3]:
            print(f"  failed {failure}")
    print(f"load average after the runs: {os.getloadavg()[0]:.1f}")
    if not args.no_breakdown:
        warm_up()
        breakdown(records, 1, args.chunksize)
    return 0


if __name__ == "__main__":
    sys.exit(main())
