"""Tests for claimtrack.export.records: plain dict rows."""

from __future__ import annotations

import json

import pytest

from claimtrack.errors import ExportError
from claimtrack.export.records import CLAIM_COLUMNS, FIGURE_COLUMNS, to_records
from tests.report.graphs import events_graph, kharkiv_stub


class TestToRecords:
    """One plain dict per claim or per figure."""

    def test_claim_rows(self) -> None:
        """Each claim once, with the documented keys, oldest first."""
        graph, c = kharkiv_stub()
        rows = to_records(graph)
        assert 9 == len(rows)
        assert all(list(CLAIM_COLUMNS) == list(r) for r in rows)
        assert c["governor"].id == rows[0]["claim_id"]
        assert {
            "speaker": "Ihor Terekhov",
            "speaker_kind": "person",
            "role": "mayor",
            "organization": "Kharkiv",
            "mode": "indirect",
            "status": "contested",
            "published": "2022-08-30T10:30:00+03:00",
        }.items() <= next(r for r in rows if r["claim_id"] == c["mayor"].id).items()

    def test_figure_rows(self) -> None:
        """One row per figure with bounds as numbers (None for an open end)."""
        graph, c = kharkiv_stub()
        rows = to_records(graph, rows="figures")
        mayor = next(r for r in rows if r["claim_id"] == c["mayor"].id)
        assert list(FIGURE_COLUMNS) == list(mayor)
        assert (5, None, "at_least", "killed", "people") == (
            mayor["low"],
            mayor["high"],
            mayor["qualifier"],
            mayor["metric"],
            mayor["population"],
        )

    def test_plain_values(self) -> None:
        """Every value is JSON-ready: str, int, float, bool or None."""
        rows = to_records(events_graph(), rows="figures")
        assert rows
        assert all(type(v) in {str, int, float, bool, type(None)} for r in rows for v in r.values())
        json.dumps(rows, allow_nan=False)

    def test_bad_rows(self) -> None:
        """rows must be claims or figures."""
        graph, _ = kharkiv_stub()
        with pytest.raises(ExportError, match="rows must be 'claims' or 'figures', got 'x'"):
            to_records(graph, rows="x")


class TestToRecordsFromStore:
    """A Store is read through its graph."""

    def test_store(self) -> None:
        """The store's claims, one row each."""
        from claimtrack.store import Store
        from tests.report.graphs import kharkiv_scenario

        documents, _, _ = kharkiv_scenario()
        with Store(":memory:") as store:
            for document in documents:
                store.add(document)
            assert 9 == len(to_records(store))
