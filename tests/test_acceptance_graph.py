"""
Acceptance: the claim graph against the Kharkiv / civilian-toll event fixture.

Level 1 builds claims straight from the fixture's annotations (no extraction) and checks
every annotated relation and alias group. Level 2 runs extraction on the articles first
and matches the produced claims to the annotated ones by content-span overlap.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from claimtrack.graph import ClaimGraph
from claimtrack.model import (
    Attribution,
    Claim,
    Document,
    Figure,
    Organization,
    Person,
    Qualifier,
    Relation,
    Source,
    Span,
)

EVENTS = Path(__file__).resolve().parents[1] / ".." / "shared" / "fixtures" / "events"
CLAIM_KINDS = (Relation.CORROBORATES, Relation.CONFLICTS, Relation.UPDATES, Relation.REPEATS)

pytestmark = pytest.mark.skipif(not EVENTS.is_dir(), reason="the shared event fixture is absent")


def _load() -> tuple[dict[str, Any], list[dict[str, Any]]]:
    expected = json.loads((EVENTS / "expected.json").read_text(encoding="utf-8"))
    articles = json.loads((EVENTS / "articles.json").read_text(encoding="utf-8"))
    return expected, articles


def _source(article: dict[str, Any]) -> Source:
    wire = article.get("wire") or ""
    credits = [] if "uncredited" in wire else [w.strip() for w in wire.split("/") if w.strip()]
    return Source(
        id=article["id"],
        title=article["title"],
        publisher=article["outlet"],
        published=article["published"],
        credits=credits,
    )


def _figure(data: dict[str, Any]) -> Figure:
    return Figure(
        low=data["low"],
        high=data["high"],
        low_inclusive=data.get("low_inclusive", True),
        qualifier=Qualifier(data["qualifier"]),
        text=data["text"],
        span=Span(*data["span"]),
        metric=data["metric"],
        population=data["population"],
    )


def _speaker_name(claim: dict[str, Any], spellings: dict[str, set[str]]) -> str:
    """The words naming the speaker when they are a spelling of the name, else the name."""
    mention = (claim["speaker_mention"] or "").strip()
    for prefix in ("the ", "The "):
        if mention.startswith(prefix):
            mention = mention[len(prefix) :]
    known = spellings.get(claim["speaker"], set())
    if mention.lower() in {s.lower() for s in known}:
        return mention
    return str(claim["speaker"])


def build_documents() -> list[Document]:
    """Documents with the fixture's annotated claims (required figures only)."""
    expected, articles = _load()
    spellings: dict[str, set[str]] = {}
    for group in expected["aliases"]:
        spellings[group["canonical"]] = {group["canonical"], *group["variants"]}
    by_article: dict[str, list[dict[str, Any]]] = {}
    for claim in expected["claims"]:
        by_article.setdefault(claim["article"], []).append(claim)
    documents = []
    for article in articles:
        source = _source(article)
        text = (EVENTS / "articles" / article["file"]).read_text(encoding="utf-8")
        claims = []
        for data in by_article.get(article["file"], []):
            speaker: Person | Organization | None = None
            if data["speaker"] is not None:
                name = _speaker_name(data, spellings)
                speaker = Person(name) if data["speaker_kind"] == "person" else Organization(name)
            organization = Organization(data["organization"]) if data["organization"] else None
            claims.append(
                Claim(
                    id=data["id"],
                    content=data["content"],
                    content_span=Span(*data["content_span"]),
                    source=source,
                    attribution=Attribution(
                        speaker=speaker,
                        role=data["role"],
                        organization=organization,
                        cue=data["cue"],
                        mode=data["mode"],
                    ),
                    figures=[_figure(f) for f in data["figures"] if f.get("required", True)],
                    said_on=data["said_on"],
                    place=data["place"],
                )
            )
        documents.append(Document(source, text, claims=claims))
    return documents


def _roots(relations: Iterable[dict[str, Any]]) -> dict[str, str]:
    """Each annotated copy mapped to the claim it repeats (the fixture's origin claim)."""
    return {r["b"]: r["a"] for r in relations if r["type"] == "REPEATS"}


def score(
    graph: ClaimGraph, relations: list[dict[str, Any]], rename: dict[str, str] | None = None
) -> dict[str, dict[str, float]]:
    """
    Precision and recall per relation type. Recall counts annotated pairs found exactly
    (direction ignored except for updates); precision counts produced links whose ends
    are, up to the fixture's own repeats, an annotated pair.
    """
    rename = rename or {}
    roots = _roots(relations)

    def canon(cid: str) -> str:
        return roots.get(cid, cid)

    produced: dict[Relation, list[tuple[str, str]]] = {k: [] for k in CLAIM_KINDS}
    for link in graph.relations():
        if link.kind in produced and link.a in rename and link.b in rename:
            produced[link.kind].append((rename[link.a], rename[link.b]))
    result: dict[str, dict[str, float]] = {}
    for kind in CLAIM_KINDS:
        wanted = [(r["a"], r["b"]) for r in relations if r["type"] == kind.name]
        got = produced[kind]
        got_pairs = {frozenset(p) for p in got}
        if kind is Relation.UPDATES:
            found = [p for p in wanted if p in set(got)]
        elif kind is Relation.REPEATS:
            found = [
                p
                for p in wanted
                if p in set(got)
                or (
                    canon(p[1]) == canon(p[0])
                    and any(p[1] == b and canon(a) == p[0] for a, b in got)
                )
            ]
        else:
            found = [p for p in wanted if frozenset(p) in got_pairs]
        wanted_canon = {frozenset((canon(a), canon(b))) for a, b in wanted}
        if kind is Relation.REPEATS:
            good = [p for p in got if canon(p[1]) == canon(p[0]) or tuple(p) in set(wanted)]
        else:
            good = [p for p in got if frozenset((canon(p[0]), canon(p[1]))) in wanted_canon]
        result[kind.name] = {
            "expected": len(wanted),
            "produced": len(got),
            "recall": len(found) / len(wanted) if wanted else 1.0,
            "precision": len(good) / len(got) if got else 1.0,
        }
    return result


def _table(title: str, scores: dict[str, dict[str, float]]) -> str:
    lines = [title, f"{'relation':<14}{'expected':>9}{'produced':>9}{'precision':>10}{'recall':>8}"]
    for kind, s in scores.items():
        lines.append(
            f"{kind:<14}{s['expected']:>9.0f}{s['produced']:>9.0f}{s['precision']:>10.2f}{s['recall']:>8.2f}"
        )
    return "\n".join(lines)


@pytest.fixture(scope="module")
def fixture_graph() -> ClaimGraph:
    graph = ClaimGraph()
    graph.add_many(build_documents())
    graph.link()
    return graph


class TestGraphOnly:
    def test_relations_recall_and_precision(self, fixture_graph: ClaimGraph) -> None:
        """Every annotated relation is found and most produced links are annotated."""
        expected, _ = _load()
        ids = {c["id"]: c["id"] for c in expected["claims"]}
        scores = score(fixture_graph, expected["relations"], ids)
        print("\n" + _table("graph only (claims from the annotations)", scores))
        assert dict.fromkeys(scores, 1.0) == {k: round(s["recall"], 2) for k, s in scores.items()}
        assert all(s["precision"] >= 0.5 for s in scores.values())

    def test_no_conflict_where_the_fixture_sees_updates_or_repeats(
        self, fixture_graph: ClaimGraph
    ) -> None:
        """Pairs annotated as updates or repeats are never linked as conflicts."""
        expected, _ = _load()
        calm = {
            frozenset((r["a"], r["b"]))
            for r in expected["relations"]
            if r["type"] in ("UPDATES", "REPEATS")
        }
        conflicts = {
            frozenset((link.a, link.b)) for link in fixture_graph.relations(Relation.CONFLICTS)
        }
        assert set() == calm & conflicts

    def test_un_floor_is_not_in_conflict_with_the_higher_claim(
        self, fixture_graph: ClaimGraph
    ) -> None:
        """The UN's 474 against the emergency service's more than 2,000 is no conflict."""
        ses = {"007-1", "008-1", "009-1", "010-1"}
        un = {"011-1", "012-2", "012-3", "009-3"}
        pairs = {
            frozenset((link.a, link.b)) for link in fixture_graph.relations(Relation.CONFLICTS)
        }
        assert [p for p in pairs if p & ses and p & un] == []

    def test_alias_groups_resolve_to_one_entity(self, fixture_graph: ClaimGraph) -> None:
        """Every spelling in an alias group resolves to one canonical name."""
        expected, _ = _load()
        for group in expected["aliases"]:
            names = [group["canonical"], *group["variants"]]
            keys = {fixture_graph.resolver.key(n) for n in names}
            assert len(keys) == 1, (group["canonical"], keys)

    def test_copies_share_their_origin(self, fixture_graph: ClaimGraph) -> None:
        """Syndicated copies trace back to the first publication, not to their outlet."""
        origins = fixture_graph.origins("008-1")
        assert [o.first_claim_id for o in origins] == ["007-1"]

    def test_status_of_a_revised_toll(self, fixture_graph: ClaimGraph) -> None:
        """The governor's first toll is superseded by his revision; the UN's latest is not."""
        assert fixture_graph.status("001-1").value == "superseded"
        assert fixture_graph.status("012-2").value != "superseded"


def _extract() -> Any:
    module = importlib.import_module("claimtrack.extract")
    return getattr(module, "extract", None)


class TestFullPipeline:
    def test_extraction_then_graph(self) -> None:
        """Extraction then the graph recovers every annotated relation (numbers printed)."""
        extract = _extract()
        assert extract is not None, "claimtrack.extract.extract is missing"
        expected, articles = _load()
        documents = []
        for article in articles:
            source = _source(article)
            text = (EVENTS / "articles" / article["file"]).read_text(encoding="utf-8")
            doc = extract(
                text,
                published=article["published"],
                publisher=article["outlet"],
                title=article["title"],
                credits=list(source.credits),
            )
            documents.append((article["file"], doc))
        rename: dict[str, str] = {}
        for file, doc in documents:
            annotated = [c for c in expected["claims"] if c["article"] == file]
            for claim in doc.claims:
                if claim.content_span is None:
                    continue
                best, overlap = None, 0
                for want in annotated:
                    start, end = want["content_span"]
                    shared = min(end, claim.content_span.end) - max(start, claim.content_span.start)
                    if shared > overlap:
                        best, overlap = want["id"], shared
                if best is not None and best not in rename.values():
                    rename[claim.id] = best
        graph = ClaimGraph()
        graph.add_many(doc for _, doc in documents)
        scores = score(graph, expected["relations"], rename)
        print("\n" + _table("full pipeline (extraction then graph)", scores))
        matched = len(rename) / len(expected["claims"])
        print(f"claims matched by span overlap: {matched:.2f}")
        assert 1.0 == matched
        # Every annotated relation is found from extracted claims, and few extra links appear.
        assert dict.fromkeys(scores, 1.0) == {k: round(s["recall"], 2) for k, s in scores.items()}
        assert all(s["precision"] >= 0.85 for s in scores.values()), scores
