"""
Attribution reports: what stands unverified, what conflicts, who said what.

`report(graph_or_store, format=...)` renders one report model (see `build`) as Markdown,
one self-contained HTML page (needs the `claimtrack[html]` extra), JSON (schema
`claimtrack.report/1`) or CSV.
"""

from __future__ import annotations

from typing import Any

from claimtrack.errors import ReportError
from claimtrack.report.build import SCHEMA, ReportModel, build

__all__ = ["FORMATS", "SCHEMA", "ReportModel", "build", "report"]

FORMATS = ("markdown", "html", "json", "csv")
"""The formats `report` writes."""


def report(
    source: Any,
    format: str = "markdown",
    *,
    title: str | None = None,
    rows: str = "claims",
    **filters: Any,
) -> str:
    """
    Return a report of the claims in a graph or a store.

    Args:
        source: A `ClaimGraph`, or a `Store` (anything with a `graph()` method).
        format: `"markdown"`, `"html"`, `"json"` or `"csv"`.
        title: The report's title (default "Claims report").
        rows: For CSV: `"claims"` (one row per claim) or `"figures"` (one per figure).
        filters: speaker, organization, place, metric, since, until, min_value.

    Returns:
        The report as text.

    Raises:
        ReportError: For an unknown format, rows value or filter.
        MissingDependencyError: For HTML without Jinja2.

    Examples:
        >>> class Empty:  # the part of the ClaimGraph API a report reads
        ...     def claims(self, **f): return []
        ...     def documents(self): return []
        ...     def relations(self, kind=None): return iter(())
        ...     def unverified(self, **f): return []
        ...     def conflicts(self, **f): return []
        ...     def timeline(self, metric, place=None, **f): return []
        >>> print(report(Empty(), "markdown", title="Nothing yet").splitlines()[0])
        # Nothing yet
        >>> import json
        >>> json.loads(report(Empty(), "json"))["schema"]
        'claimtrack.report/1'
    """
    if format not in FORMATS:
        msg = f"unknown report format {format!r}; use one of {', '.join(FORMATS)}"
        raise ReportError(msg)
    if rows not in ("claims", "figures"):
        msg = f"rows must be 'claims' or 'figures', got {rows!r}"
        raise ReportError(msg)
    if format == "csv":
        from claimtrack.export.records import to_records
        from claimtrack.report.build import FILTERS, resolve_graph
        from claimtrack.report.tabular import render_csv

        unknown = sorted(set(filters) - set(FILTERS))
        if unknown:
            msg = f"unknown report filter {', '.join(unknown)}; use {', '.join(FILTERS)}"
            raise ReportError(msg)
        return render_csv(to_records(resolve_graph(source), rows=rows, **filters), rows=rows)
    model = build(source, title=title, **filters)
    if format == "markdown":
        from claimtrack.report.markdown import render_markdown

        return render_markdown(model)
    if format == "html":
        from claimtrack.report.html import render_html

        return render_html(model)
    from claimtrack.report.jsondoc import render_json

    return render_json(model)
