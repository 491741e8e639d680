"""
Plain records of a claim graph: one dict per claim or per figure, for spreadsheets,
data frames and JSON Lines.

Values are strings, numbers, booleans or None only (no pandas needed): dates are ISO
8601 strings, enums their values. `to_records(graph, rows="figures")` gives one row per
figure with the claim's columns repeated, the long format pandas prefers.
"""

from __future__ import annotations

from typing import Any

from claimtrack.errors import ExportError
from claimtrack.model import Claim, Organization
from claimtrack.report.build import canonical_name

__all__ = ["CLAIM_COLUMNS", "FIGURE_COLUMNS", "to_records"]

CLAIM_COLUMNS = (
    "claim_id",
    "content",
    "speaker",
    "speaker_kind",
    "role",
    "organization",
    "cue",
    "mode",
    "said_on",
    "place",
    "hedges",
    "figures",
    "status",
    "source_id",
    "publisher",
    "title",
    "url",
    "published",
    "credits",
)
"""The columns of `rows="claims"`, in order."""

FIGURE_COLUMNS = (
    *CLAIM_COLUMNS[:2],
    "speaker",
    "role",
    "organization",
    "said_on",
    "place",
    "status",
    "source_id",
    "publisher",
    "published",
    "figure",
    "figure_text",
    "qualifier",
    "low",
    "high",
    "low_inclusive",
    "high_inclusive",
    "metric",
    "population",
    "unit",
    "change",
)
"""The columns of `rows="figures"`, in order."""


def _iso(value: Any) -> str | None:
    return None if value is None else str(value.isoformat())


def claim_record(graph: Any, claim: Claim) -> dict[str, Any]:
    """
    Return one claim as a flat dict of plain values (the `rows="claims"` columns).
    """
    attribution = claim.attribution
    speaker = attribution.speaker
    org = attribution.organization
    if org is None and isinstance(speaker, Organization):
        org = speaker
    status = graph.status(claim) if graph is not None else None
    return {
        "claim_id": claim.id,
        "content": claim.content,
        "speaker": canonical_name(graph, attribution.speaker_name),
        "speaker_kind": None if speaker is None else type(speaker).__name__.lower(),
        "role": attribution.role,
        "organization": canonical_name(graph, org.name) if org is not None else None,
        "cue": attribution.cue,
        "mode": attribution.mode.value,
        "said_on": _iso(claim.said_on),
        "place": claim.place,
        "hedges": "; ".join(claim.hedges),
        "figures": "; ".join(str(f) for f in claim.figures),
        "status": None if status is None else str(getattr(status, "value", status)),
        "source_id": claim.source.id,
        "publisher": claim.source.publisher,
        "title": claim.source.title,
        "url": claim.source.url,
        "published": _iso(claim.source.published),
        "credits": "; ".join(claim.source.credits),
    }


def to_records(source: Any, rows: str = "claims", **filters: Any) -> list[dict[str, Any]]:
    """
    Return the claims of a graph or store as plain dicts, one per claim or per figure.

    Args:
        source: A `ClaimGraph`, or a `Store` (anything with a `graph()` method).
        rows: `"claims"` for one row per claim, `"figures"` for one row per figure.
        filters: As in the graph queries (speaker, organization, place, metric, since,
            until, min_value).

    Returns:
        Dicts with the keys of `CLAIM_COLUMNS` or `FIGURE_COLUMNS`, oldest source first.

    Raises:
        ExportError: For another *rows*.

    Examples:
        >>> from claimtrack import Figure, Source, Claim
        >>> class Tiny:  # any object with the graph's claims() and status() will do
        ...     def claims(self, **filters):
        ...         src = Source(id="src-1", publisher="Example Wire")
        ...         return [Claim("clm-1", "25 killed", None, src, figures=[Figure.exact(25, metric="killed")])]
        ...     def status(self, claim):
        ...         return "unverified"
        >>> [(r["claim_id"], r["low"], r["metric"]) for r in to_records(Tiny(), rows="figures")]
        [('clm-1', 25, 'killed')]
    """
    if rows not in ("claims", "figures"):
        msg = f"rows must be 'claims' or 'figures', got {rows!r}"
        raise ExportError(msg)
    method = getattr(source, "graph", None)
    graph = method() if callable(method) else source
    active = {k: v for k, v in filters.items() if v is not None}
    claims = sorted(
        graph.claims(**active),
        key=lambda c: (
            c.source.published.timestamp() if c.source.published is not None else float("inf"),
            c.source.id,
            c.content_span.start if c.content_span is not None else 0,
            c.id,
        ),
    )
    out: list[dict[str, Any]] = []
    for claim in claims:
        record = claim_record(graph, claim)
        if rows == "claims":
            out.append(record)
            continue
        for figure in claim.figures:
            row = {key: record[key] for key in FIGURE_COLUMNS if key in record}
            row.update(
                figure=str(figure),
                figure_text=figure.text,
                qualifier=figure.qualifier.value,
                low=figure.low,
                high=figure.high,
                low_inclusive=figure.low_inclusive,
                high_inclusive=figure.high_inclusive,
                metric=figure.metric,
                population=figure.population,
                unit=figure.unit,
                change=None if figure.change is None else figure.change.value,
            )
            out.append({key: row[key] for key in FIGURE_COLUMNS})
    return out
