"""Tests for claimtrack.graph.origins."""

from __future__ import annotations

from claimtrack.graph.origins import Origin, TimelinePoint, find_cycles
from claimtrack.model import Figure
from claimtrack.serialize import from_json, to_json


class TestFindCycles:
    def test_no_cycle(self) -> None:
        """A chain of citations is not circular."""
        assert find_cycles([("a", "b"), ("b", "c")]) == []

    def test_two_loops(self) -> None:
        """Each loop is reported once, from its smallest node."""
        assert find_cycles([("b", "a"), ("a", "b"), ("d", "e"), ("e", "c"), ("c", "d")]) == [
            ["a", "b"],
            ["c", "d", "e"],
        ]


class TestRecords:
    def test_round_trip(self) -> None:
        """Origins and timeline points serialise with the one converter."""
        origin = Origin("person:x", "src-1", "clm-1", "2022-03-02T10:00:00Z")
        point = TimelinePoint("2022-03-02T10:00:00Z", Figure.exact(5), "clm-1", None, "src-1")
        assert (origin, point) == (from_json(to_json(origin)), from_json(to_json(point)))
