"""
Acceptance tests: find_figures on the claims of the shared seed and event fixtures.

The fixtures live beside the checkout in ../shared and are read at run time, never copied.
Every figure marked `required` must be found with the same text, qualifier and bounds, and
the same metric and population after the small synonym table below.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from claimtrack.extract.figures import find_figures
from claimtrack.model import Figure

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
FIXTURES = [
    SHARED / "fixtures" / "seed" / "expected.json",
    SHARED / "fixtures" / "events" / "expected.json",
]

# The fixtures' metric words that our vocabulary spells differently.
METRIC_SYNONYMS = {"fleeing": "fled", "fled abroad": "fled", "killed (daily increase)": "killed"}
# Measures: the fixtures give the unit as the population; we give it as the unit.
UNIT_POPULATIONS = {"kilometers": "km", "kilometres": "km", "miles": "mi"}
# Populations the fixtures take from an earlier sentence ("Of those, 902 people were
# killed" counts civilians because the sentence before counts civilian casualties). Read
# alone, the claim's words say "people"; that is accepted for these.
CONTEXT_POPULATIONS = {"civilians": "people"}
# Figures whose metric is named only in an earlier sentence ("Of those, 545 were in the
# Donetsk and Luhansk regions"): the claim's own words do not say what is counted, so only
# the interval is checked and find_figures must not guess a metric.
CONTEXT_METRICS = {("011-4", "545")}


def _load() -> list[tuple[str, str, dict[str, Any]]]:
    """Return (claim id, content, expected figure) for every figure in the fixtures."""
    rows = []
    for path in FIXTURES:
        data = json.loads(path.read_text(encoding="utf-8"))
        for claim in data["claims"]:
            for figure in claim.get("figures") or []:
                rows.append((claim["id"], claim["content"], figure))
    return rows


def _strip_more(text: str) -> str:
    """The fixtures are not consistent on whether "more" in "7 more" belongs to the text."""
    for tail in (" more", " others", " other"):
        if text.endswith(tail):
            return text[: -len(tail)]
    return text


def _found(content: str, expected: dict[str, Any]) -> Figure | None:
    """Return the figure found at the place the expected one starts, if any."""
    where = content.find(expected["text"])
    for figure in find_figures(content):
        if figure.span is not None and figure.span.start == where:
            return figure
    return None


def _matches(claim_id: str, content: str, expected: dict[str, Any]) -> tuple[bool, str]:
    """Return whether the found figure matches the expected one, and why not."""
    figure = _found(content, expected)
    if figure is None:
        return False, "not found"
    got_interval = (_strip_more(figure.text), figure.qualifier.value, figure.low, figure.high)
    want_interval = (
        _strip_more(expected["text"]),
        expected["qualifier"],
        expected["low"],
        expected["high"],
    )
    if got_interval != want_interval:
        return False, f"interval {got_interval} != {want_interval}"
    if (claim_id, expected["text"]) in CONTEXT_METRICS:
        return figure.metric is None, f"guessed metric {figure.metric}"
    metric = METRIC_SYNONYMS.get(expected["metric"], expected["metric"])
    if expected["population"] in UNIT_POPULATIONS:
        got = (figure.metric, figure.unit)
        want = (metric, UNIT_POPULATIONS[expected["population"]])
        return got == want, f"{got} != {want}"
    populations = {expected["population"], CONTEXT_POPULATIONS.get(expected["population"])}
    ok = figure.metric == metric and figure.population in populations
    return ok, f"{(figure.metric, figure.population)} != {(metric, expected['population'])}"


ROWS = _load() if all(path.exists() for path in FIXTURES) else []
REQUIRED = [row for row in ROWS if row[2]["required"]]
OPTIONAL = [row for row in ROWS if not row[2]["required"]]

needs_fixtures = pytest.mark.skipif(
    not ROWS, reason="../shared fixtures are not beside the checkout"
)


@needs_fixtures
class TestRequiredFigures:
    @pytest.mark.parametrize(
        ("claim_id", "content", "expected"),
        REQUIRED,
        ids=[f"{row[0]}:{row[2]['text']}" for row in REQUIRED],
    )
    def test_required_figure(self, claim_id: str, content: str, expected: dict[str, Any]) -> None:
        """A required fixture figure is found with its interval, metric and population."""
        ok, why = _matches(claim_id, content, expected)
        assert (True, claim_id) == (ok, claim_id), why


@needs_fixtures
class TestFixtureCounts:
    def test_counts(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Report how many required and optional fixture figures match; all required do."""
        required = sum(_matches(*row)[0] for row in REQUIRED)
        optional = sum(_matches(*row)[0] for row in OPTIONAL)
        with capsys.disabled():
            print(
                f"\nfixture figures matched: required {required}/{len(REQUIRED)}, "
                f"not required {optional}/{len(OPTIONAL)}"
            )
        assert len(REQUIRED) == required
