"""
Measure extraction speed on the PolNeAR texts and check that it scales linearly.

Prints characters per second of `claimtrack.extract.extract` (the whole extractor) and of
`find_attributions` alone over every PolNeAR article in one process, then the time for
1 MB and 10 MB of concatenated articles and their ratio (about 10 when linear).

Usage:
    python benchmarks/extract_speed.py
    python benchmarks/extract_speed.py --only attribution --sizes 1 10
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / ".." / "shared" / "polnear"


def _texts() -> list[str]:
    paths = sorted(ROOT.glob("*/text/*.txt"))
    if not paths:
        sys.exit(f"no PolNeAR texts under {ROOT}; the shared folder must sit beside the checkout")
    return [p.read_text(encoding="utf-8") for p in paths]


def _runners(only: str) -> dict[str, Callable[[str], object]]:
    from claimtrack.extract.attribution import find_attributions

    runners: dict[str, Callable[[str], object]] = {}
    if only in {"all", "extract"}:
        try:
            from claimtrack.extract import extract
        except ImportError:  # the full extractor is not there yet
            pass
        else:
            runners["extract"] = extract
    if only in {"all", "attribution"}:
        runners["find_attributions"] = find_attributions
    return runners


def _time(fn: Callable[[str], object], texts: list[str]) -> float:
    started = time.perf_counter()
    for text in texts:
        fn(text)
    return time.perf_counter() - started


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
    args = parser.parse_args()
    texts = _texts()
    chars = sum(len(t) for t in texts)
    print(f"{len(texts)} PolNeAR articles, {chars:,} characters")
    for name, fn in _runners(args.only).items():
        fn(texts[0])  # warm up lazy imports and caches
        elapsed = _time(fn, texts)
        print(f"{name:18} per article: {elapsed:7.2f} s  {chars / elapsed / 1e6:6.2f} M chars/s")
        small, large = (int(mb * 1_000_000) for mb in args.sizes)
        t_small = _time(fn, [_blob(texts, small)])
        t_large = _time(fn, [_blob(texts, large)])
        print(
            f"{name:18} one text: {args.sizes[0]:g} MB {t_small:6.2f} s, "
            f"{args.sizes[1]:g} MB {t_large:6.2f} s, ratio {t_large / t_small:5.1f} "
            f"(linear: {large / small:g})"
        )


if __name__ == "__main__":
    main()
