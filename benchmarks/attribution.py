"""
Score `claimtrack.extract.attribution.find_attributions` on PolNeAR (source, cue, content).

Reads the PolNeAR articles and brat standoff annotations from the `shared` folder beside
the checkout (`../shared/polnear/{dev,train}`), never from the repository, and prints
precision, recall and F1 per role with exact and overlap span matching.

Usage:
    python benchmarks/attribution.py                 # dev
    python benchmarks/attribution.py --split train --limit 200
    python benchmarks/attribution.py --split train --errors cue --show 40

Conventions (see docs/benchmarks.md):

- Articles annotated twice: the lexicographically first .ann file is used.
- Gold spans are the `T` lines with role Source, Cue or Content (a source shared by two
  attributions counts once). A discontinuous span is a set of pieces; pieces separated
  only by whitespace are joined first. Exact match: the same pieces, each trimmed of
  whitespace. Overlap match: some piece of one overlaps some piece of the other; matching
  is one-to-one (greedy, largest overlap first).
- Predictions are mapped to PolNeAR's conventions, which differ from claimtrack's: the
  source is the whole speaker phrase (`speaker_phrase_span`, with the comma that closes
  an appositive), a direct quotation's content
  includes its marks, a reported clause or quotation includes a leading "that" (and the
  comma after it: "that, if elected, ..."), as PolNeAR's contents start at the
  complementiser, and a quotation that continues the previous speaker in the same
  paragraph joins that claim's content as another piece.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path

from claimtrack.extract.attribution import RawAttribution, find_attributions
from claimtrack.model import AttributionMode

ROOT = Path(__file__).resolve().parents[1] / ".." / "shared" / "polnear"
ROLES = ("Source", "Cue", "Content")

# A text-bound annotation line: "T12<TAB>Content 10 20;25 30<TAB>words".
_T_LINE = re.compile(r"(T\d+)\t(\w+) ([\d ;]+)\t")

Pieces = tuple[tuple[int, int], ...]


def _normalise(text: str, pieces: list[tuple[int, int]]) -> Pieces:
    """Trim each piece of whitespace and join pieces separated only by whitespace."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(pieces):
        a, b = start, end
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b <= a:
            continue
        if out and (out[-1][1] >= a or not text[out[-1][1] : a].strip()):
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return tuple(out)


def load(split: str, limit: int | None = None) -> list[tuple[str, str, dict[str, set[Pieces]]]]:
    """Return (name, text, gold spans by role) for each article of *split*."""
    folder = ROOT / split
    if not folder.is_dir():
        sys.exit(f"no PolNeAR split at {folder}; the shared folder must sit beside the checkout")
    chosen: dict[str, Path] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        base = ann.name.rsplit("_", 1)[0]
        chosen.setdefault(base, ann)
    docs = []
    for base, ann in sorted(chosen.items())[:limit]:
        text = (folder / "text" / f"{base}.txt").read_text(encoding="utf-8")
        gold: dict[str, set[Pieces]] = {role: set() for role in ROLES}
        for line in ann.read_text(encoding="utf-8").splitlines():
            m = _T_LINE.match(line)
            if m is None or m.group(2) not in gold:
                continue
            pieces = [tuple(map(int, p.split())) for p in m.group(3).split(";")]
            norm = _normalise(text, [(a, b) for a, b in pieces])
            if norm:
                gold[m.group(2)].add(norm)
        docs.append((base, text, gold))
    return docs


def predict(text: str) -> dict[str, set[Pieces]]:
    """Run the extractor and map its spans to PolNeAR's conventions."""
    atts = find_attributions(text)
    merged: list[tuple[RawAttribution, list[tuple[int, int]]]] = []
    for att in atts:
        piece = _content_piece(text, att)
        if att.continues and merged and merged[-1][0].paragraph == att.paragraph:
            merged[-1][1].append(piece)
            continue
        merged.append((att, [piece]))
    out: dict[str, set[Pieces]] = {role: set() for role in ROLES}
    for att, pieces in merged:
        out["Content"].add(_normalise(text, pieces))
        if att.cue_span is not None:
            out["Cue"].add(_normalise(text, [_cue_piece(text, att)]))
        phrase = att.speaker_phrase_span or att.source_span
        if phrase is not None and not att.continues:
            a, b = phrase.start, phrase.end
            # PolNeAR closes an appositive speaker phrase with its comma.
            if "," in text[a:b] and text[b : b + 1] == ",":
                b += 1
            out["Source"].add(_normalise(text, [(a, b)]))
    for role in ROLES:
        out[role].discard(())
    return out


# Adverbs PolNeAR keeps in a cue when they stand right before it ("also said").
_CUE_ADVERB = re.compile(
    r"(?:\b(?:also|has|have|had|recently|later|earlier|previously|repeatedly|once|often|then)\s+)+$",
    re.IGNORECASE,
)


def _cue_piece(text: str, att: RawAttribution) -> tuple[int, int]:
    assert att.cue_span is not None
    a, b = att.cue_span.start, att.cue_span.end
    m = _CUE_ADVERB.search(text, max(0, a - 40), a)
    if m is not None and m.end() == a:
        a = m.start()
    if text[b : b + 1] == ":":
        b += 1
    return a, b


def _content_piece(text: str, att: RawAttribution) -> tuple[int, int]:
    a, b = att.content_span.start, att.content_span.end
    if att.mode is AttributionMode.DIRECT:
        # PolNeAR keeps the quotation marks, and a "that" before them ("said that “...”").
        if len(att.quote_spans) == 1 and att.quote_spans[0].contains(att.content_span):
            a, b = att.quote_spans[0].start, att.quote_spans[0].end
        else:
            if a > 0 and text[a - 1] in "\"“”'‘’":
                a -= 1
            if b < len(text) and text[b] in "\"“”'‘’":
                b += 1
        if text[max(0, a - 5) : a].lower() == "that ":
            a -= 5
        return a, b
    # PolNeAR keeps the "that" opening a reported clause, and its comma ("that, if ...").
    if text[max(0, a - 5) : a].lower() == "that ":
        a -= 5
    elif text[max(0, a - 6) : a].lower() == "that, ":
        a -= 6
    return a, b


def _match(gold: set[Pieces], pred: set[Pieces], overlap: bool) -> int:
    if not overlap:
        return len(gold & pred)
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            shared = sum(max(0, min(b, d) - max(a, c)) for a, b in g for c, d in p)
            if shared > 0:
                pairs.append((shared, gi, pi))
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
    return len(used_g)


def _show(text: str, pieces: Pieces) -> str:
    return " | ".join(repr(text[a:b][:150]) for a, b in pieces)


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return 100 * p, 100 * r, 100 * f


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="dev", choices=["dev", "train"])
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument(
        "--errors",
        choices=[r.lower() for r in ROLES],
        default=None,
        help="print missed and spurious spans of this role (train only)",
    )
    parser.add_argument("--show", type=int, default=30, help="how many errors to print")
    args = parser.parse_args()
    if args.errors and args.split != "train":
        sys.exit("error listings are for train only: never tune on dev")
    docs = load(args.split, args.limit)
    counts: Counter[tuple[str, str]] = Counter()
    errors: list[str] = []
    started = time.perf_counter()
    chars = 0
    for name, text, gold in docs:
        chars += len(text)
        pred = predict(text)
        for role in ROLES:
            counts[role, "gold"] += len(gold[role])
            counts[role, "pred"] += len(pred[role])
            counts[role, "exact"] += _match(gold[role], pred[role], overlap=False)
            counts[role, "overlap"] += _match(gold[role], pred[role], overlap=True)
        if args.errors:
            role = args.errors.capitalize()
            for g in sorted(gold[role] - pred[role]):
                errors.append(f"MISS {name[:30]} {_show(text, g)}")
            for p in sorted(pred[role] - gold[role]):
                errors.append(f"SPUR {name[:30]} {_show(text, p)}")
    elapsed = time.perf_counter() - started
    print(f"PolNeAR {args.split}: {len(docs)} articles, {chars:,} characters, {elapsed:.1f} s")
    print(
        f"{'role':8} {'gold':>6} {'pred':>6} | {'exact P':>7} {'R':>5} {'F1':>5} | "
        f"{'overlap P':>9} {'R':>5} {'F1':>5}"
    )
    for role in ROLES:
        g, p = counts[role, "gold"], counts[role, "pred"]
        ep, er, ef = _prf(counts[role, "exact"], p, g)
        op, orr, of = _prf(counts[role, "overlap"], p, g)
        print(
            f"{role:8} {g:6} {p:6} | {ep:7.1f} {er:5.1f} {ef:5.1f} | {op:9.1f} {orr:5.1f} {of:5.1f}"
        )
    if errors:
        import random

        random.Random(0).shuffle(errors)
        print("\n".join(errors[: args.show]))


if __name__ == "__main__":
    main()
