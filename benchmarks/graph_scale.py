"""
Claim graph scale: build-and-link time and peak memory on synthetic corpora.

Each size runs in its own subprocess so that its peak resident memory (`ru_maxrss`) is its
own. The corpus is realistic in shape: many places and metrics, running tallies revised
over days, several officials per event (some disagreeing the same day), outlets re-running
wire copy (repeats) and speakers whose names are spelled several ways.

Each size runs `--repeat` times (default 3), each in a fresh process, and the table gives
the median run: one run on a shared machine moves by 10% either way.

Usage:
    python benchmarks/graph_scale.py                 # 10k, 100k and 1M claims, 3 runs each
    python benchmarks/graph_scale.py 100000 1000000 --repeat 5
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from typing import Any

import pendulum

from claimtrack.extract.places import containers, place_key
from claimtrack.graph import ClaimGraph
from claimtrack.model import (
    Attribution,
    AttributionMode,
    Claim,
    Document,
    Figure,
    Organization,
    Person,
    Source,
)

FIRST = [
    "Ihor",
    "Oleh",
    "Mykola",
    "Serhiy",
    "Yuliya",
    "Olena",
    "Andriy",
    "Vitaliy",
    "Iryna",
    "Dmytro",
]
FIRST_VARIANTS = {
    "Ihor": "Igor",
    "Oleh": "Oleg",
    "Serhiy": "Sergei",
    "Yuliya": "Yulia",
    "Andriy": "Andrei",
    "Dmytro": "Dmitry",
}
# 41 syllables (a prime number of them: see `_surname`).
SYLLABLES = [
    "ko",
    "va",
    "len",
    "shev",
    "chen",
    "tru",
    "bo",
    "hu",
    "nych",
    "sy",
    "ne",
    "ra",
    "mar",
    "do",
    "li",
    "zu",
    "pe",
    "ta",
    "mo",
    "sa",
    "ri",
    "ga",
    "lo",
    "vi",
    "de",
    "ze",
    "pol",
    "kra",
    "sto",
    "bri",
    "dal",
    "nor",
    "vel",
    "gor",
    "tan",
    "mir",
    "sel",
    "pra",
    "dre",
    "klo",
    "vo",
]
ENDINGS = ["ko", "enko", "chuk", "ov", "yev", "ych", "sky", "iak"]
METRICS = [
    ("killed", "people"),
    ("injured", "people"),
    ("evacuated", "people"),
    ("displaced", "people"),
    ("arrested", "protesters"),
    ("participants", "people"),
    ("destroyed", "buildings"),
]
OUTLETS = [f"Outlet {i}" for i in range(300)]
WIRES = ["Reuters", "AFP", "AP"]


def _surname(code: int, rng: random.Random) -> str:
    """
    Return a name of its own for *code*: three syllables spelling it in base 41 and a
    fourth that checks them (weights 1, 2, 3, mod 41), so that two names always differ in
    two syllables or more. Names drawn at random from a fixed stock crowd together as the
    corpus grows: the 1M corpus's 10,000 speakers would share surnames and near-spellings
    (which the resolver rightly takes for one person) many times more often per claim than
    the 100k corpus's 1,000, a different workload rather than a larger one.
    """
    base = len(SYLLABLES)
    digits = (code % base, code // base % base, code // base // base % base)
    check = (digits[0] + 2 * digits[1] + 3 * digits[2]) % base
    return "".join(SYLLABLES[d] for d in (*digits, check)).title() + rng.choice(ENDINGS)


def _spellings(first: str, last: str) -> list[str]:
    """A speaker's name as different outlets spell it."""
    variants = [f"{first} {last}", last]
    if first in FIRST_VARIANTS:
        variants.append(f"{FIRST_VARIANTS[first]} {last}")
    if "kh" in last or "y" in last:
        variants.append(f"{first} {last.replace('kh', 'h').replace('y', 'i')}")
    return variants


def generate(n_claims: int, seed: int = 7) -> list[Document]:
    """Return documents holding about *n_claims* claims."""
    rng = random.Random(seed)
    n_places = max(20, n_claims // 500)
    n_speakers = max(30, n_claims // 100)
    codes = rng.sample(range(len(SYLLABLES) ** 3), n_places + n_speakers)
    places = [f"{_surname(code, rng)}sk" for code in codes[:n_places]]
    speakers = []
    for code in codes[n_places:]:
        first, last = rng.choice(FIRST), _surname(code, rng)
        org = Organization(f"{rng.choice(places)} regional administration")
        attributions = [
            Attribution(
                Person(name),
                role="governor",
                organization=org,
                cue="said",
                mode=AttributionMode.INDIRECT,
            )
            for name in _spellings(first, last)
        ]
        speakers.append(attributions)
    start = pendulum.datetime(2022, 1, 1, tz="UTC")
    days = [start.add(days=d) for d in range(365)]
    dates = [d.date() for d in days]
    figures: dict[tuple[str, str, int, bool], Figure] = {}

    def figure(metric: str, population: str, value: int, floor: bool) -> Figure:
        key = (metric, population, value, floor)
        found = figures.get(key)
        if found is None:
            make = Figure.at_least if floor else Figure.exact
            found = figures[key] = make(value, metric=metric, population=population)
        return found

    documents: list[Document] = []
    claims_made = 0
    doc_no = 0
    while claims_made < n_claims:
        # One event: a running tally at one place, reported by a few officials over days.
        place = rng.choice(places)
        metric, population = rng.choice(METRICS)
        officials = rng.sample(speakers, rng.randint(1, 3))
        day = rng.randrange(0, 360)
        tally = rng.randint(1, 50)
        for _ in range(rng.randint(1, 4)):
            hour = rng.randint(6, 20)
            for official in officials:
                value = tally + rng.choice((0, 0, 0, 1, 2))  # officials sometimes disagree
                doc_no += 1
                published = days[day].add(hours=hour, minutes=rng.randint(0, 59))
                outlet = rng.choice(OUTLETS)
                wire = rng.choice(WIRES) if rng.random() < 0.3 else None
                source = Source(
                    id=f"src-{doc_no}",
                    publisher=outlet,
                    published=published,
                    credits=[wire] if wire else [],
                )
                attribution = rng.choice(official)
                claims = []
                for k in range(rng.randint(3, 6)):
                    other_metric, other_population = METRICS[
                        (METRICS.index((metric, population)) + k) % len(METRICS)
                    ]
                    figs = [figure(other_metric, other_population, value + k, rng.random() < 0.2)]
                    text = f"{value + k} {other_population} {other_metric} in {place} ({k})"
                    claims.append(
                        Claim(
                            id=f"c{doc_no}-{k}",
                            content=text,
                            content_span=None,
                            source=source,
                            attribution=attribution,
                            figures=figs,
                            said_on=dates[day],
                            place=place,
                        )
                    )
                documents.append(Document(source, "", claims=claims))
                claims_made += len(claims)
                # Syndicated copies of the same statement in other outlets.
                for _ in range(rng.choice((0, 0, 1, 2))):
                    doc_no += 1
                    copy_source = Source(
                        id=f"src-{doc_no}",
                        publisher=rng.choice(OUTLETS),
                        published=published.add(hours=1),
                        credits=[wire] if wire else [],
                    )
                    copies = [
                        Claim(
                            id=f"c{doc_no}-{i}",
                            content=c.content,
                            content_span=None,
                            source=copy_source,
                            attribution=rng.choice(official),
                            figures=c.figures,
                            said_on=c.said_on,
                            place=c.place,
                        )
                        for i, c in enumerate(claims)
                    ]
                    documents.append(Document(copy_source, "", claims=copies))
                    claims_made += len(copies)
            tally += rng.randint(0, 10)
            day = min(364, day + rng.randint(0, 2))
    return documents


def child(n_claims: int) -> dict[str, Any]:
    """Generate, then time building and linking; return the figures."""
    # Load the gazetteer and its index of folded names (about 0.5 s, once per process)
    # before the clock starts: it is the same for every size and would flatter the ratio
    # between sizes.
    containers(place_key("harkiv") or "")  # a folded name: builds the folded index too
    t0 = time.perf_counter()
    documents = generate(n_claims)
    generated = time.perf_counter() - t0
    claims = sum(len(d.claims) for d in documents)
    t1 = time.perf_counter()
    c1 = time.process_time()
    r1 = resource.getrusage(resource.RUSAGE_SELF)
    graph = ClaimGraph()
    graph.add_many(documents)
    added = time.perf_counter() - t1
    t2 = time.perf_counter()
    graph.link()
    linked = time.perf_counter() - t2
    cpu = time.process_time() - c1
    r2 = resource.getrusage(resource.RUSAGE_SELF)
    place = documents[0].claims[0].place
    t3 = time.perf_counter()
    found = graph.unverified(place=place, since="2022-03-01", until="2022-03-31")
    query = time.perf_counter() - t3
    counts: dict[str, int] = {}
    for link in graph.relations():
        if link.kind.value in ("said_by", "on_behalf_of", "published_in"):
            continue
        counts[link.kind.value] = counts.get(link.kind.value, 0) + 1
    maxrss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "claims": claims,
        "documents": len(documents),
        "generate_s": round(generated, 2),
        "add_s": round(added, 2),
        "link_s": round(linked, 2),
        "build_and_link_s": round(added + linked, 2),
        "build_and_link_cpu_s": round(cpu, 2),
        "user_s": round(r2.ru_utime - r1.ru_utime, 2),
        "sys_s": round(r2.ru_stime - r1.ru_stime, 2),
        # New memory pages the process touched: on this virtual machine the kernel time
        # for each (`sys_s`) varies several-fold with the host's state.
        "page_faults": r2.ru_minflt - r1.ru_minflt,
        "peak_rss_mb": round(maxrss_kb / 1024, 1),
        "unverified_query_s": round(query, 3),
        "unverified_found": len(found),
        "relations": counts,
        "entities": len(graph.resolver.entities()),
    }


def main(argv: list[str]) -> None:
    if argv[:1] == ["--child"]:
        print(json.dumps(child(int(argv[1]))))
        return
    parser = argparse.ArgumentParser(
        description="Build and link synthetic claim graphs; print time and peak memory."
    )
    parser.add_argument(
        "sizes",
        nargs="*",
        type=int,
        default=[10_000, 100_000, 1_000_000],
        help="claims per corpus (default: 10000 100000 1000000)",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="runs per size, each in a fresh process; the table gives the median (default 3)",
    )
    args = parser.parse_args(argv)
    results = []
    for size in args.sizes:
        runs = []
        for _ in range(max(1, args.repeat)):
            out = subprocess.run(
                [sys.executable, __file__, "--child", str(size)],
                check=True,
                capture_output=True,
                text=True,
            )
            run = json.loads(out.stdout.strip().splitlines()[-1])
            runs.append(run)
            print(json.dumps(run))
        runs.sort(key=lambda r: r["build_and_link_s"])
        median = dict(runs[len(runs) // 2])
        median["all_s"] = [r["build_and_link_s"] for r in runs]
        median["peak_rss_mb"] = max(r["peak_rss_mb"] for r in runs)
        results.append(median)
    print()
    print(
        "| claims | documents | build + link (s), median | all runs (s) | CPU (s) "
        "| of which system (s) | page faults | of which link (s) | peak RSS (MB) | generate (s) |"
    )
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in results:
        runs_s = ", ".join(str(t) for t in r["all_s"])
        print(
            f"| {r['claims']:,} | {r['documents']:,} | {r['build_and_link_s']} | {runs_s} "
            f"| {r['build_and_link_cpu_s']} | {r['sys_s']} | {r['page_faults']:,} "
            f"| {r['link_s']} | {r['peak_rss_mb']:,} "
            f"| {r['generate_s']} |"
        )
    small = [r for r in results if 90_000 <= r["claims"] <= 110_000]
    big = [r for r in results if r["claims"] >= 900_000]
    if small and big:
        ratio = big[0]["build_and_link_s"] / small[0]["build_and_link_s"]
        cpu_ratio = big[0]["build_and_link_cpu_s"] / small[0]["build_and_link_cpu_s"]
        user_ratio = big[0]["user_s"] / small[0]["user_s"]
        worst = max(big[0]["all_s"]) / min(small[0]["all_s"])
        print(
            f"\ntime(1M) / time(100k) = {ratio:.1f} wall, {cpu_ratio:.1f} CPU, "
            f"{user_ratio:.1f} user-mode CPU (medians); "
            f"{worst:.1f} slowest 1M run against fastest 100k run"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
