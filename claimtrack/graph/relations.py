"""
Relation detection between claims: cites, repeats, updates, conflicts, corroborates.

Claims are never compared all against all. Each claim is cut into *facts*, one per figure:
(metric, population, place, unit) normalised, plus the figure. Comparisons happen only
inside a block of one fact, along the claims sorted by when they were said, and each claim
looks back only at the latest statement of each other origin since its own origin last
spoke (a sorted sweep). Repeats are found through hash groups (same origin, fact and
number; same normalised words) and a short same-origin window for reworded quotes.

Rules, in the order they run:

1. **cites**: an unattributed claim whose figures all agree with an attributed claim in
   the same document rests on it (the outlet's summary of the quote below) and takes its
   origin.
2. **repeats**: a claim from another document with the same origin and the same numbers
   for every fact they share (qualifiers may differ: "at least 4" repeats "4"), or the
   same words, derives from the earliest such claim. Copies take no further part in
   cross-document comparisons: they share the relations of the claim they repeat.
3. **updates**: the same origin stating a different number for a fact later revises
   itself. Another origin's later report supersedes when it is at least `revision_hours`
   later the same day, or on a later day, and the tally rises (cumulative metrics only).
   Inside one document, words framing a claim as newer ("updated", "had risen to",
   "later in the day") or older ("earlier", "in its previous update") order the two.
4. **conflicts**: different origins, the same day, intervals disjoint even after widening
   by `tolerance`, not framed as a revision. `ratio` says how far apart they are.
5. **corroborates**: different origins, the same day, compatible intervals (a floor is
   compatible with anything above it).
6. **conflicts between places**: a tally for a place above the tally for a place that
   contains it, the same day, from another origin and document
   (`claimtrack.graph.nested`).

A claim whose day is unknown (no `said_on`, and its sentence places it at an unstated
earlier time: "had earlier put the number at 142") joins its own origin's tally but is
never set against another origin.
"""

from __future__ import annotations

import re
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from itertools import chain
from operator import attrgetter
from typing import Any, ClassVar

from claimtrack.extract.places import _folded_key
from claimtrack.graph.nested import nested_rows
from claimtrack.model import Figure, Link, Period, Relation

__all__ = [
    "CUMULATIVE",
    "OWNED_METRICS",
    "PROJECTED",
    "VOLATILE",
    "Fact",
    "Record",
    "Row",
    "anchor",
    "detect",
    "flat_facts",
    "mark_projected",
    "norm_metric",
    "norm_place",
    "norm_population",
    "projected",
    "rounded_alike",
    "span_of",
    "to_link",
]

Fact = tuple[str, str, str, str]
"""(metric, population, place, unit), each normalised; "" when not given."""

Row = tuple[
    str,  # a: the earlier or the original claim
    str,  # b: the later or the dependent claim
    Relation,
    str,  # why, or a template for it over {metric}, {x}, {y} and {value}
    str | None,  # metric: None when why is written out already
    Figure | None,  # x: the earlier figure compared
    Figure | None,  # y: the later one
    float | None,  # ratio
    str | None,  # origin shared by a repeat or a citation
    float | None,  # value: a number the template names (hours between reports)
]
"""A relation found between two claims, kept compact until a `Link` is asked for: a
million claims have over a million relations, and writing out why each holds is left to
the ones someone reads (`to_link`)."""

# Metrics whose tallies only grow: a later, higher count revises an earlier one.
CUMULATIVE = frozenset(
    {
        "killed",
        "injured",
        "casualties",
        "missing",
        "evacuated",
        "displaced",
        "fled",
        "arrested",
        "detained",
        "destroyed",
        "damaged",
        "rescued",
        "extinguished",
        "infected",
        "cases",
        "hospitalised",
        "affected",
        "cancelled",
        "flooded",
        "vaccinated",
    }
)

# Metrics of what belongs to someone (a company's revenue, its jobs, its share price): two
# figures of one are comparable only for the same subject (see `flat_facts`).
OWNED_METRICS = frozenset(
    {
        "revenue",
        "sales",
        "profit",
        "loss",
        "cost",
        "investment",
        "debt",
        "fine",
        "valuation",
        "jobs",
        "share price",
        "dividend",
        "guidance",
        "wages",
        "support",
        "pledged",
        "recalled",
        "deployed",
        "supplied",
    }
)

# Metrics that move by the minute (a share price): two figures of one the same day are
# two moments, not two views of one fact, so no origin's is set against another's.
VOLATILE = frozenset({"share price"})

_METRIC_WORDS: dict[str, str] = {
    "dead": "killed",
    "deaths": "killed",
    "death": "killed",
    "died": "killed",
    "death toll": "killed",
    "toll": "killed",
    "fatalities": "killed",
    "killed": "killed",
    "lives lost": "killed",
    "wounded": "injured",
    "hurt": "injured",
    "injuries": "injured",
    "injured": "injured",
    "casualty": "casualties",
    "evacuations": "evacuated",
    "hospitalized": "hospitalised",
    "refugees": "fled",
    "fled abroad": "fled",
}
_POPULATION_WORDS: dict[str, str] = {
    "": "people",
    "people": "people",
    "persons": "people",
    "person": "people",
    "civilians": "people",
    "civilian": "people",
    "residents": "people",
    "inhabitants": "people",
    "individuals": "people",
}

# Words that place a claim's statement after another one in the same text.
_NEWER_WORDS = (
    "update",
    "updated",
    "revised",
    "risen",
    "rose",
    "raised",
    "climbed",
    "increased to",
    "now stands",
    "latest",
    "later in the day",
    "later",
    "new toll",
    "has grown",
)
# Words that place a claim's statement before another one in the same text.
_OLDER_WORDS = (
    "earlier",
    "previous",
    "previously",
    "initially",
    "had put",
    "first reported",
    "before that",
    "original",
    "originally",
)


def _phrases(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """Any of the phrases as whole words, spaces standing for any run of white space."""
    words = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


_NEWER = _phrases(_NEWER_WORDS)
_OLDER = _phrases(_OLDER_WORDS)
# One word of each phrase above (its longest, the rarest in news): a sentence with none
# of them matches neither pattern, which most sentences show by one pass over their words.
_FRAMING_WORDS = frozenset(
    max(reversed(phrase.split()), key=len) for phrase in _NEWER_WORDS + _OLDER_WORDS
)
# How many claims of one document each claim is compared with at most.
_IN_DOCUMENT = 50
# Any run of letters or digits.
_ANY_WORD = re.compile(r"\w+")
# A word of content for comparing wordings.
_WORD = re.compile(r"[^\W\d_]{3,}")
_STOP = frozenset(
    [
        "the",
        "and",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "been",
        "its",
        "their",
        "our",
        "his",
        "her",
        "with",
        "for",
        "from",
        "that",
        "this",
        "into",
        "over",
        "said",
        "says",
        "which",
        "who",
        "will",
        "would",
        "could",
        "also",
        "than",
        "more",
    ]
)


@lru_cache(maxsize=10_000)
def norm_metric(metric: str | None) -> str:
    """
    Return the comparable form of a metric ("wounded" and "hurt" are "injured").

    Examples:
        >>> norm_metric("Wounded"), norm_metric("death toll"), norm_metric("evacuated")
        ('injured', 'killed', 'evacuated')
    """
    text = " ".join((metric or "").lower().split())
    return _METRIC_WORDS.get(text, text)


@lru_cache(maxsize=10_000)
def norm_population(population: str | None) -> str:
    """
    Return the comparable form of a population: people, civilians and residents are one.

    Examples:
        >>> norm_population("civilians"), norm_population("children")
        ('people', 'children')
    """
    text = " ".join((population or "").lower().split())
    return _POPULATION_WORDS.get(text, text)


@lru_cache(maxsize=100_000)
def norm_place(place: str | None) -> str:
    """
    Return the comparable form of a place name (folded, no "the", no trailing "city"
    unless the name without it is a country, US state or region the gazetteer knows:
    "Mexico City" is not Mexico, nor "New York City" the state).

    Examples:
        >>> norm_place("Kharkiv city") == norm_place("the KHARKIV")
        True
        >>> norm_place("Mexico City") == norm_place("Mexico")
        False
        >>> norm_place("Salt Lake City") == norm_place("Salt Lake")
        True
    """
    return _folded_key(place or "")


# Words right before a figure that make it a projection, an expectation or a plan rather
# than a count: "could rise to 100", "analysts had expected revenue of $4.01 billion", "it
# will cut 300 jobs", "expectations of $4 billion". The cue must govern the figure: only
# words that lead to an amount, and names, may stand between ("to reach about", "Acme to
# report revenue of"), so "expected to rise
# after 40 people were killed", "better-than-expected revenue of $4.2 billion" and "could
# not confirm the 40 deaths" are counts. "may" and "will" in lower case only.
_PROJECTED_BEFORE = re.compile(
    r"(?<![-\w])(?<!than\s)"
    r"(?:expect(?:s|ed|ing|ations?)?|forecasts?|forecasted|projected|projections?|"
    r"predicts?|predicted|predictions?|could|(?-i:may|might|will)|would|likely\s+to|"
    r"set\s+to|feared|fears?|anticipated?|anticipates|consensus|targets?\s+of|"
    r"goal\s+of|aims?\s+to|plans?\s+to|planned\s+to|guidance\s+of|outlook\s+of)"
    r"(?:\s+(?:to|of|at|as|be|reach|rise|climb|increase|grow|exceed|top|hit|surpass|pass|"
    r"near|approach|total|cut|eliminate|shed|slash|lay\s+off|add|hire|create|raise|invest|"
    r"spend|generate|post|report|deliver|ship|sell|produce|attract|draw|cost|save|lose|"
    r"pay|earn|bring|revenue|sales|"
    r"profit|earnings|loss|growth|output|turnout|a|an|the|about|around|roughly|nearly|"
    r"almost|some|over|more|than|up|many|much|high|between|another|its|their|annual|"
    r"quarterly|full-year|jobs|positions|(?-i:[A-Z][\w&.-]*)))*"
    r"\s+[$€£¥]?$",
    re.IGNORECASE,
)
# The same words right after it: "30 more are feared dead", "40,000 expected to attend".
_PROJECTED_AFTER = re.compile(
    r"^\s+(?:more\s+)?(?:[a-z]+\s+){0,2}?(?:(?:are|were|is|was|be)\s+)?"
    r"(?:feared|expected|projected|forecast|predicted)\b(?!\s+(?:after|as|when)\b)",
    re.IGNORECASE,
)
# How far around a figure those words are looked for.
_PROJECTED_REACH = 48
# The suffix that puts a projected figure's metric in a block of its own.
PROJECTED = " (projected)"


def projected(text: str, start: int, end: int) -> bool:
    """
    Return whether the figure at text[start:end] is projected, expected or planned rather
    than counted ("could rise to 100", "expectations of $4 billion", "will cut 300 jobs").

    Examples:
        >>> text = "Officials warned that the toll could rise to 100; 40 have died."
        >>> projected(text, 45, 48), projected(text, 50, 52)
        (True, False)
    """
    before = text[max(0, start - _PROJECTED_REACH) : start]
    after = text[end : end + _PROJECTED_REACH // 2]
    return bool(_PROJECTED_BEFORE.search(before) or _PROJECTED_AFTER.search(after))


def mark_projected(flat: tuple[Any, ...], text: str) -> tuple[Any, ...]:
    """
    Return *flat* (see `flat_facts`) with the metric of each projected figure (see
    `projected`) given the `PROJECTED` suffix: a forecast, an expectation or a plan is
    compared only with others of its kind, never with a count ("at least 40 killed"
    does not conflict with "the toll could rise to 100", nor Acme's revenue with what
    analysts expected of it).
    """
    out: list[Any] | None = None
    for i in range(0, len(flat), 2):
        span = flat[i + 1].span
        if span is not None and span.end <= len(text) and projected(text, span.start, span.end):
            if out is None:
                out = list(flat)
            fact = flat[i]
            out[i] = (fact[0] + PROJECTED, fact[1], fact[2], fact[3])
    return flat if out is None else tuple(out)


def anchor(figure: Figure) -> tuple[float, ...]:
    """
    Return the numbers a figure states, whatever its qualifier: "at least 4", "4" and
    "more than 4" all state 4.

    Examples:
        >>> anchor(Figure.at_least(4)) == anchor(Figure.exact(4))
        True
    """
    if figure.low is not None and figure.high is not None and figure.low != figure.high:
        return (figure.low, figure.high)
    return (figure.low if figure.low is not None else figure.high,)  # type: ignore[return-value]


def _decimals(value: float) -> int:
    text = repr(float(value))
    return 0 if text.endswith(".0") else len(text.partition(".")[2])


def rounded_alike(x: Figure, y: Figure) -> bool:
    """
    Return whether two figures state one number at two precisions ("58%" and "57.9%",
    "41%" and "41.2%"): not a revision. Whole numbers are never rounded so ("120 seats"
    and "118 seats" differ).

    Examples:
        >>> rounded_alike(Figure.exact(58), Figure.exact(57.9))
        True
        >>> rounded_alike(Figure.exact(58), Figure.exact(57.4)), rounded_alike(
        ...     Figure.exact(120), Figure.exact(118))
        (False, False)
    """
    return _alike(anchor(x), anchor(y))


def _alike(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    # `rounded_alike` on anchors; whole numbers leave at once (the common case).
    if len(a) != 1 or len(b) != 1 or (a[0] % 1 == 0 and b[0] % 1 == 0):
        return False
    da, db = _decimals(a[0]), _decimals(b[0])
    if da == db:
        return False
    places = min(da, db)
    return round(a[0], places) == round(b[0], places)


def _words(text: str) -> frozenset[str]:
    # Five-letter stems let "defence" meet "defenders" and "lives" meet "lives".
    return frozenset(w[:5] for w in _WORD.findall(text.lower()) if w not in _STOP)


def text_key(text: str) -> str:
    """
    Return a key equal for the same words however punctuated or cased.

    Examples:
        >>> text_key("More shelling was possible.") == text_key("more shelling  was possible")
        True
    """
    return " ".join(_ANY_WORD.findall(text.lower()))


class Record:
    """
    What relation detection needs to know about one claim, kept small: a corpus of a
    million claims holds a million of these, so nothing is stored that can be derived
    cheaply (the anchors of the figures, the sort key).
    """

    __slots__ = (
        "base",
        "day",
        "doc",
        "flags",
        "flat",
        "id",
        "org",
        "origin",
        "pos",
        "roots",
        "speaker",
        "start",
        "text",
        "ts",
    )

    def __init__(
        self,
        *,
        id: str,
        doc: str,
        origin: str,
        speaker: str | None,
        facts: Mapping[Fact, Figure] | tuple[Fact | Figure, ...],
        day: int,
        known: bool,
        ts: float | None,
        rank: int,
        start: int,
        framing: int,
        text: str,
        org: str | None = None,
        span: int = 0,
    ) -> None:
        self.id = id
        self.doc = doc
        self.origin = origin
        self.speaker = speaker
        self.org = org
        # (fact, figure, fact, figure, ...): one tuple, not a dict, per claim.
        self.flat: tuple[Any, ...] = (
            facts if isinstance(facts, tuple) else tuple(chain.from_iterable(facts.items()))
        )
        self.day = day
        self.ts = ts
        self.start = start
        # What the words around the claim say of its time (see `framing_of`), read once
        # as the record is made, in document order (the sentence itself is not kept),
        # whether the claim's day is known (the bit of value 4), and the span of days its
        # figures count over (see `span_of`, above those bits): one int, no slot each.
        self.flags = framing | (4 if known else 0) | (span << 3)
        self.text = text
        # The source's rank until `detect` sorts the records, then the record's place
        # in that order: (day, source rank, offset in the text, id).
        self.pos = rank
        self.roots: tuple[Record, ...] = ()
        self.base: Record | None = None

    @property
    def span(self) -> int:
        """The span of days the claim's figures count over (see `span_of`)."""
        return self.flags >> 3

    @property
    def known(self) -> bool:
        """Whether the day the claim was said is known (not only the day it was read)."""
        return bool(self.flags & 4)

    @property
    def derived(self) -> bool:
        """Whether the claim repeats an earlier document's claim (see `roots`)."""
        return bool(self.roots)

    @property
    def facts(self) -> dict[Fact, Figure]:
        """The claim's facts and the figure stated for each."""
        flat = self.flat
        return dict(zip(flat[::2], flat[1::2], strict=True))

    def fact_keys(self) -> tuple[Fact, ...]:
        """The claim's facts."""
        return self.flat[::2]

    def figure(self, fact: Fact) -> Figure | None:
        """The figure the claim states for *fact*, None when it states none."""
        flat = self.flat
        for i in range(0, len(flat), 2):
            if flat[i] is fact or flat[i] == fact:
                found: Figure = flat[i + 1]
                return found
        return None

    def __getitem__(self, fact: Fact) -> Figure:
        found = self.figure(fact)
        if found is None:
            raise KeyError(fact)
        return found

    @property
    def newer(self) -> bool:
        """Whether the words around the claim frame it as a newer figure."""
        return bool(self.flags & 1)

    @property
    def older(self) -> bool:
        """Whether the words around the claim frame it as an older figure."""
        return bool(self.flags & 2)


def framing_of(context: str) -> int:
    """
    Return what the words around a claim (its sentence) say of its time, as bits: 1 when
    they frame its figure as newer ("has risen to"), 2 when as older, reported rather
    than said that day ("had earlier put").

    Examples:
        >>> framing_of("The toll has risen to 40, officials said."), framing_of("No words.")
        (1, 0)
    """
    if _FRAMING_WORDS.isdisjoint(_ANY_WORD.findall(context.lower())):
        return 0
    return (1 if _NEWER.search(context) else 0) | (2 if _OLDER.search(context) else 0)


# A period longer than this many days is a span of its own ("since February 24", "in
# April"); a shorter one ("overnight", "on Tuesday") is the day's news.
_SPAN_DAYS = 2


def span_of(period: Period | None, said: int | None = None) -> int:
    """
    Return a key for the span of days a claim's figures count over: 0 when its period
    says nothing or covers a day or two (the day's news); else the first day's ordinal,
    shifted left by 12 bits, plus the span's length in days when the span closed before
    the day *said* (an ordinal): "in January", said in May, is not "since January".

    Examples:
        >>> span_of(None), span_of(Period("2022-05-02", "2022-05-03"))
        (0, 0)
        >>> since = span_of(Period("2022-02-24", "2022-05-03"), said=738278)
        >>> since == 738210 << 12, since == span_of(Period("2022-02-24", "2022-05-05"), 738280)
        (True, True)
        >>> span_of(Period("2022-02-01", "2022-02-28"), said=738278) == (738187 << 12) + 27
        True
    """
    if period is None or period.start is None:
        return 0
    start = period.start.toordinal()
    end = period.end.toordinal() if period.end is not None else None
    if end is not None and end - start <= _SPAN_DAYS:
        return 0
    closed = end is not None and said is not None and end < said - 1
    return (start << 12) + (min(end - start, 4095) if closed and end is not None else 0)


def _same_numbers(x: Record, y: Record) -> bool:
    flat = x.flat
    for i in range(0, len(flat), 2):
        other = y.figure(flat[i])
        if other is not None and anchor(flat[i + 1]) != anchor(other):
            return False
    return True


def _anchor_of(rec: Record, fact: Fact) -> tuple[float, ...] | None:
    figure = rec.figure(fact)
    return None if figure is None else anchor(figure)


def _agrees(rec: Record, src: Record, tolerance: float) -> bool:
    # Some fact shared, and every shared fact's figures overlap.
    shared = False
    flat = rec.flat
    for i in range(0, len(flat), 2):
        other = src.figure(flat[i])
        if other is not None:
            if not flat[i + 1].overlaps(other, tolerance):
                return False
            shared = True
    return shared


def _rising(old: Figure, new: Figure, tolerance: float) -> bool:
    """
    Whether *new* states a higher count than *old*: its lowest number lies above old's
    highest, even once both are widened by *tolerance*. Numbers, not intervals, so that
    a floor can rise: "at least 284 killed" then "912 killed" is a toll going up, though
    912 is also at least 284.

    Examples:
        >>> _rising(Figure.at_least(284), Figure.exact(912), 0.1)
        True
        >>> _rising(Figure.at_least(5), Figure.exact(5), 0.1)
        False
        >>> _rising(Figure.exact(40), Figure.exact(42), 0.1)
        False
    """
    low, high = min(anchor(new)), max(anchor(old))
    return low > high and low * (1 - tolerance) > high * (1 + tolerance)


def _supports(x: Figure, y: Figure, tolerance: float) -> bool:
    """
    Whether two compatible figures back each other up: always when both are closed
    intervals; when one is open-ended (a floor, a ceiling), only when their numbers lie
    within a factor of 1 + 5 x *tolerance* (1.5 by default) of each other. "At least 7"
    and 9 agree; "up to 200,000" marchers and 30,000 do not contradict each other, nor do
    they confirm each other, and neither do "at least 474" and "more than 2,000".

    Examples:
        >>> _supports(Figure.at_least(7), Figure.exact(9), 0.1)
        True
        >>> _supports(Figure.at_most(200_000), Figure.exact(30_000), 0.1)
        False
        >>> _supports(Figure.between(20, 30), Figure.exact(24), 0.1)
        True
    """
    if None not in (x.low, x.high, y.low, y.high):
        return True
    ax, ay = anchor(x), anchor(y)
    low, high = max(min(ax), min(ay)), min(max(ax), max(ay))
    # The numbers' gap: zero when their spans overlap, else the higher over the lower.
    return low <= high or low <= high * (1 + 5 * tolerance)


def _hours(x: Record, y: Record) -> float | None:
    if x.ts is None or y.ts is None:
        return None
    return (y.ts - x.ts) / 3600.0


class _Verdicts:
    """Collect per-fact outcomes of claim pairs and settle each pair on one relation."""

    _PRIORITY: ClassVar[dict[Relation, int]] = {
        Relation.CONFLICTS: 3,
        Relation.UPDATES: 2,
        Relation.CORROBORATES: 1,
    }

    def __init__(self, size: int) -> None:
        # Pair key (see `add`) -> the pair's row; the order of the pair is the one of its
        # first verdict, the rest that of the verdict that settles it.
        self.pairs: dict[int, Row] = {}
        # The rows of pairs that meet only once (see `add`): no key, no look-up.
        self.single: list[Row] = []
        self.size = size

    def add(
        self,
        old: Record,
        new: Record,
        kind: Relation,
        why: str,
        *,
        metric: str,
        x: Figure,
        y: Figure,
        ratio: float | None = None,
        value: float | None = None,
        once: bool = False,
    ) -> None:
        """Record a verdict on a pair: *why* is a `Row` template over *metric* and the
        figures *x* (old's) and *y* (new's). *once* tells that no other verdict on the
        pair can come (a sweep meets two claims of different documents once per fact
        they share, so once in all when either states one fact only): its row is kept
        as it is, which spares a million-claim corpus a dict of every pair."""
        row: Row = (old.id, new.id, kind, why, metric, x, y, ratio, None, value)
        if once:
            self.single.append(row)
            return
        pairs = self.pairs
        # One int per unordered pair, from the records' positions in the sorted list: no
        # key object to build and no string to hash for each of a million verdicts.
        a, b = old.pos, new.pos
        key = a * self.size + b if a < b else b * self.size + a
        current = pairs.get(key)
        if current is None:
            pairs[key] = row
            return
        rank = self._PRIORITY
        if rank[current[2]] >= rank[kind] and not (
            current[2] is kind and ratio is not None and (current[7] or 0) < ratio
        ):
            return
        pairs[key] = (current[0], current[1], kind, why, metric, x, y, ratio, None, value)

    def rows(self) -> list[Row]:
        return self.single + list(self.pairs.values())


def detect(
    records: list[Record],
    *,
    tolerance: float = 0.1,
    window_days: int = 0,
    revision_hours: float = 3.0,
    lookback: int = 25,
    containers: Callable[[str], tuple[str, ...]] | None = None,
    place_key: Callable[[str], str | None] | None = None,
    on_phase: Callable[[str], object] | None = None,
    documents: Iterable[list[Record]] | None = None,
    ranked: bool = False,
) -> list[Row]:
    """
    Return the relations between *records* (as rows: see `to_link`) and mark copies
    (`derived`, `roots`).

    Args:
        records: One record per claim, in any order.
        tolerance: Share by which figures are widened before calling them disjoint.
        window_days: How many days apart two origins' statements may be and still be set
            against each other (0: the same day).
        revision_hours: How much later, the same day, another origin's higher count must
            come to supersede rather than contradict.
        lookback: How many other origins a claim is compared with at most, per fact.
        containers: The places containing a fact's place, for setting a part's figure
            against its whole's (`claimtrack.graph.nested`); None leaves that out.
        place_key: The key of a fact's place in the terms `containers` uses.
        on_phase: Called with the name of each pass as it starts (for progress bars).
        documents: The records grouped by document, in any order, when the caller has
            them so (it saves a dict of every document); None groups them here.
        ranked: The records come ordered by (rank, start, id) already, so a stable sort by
            day completes the order (no sort key to build for each of a million claims).

    Notes:
        Sorting is O(n log n); each claim then does O(facts x lookback) work, so the whole
        pass is near-linear in the number of claims.
    """

    def step(name: str) -> None:
        if on_phase is not None:
            on_phase(name)

    step("sorting claims")
    if ranked:
        records.sort(key=_DAY)
    else:
        records.sort(key=lambda r: (r.day, r.pos, r.start, r.id))  # pos: the rank
    for pos, rec in enumerate(records):
        rec.pos = pos
    links: list[Row] = []
    # The claims with figures of each document that has two or more, in order.
    in_documents = _in_documents(records, documents)
    step("citations")
    _cites(in_documents, links, tolerance)
    step("repeats")
    _repeats(records, links)
    verdicts = _Verdicts(len(records))
    step("updates, conflicts, corroborations")
    _sweep(
        records,
        verdicts,
        tolerance=tolerance,
        window_days=window_days,
        revision_hours=revision_hours,
        lookback=lookback,
    )
    step("within documents")
    _within_documents(in_documents, verdicts, tolerance)
    links.extend(verdicts.rows())
    if containers is not None:
        step("places inside places")
        links.extend(
            nested_rows(
                records,
                containers=containers,
                key=place_key,
                tolerance=tolerance,
                window_days=window_days,
                lookback=lookback,
            )
        )
    return links


def _in_documents(
    records: list[Record], documents: Iterable[list[Record]] | None
) -> list[list[Record]]:
    """The claims with figures of each document that has two or more, each group in sort
    order, the groups in the order of their first claim."""
    if documents is None:
        by_doc: dict[str, list[Record]] = defaultdict(list)
        for rec in records:
            if rec.flat:
                by_doc[rec.doc].append(rec)
        return [recs for recs in by_doc.values() if len(recs) > 1]
    groups = []
    for recs in documents:
        with_facts = [rec for rec in recs if rec.flat]
        if len(with_facts) > 1:
            with_facts.sort(key=_POS)
            groups.append(with_facts)
    groups.sort(key=lambda group: group[0].pos)
    return groups


_POS = attrgetter("pos")
_DAY = attrgetter("day")


def _cites(documents: list[list[Record]], links: list[Row], tolerance: float) -> None:
    for recs in documents:
        sources = [r for r in recs if r.speaker is not None]
        if not sources:
            continue
        _credited_again(recs, links)
        for rec in recs:
            if rec.speaker is not None:
                continue
            for src in sources[:_IN_DOCUMENT]:
                if _agrees(rec, src, tolerance):
                    rec.base = src
                    rec.origin = src.origin
                    links.append(
                        (
                            src.id,
                            rec.id,
                            Relation.CITES,
                            "unattributed summary of a claim in the same document",
                            None,
                            None,
                            None,
                            None,
                            src.origin,
                            None,
                        )
                    )
                    break


def _credited_again(recs: list[Record], links: list[Row]) -> None:
    """
    One statement credited twice in a report ("X said, according to Wire", read as X's
    claim and, around it, Wire's): the outer claim is the inner one's, with its origin,
    so it neither backs the inner claim nor anyone's report of X's words.
    """
    for i, a in enumerate(recs):
        for b in recs[i + 1 : i + 1 + _IN_DOCUMENT]:
            # Both state the same first fact; one's words hold the other's.
            if a.flat[0] != b.flat[0] or len(a.text) == len(b.text):
                continue
            inner, outer = (a, b) if len(a.text) < len(b.text) else (b, a)
            if (
                inner.speaker is None
                or outer.base is not None
                or not inner.text
                or inner.text not in outer.text
            ):
                continue
            outer.base = inner
            outer.origin = inner.origin
            links.append(
                (
                    inner.id,
                    outer.id,
                    Relation.CITES,
                    "the same statement, credited again in the report",
                    None,
                    None,
                    None,
                    None,
                    inner.origin,
                    None,
                )
            )


def _repeats(records: list[Record], links: list[Row]) -> None:
    # The first record of each (origin, fact, numbers) and of each wording. Keyed by the
    # key's hash, checked on a hit, so that a million claims need no million key
    # objects; the rare keys whose hash another key holds are kept whole.
    first_fact: dict[int, Record] = {}
    first_text: dict[int, Record] = {}
    whole: dict[object, Record] = {}
    recent: dict[str, deque[tuple[Record, frozenset[str]]]] = defaultdict(lambda: deque(maxlen=12))
    for rec in records:
        if rec.base is not None:
            continue
        found: list[tuple[Record, str]] = []
        flat = rec.flat
        for i in range(0, len(flat), 2):
            fact = flat[i]
            numbers = anchor(flat[i + 1])
            fkey = (rec.origin, fact, numbers)
            earlier = first_fact.setdefault(hash(fkey), rec)  # one look-up either way
            if earlier is rec:
                continue
            if earlier.origin != rec.origin or _anchor_of(earlier, fact) != numbers:
                earlier = whole.setdefault(fkey, rec)  # another key held the hash
                if earlier is rec:
                    continue
            if earlier.doc != rec.doc and _same_numbers(earlier, rec):
                found.append((earlier, "same origin and the same figure"))
        tkey = text_key(rec.text)
        if len(tkey) >= 12:
            earlier = first_text.setdefault(hash(tkey), rec)
            if earlier is not rec:
                if earlier.text != rec.text and text_key(earlier.text) != tkey:
                    earlier = whole.setdefault(tkey, rec)  # *rec* when it is the first
                if (
                    earlier is not rec
                    and earlier.doc != rec.doc
                    and (
                        earlier.origin == rec.origin
                        or earlier.speaker is None
                        or rec.speaker is None
                    )
                    and _same_numbers(earlier, rec)
                ):
                    found.append((earlier, "the same words"))
        if not flat and rec.speaker is not None and not found:
            words = _words(rec.text)
            if len(words) >= 3:
                window = recent[rec.origin]
                for earlier, other in reversed(window):
                    if earlier.doc == rec.doc or abs(earlier.day - rec.day) > 1:
                        continue
                    overlap = len(words & other) / len(words | other)
                    if overlap >= 0.5:
                        found.append((earlier, f"the same origin in close words ({overlap:.2f})"))
                        break
                window.append((rec, words))
        if not found:
            continue
        roots: dict[str, tuple[Record, str]] = {}
        for earlier, why in found:
            for root in earlier.roots or (earlier,):
                if root.doc != rec.doc:
                    roots.setdefault(root.id, (root, why))
        if not roots:
            continue
        rec.roots = tuple(r for r, _ in roots.values())
        for root, why in roots.values():
            links.append(
                (root.id, rec.id, Relation.REPEATS, why, None, None, None, None, root.origin, None)
            )


def _sweep(
    records: list[Record],
    verdicts: _Verdicts,
    *,
    tolerance: float,
    window_days: int,
    revision_hours: float,
    lookback: int,
) -> None:
    # Per fact, the claims stating it in order and, alongside, the figure each gives.
    blocks: dict[Fact, tuple[list[Record], list[Figure]]] = {}
    for rec in records:
        if not rec.derived and rec.base is None:
            flat = rec.flat
            for i in range(0, len(flat), 2):
                block = blocks.get(flat[i])
                if block is None:
                    block = blocks[flat[i]] = ([], [])
                block[0].append(rec)
                block[1].append(flat[i + 1])
    for fact, (recs, figs) in blocks.items():
        if len(recs) < 2:
            continue
        cumulative = fact[0] in CUMULATIVE
        volatile = fact[0] in VOLATILE
        # Each origin's latest statement so far, by its index in the block.
        last: dict[object, int] = {}
        for j, new in enumerate(recs):
            fy = figs[j]
            single = len(new.flat) == 2
            new_span = new.flags >> 3  # see `span_of`
            # An origin's statements over another span of days update none of these.
            at: object = new.origin if not new_span else (new.origin, new_span)
            p = last.get(at, -1)
            prev = recs[p] if p >= 0 else None
            if (
                prev is not None
                and (before := anchor(figs[p])) != (now := anchor(fy))
                and not _alike(before, now)
            ):
                verdicts.add(
                    prev,
                    new,
                    Relation.UPDATES,
                    "the same origin revises {metric}: {x} -> {y}",
                    metric=fact[0],
                    x=figs[p],
                    y=fy,
                    once=(single or len(prev.flat) == 2) and prev.doc != new.doc,
                )
            last[at] = j
            if not new.known or volatile:
                continue
            seen: set[str] = {new.origin}
            new_older = new.older
            for i in range(j - 1, max(-1, j - 1 - lookback * 4), -1):
                if i <= p:
                    break  # back at the origin's own previous statement
                old = recs[i]
                if old.origin in seen:
                    continue
                seen.add(old.origin)
                if len(seen) > lookback:
                    break
                if not old.known or (old.speaker is None and new.speaker is None):
                    # Two outlets' own background statements are not set against
                    # each other; a claim needs a speaker on one side at least.
                    continue
                if new_older or old.older:
                    # "had earlier put the number at 142": reported, not said that day.
                    continue
                if (
                    old.doc == new.doc
                    and old.text
                    and new.text
                    and old.text != new.text
                    and (old.text in new.text or new.text in old.text)
                ):
                    # One statement credited twice: "X said, according to Wire" (two
                    # speakers saying the very same words do back each other).
                    continue
                # Counts over different spans of days may agree, no more (see `span_of`).
                apart = (old.flags >> 3) != new_span
                fx = figs[i]
                once = (single or len(old.flat) == 2) and old.doc != new.doc
                if new.day - old.day <= window_days:
                    # A tally hours later above the earlier one's numbers (a floor
                    # included) has risen: an update, before any agreement.
                    gap = _hours(old, new)
                    if (
                        cumulative
                        and not apart
                        and gap is not None
                        and gap >= revision_hours
                        and _rising(fx, fy, tolerance)
                    ):
                        verdicts.add(
                            old,
                            new,
                            Relation.UPDATES,
                            "a later report ({value:.1f} h) raises {metric} from {x} to {y}",
                            metric=fact[0],
                            x=fx,
                            y=fy,
                            value=gap,
                            once=once,
                        )
                        continue
                    if fx.is_compatible(fy, tolerance):
                        if not _supports(fx, fy, tolerance):
                            continue  # "up to 200,000" and 30,000: no conflict, no support
                        verdicts.add(
                            old,
                            new,
                            Relation.CORROBORATES,
                            "independent origins agree on {metric}: {x} and {y}",
                            metric=fact[0],
                            x=fx,
                            y=fy,
                            ratio=1.0,
                            once=once,
                        )
                        continue
                    if apart:
                        continue  # counts over different spans contradict nothing
                    ratio = fx.ratio_to(fy)
                    verdicts.add(
                        old,
                        new,
                        Relation.CONFLICTS,
                        "different origins, the same day, disjoint {metric}: {x} vs {y}",
                        metric=fact[0],
                        x=fx,
                        y=fy,
                        ratio=ratio,
                        once=once,
                    )
                else:
                    if cumulative and not apart and _rising(fx, fy, tolerance):
                        verdicts.add(
                            old,
                            new,
                            Relation.UPDATES,
                            "a later day's count raises {metric} from {x} to {y}",
                            metric=fact[0],
                            x=fx,
                            y=fy,
                            once=once,
                        )
                    break


def _within_documents(documents: list[list[Record]], verdicts: _Verdicts, tolerance: float) -> None:
    for in_doc in documents:
        facts: dict[Fact, list[Record]] = defaultdict(list)
        for rec in in_doc:
            for fact in rec.fact_keys():
                facts[fact].append(rec)
        for fact, recs in facts.items():
            if len(recs) < 2:
                continue
            for i, a in enumerate(recs):
                # A long report is compared with its nearest claims only.
                for b in recs[i + 1 : i + 1 + _IN_DOCUMENT]:
                    if not (a.known and b.known) or b.base is a or a.base is b:
                        continue
                    if (a.flags ^ b.flags) >> 3:
                        continue  # counts over different spans of days (see `span_of`)
                    old, new = _in_text_order(a, b)
                    fx, fy = old[fact], new[fact]
                    framed = new.newer or old.older
                    if old.origin == new.origin:
                        if (
                            (ax := anchor(fx)) != (ay := anchor(fy))
                            and not _alike(ax, ay)
                            and (framed or old.day < new.day)
                        ):
                            verdicts.add(
                                old,
                                new,
                                Relation.UPDATES,
                                "the same origin revises {metric} in one report: {x} -> {y}",
                                metric=fact[0],
                                x=fx,
                                y=fy,
                            )
                    elif new.newer and old.day <= new.day:
                        verdicts.add(
                            old,
                            new,
                            Relation.UPDATES,
                            "the report gives {y} {metric} as newer than {x}",
                            metric=fact[0],
                            x=fx,
                            y=fy,
                        )
                    elif (
                        old.day == new.day
                        and not (old.older or new.older)
                        and fact[0] not in VOLATILE
                        and not fx.is_compatible(fy, tolerance)
                    ):
                        verdicts.add(
                            old,
                            new,
                            Relation.CONFLICTS,
                            "the report sets {x} against {y} {metric}",
                            metric=fact[0],
                            x=fx,
                            y=fy,
                            ratio=fx.ratio_to(fy),
                        )


def to_link(row: Row) -> Link:
    """
    Return the `Link` a relation row stands for, its why written out.

    Examples:
        >>> row = ("c1", "c2", Relation.CONFLICTS, "{x} vs {y} {metric}", "killed",
        ...        Figure.at_least(5), Figure.exact(4), 1.25, None, None)
        >>> to_link(row).why
        'at least 5 vs 4 killed'
    """
    a, b, kind, why, metric, x, y, ratio, origin, value = row
    figures: tuple[Figure, ...] = ()
    if metric is not None and x is not None and y is not None:
        why = why.format(
            metric=metric, x=x.describe_interval(), y=y.describe_interval(), value=value
        )
        figures = (x, y)
    return Link(a, b, kind, why, ratio=ratio, figures=figures, origin=origin)


def _in_text_order(a: Record, b: Record) -> tuple[Record, Record]:
    """Order two claims of one document: by day, then by framing words, then by position."""
    if a.day != b.day:
        return (a, b) if a.day < b.day else (b, a)
    if (a.older and not b.older) or (b.newer and not a.newer):
        return a, b
    if (b.older and not a.older) or (a.newer and not b.newer):
        return b, a
    return (a, b) if a.pos < b.pos else (b, a)


@lru_cache(maxsize=100_000)
def _fact(metric: str, population: str | None, where: str, unit: str | None) -> Fact:
    # One tuple per distinct fact, shared by every claim stating it.
    return (norm_metric(metric), norm_population(population), where, unit or "")


def iter_facts(figures: Iterable[Figure], place: str | None) -> dict[Fact, Figure]:
    """
    Return a claim's facts: one per distinct (metric, population, place, unit), the first
    figure given for each (for a running tally, the highest: "another 25 died, bringing
    the toll to 310" states 310); figures without a metric or stating a change are left
    out.

    Examples:
        >>> facts = iter_facts([Figure.exact(5, metric="killed", population="civilians")],
        ...                    "Kharkiv")
        >>> list(facts)
        [('killed', 'people', 'harkiv', '')]
    """
    flat = flat_facts(figures, place)
    return dict(zip(flat[::2], flat[1::2], strict=True))


def flat_facts(
    figures: Iterable[Figure], place: str | None, subject: str | None = None
) -> tuple[Any, ...]:
    """
    Return `iter_facts` flattened to (fact, figure, fact, figure, ...), as `Record` keeps
    them.

    A figure of a metric in `OWNED_METRICS` (revenue, jobs, share price) counts what
    belongs to someone: given *subject*, its fact's place is "<place>@<subject>", so that
    Acme's revenue is never set against Globex's.

    Examples:
        >>> flat_facts([Figure.exact(5, metric="killed")], "Kharkiv")[0]
        ('killed', 'people', 'harkiv', '')
        >>> flat_facts([Figure.exact(4e9, metric="revenue")], None, "acme")[0]
        ('revenue', 'people', '@acme', '')
    """
    return facts_and_owned(figures, place, subject)[0]


def facts_and_owned(
    figures: Iterable[Figure], place: str | None, subject: str | None = None
) -> tuple[tuple[Any, ...], bool]:
    """Return `flat_facts` and whether one of them is of a metric in `OWNED_METRICS` (so
    that the caller finds a subject only for the claims that need one)."""
    where = norm_place(place)
    owned_where = None if subject is None else f"{where}@{subject}"
    owned = False
    out: list[Fact | Figure] = []
    for figure in figures:
        if not figure.metric or figure.change is not None:
            continue
        fact = _fact(figure.metric, figure.population, where, figure.unit)
        if fact[0] in OWNED_METRICS:
            owned = True
            if owned_where is not None:
                fact = _fact(figure.metric, figure.population, owned_where, figure.unit)
        if fact not in out[::2]:
            out.extend((fact, figure))
        elif fact[0] in CUMULATIVE:
            # "another 25 died, bringing the toll to 310": a running tally's level is its
            # highest number in the claim, not the first
            at = out.index(fact) + 1
            if max(anchor(figure)) > max(anchor(out[at])):  # type: ignore[arg-type]
                out[at] = figure
    return tuple(out), owned
