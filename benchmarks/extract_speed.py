"""
Measure extraction speed on the PolNeAR texts and check that it scales linearly.

Prints characters per second of `claimtrack.extract.extract` (the whole extractor) and of
`find_attributions` alone over every PolNeAR article in one process, then the time for
1 MB and 10 MB of concatenated articles and their ratio (about 10 when linear), then the
time `extract` takes on 1 MB hostile inputs (no punctuation, one endless quotation, digits
only, repeated cue words, ...). Wall time and processor time (`time.process_time`, which
other jobs on a shared machine do not inflate) are both given.

Usage:
    python benchmarks/extract_speed.py
    python benchmarks/extract_speed.py --only attribution --sizes 1 10
    python benchmarks/extract_speed.py --only extract --no-hostile
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / ".." / "shared" / "polnear"
MB = 1_000_000

# Hostile inputs of 1 MB each (made here, not read from the tests).
HOSTILE: dict[str, Callable[[], str]] = {
    "no punctuation": lambda: "the mayor said that " * (MB // 20),
    "one endless quote": lambda: "“" + "they said that it rained and " * (MB // 29),
    "digits only": lambda: "1234567890" * (MB // 10),
    "repeated cue words": lambda: "said " * (MB // 5),
    "according to": lambda: "according to " * (MB // 13),
    "one line per quote": lambda: "\n\n".join(["“a” he said"] * (MB // 13)),
    "commas": lambda: "Smith, " * (MB // 7) + "said.",
}


def _texts() -> list[str]:
    paths = sorted(ROOT.glob("*/text/*.txt"))
    if not paths:
        sys.exit(f"no PolNeAR texts under {ROOT}; the shared folder must sit beside the checkout")
    return [p.read_text(encoding="utf-8") for p in paths]


def _runners(only: str) -> dict[str, Callable[[str], object]]:
    from claimtrack.extract.attribution import find_attributions

    runners: dict[str, Callable[[str], object]] = {}
    if only in {"all", "extract"}:
        from claimtrack.extract import extract

        runners["extract"] = extract
    if only in {"all", "attribution"}:
        runners["find_attributions"] = find_attributions
    return runners


def _time(fn: Callable[[str], object], texts: list[str]) -> tuple[float, float]:
    """(wall seconds, processor seconds) to run *fn* over *texts*."""
    wall, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        fn(text)
    return time.perf_counter() - wall, time.process_time() - cpu


def _blob(texts: list[str], size: int) -> str:
    """Concatenate articles (as paragraphs of one long text) up to *size* characters."""
    parts: list[str] = []
    total = 0
    i = 0
    while total < size:
        text = texts[i % len(texts)]
        parts.append(text)
        total += len(text) + 2
        i += 1
    return "\n\n".join(parts)[:size]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", choices=["all", "extract", "attribution"], default="all")
    parser.add_argument("--sizes", type=float, nargs=2, default=[1.0, 10.0], metavar="MB")
    parser.add_argument("--no-hostile", action="store_true", help="skip the hostile inputs")
    args = parser.parse_args()
    texts = _texts()
    chars = sum(len(t) for t in texts)
    print(f"{len(texts)} PolNeAR articles, {chars:,} characters")
    small, large = (int(mb * MB) for mb in args.sizes)
    for name, fn in _runners(args.only).items():
        fn(texts[0])  # warm up lazy imports and caches
        wall, cpu = _time(fn, texts)
        print(
            f"{name:18} per article: {wall:7.2f} s wall {chars / wall / 1e6:5.2f} M chars/s, "
            f"{cpu:7.2f} s CPU {chars / cpu / 1e6:5.2f} M chars/s"
        )
        w_small, c_small = _time(fn, [_blob(texts, small)])
        w_large, c_large = _time(fn, [_blob(texts, large)])
        print(
            f"{name:18} one text: {args.sizes[0]:g} MB {w_small:6.2f} s ({c_small:6.2f} s CPU), "
            f"{args.sizes[1]:g} MB {w_large:6.2f} s ({c_large:6.2f} s CPU), "
            f"CPU ratio {c_large / c_small:5.1f} (linear: {large / small:g})"
        )
    if args.only in {"all", "extract"} and not args.no_hostile:
        from claimtrack.extract import extract

        for label, make in HOSTILE.items():
            wall, cpu = _time(extract, [make()])
            print(f"extract on 1 MB, {label:20} {wall:6.2f} s ({cpu:6.2f} s CPU)")


if __name__ == "__main__":
    main()
