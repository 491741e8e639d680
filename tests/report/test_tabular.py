"""Tests for claimtrack.report.tabular: CSV reports."""

from __future__ import annotations

import csv
import io

import pytest

from claimtrack.errors import ReportError
from claimtrack.export.records import CLAIM_COLUMNS, FIGURE_COLUMNS
from claimtrack.report import report
from claimtrack.report.tabular import defuse
from tests.report.graphs import PAYLOADS, hostile_graph, kharkiv_stub


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


class TestCsvReport:
    """One row per claim or per figure, with a header, safe to open in a spreadsheet."""

    def test_claim_rows(self) -> None:
        """Nine claims, the documented columns, oldest source first."""
        graph, c = kharkiv_stub()
        text = report(graph, "csv")
        rows = _rows(text)
        assert list(CLAIM_COLUMNS) == text.splitlines()[0].split(",")
        assert 9 == len(rows)
        assert c["governor"].id == rows[0]["claim_id"]
        assert ("Oleh Syniehubov", "governor", "contested") == (
            rows[0]["speaker"],
            rows[0]["role"],
            rows[0]["status"],
        )

    def test_figure_rows(self) -> None:
        """One row per figure, with its bounds as numbers and its qualifier."""
        graph, _ = kharkiv_stub()
        text = report(graph, "csv", rows="figures")
        rows = _rows(text)
        assert list(FIGURE_COLUMNS) == text.splitlines()[0].split(",")
        mayor = next(r for r in rows if r["speaker"] == "Ihor Terekhov" and r["metric"] == "killed")
        assert ("5", "", "at_least", "False") == (
            mayor["low"],
            mayor["high"],
            mayor["qualifier"],
            mayor["change"] or "False",
        )

    def test_filters(self) -> None:
        """Filters apply to CSV rows too."""
        graph, _ = kharkiv_stub()
        assert 2 == len(_rows(report(graph, "csv", speaker="Ihor Terekhov")))

    def test_formula_injection_defused(self) -> None:
        """No cell starts with a formula character."""
        rows = _rows(report(hostile_graph(), "csv"))
        cells = [v for row in rows for v in row.values() if v]
        assert not [v for v in cells if v[0] in "=+-@\t\r"]
        assert "'" + PAYLOADS[5] == rows[0]["credits"]

    def test_bad_rows(self) -> None:
        """rows must be claims or figures."""
        graph, _ = kharkiv_stub()
        with pytest.raises(ReportError, match="rows must be 'claims' or 'figures'"):
            report(graph, "csv", rows="people")


class TestDefuse:
    """defuse quotes formula-looking strings and leaves the rest alone."""

    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            ("=1+1", "'=1+1"),
            ("+7", "'+7"),
            ("-3 injured", "'-3 injured"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("five", "five"),
            (-3, -3),
            (None, None),
        ],
    )
    def test_defuse(self, value: object, expected: object) -> None:
        """Strings starting = + - @ tab or CR get a leading quote; numbers stay."""
        assert expected == defuse(value)
