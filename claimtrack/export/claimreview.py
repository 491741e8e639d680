"""
schema.org ClaimReview JSON-LD for assessed claims, the format fact-checkers publish and
search engines read.

One `ClaimReview` per assessed claim, from its latest assessment: `claimReviewed` is the
claim's words, `itemReviewed` a `Claim` with its `author` (the speaker, with role and
organization), `appearance` (every source carrying it or a repeat of it) and
`firstAppearance` (the earliest), and `reviewRating` places the verdict on a 1 to 5 scale
with the verdict as `alternateName`.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from claimtrack.model import Assessment, Claim, Organization, Relation, Source, Verdict
from claimtrack.report.build import resolve_graph
from claimtrack.report.text import clean_text

__all__ = ["RATINGS", "claim_review", "to_claimreview", "write_claimreview"]

RATINGS: dict[Verdict, tuple[int, str]] = {
    Verdict.FALSE: (1, "False"),
    Verdict.MISLEADING: (2, "Misleading"),
    Verdict.RETRACTED: (3, "Retracted by its source"),
    Verdict.VERIFIED: (5, "Verified"),
}
"""Each verdict's `ratingValue` (worst 1, best 5) and `alternateName`."""
WORST, BEST = 1, 5


def _appearance(source: Source) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork"}
    if source.url:
        work["url"] = clean_text(source.url)
    if source.title:
        work["headline"] = clean_text(source.title)
    if source.published is not None:
        work["datePublished"] = source.published.isoformat()
    if source.publisher:
        work["publisher"] = {"@type": "Organization", "name": clean_text(source.publisher)}
    return work


def _author(claim: Claim, canonical: Any) -> dict[str, Any] | None:
    attribution = claim.attribution
    speaker = attribution.speaker
    if speaker is None:
        return None
    kind = "Organization" if isinstance(speaker, Organization) else "Person"
    author: dict[str, Any] = {"@type": kind, "name": clean_text(canonical(speaker.name))}
    if kind == "Person" and attribution.role:
        author["jobTitle"] = clean_text(attribution.role)
    org = attribution.organization
    if kind == "Person" and org is not None:
        author["affiliation"] = {"@type": "Organization", "name": clean_text(canonical(org.name))}
    return author


def claim_review(
    claim: Claim,
    assessment: Assessment,
    *,
    appearances: list[Source] | None = None,
    url: str | None = None,
    canonical: Any = None,
) -> dict[str, Any]:
    """
    Return the ClaimReview of *claim* by *assessment* as a JSON-LD dict.

    Args:
        claim: The claim reviewed.
        assessment: The verdict on it.
        appearances: The sources carrying the claim (default: its own source).
        url: The review's own URL (default: the claim's source URL with the claim id as
            fragment).
        canonical: A function giving a person's or organization's canonical name.

    Examples:
        >>> from claimtrack import Attribution, Person, Source
        >>> src = Source(id="src-1", url="https://example.org/a", published="2022-08-30T09:00:00Z")
        >>> claim = Claim("clm-1", "five people were killed", None, src, Attribution(Person("Ihor Terekhov")))
        >>> review = claim_review(claim, Assessment("clm-1", "false", by="Desk", on="2022-08-31T10:00:00Z"))
        >>> review["reviewRating"]["alternateName"], review["itemReviewed"]["author"]["name"]
        ('False', 'Ihor Terekhov')
    """
    name = canonical or (lambda n: n)
    sources = sorted(
        {s.id: s for s in (appearances or [claim.source])}.values(),
        key=lambda s: (s.published.timestamp() if s.published is not None else float("inf"), s.id),
    )
    value, verdict_name = RATINGS[assessment.verdict]
    item: dict[str, Any] = {"@type": "Claim"}
    author = _author(claim, name)
    if author is not None:
        item["author"] = author
    if claim.said_on is not None:
        item["datePublished"] = claim.said_on.isoformat()
    item["appearance"] = [_appearance(s) for s in sources]
    item["firstAppearance"] = _appearance(sources[0])
    rating: dict[str, Any] = {
        "@type": "Rating",
        "ratingValue": value,
        "bestRating": BEST,
        "worstRating": WORST,
        "alternateName": verdict_name,
    }
    if assessment.note:
        rating["ratingExplanation"] = clean_text(assessment.note)
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": clean_text(claim.content),
        "itemReviewed": item,
        "reviewRating": rating,
        "author": {"@type": "Organization", "name": clean_text(assessment.by)},
        "datePublished": assessment.on.date().isoformat(),
    }
    if url is None and claim.source.url:
        url = f"{clean_text(claim.source.url)}#{claim.id}"
    if url:
        review["url"] = url
    return review


def to_claimreview(source: Any, *, base_url: str | None = None) -> list[dict[str, Any]]:
    """
    Return a ClaimReview for every assessed claim of a graph or store, oldest claim first.

    Args:
        source: A `ClaimGraph`, or a `Store` (anything with a `graph()` method).
        base_url: Where the reviews are published: each review's `url` becomes
            `base_url + "#" + claim id` (default: the claim's source URL and its id).

    Returns:
        JSON-LD dicts, one per assessed claim, from its latest assessment.
    """
    graph = resolve_graph(source)
    claims = {c.id: c for c in graph.claims()}
    groups: dict[str, set[str]] = {cid: {cid} for cid in claims}
    for link in _links(graph, Relation.REPEATS):
        if link.a in groups and link.b in groups:
            merged = groups[link.a] | groups[link.b]
            for cid in merged:
                groups[cid] = merged
    method = getattr(graph, "canonical", None)

    def canonical(name: str) -> str:
        if callable(method):
            try:
                return str(method(name))
            except Exception:  # an unknown name keeps its own spelling
                return name
        return name

    reviews: list[tuple[tuple[float, str], dict[str, Any]]] = []
    for claim_id, claim in claims.items():
        assessments = list(graph.assessments(claim_id))
        if not assessments:
            continue
        latest = max(assessments, key=lambda a: a.on)
        appearances = [claims[cid].source for cid in sorted(groups[claim_id])]
        url = f"{base_url}#{claim_id}" if base_url else None
        review = claim_review(claim, latest, appearances=appearances, url=url, canonical=canonical)
        published = claim.source.published
        order = (published.timestamp() if published is not None else float("inf"), claim_id)
        reviews.append((order, review))
    return [review for _, review in sorted(reviews, key=lambda r: r[0])]


def _links(graph: Any, kind: Relation) -> list[Any]:
    try:
        return list(graph.relations(kind))
    except TypeError:
        return list(graph.relations(kind=kind))


def write_claimreview(
    source: Any, path: str | os.PathLike[str], *, base_url: str | None = None
) -> Path:
    """
    Write the ClaimReviews of a graph or store to *path* as one JSON-LD array.

    Returns:
        The path written.
    """
    target = Path(path)
    text = json.dumps(to_claimreview(source, base_url=base_url), ensure_ascii=False, indent=2)
    target.write_text(text + "\n", encoding="utf-8")
    return target
