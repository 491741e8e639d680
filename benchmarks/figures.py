"""
Throughput of `claimtrack.extract.figures.find_figures`, on real news text and on text
made of numbers.

Reads the PolNeAR article texts from the `shared` folder beside the checkout
(`../shared/polnear/<split>/text`) at run time, never from the repository, and prints
characters per second and figures per MB. Then times the dense inputs that tables, sports
results, election returns and data dumps look like: 1 MB of "1 2 3 4 5 6 7 8 9 10 ..."
and 1 MB of "12, 45, 300 and 7 people; " repeated, with the time per figure, and the
time for 10 MB of each over the time for 1 MB (10.0 when time grows linearly). Last, 1 MB
adversarial inputs (digits only, "more than " repeated, no spaces, number words, ...).

Times are CPU seconds of this process (`time.process_time`), so other work on a shared
machine does not count.

Usage:
    python benchmarks/figures.py
    python benchmarks/figures.py --split dev --limit 500 --show 20
    python benchmarks/figures.py --big 0        # skip the 10 MB runs
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from pathlib import Path

from claimtrack.extract.figures import find_figures

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
MB = 1_000_000


def _texts(split: str, limit: int) -> list[str]:
    folder = SHARED / "polnear" / split / "text"
    paths = sorted(folder.glob("*.txt"))[:limit] if folder.exists() else []
    return [path.read_text(encoding="utf-8", errors="replace") for path in paths]


def _time(text: str) -> tuple[float, int]:
    start = time.process_time()
    count = len(find_figures(text))
    return time.process_time() - start, count


def counting(size: int) -> str:
    """Return *size* characters of "1 2 3 4 5 6 7 8 9 10 11 ..."."""
    parts: list[str] = []
    total = 0
    n = 0
    while total < size:
        n += 1
        part = f"{n} "
        parts.append(part)
        total += len(part)
    return "".join(parts)[:size]


def listing(size: int) -> str:
    """Return *size* characters of "12, 45, 300 and 7 people; " repeated."""
    unit = "12, 45, 300 and 7 people; "
    return (unit * (size // len(unit) + 1))[:size]


DENSE: dict[str, Callable[[int], str]] = {
    '"1 2 3 4 5 6 7 8 9 10 ..."': counting,
    '"12, 45, 300 and 7 people; " repeated': listing,
}


def prose(split: str, limit: int, show: int) -> None:
    """Print the throughput on the PolNeAR texts of *split*."""
    texts = _texts(split, limit)
    if not texts:
        print(f"no texts under {SHARED / 'polnear' / split / 'text'}")
        return
    chars = sum(len(t) for t in texts)
    start = time.process_time()
    figures = [(t, f) for t in texts for f in find_figures(t)]
    elapsed = time.process_time() - start
    counted = sum(1 for _, f in figures if f.metric is not None)
    print(
        f"prose polnear/{split}: {len(texts)} texts, {chars / MB:.2f} M chars in {elapsed:.2f} s"
        f" = {chars / elapsed / MB:.2f} M chars/s; {len(figures)} figures"
        f" ({len(figures) / (chars / MB):.0f} per M chars), {counted} with a metric"
    )
    for text, figure in random.Random(0).sample(figures, min(show, len(figures))):
        assert figure.span is not None
        s = figure.span.start
        context = text[max(0, s - 60) : figure.span.end + 60].replace("\n", " ")
        print(
            f"  {figure.text!r:28} {figure.metric}/{figure.population}/{figure.unit}  | {context}"
        )


def dense(big: int) -> None:
    """Print the throughput on 1 MB of each dense input, and the 1 MB to *big* MB ratio."""
    for name, make in DENSE.items():
        elapsed, count = _time(make(MB))
        print(
            f"dense {name}: 1 M chars in {elapsed:.2f} s = {MB / elapsed / MB:.2f} M chars/s;"
            f" {count} figures, {elapsed / count * 1e6:.1f} µs per figure"
        )
        if big > 1:
            big_elapsed, big_count = _time(make(big * MB))
            print(
                f"  {big} M chars in {big_elapsed:.2f} s ({big_count} figures):"
                f" {big} MB / 1 MB time ratio {big_elapsed / elapsed:.1f}"
                f" (linear: {big}.0)"
            )


def adversarial() -> None:
    """Print the time on 1 MB inputs built to be slow."""
    texts = {
        "digits only": "1234567890" * 100_000,
        "'more than ' repeated": "more than " * 100_000,
        "no spaces": "a" * 1_000_000,
        "number words": "one two three " * 71_429,
        "digits and spaces": "1 2 3 4 5 " * 100_000,
        "commas": "1,000," * 166_667,
    }
    for name, text in texts.items():
        elapsed, count = _time(text)
        print(
            f"adversarial {name:24} {len(text) / MB:.1f} M chars: {elapsed:.2f} s, {count} figures"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--split", default="train")
    parser.add_argument("--limit", type=int, default=10_000)
    parser.add_argument("--show", type=int, default=0, help="print this many random figures")
    parser.add_argument("--big", type=int, default=10, help="MB for the linearity runs (0: skip)")
    args = parser.parse_args()
    prose(args.split, args.limit, args.show)
    dense(args.big)
    adversarial()


if __name__ == "__main__":
    main()
