"""
Throughput of `claimtrack.extract.figures.find_figures`, on real news text and on
adversarial inputs.

Reads the PolNeAR article texts from the `shared` folder beside the checkout
(`../shared/polnear/<split>/text`) at run time, never from the repository, and prints MB/s
and figures per MB; then times 1 MB adversarial inputs (digits only, "more than "
repeated, no spaces, number words, space-separated digits).

Usage:
    python benchmarks/figures.py
    python benchmarks/figures.py --split train --limit 500 --show 20
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from claimtrack.extract.figures import find_figures

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"


def _texts(split: str, limit: int) -> list[str]:
    folder = SHARED / "polnear" / split / "text"
    paths = sorted(folder.glob("*.txt"))[:limit] if folder.exists() else []
    return [path.read_text(encoding="utf-8", errors="replace") for path in paths]


def _time(text: str) -> tuple[float, int]:
    start = time.perf_counter()
    count = len(find_figures(text))
    return time.perf_counter() - start, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="dev")
    parser.add_argument("--limit", type=int, default=10_000)
    parser.add_argument("--show", type=int, default=0, help="print this many random figures")
    args = parser.parse_args()

    texts = _texts(args.split, args.limit)
    if texts:
        size = sum(len(t.encode("utf-8")) for t in texts)
        start = time.perf_counter()
        figures = [(t, f) for t in texts for f in find_figures(t)]
        elapsed = time.perf_counter() - start
        counted = sum(1 for _, f in figures if f.metric is not None)
        print(
            f"polnear/{args.split}: {len(texts)} texts, {size / 1e6:.2f} MB in {elapsed:.2f} s "
            f"= {size / 1e6 / elapsed:.2f} MB/s; {len(figures)} figures "
            f"({len(figures) / (size / 1e6):.0f} per MB), {counted} with a metric"
        )
        for text, figure in random.Random(0).sample(figures, min(args.show, len(figures))):
            assert figure.span is not None
            s = figure.span.start
            context = text[max(0, s - 60) : figure.span.end + 60].replace("\n", " ")
            print(
                f"  {figure.text!r:28} {figure.metric}/{figure.population}/{figure.unit}  | {context}"
            )
    else:
        print(f"no texts under {SHARED / 'polnear' / args.split / 'text'}")

    adversarial = {
        "digits only": "1234567890" * 100_000,
        "'more than ' repeated": "more than " * 100_000,
        "no spaces": "a" * 1_000_000,
        "number words": "one two three " * 71_429,
        "digits and spaces": "1 2 3 4 5 " * 100_000,
        "commas": "1,000," * 166_667,
    }
    for name, text in adversarial.items():
        elapsed, count = _time(text)
        print(f"adversarial {name:24} {len(text) / 1e6:.1f} MB: {elapsed:.2f} s, {count} figures")


if __name__ == "__main__":
    main()
