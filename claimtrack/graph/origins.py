"""
Origins and independence: where a claim first came from, and reporting that loops.

A claim's origin is its original speaker (after who-is-who resolution; the outlet, or the
wire it credits, for an unattributed report) together with the first publication of the
statement. Copies, wire pickups and re-reports share the origin of the claim they repeat,
so counting corroboration counts origins, never outlets or URLs.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs
import networkx as nx
import pendulum

from claimtrack.model import Figure, to_datetime
from claimtrack.serialize import register_type

__all__ = ["Origin", "TimelinePoint", "find_cycles"]


def _opt_datetime(value: object) -> pendulum.DateTime | None:
    return None if value is None else to_datetime(value)


@attrs.frozen
class Origin:
    """
    Where a claim traces back to: the speaker's entity key, and the first source and
    claim that carried the statement.

    Examples:
        >>> Origin("person:ihor terekhov", "src-1", "clm-1", "2022-08-30T11:00:00Z").speaker
        'person:ihor terekhov'
    """

    speaker: str
    first_source_id: str
    first_claim_id: str
    published: pendulum.DateTime | None = attrs.field(default=None, converter=_opt_datetime)


@attrs.frozen
class TimelinePoint:
    """
    One figure of a running tally (or, from `timeline(..., changes=True)`, one change):
    when it was stated, by whom, where, and what it counts.

    `population` is who the figure counts, in the graph's comparable form ("people" for
    people, civilians and residents; "soldiers"), so two figures of one claim ("12
    soldiers and 30 civilians") can be told apart; None when a point was made without
    it. The unit, if any, is the figure's (`figure.unit`).

    Examples:
        >>> p = TimelinePoint("2022-03-08T00:00:00Z", Figure.exact(474), "clm-1",
        ...                   "organization:ohchr", "src-1", population="people")
        >>> p.figure.value, p.population
        (474, 'people')
    """

    when: pendulum.DateTime | None = attrs.field(converter=_opt_datetime)
    figure: Figure
    claim_id: str
    speaker: str | None
    source: str
    population: str | None = None


register_type(Origin)
register_type(TimelinePoint)


def find_cycles(edges: Iterable[tuple[str, str]], limit: int = 1000) -> list[list[str]]:
    """
    Return the cycles of a directed graph given as edges (who cites or repeats whom),
    each as a list of nodes starting from its smallest, sorted; at most *limit*.

    Examples:
        >>> find_cycles([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")])
        [['a', 'b', 'c']]
    """
    graph = nx.DiGraph()
    graph.add_edges_from((a, b) for a, b in edges if a != b)
    found: list[list[str]] = []
    for cycle in nx.simple_cycles(graph):
        start = cycle.index(min(cycle))
        found.append(cycle[start:] + cycle[:start])
        if len(found) >= limit:
            break
    return sorted(found)
