"""Robustness: no input crashes claimtrack from extraction to reports."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimtrack
from claimtrack.errors import ClaimtrackError
from claimtrack.graph import ClaimGraph
from claimtrack.model import Document, Span
from claimtrack.report import report

PUBLISHED = "2024-05-02T09:00:00Z"


def _graph(*texts: str) -> ClaimGraph:
    graph = ClaimGraph()
    for n, text in enumerate(texts):
        graph.add(claimtrack.extract(text, published=PUBLISHED, url=f"https://example.org/{n}"))
    graph.link()
    return graph


def _spans(obj: object) -> list[Span]:
    """Every Span inside an attrs object (depth first)."""
    if isinstance(obj, Span):
        return [obj]
    if attrs.has(type(obj)):
        return [s for field in attrs.fields(type(obj)) for s in _spans(getattr(obj, field.name))]
    if isinstance(obj, (list, tuple, frozenset, set)):
        return [s for item in obj for s in _spans(item)]
    return []


class TestTimeline:
    @pytest.mark.parametrize("metric", [None, "", "  "])
    def test_blank_metric_is_empty(self, metric: str) -> None:
        """A timeline for no metric is empty (it raised StopIteration on a claim)."""
        graph = _graph("Losses ran to tens of billions of dollars, the ministry said.")
        assert [] == graph.timeline(metric)

    def test_unknown_metric_is_empty(self) -> None:
        """A metric nobody states gives an empty timeline."""
        graph = _graph("Police said 40 people were killed in the blast on Monday.")
        assert [] == graph.timeline("evacuated")
