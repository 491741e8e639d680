"""
Conflicts between a place's figures and the figures of the places containing it.

`claimtrack.graph.relations` sets a claim against others about the same place only. A
count for a place inside another is a part of the container's count: "at least 30 killed
in Kharkiv" cannot be true together with "12 killed in Ukraine" for the same day. This
module finds such pairs, one-sidedly:

- the two claims count the same metric and population in the same unit; the metric is
  the tally of an event (killed, injured, evacuated, arrested, destroyed, protesters ...:
  `TALLIES`), and the unit adds up (plain counts, money, areas, weights, volumes; not
  shares or distances). Spending, revenue and the like are left out: a figure for one
  place and one for its country are, in news, about different companies or campaigns
  far more often than a part and its total;
- the part's place lies inside the whole's place, as the `containers` callable says
  (by default `claimtrack.extract.places.containers`: a city in its country and its
  named first-level division, Vancouver in British Columbia; a division in its country);
- they come from different origins and different documents, at least one of them has a
  speaker, both days are known and no more than `window_days` apart, neither is framed
  as an older figure ("had earlier put the number at 142"), and neither repeats or cites
  another claim. One report that gives a figure for a city and another for its country
  is nearly always setting two scopes side by side (today's strike and last year's, one
  attack and the national toll), so pairs inside one document are left alone;
- the part's floor exceeds the whole's ceiling even after both are widened by
  `tolerance`. A part at or below the whole is no evidence either way: it neither
  corroborates nor conflicts, and no link is made. Nor does a place's figure ever
  update a wider place's.

The result is a `Relation.CONFLICTS` link from the earlier claim (in the sort order of
`relations.detect`) to the later, with the ratio of the two figures.

Claims are never compared all against all: each claim, in sort order, looks up the
latest statement of at most `lookback` other origins in the blocks of its containers
(as a part) and of the places inside it (as a whole), within the day window.
"""

from __future__ import annotations

import itertools
from collections import OrderedDict
from collections.abc import Callable, Collection, Iterable
from typing import Any, Protocol

from claimtrack.model import Figure, Link, Relation

__all__ = [
    "ADDITIVE_UNITS",
    "TALLIES",
    "NestedRow",
    "nested_conflicts",
    "nested_places",
    "nested_rows",
]

# Metrics (as `relations.norm_metric` writes them) whose counts for a place are a part of
# the counts for the places containing it, the same day.
TALLIES = frozenset(
    {
        "killed",
        "injured",
        "casualties",
        "missing",
        "displaced",
        "fled",
        "evacuated",
        "rescued",
        "arrested",
        "detained",
        "destroyed",
        "damaged",
        "infected",
        "cases",
        "hospitalised",
        "affected",
        "participants",
        "trapped",
        "without power",
        "flooded",
        "vaccinated",
    }
)

# Units whose amounts add up over places (besides plain counts and money): a part's
# amount can never exceed the whole's.
ADDITIVE_UNITS = frozenset({"", "ha", "acre", "km2", "m2", "ft2", "mi2", "t", "kg", "l", "bbl"})

_Fact = tuple[str, str, str, str]
# (metric, population, place key, unit)
_Block = tuple[str, str, str, str]


class _Record(Protocol):
    """The attributes of `claimtrack.graph.relations.Record` read here."""

    @property
    def id(self) -> str: ...
    @property
    def doc(self) -> str: ...
    @property
    def origin(self) -> str: ...
    @property
    def speaker(self) -> str | None: ...
    @property
    def flat(self) -> tuple[Any, ...]: ...
    @property
    def day(self) -> int: ...
    @property
    def known(self) -> bool: ...
    @property
    def span(self) -> int: ...
    @property
    def derived(self) -> bool: ...
    @property
    def base(self) -> object | None: ...
    @property
    def older(self) -> bool: ...


def _additive(unit: str) -> bool:
    return unit in ADDITIVE_UNITS or unit.startswith("currency:")


def nested_places(fact: tuple[str, str, str, str]) -> tuple[str, ...]:
    """
    Return the places (gazetteer keys) whose tallies a fact's tally may be set against by
    `nested_conflicts`: its own place and the places containing it; empty when the fact
    is no tally of an event, its unit does not add up, or its place is unknown. Claims
    whose facts share none of these places are never compared here (what
    `claimtrack.scale.link_bag` needs to know to split a corpus).

    Examples:
        >>> nested_places(("killed", "people", "harkiv", ""))
        ('Kharkiv', 'Ukraine')
        >>> nested_places(("revenue", "", "harkiv", "currency:USD"))
        ()
    """
    from claimtrack.extract.places import containers, place_key

    metric, _, place, unit = fact
    if metric not in TALLIES or not _additive(unit):
        return ()
    own = place_key(place) if place else None
    if not own:
        return ()
    return (own, *(c for c in containers(place) if c and c != own))


def _exceeds(part: Figure, whole: Figure, tolerance: float) -> bool:
    """Whether the part's floor lies above the whole's ceiling, even once widened."""
    if part.low is None or whole.high is None or part.low < whole.high:
        return False
    return not part.overlaps(whole, tolerance)


class _Located:
    """A place's key and its containers' keys, looked up once per distinct place."""

    def __init__(
        self,
        containers: Callable[[str], tuple[str, ...]],
        key: Callable[[str], str | None] | None,
    ) -> None:
        self._containers = containers
        self._key = key
        self._seen: dict[str, tuple[str, tuple[str, ...]] | None] = {}

    def __call__(self, place: str) -> tuple[str, tuple[str, ...]] | None:
        if place in self._seen:
            return self._seen[place]
        found: tuple[str, tuple[str, ...]] | None = None
        if place:
            own = place if self._key is None else self._key(place)
            if own:
                outer = tuple(dict.fromkeys(c for c in self._containers(place) if c and c != own))
                found = (own, outer)
        self._seen[place] = found
        return found


# One indexed statement: the record, its figure, and its place key.
_Entry = tuple[_Record, Figure, str]

NestedRow = tuple[
    str,  # a: the earlier claim
    str,  # b: the later claim
    Relation,  # always Relation.CONFLICTS
    str,  # why, as a template over {metric}, {x} and {y}
    str,  # metric
    Figure,  # x: the earlier claim's figure
    Figure,  # y: the later claim's figure
    float,  # ratio
    None,  # origin: none, the two claims have different origins
    None,  # value: none
]
"""A nested conflict kept compact, laid out as `claimtrack.graph.relations.Row`."""


def _template(inner: str, outer: str, *, part_first: bool) -> str:
    """Why a part conflicts with its whole, over {metric}, {x} (earlier) and {y} (later)."""
    inner, outer = (name.replace("{", "{{").replace("}", "}}") for name in (inner, outer))
    part, whole = ("{x}", "{y}") if part_first else ("{y}", "{x}")
    return f"{inner} is inside {outer}: {part} {{metric}} there against {whole} in all of {outer}"


def nested_rows(
    records: Iterable[_Record],
    *,
    containers: Callable[[str], tuple[str, ...]],
    key: Callable[[str], str | None] | None = None,
    tolerance: float = 0.1,
    window_days: int = 0,
    lookback: int = 25,
    metrics: Collection[str] = TALLIES,
) -> list[NestedRow]:
    """
    Return the conflicts of `nested_conflicts` as compact rows, their reasons unwritten.

    Takes the same arguments as `nested_conflicts`.

    Examples:
        >>> from types import SimpleNamespace as Rec
        >>> def rec(i, origin, place, figure):
        ...     return Rec(id=i, doc=i, origin=origin, speaker=origin, day=1, known=True,
        ...                derived=False, base=None, older=False, span=0,
        ...                flat=(("killed", "people", place, ""), figure))
        >>> (row,) = nested_rows(
        ...     [rec("a", "ministry", "ukraine", Figure.exact(12)),
        ...      rec("b", "mayor", "kharkiv", Figure.at_least(30))],
        ...     containers=lambda place: ("ukraine",) if place == "kharkiv" else ())
        >>> row[:5], row[7]
        (('a', 'b', <Relation.CONFLICTS: 'conflicts'>, \
'kharkiv is inside ukraine: {y} {metric} there against {x} in all of ukraine', 'killed'), 2.5)
    """
    located = _Located(containers, key)
    # Per block, the latest statement of each origin about that very place ...
    wholes: dict[_Block, OrderedDict[str, _Entry]] = {}
    # ... and of each origin about each place inside it.
    parts: dict[_Block, OrderedDict[tuple[str, str], _Entry]] = {}
    found: dict[tuple[str, str], NestedRow] = {}

    def compare(
        earlier: Iterable[_Entry],
        rec: _Record,
        metric: str,
        figure: Figure,
        here: str,
        *,
        as_part: bool,
    ) -> None:
        # At most `lookback` statements that can be compared, among at most four times as
        # many looked at (one origin's city-by-city breakdown must not fill the window).
        compared = 0
        for old, old_figure, there in itertools.islice(earlier, lookback * 4):
            if rec.day - old.day > window_days:
                break  # entries come latest first: the rest are older still
            if old.doc == rec.doc:
                continue
            if old.origin == rec.origin or (old.speaker is None and rec.speaker is None):
                # Two outlets' own background statements are not set against each other,
                # as in `relations.detect`.
                continue
            if old.span != rec.span:
                continue  # a running total and a day's count (see `relations.span_of`)
            compared += 1
            if compared > lookback:
                break
            part, whole = (figure, old_figure) if as_part else (old_figure, figure)
            if not _exceeds(part, whole, tolerance):
                continue
            ratio = old_figure.ratio_to(figure)
            pair = (old.id, rec.id)
            current = found.get(pair)
            if current is None or current[7] < ratio:
                inner, outer = (here, there) if as_part else (there, here)
                why = _template(inner, outer, part_first=not as_part)
                found[pair] = (
                    old.id,
                    rec.id,
                    Relation.CONFLICTS,
                    why,
                    metric,
                    old_figure,
                    figure,
                    ratio,
                    None,
                    None,
                )

    # Per distinct fact: its place's key and containers, None when it is never compared.
    usable: dict[_Fact, tuple[str, tuple[str, ...]] | None] = {}
    for rec in records:
        flat = rec.flat
        if not flat or rec.derived or rec.base is not None or not rec.known:
            continue
        facts = []
        for i in range(0, len(flat), 2):
            fact = flat[i]
            if fact in usable:
                where = usable[fact]
            else:
                where = usable[fact] = (
                    located(fact[2]) if fact[0] in metrics and _additive(fact[3]) else None
                )
            if where is not None:
                facts.append((fact, flat[i + 1], where))
        if not facts or rec.older:
            continue
        for (metric, population, _, unit), figure, (here, outer) in facts:
            inside = parts.get((metric, population, here, unit))
            if inside:
                compare(reversed(inside.values()), rec, metric, figure, here, as_part=False)
            for there in outer:
                block = wholes.get((metric, population, there, unit))
                if block:
                    compare(reversed(block.values()), rec, metric, figure, here, as_part=True)
            own = wholes.setdefault((metric, population, here, unit), OrderedDict())
            own[rec.origin] = (rec, figure, here)
            own.move_to_end(rec.origin)
            for there in outer:
                block_parts = parts.setdefault((metric, population, there, unit), OrderedDict())
                block_parts[(rec.origin, here)] = (rec, figure, here)
                block_parts.move_to_end((rec.origin, here))
    return list(found.values())


def nested_conflicts(
    records: Iterable[_Record],
    *,
    containers: Callable[[str], tuple[str, ...]],
    key: Callable[[str], str | None] | None = None,
    tolerance: float = 0.1,
    window_days: int = 0,
    lookback: int = 25,
    metrics: Collection[str] = TALLIES,
) -> list[Link]:
    """
    Return the conflicts between figures for a place and for the places containing it.

    Args:
        records: The claims' records, sorted as `relations.detect` sorts them (by day,
            then rank, position and id).
        containers: The keys of the places containing a fact's place (as the fact holds
            it, normalised); an empty tuple for unknown places.
        key: The key of a fact's place, in the same terms as `containers` returns them,
            or None when unknown; by default the place as the fact holds it.
        tolerance: Share by which both figures are widened before the part is said to
            exceed the whole.
        window_days: How many days apart two statements may be and still be compared.
        lookback: How many statements of other origins a claim is compared with at most,
            per block.
        metrics: The metrics compared; by default the tallies of events (`TALLIES`).

    Returns:
        One `Relation.CONFLICTS` link per pair of claims, from the earlier to the later,
        with the ratio of their figures (the largest, when they conflict on several
        facts) and the two figures in link order.

    Notes:
        Each claim does O(facts x containers x lookback) work after one lookup of each
        distinct place, so the pass is linear in the number of claims.

    Examples:
        >>> from types import SimpleNamespace as Rec
        >>> def rec(i, origin, place, figure):
        ...     return Rec(id=i, doc=i, origin=origin, speaker=origin, day=1, known=True,
        ...                derived=False, base=None, older=False, span=0,
        ...                flat=(("killed", "people", place, ""), figure))
        >>> inside = {"kharkiv": ("ukraine",)}
        >>> links = nested_conflicts(
        ...     [rec("a", "mayor", "kharkiv", Figure.at_least(30, metric="killed")),
        ...      rec("b", "ministry", "ukraine", Figure.exact(12, metric="killed"))],
        ...     containers=lambda place: inside.get(place, ()))
        >>> [(link.a, link.b, link.kind.value, link.ratio) for link in links]
        [('a', 'b', 'conflicts', 2.5)]
        >>> links[0].why
        'kharkiv is inside ukraine: at least 30 killed there against 12 in all of ukraine'
    """
    rows = nested_rows(
        records,
        containers=containers,
        key=key,
        tolerance=tolerance,
        window_days=window_days,
        lookback=lookback,
        metrics=metrics,
    )
    from claimtrack.graph.relations import to_link  # it imports this module

    return [to_link(row) for row in rows]
