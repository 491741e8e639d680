"""Tests for claimtrack.report.report: every format from the fixtures and from extraction."""

from __future__ import annotations

import csv
import io
import json

import pytest

from claimtrack.errors import ReportError
from claimtrack.report import FORMATS, report
from tests.report.graphs import events_graph, extracted_graph, kharkiv_stub


class TestReport:
    """report() renders one model in every format."""

    def test_unknown_format(self) -> None:
        """An unknown format names the known ones."""
        graph, _ = kharkiv_stub()
        with pytest.raises(
            ReportError, match="unknown report format 'pdf'; use one of markdown, html, json, csv"
        ):
            report(graph, "pdf")

    def test_formats_agree(self) -> None:
        """Markdown, HTML, JSON and CSV report the same claims."""
        graph, _c = kharkiv_stub()
        data = json.loads(report(graph, "json"))
        rows = list(csv.DictReader(io.StringIO(report(graph, "csv"))))
        assert set(data["claims"]) == {r["claim_id"] for r in rows}
        assert "200 homes were damaged" in report(graph, "markdown")
        assert "200 homes were damaged" in report(graph, "html")


@pytest.mark.parametrize("fmt", FORMATS)
class TestReportFromFixtures:
    """Each format from the annotated seed and events fixtures (read from ../shared)."""

    def test_fixture_report(self, fmt: str) -> None:
        """Every format names the Kharkiv mayor and the emergency service's toll."""
        text = report(events_graph(), fmt, title="Fixtures")
        assert "Ihor Terekhov" in text
        assert "2,000" in text or "2000" in text


@pytest.mark.parametrize("fmt", FORMATS)
class TestReportFromExtraction:
    """Each format from claimtrack's own extraction of the seed and events articles."""

    def test_extracted_report(self, fmt: str) -> None:
        """The report lists the extracted claims and is well formed."""
        graph = extracted_graph()
        text = report(graph, fmt)
        claims = list(graph.claims())
        assert claims
        if fmt == "json":
            assert len(claims) == json.loads(text)["summary"]["claims"]
        elif fmt == "csv":
            assert len(claims) == len(list(csv.DictReader(io.StringIO(text))))
        else:
            assert "Unverified claims" in text


class TestReportFromStore:
    """A Store is reported through its graph."""

    def test_store_and_graph_agree(self) -> None:
        """report(store) equals report(store.graph()) in every format."""
        from claimtrack.store import Store
        from tests.report.graphs import kharkiv_scenario

        documents, _, _ = kharkiv_scenario()
        with Store(":memory:") as store:
            for document in documents:
                store.add(document)
            for fmt in FORMATS:
                assert report(store.graph(), fmt) == report(store, fmt)
            assert 9 == json.loads(report(store, "json"))["summary"]["claims"]
