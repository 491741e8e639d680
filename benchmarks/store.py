"""
Benchmark the claim store: ingest rate, filtered queries among a million claims, and
size on disk per claim.

Run: python benchmarks/store.py [--claims 1000000] [--documents 3000]

1. Ingest: real `Document`s through `Store.add_many` (batched transactions).
2. Scale: a million synthetic claims written straight into the tables with executemany,
   one transaction per batch, each document a real canonical JSON (five claims, one
   figure each), spread over 200 places and three years; then the time to list the
   unverified claims of one place over one month, and other filtered queries.
3. Size: the database file (after a checkpoint) divided by the number of claims.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

import pendulum

from claimtrack import (
    Attribution,
    AttributionMode,
    Claim,
    Document,
    Figure,
    Organization,
    OrgKind,
    Person,
    Source,
    Span,
    to_json,
)
from claimtrack.store import Store
from claimtrack.store.schema import metric_key, place_key

# Made-up place names, distinct even in the graph's folded form (which folds repeated
# letters and digits, so numbered names like "Town 001" and "Town 011" would collide).
PLACES = [
    head + tail
    for head in ("Bor", "Kal", "Mir", "Nov", "Pol", "Ros", "Sel", "Tar", "Vel", "Zor")
    for tail in (
        "ivka",
        "yn",
        "ovo",
        "ets",
        "ske",
        "ograd",
        "ino",
        "any",
        "ysh",
        "ach",
        "opil",
        "uny",
        "ava",
        "ek",
        "ibor",
        "enko",
        "iv",
        "ura",
        "odar",
        "isk",
    )
]
# The store folds places and metrics with the graph's helpers (imported here, before any
# timing); every place must stay distinct.
assert len({place_key(place) for place in PLACES}) == len(PLACES) == 200
METRICS = ["killed", "injured", "displaced", "evacuated", "arrested", "participants"]
START = pendulum.date(2021, 1, 1)
DAYS = 3 * 365
CLAIMS_PER_DOCUMENT = 5


def report(number: int, place: str, day: pendulum.Date, speakers: list[str]) -> Document:
    """A wire report with five attributed figures, all about *place* on *day*."""
    rng = random.Random(number)
    source = Source(
        f"src-bench-{number}",
        title=f"Storm damage in {place}",
        publisher="Bench Wire",
        url=f"https://bench.example/{number}",
        published=pendulum.datetime(day.year, day.month, day.day, 9, tz="UTC"),
    )
    sentences, claims = [], []
    for position in range(CLAIMS_PER_DOCUMENT):
        metric = METRICS[(number + position) % len(METRICS)]
        value = rng.randint(1, 5000)
        speaker = speakers[rng.randrange(len(speakers))]
        content = f"at least {value:,} people were {metric}"
        sentence = f"Officials said {content}, {speaker} told reporters."
        start = sum(len(s) + 1 for s in sentences) + len("Officials said ")
        sentences.append(sentence)
        span = Span(start, start + len(content))
        claims.append(
            Claim(
                Claim.make_id(source.id, span, content),
                content,
                span,
                source,
                Attribution(
                    Person(speaker),
                    role="spokesperson",
                    organization=Organization(f"{place} council", OrgKind.LOCAL_GOVERNMENT),
                    cue="told",
                    mode=AttributionMode.INDIRECT,
                ),
                figures=[Figure.at_least(value, metric=metric, population="people")],
                place=place,
            )
        )
    return Document(source, " ".join(sentences), claims)


def bench_ingest(folder: Path, documents: int, speakers: list[str]) -> None:
    """Real documents through add_many."""
    rng = random.Random(1)
    docs = [
        report(n, rng.choice(PLACES), START.add(days=rng.randrange(DAYS)), speakers)
        for n in range(documents)
    ]
    claims = documents * CLAIMS_PER_DOCUMENT
    with Store(folder / "ingest.db") as store:
        started = time.perf_counter()
        store.add_many(docs, batch_size=500)
        elapsed = time.perf_counter() - started
        assert store.count()["claims"] == claims
    print(
        f"ingest (add_many, batches of 500): {claims:,} claims in {elapsed:.2f} s "
        f"= {claims / elapsed:,.0f} claims/s"
    )
    with Store(folder / "ingest1.db") as store:
        few = docs[: min(documents, 300)]
        started = time.perf_counter()
        for doc in few:
            store.add(doc)
        elapsed = time.perf_counter() - started
    print(
        f"ingest (add, one transaction per document): "
        f"{len(few) * CLAIMS_PER_DOCUMENT / elapsed:,.0f} claims/s"
    )


def bench_scale(folder: Path, total_claims: int, speakers: list[str]) -> None:
    """A million claims written straight to the tables, then filtered queries."""
    path = folder / "million.db"
    documents = total_claims // CLAIMS_PER_DOCUMENT
    rng = random.Random(2)
    template = to_json(report(0, "__PLACE__", START, speakers[:1]))
    # Placeholders in the canonical JSON of one report, replaced per document.
    template = template.replace("src-bench-0", "__SRC__").replace(START.isoformat(), "__DAY__")
    Store(path).close()
    with Store(path) as store:
        conn = store._conn
        started = time.perf_counter()
        batch = 10_000
        claim_seq = 0
        for first in range(0, documents, batch):
            doc_rows, claim_rows, figure_rows = [], [], []
            for number in range(first, min(first + batch, documents)):
                place = PLACES[rng.randrange(len(PLACES))]
                day = START.add(days=rng.randrange(DAYS)).isoformat()
                source_id = f"src-syn-{number}"
                text = (
                    template.replace("__SRC__", source_id)
                    .replace("__PLACE__", place)
                    .replace("__DAY__", day)
                )
                doc_rows.append((number + 1, source_id, day, "Bench Wire", None, day, text))
                for position in range(CLAIMS_PER_DOCUMENT):
                    claim_seq += 1
                    metric = METRICS[(number + position) % len(METRICS)]
                    value = rng.randint(1, 5000)
                    claim_rows.append(
                        (
                            claim_seq,
                            f"clm-syn-{number}-{position}",
                            number + 1,
                            position,
                            day,
                            place_key(place),
                            speakers[rng.randrange(len(speakers))],
                            f"{place} council",
                            "unverified" if rng.random() < 0.7 else "corroborated",
                            "verified" if rng.random() < 0.05 else None,
                        )
                    )
                    figure_rows.append((claim_seq, 0, metric_key(metric), value, None, value))
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(
                "INSERT INTO documents (seq, id, published, publisher, url, added, json) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                doc_rows,
            )
            conn.executemany(
                "INSERT INTO claims (seq, id, document, position, day, place, speaker, "
                "organization, status, verdict) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                claim_rows,
            )
            conn.executemany(
                "INSERT INTO figures (claim, position, metric, low, high, value) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                figure_rows,
            )
            conn.execute("COMMIT")
        elapsed = time.perf_counter() - started
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("ANALYZE")
        count = store.count()["claims"]
        print(
            f"bulk load (executemany, 10,000 documents per transaction): {count:,} claims "
            f"in {elapsed:.1f} s = {count / elapsed:,.0f} claims/s"
        )
        size = path.stat().st_size
        print(
            f"size: {size / 1e6:,.0f} MB = {size / count:,.0f} bytes per claim "
            f"(canonical document JSON included)"
        )

        def timed(label: str, run: object, repeat: int = 7) -> None:
            times, found = [], 0
            for attempt in range(repeat):
                started = time.perf_counter()
                found = len(run(attempt))  # type: ignore[operator]
                times.append(time.perf_counter() - started)
            print(
                f"{label}: median {statistics.median(times) * 1000:,.0f} ms, "
                f"max {max(times) * 1000:,.0f} ms ({found} claims)"
            )

        def month(attempt: int) -> tuple[str, str]:
            since = START.add(days=100 + 97 * attempt)
            return since.isoformat(), since.add(days=30).isoformat()

        timed(
            "unverified(place=..., since=..., until=...) one month",
            lambda a: store.unverified(place=PLACES[a * 13], since=month(a)[0], until=month(a)[1]),
        )
        timed(
            "claims(place=..., since=..., until=...) one month",
            lambda a: store.claims(place=PLACES[a * 7], since=month(a)[0], until=month(a)[1]),
        )
        timed(
            "claims(speaker=..., metric='killed', min_value=4000)",
            lambda a: store.claims(speaker=speakers[a], metric="killed", min_value=4000),
        )
        timed(
            "unverified(place=...) all dates",
            lambda a: store.unverified(place=PLACES[a]),
            repeat=3,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--documents", type=int, default=3_000)
    args = parser.parse_args()
    speakers = [f"Speaker {n}" for n in range(5000)]
    with tempfile.TemporaryDirectory() as folder:
        bench_ingest(Path(folder), args.documents, speakers)
        bench_scale(Path(folder), args.claims, speakers)


if __name__ == "__main__":
    main()
