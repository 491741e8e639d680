"""
Documents and graphs for report and export tests.

`fixture_documents()` builds Documents from the annotations of the shared seed and
events fixtures, read at run time from ../shared (never copied): they stand in for
extraction so that reports are tested on realistic claims whatever the extractor does.
`make_graph()` uses claimtrack.graph.ClaimGraph when it exists, else `StubGraph`, a
minimal stand-in that takes its relations from the fixture annotations.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

from claimtrack.model import (
    Assessment,
    Attribution,
    AttributionMode,
    Claim,
    Document,
    Figure,
    Link,
    Organization,
    OrgKind,
    Period,
    Person,
    Relation,
    Source,
    Span,
    Verdict,
)

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SEED = SHARED / "fixtures" / "seed"
EVENTS = SHARED / "fixtures" / "events"


def _sentence_span(text: str, span: Span) -> Span:
    """The sentence around *span*: from the last full stop or line break before it."""
    start = span.start
    while start > 0 and text[start - 1] != "\n" and text[start - 2 : start] != ". ":
        start -= 1
    end = span.end
    while end < len(text) and text[end] != "\n" and text[end - 1 : end + 1] != ". ":
        end += 1
    return Span(start, min(end + 1, len(text)) if end < len(text) and text[end] == "." else end)


def _claim(source: Source, text: str, entry: dict[str, Any]) -> Claim:
    kind = entry.get("speaker_kind")
    speaker: Person | Organization | None = None
    if entry.get("speaker"):
        speaker = (
            Organization(entry["speaker"], OrgKind.OTHER)
            if kind == "organization"
            else Person(entry["speaker"])
        )
    org = Organization(entry["organization"]) if entry.get("organization") else None
    span = Span(*entry["content_span"])
    figures = [
        Figure(
            low=f["low"],
            high=f["high"],
            low_inclusive=f.get("low_inclusive", True),
            qualifier=f["qualifier"],
            text=f["text"],
            span=Span(*f["span"]) if f.get("span") else None,
            metric=f.get("metric"),
            population=f.get("population"),
            unit="percent" if f.get("low") is not None and 0 < f["low"] < 1 else None,
        )
        for f in entry.get("figures", [])
    ]
    period = Period(*entry["period"]) if entry.get("period") else None
    return Claim(
        id=Claim.make_id(source.id, span, entry["content"]),
        content=entry["content"],
        content_span=span,
        source=source,
        attribution=Attribution(
            speaker=speaker,
            role=entry.get("role"),
            organization=org,
            cue=entry.get("cue"),
            mode=AttributionMode(entry.get("mode") or "unattributed"),
            speaker_span=Span(*entry["speaker_span"]) if entry.get("speaker_span") else None,
            cue_span=Span(*entry["cue_span"]) if entry.get("cue_span") else None,
            speaker_mention=entry.get("speaker_mention"),
        ),
        figures=figures,
        said_on=entry.get("said_on"),
        period=period,
        place=entry.get("place"),
        sentence_span=_sentence_span(text, span),
    )


def events_documents() -> tuple[list[Document], dict[str, str], list[dict[str, Any]]]:
    """
    Return the events fixture as Documents, the map from annotation ids ("001-1") to
    claim ids, and the annotated relations.
    """
    articles = json.loads((EVENTS / "articles.json").read_text(encoding="utf-8"))
    expected = json.loads((EVENTS / "expected.json").read_text(encoding="utf-8"))
    by_file: dict[str, list[dict[str, Any]]] = {}
    for entry in expected["claims"]:
        by_file.setdefault(entry["article"], []).append(entry)
    ids: dict[str, str] = {}
    documents = []
    for article in articles:
        text = (EVENTS / "articles" / article["file"]).read_text(encoding="utf-8")
        source = Source(
            id=f"src-events-{article['id']}",
            title=article["title"],
            publisher=article["outlet"],
            url=article["url_of_real_source"],
            published=article["published"],
            credits=[article["wire"]] if article.get("wire") else [],
        )
        claims = []
        for entry in by_file.get(article["file"], []):
            claim = _claim(source, text, entry)
            ids[entry["id"]] = claim.id
            claims.append(claim)
        documents.append(Document(source, text, claims))
    return documents, ids, expected["relations"]


def seed_document() -> Document:
    """Return the seed article as a Document built from its annotations."""
    text = (SEED / "article.txt").read_text(encoding="utf-8")
    expected = json.loads((SEED / "expected.json").read_text(encoding="utf-8"))
    source = Source(
        id="src-seed",
        title="Ukraine says more than 2,000 civilians killed in first week",
        publisher="Seed Wire",
        url="https://example.org/seed",
        published="2022-03-02T12:00:00+00:00",
    )
    claims = [_claim(source, text, entry) for entry in expected["claims"]]
    return Document(source, text, claims)


def fixture_links(ids: dict[str, str], relations: Iterable[dict[str, Any]]) -> list[Link]:
    """The annotated relations as Links between claim ids."""
    return [
        Link(ids[r["a"]], ids[r["b"]], Relation(r["type"].lower()), why=r.get("why", ""))
        for r in relations
        if r["a"] in ids and r["b"] in ids
    ]


# --------------------------------------------------------------------------- stub graph


@attrs.frozen
class StubOrigin:
    """An origin record as the graph gives it."""

    speaker: str | None
    source_id: str
    claim_id: str
    published: Any


class StubGraph:
    """
    The part of the ClaimGraph API that reports and exports read, with given relations.
    """

    def __init__(self, documents: Iterable[Document], links: Iterable[Link] = ()) -> None:
        import networkx as nx

        self._docs = {d.id: d for d in documents}
        self._claims = {c.id: c for d in self._docs.values() for c in d.claims}
        self._links = list(links)
        self._assessments: dict[str, list[Assessment]] = {}
        for link in self._links:
            if link.kind is Relation.CONFLICTS and link.ratio is None:
                fa, fb = self._pair(link)
                if fa is not None and fb is not None:
                    object.__setattr__(link, "ratio", fa.ratio_to(fb))
                    object.__setattr__(link, "figures", (fa, fb))
        self.nx = nx.MultiDiGraph()
        for doc in self._docs.values():
            self.nx.add_node(doc.id, kind="source", label=doc.source.title or doc.id)
            for claim in doc.claims:
                self.nx.add_node(claim.id, kind="claim", claim=claim)
                self.nx.add_edge(claim.id, doc.id, kind=Relation.PUBLISHED_IN)
                if claim.speaker is not None:
                    key = f"entity:{claim.speaker.name}"
                    self.nx.add_node(key, kind="entity", label=claim.speaker.name)
                    self.nx.add_edge(claim.id, key, kind=Relation.SAID_BY)
        for link in self._links:
            self.nx.add_edge(link.a, link.b, kind=link.kind, why=link.why, link=link)

    def _pair(self, link: Link) -> tuple[Figure | None, Figure | None]:
        a, b = self._claims[link.a], self._claims[link.b]
        for fa in a.figures:
            for fb in b.figures:
                if fa.metric == fb.metric and not fa.overlaps(fb):
                    return fa, fb
        return None, None

    def claims(self, **filters: Any) -> list[Claim]:
        out = []
        for claim in self._claims.values():
            if "speaker" in filters and claim.attribution.speaker_name != filters["speaker"]:
                continue
            if "place" in filters and claim.place != filters["place"]:
                continue
            if "metric" in filters and not any(
                f.metric == filters["metric"] for f in claim.figures
            ):
                continue
            out.append(claim)
        return out

    def claim(self, claim_id: str) -> Claim:
        return self._claims[claim_id]

    def timeline(
        self, metric: str, place: str | None = None, *, changes: bool = False, **filters: Any
    ) -> list[Any]:
        """Like ClaimGraph.timeline: first statements (no repeats, no cites), one figure each."""
        from claimtrack.graph import TimelinePoint, norm_metric

        copies = {link.b for link in self._links if link.kind in (Relation.REPEATS, Relation.CITES)}
        wanted = norm_metric(metric)
        points = []
        for claim in self.claims(**filters):
            if claim.id in copies or (place is not None and claim.place != place):
                continue
            figure = next(
                (
                    f
                    for f in claim.figures
                    if norm_metric(f.metric) == wanted and (f.change is not None) == changes
                ),
                None,
            )
            if figure is None:
                continue
            name = claim.attribution.speaker_name
            points.append(
                TimelinePoint(
                    claim.source.published or claim.said_on,
                    figure,
                    claim.id,
                    f"person:{name.lower()}" if name else None,
                    claim.source.id,
                )
            )
        return sorted(points, key=lambda p: (p.when is None, p.when, p.claim_id))

    def documents(self) -> list[Document]:
        return list(self._docs.values())

    def document(self, source_id: str) -> Document:
        return self._docs[source_id]

    def relations(self, kind: Relation | None = None) -> Iterator[Link]:
        return iter([link for link in self._links if kind is None or link.kind is kind])

    def conflicts(self, **filters: Any) -> list[Link]:
        keep = {c.id for c in self.claims(**filters)}
        return [
            link
            for link in self._links
            if link.kind is Relation.CONFLICTS and (link.a in keep or link.b in keep)
        ]

    def corroborating(self, claim: Claim) -> list[Claim]:
        out = []
        for link in self._links:
            if link.kind is Relation.CORROBORATES and claim.id in (link.a, link.b):
                out.append(self._claims[link.b if link.a == claim.id else link.a])
        return out

    def origins(self, claim: Claim) -> list[StubOrigin]:
        out = []
        for other in [claim, *self.corroborating(claim)]:
            out.append(
                StubOrigin(
                    other.attribution.speaker_name,
                    other.source.id,
                    other.id,
                    other.source.published,
                )
            )
        return out

    def status(self, claim: Claim) -> str:
        assessments = self._assessments.get(claim.id)
        if assessments:
            return assessments[-1].verdict.value
        root = next(
            (
                link.a
                for link in self._links
                if link.kind is Relation.REPEATS and link.b == claim.id
            ),
            claim.id,
        )
        kinds = {
            link.kind
            for link in self._links
            if root in (link.a, link.b) and link.kind is not Relation.REPEATS
        }
        if Relation.CONFLICTS in kinds:
            return "contested"
        if Relation.CORROBORATES in kinds:
            return "corroborated"
        if any(link.kind is Relation.UPDATES and link.a == claim.id for link in self._links):
            return "superseded"
        return "unverified"

    def unverified(self, **filters: Any) -> list[Claim]:
        return [c for c in self.claims(**filters) if self.status(c) == "unverified"]

    def assess(
        self,
        claim_id: str,
        verdict: Verdict | str,
        *,
        by: str,
        note: str = "",
        on: Any = None,
        reliability: str | None = None,
        credibility: int | None = None,
    ) -> Assessment:
        assessment = Assessment(
            claim_id,
            verdict,
            by=by,
            on=on or "2022-09-01T12:00:00Z",
            note=note,
            reliability=reliability,
            credibility=credibility,
        )
        self._assessments.setdefault(claim_id, []).append(assessment)
        return assessment

    def assessments(self, claim_id: str) -> list[Assessment]:
        return list(self._assessments.get(claim_id, []))

    def canonical(self, name: str) -> str:
        return name


def make_graph(documents: Iterable[Document], links: Iterable[Link] = ()) -> Any:
    """A real ClaimGraph when claimtrack.graph exists, else a StubGraph with *links*."""
    documents = list(documents)
    try:
        from claimtrack.graph import ClaimGraph
    except ImportError:
        return StubGraph(documents, links)
    graph = ClaimGraph()
    for document in documents:
        graph.add(document)
    return graph


def events_graph() -> Any:
    """The seed and events fixtures in one graph."""
    documents, ids, relations = events_documents()
    return make_graph([seed_document(), *documents], fixture_links(ids, relations))


# --------------------------------------------------------------------------- hostile input

PAYLOADS = (
    "<script>window.__pwned=1;alert(1)</script>",
    '<img src=x onerror="window.__pwned=1;alert(1)">',
    '<a href="javascript:window.__pwned=1;alert(1)">click</a>',
    '"><svg onload="window.__pwned=1;alert(1)">',
    '\'><iframe src="https://evil.example/"></iframe>',
    '=HYPERLINK("https://evil.example/")',
)


def hostile_documents() -> list[Document]:
    """
    Two articles whose every field carries script, markup and formula payloads, and whose
    claims conflict, so every report section shows them.
    """
    documents = []
    for number, (url, count) in enumerate(
        (
            ("javascript:window.__pwned=1;alert(1)", 4),
            ("data:text/html,<script>alert(1)</script>", 9),
        ),
        start=1,
    ):
        payload = PAYLOADS[(number - 1) % 4]
        other = PAYLOADS[(number + 1) % 4]
        lead = f"{payload} KHARKIV, Aug. 30 - "
        content = f"{count} people were killed {other} in the shelling"
        cue = f", {PAYLOADS[4]} said."
        text = lead + content + cue + "\n"
        start = len(lead)
        span = Span(start, start + len(content))
        source = Source(
            id=f"src-hostile-{number}",
            title=f"Toll {PAYLOADS[number % 4]} rises",
            publisher=f"Wire {PAYLOADS[(number + 2) % 4]}",
            url=url,
            published=f"2022-08-30T{8 + number:02d}:00:00+00:00",
            credits=[PAYLOADS[5]],
        )
        figure_text = str(count)
        claim = Claim(
            id=Claim.make_id(source.id, span, content),
            content=content,
            content_span=span,
            source=source,
            attribution=Attribution(
                speaker=Person(f"Ihor {PAYLOADS[number % 4]} Terekhov"),
                role=f"mayor {PAYLOADS[3]}",
                organization=Organization(f"Kharkiv {PAYLOADS[0]}", OrgKind.LOCAL_GOVERNMENT),
                cue=f"said {PAYLOADS[1]}",
                mode=AttributionMode.INDIRECT,
            ),
            figures=[
                Figure.exact(
                    count,
                    metric="killed",
                    population=f"people {PAYLOADS[2]}",
                    text=figure_text,
                    span=Span(start, start + len(figure_text)),
                )
            ],
            said_on="2022-08-30",
            place="Kharkiv",
            sentence_span=Span(0, len(text) - 1),
        )
        documents.append(Document(source, text, [claim]))
    return documents


def hostile_graph() -> Any:
    """
    The hostile documents in a StubGraph, their two claims linked as a conflict, so that
    the conflict section and the chart's conflict marks show hostile text too.
    """
    documents = hostile_documents()
    a, b = documents[0].claims[0], documents[1].claims[0]
    return StubGraph(documents, [Link(a.id, b.id, Relation.CONFLICTS, why=PAYLOADS[0])])


# --------------------------------------------------------------------------- extraction


def _extract_function() -> Any:
    import importlib

    for module in ("claimtrack.extract", "claimtrack.extract.pipeline"):
        try:
            function = getattr(importlib.import_module(module), "extract", None)
        except ImportError:
            continue
        if callable(function):
            return function
    return None


def extracted_documents() -> list[Document]:
    """
    The seed and events articles run through claimtrack's own extraction (skips the
    calling test when extraction is not there yet).
    """
    import pytest

    extract = _extract_function()
    if extract is None:
        pytest.skip("claimtrack.extract.extract is not available yet")
    documents = [
        extract(
            (SEED / "article.txt").read_text(encoding="utf-8"),
            publisher="Seed Wire",
            url="https://example.org/seed",
            title="Ukraine says more than 2,000 civilians killed in first week",
        )
    ]
    for article in json.loads((EVENTS / "articles.json").read_text(encoding="utf-8")):
        documents.append(
            extract(
                (EVENTS / "articles" / article["file"]).read_text(encoding="utf-8"),
                published=article["published"],
                publisher=article["outlet"],
                url=article["url_of_real_source"],
                title=article["title"],
            )
        )
    return documents


def extracted_graph() -> Any:
    """The extracted seed and events documents in a graph (relations: the graph's own)."""
    return make_graph(extracted_documents())


# --------------------------------------------------------------------------- hand-built


def article(
    number: int,
    publisher: str,
    published: str,
    statements: Iterable[tuple[str | None, str | None, str | None, str, list[Figure]]],
    *,
    url: str | None = None,
    title: str | None = None,
    said_on: str = "2022-08-30",
    place: str = "Kharkiv",
    credits: Iterable[str] = (),
) -> Document:
    """
    Build one wire-style article from (speaker, role, organization, content, figures)
    statements: each becomes "Content, the ROLE SPEAKER said." with exact spans.
    """
    source = Source(
        id=f"src-{number}",
        title=title or f"Shelling report {number}",
        publisher=publisher,
        url=url if url is not None else f"https://news.example/{number}",
        published=published,
        credits=list(credits),
    )
    text = "KHARKIV, Aug. 30 - "
    claims = []
    for speaker, role, organization, content, figures in statements:
        sentence_start = len(text)
        start = len(text)
        span = Span(start, start + len(content))
        who = f"{role} {speaker}" if role and speaker else (speaker or "officials")
        text += f"{content}, the {who} said. "
        cue_start = text.rindex(" said.") + 1
        placed = []
        for figure in figures:
            offset = content.find(figure.text) if figure.text else -1
            placed.append(
                attrs.evolve(figure, span=Span(start + offset, start + offset + len(figure.text)))
                if offset >= 0
                else figure
            )
        claims.append(
            Claim(
                id=Claim.make_id(source.id, span, content),
                content=content,
                content_span=span,
                source=source,
                attribution=Attribution(
                    speaker=Person(speaker) if speaker else None,
                    role=role,
                    organization=Organization(organization) if organization else None,
                    cue="said",
                    mode=AttributionMode.INDIRECT if speaker else AttributionMode.UNATTRIBUTED,
                    cue_span=Span(cue_start, cue_start + 4),
                ),
                figures=placed,
                said_on=said_on,
                place=place,
                sentence_span=Span(sentence_start, len(text) - 1),
            )
        )
    return Document(source, text.rstrip(), claims)


GOVERNOR = ("Oleh Syniehubov", "governor", "Kharkiv regional administration")
MAYOR = ("Ihor Terekhov", "mayor", "Kharkiv")


def kharkiv_scenario() -> tuple[list[Document], list[Link], dict[str, Claim]]:
    """
    Four short articles: the governor's four killed (carried by two outlets), the
    mayor's at least five (a conflict), and a rescue count the police corroborate.
    """
    governor_four = (
        *GOVERNOR,
        "Four people were killed in the shelling",
        [Figure.exact(4, metric="killed", population="people", text="Four")],
    )
    mayor_five = (
        *MAYOR,
        "at least five people were killed",
        [Figure.at_least(5, metric="killed", population="people", text="at least five")],
    )
    rescued = (
        *GOVERNOR,
        "rescuers pulled 12 people from the rubble",
        [Figure.exact(12, metric="rescued", population="people", text="12")],
    )
    police = (
        "Serhiy Bolvinov",
        "police investigator",
        "Kharkiv police",
        "12 people were rescued from the rubble",
        [Figure.exact(12, metric="rescued", population="people", text="12")],
    )
    homes = (
        *MAYOR,
        "200 homes were damaged",
        [Figure.exact(200, metric="damaged", population="homes", text="200")],
    )
    buildings = (
        *GOVERNOR,
        "30 buildings were damaged",
        [Figure.exact(30, metric="damaged", population="buildings", text="30")],
    )
    fires = (
        None,
        None,
        None,
        "firefighters put out 9 fires",
        [Figure.exact(9, metric="extinguished", population="fires", text="9")],
    )
    docs = [
        article(
            1, "Kharkiv Daily", "2022-08-30T09:00:00+03:00", [governor_four, rescued, buildings]
        ),
        article(2, "City Wire", "2022-08-30T10:30:00+03:00", [mayor_five, fires, homes]),
        article(3, "Syndicated Post", "2022-08-30T12:00:00+03:00", [governor_four, fires]),
        article(4, "Police Bulletin", "2022-08-30T13:00:00+03:00", [police]),
    ]
    c = {
        "governor": docs[0].claims[0],
        "rescued": docs[0].claims[1],
        "mayor": docs[1].claims[0],
        "buildings": docs[0].claims[2],
        "fires": docs[1].claims[1],
        "homes": docs[1].claims[2],
        "copy": docs[2].claims[0],
        "fires_copy": docs[2].claims[1],
        "police": docs[3].claims[0],
    }
    links = [
        Link(c["governor"].id, c["mayor"].id, Relation.CONFLICTS, why="four against at least five"),
        Link(c["governor"].id, c["copy"].id, Relation.REPEATS, why="syndicated copy"),
        Link(c["fires"].id, c["fires_copy"].id, Relation.REPEATS, why="syndicated copy"),
        Link(c["rescued"].id, c["police"].id, Relation.CORROBORATES, why="same rescue count"),
    ]
    return docs, links, c


def kharkiv_stub() -> tuple[StubGraph, dict[str, Claim]]:
    """The Kharkiv scenario in a StubGraph, its relations exactly as given."""
    docs, links, claims = kharkiv_scenario()
    return StubGraph(docs, links), claims


def toll_scenario() -> tuple[list[Document], dict[str, Claim]]:
    """
    A death toll over three days: the governor's four killed, put out by a wire and
    carried word for word by two papers, rising to nine and then to at least fifteen,
    and the mayor's eleven on the last day, which conflicts with the governor's fifteen.
    """

    def killed(content: str, figure: Figure) -> tuple[str, str, str, str, list[Figure]]:
        return (*GOVERNOR, content, [figure])

    four = killed(
        "Russian shelling killed four people in Kharkiv overnight",
        Figure.exact(4, metric="killed", population="people", text="four"),
    )
    docs = [
        article(11, "Kharkiv Wire", "2022-08-30T09:00:00Z", [four]),
        article(12, "Daily One", "2022-08-30T11:00:00Z", [four], credits=["Kharkiv Wire"]),
        article(13, "Evening Post", "2022-08-30T14:00:00Z", [four], credits=["Kharkiv Wire"]),
        article(
            14,
            "Kharkiv Wire",
            "2022-08-31T09:00:00Z",
            [
                killed(
                    "The death toll from the shelling has risen to nine people",
                    Figure.exact(9, metric="killed", population="people", text="nine"),
                )
            ],
            said_on="2022-08-31",
        ),
        article(
            15,
            "Kharkiv Wire",
            "2022-09-01T09:00:00Z",
            [
                killed(
                    "at least 15 people have now been killed in the shelling",
                    Figure.at_least(15, metric="killed", population="people", text="at least 15"),
                )
            ],
            said_on="2022-09-01",
        ),
        article(
            16,
            "City Wire",
            "2022-09-01T13:00:00Z",
            [
                (
                    *MAYOR,
                    "11 people were killed in the shelling",
                    [Figure.exact(11, metric="killed", population="people", text="11")],
                )
            ],
            said_on="2022-09-01",
        ),
    ]
    claims = {
        "four": docs[0].claims[0],
        "copy_one": docs[1].claims[0],
        "copy_two": docs[2].claims[0],
        "nine": docs[3].claims[0],
        "fifteen": docs[4].claims[0],
        "mayor": docs[5].claims[0],
    }
    return docs, claims


# --------------------------------------------------------------------------- timelines


def statement(
    number: int,
    content: str,
    figures: Iterable[Figure],
    *,
    speaker: str,
    published: str | None,
    place: str | None = "Kharkiv",
) -> Document:
    """
    Build a one-claim article: *content* said by the organization *speaker*, dated by
    *published* alone (None for an undated article), each figure spanned where its text is.
    """
    source = Source(
        id=f"src-{number}",
        publisher="Harbour Wire",
        url=f"https://news.example/t/{number}",
        published=published,
    )
    placed = []
    for figure in figures:
        offset = content.find(figure.text) if figure.text else -1
        span = Span(offset, offset + len(figure.text)) if offset >= 0 else None
        placed.append(attrs.evolve(figure, span=span))
    claim = Claim(
        id=f"clm-{number}",
        content=content,
        content_span=Span(0, len(content)),
        source=source,
        attribution=Attribution(Organization(speaker), mode=AttributionMode.INDIRECT),
        figures=placed,
        place=place,
    )
    return Document(source, content, [claim])


def timeline_mix() -> list[Document]:
    """
    Two populations in one claim, a rise stated with its new level, a company's rise
    with no level, and an undated toll.
    """
    return [
        statement(
            1,
            "The army said 14 soldiers and 31 civilians were killed in the shelling.",
            [
                Figure.exact(14, metric="killed", population="soldiers", text="14 soldiers"),
                Figure.exact(31, metric="killed", population="civilians", text="31 civilians"),
            ],
            speaker="General Staff",
            published="2026-03-01T09:00:00Z",
        ),
        statement(
            2,
            "The health ministry said the death toll had risen by 9 to 41.",
            [
                Figure.exact(9, metric="killed", population="people", change="increase", text="9"),
                Figure.exact(41, metric="killed", population="people", text="41"),
            ],
            speaker="Health Ministry",
            published="2026-03-02T09:00:00Z",
        ),
        statement(
            3,
            "Northgate Retail said sales rose 7% in the third quarter.",
            [Figure.exact(0.07, metric="sales", unit="percent", change="increase", text="7%")],
            speaker="Northgate Retail",
            published="2026-03-03T09:00:00Z",
            place=None,
        ),
        statement(
            4,
            "The port authority said 6 people were killed.",
            [Figure.exact(6, metric="killed", population="people", text="6")],
            speaker="Port Authority",
            published=None,
        ),
    ]
