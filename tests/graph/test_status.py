"""Tests for claimtrack.graph.status."""

from __future__ import annotations

from claimtrack.graph.status import Status, derive, newest
from claimtrack.model import Assessment, Verdict


class TestDerive:
    def test_superseded_beats_contested(self) -> None:
        """A superseded claim is superseded even if it was contested."""
        assert derive(superseded=True, contested=True, corroborated=False) == Status.SUPERSEDED

    def test_nothing_is_unverified(self) -> None:
        """With no relations a claim is unverified."""
        assert derive(superseded=False, contested=False, corroborated=False) == Status.UNVERIFIED


class TestNewest:
    def test_latest_by_date_wins(self) -> None:
        """The latest assessment wins whatever the order given."""
        a = Assessment("c", Verdict.RETRACTED, by="x", on="2022-03-05")
        b = Assessment("c", Verdict.MISLEADING, by="y", on="2022-03-01")
        assert a == newest([a, b])

    def test_empty(self) -> None:
        """No assessments, no winner."""
        assert newest([]) is None
