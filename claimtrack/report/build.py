"""
The report model: every section of a report, collected once from a claim graph.

Markdown, HTML, JSON and CSV all render the same `ReportModel`, so they never disagree.
The model holds plain values only (strings, numbers, tuples of small attrs classes): the
JSON report is this model through the one cattrs converter. Claims are listed once, in
`claims`, and the sections refer to them by id.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

import attrs

from claimtrack.errors import ReportError
from claimtrack.graph import norm_metric, norm_population
from claimtrack.model import Claim, Figure, Organization, Relation
from claimtrack.report.text import clean_text, safe_url

__all__ = [
    "SCHEMA",
    "ClaimView",
    "ConflictView",
    "CorroborationView",
    "FigureView",
    "GroupView",
    "OriginView",
    "PointView",
    "ReportModel",
    "SourceView",
    "Summary",
    "TimelineView",
    "build",
    "point_note",
    "point_time",
    "resolve_graph",
    "superseded_note",
]

SCHEMA = "claimtrack.report/1"
UNATTRIBUTED = "(unattributed)"
EPISODE_GAP_DAYS = 14
FILTERS = ("speaker", "organization", "place", "metric", "since", "until", "min_value")


@attrs.frozen
class FigureView:
    """
    A figure as plain values: its words, its interval in words and its bounds.
    """

    text: str
    interval: str
    describe: str
    qualifier: str
    low: float | None
    high: float | None
    low_inclusive: bool
    high_inclusive: bool
    metric: str | None
    population: str | None
    unit: str | None

    @classmethod
    def of(cls, figure: Figure) -> FigureView:
        """
        Return the view of *figure*.

        Examples:
            >>> FigureView.of(Figure.at_least(25, metric="killed")).describe
            'at least 25 killed'
        """
        return cls(
            text=clean_text(figure.text),
            interval=figure.describe_interval(),
            describe=clean_text(str(figure)),
            qualifier=figure.qualifier.value,
            low=figure.low,
            high=figure.high,
            low_inclusive=figure.low_inclusive,
            high_inclusive=figure.high_inclusive,
            metric=figure.metric,
            population=figure.population,
            unit=figure.unit,
        )


@attrs.frozen
class SourceView:
    """
    Where a claim was published. `link` is the URL when it is safe to link (http/https).
    """

    id: str
    title: str | None
    publisher: str | None
    url: str | None
    link: str | None
    published: str | None
    credits: tuple[str, ...] = ()


@attrs.frozen
class ClaimView:
    """
    One claim as shown in a report.

    `before`, `words` and `after` are the sentence it came from, split around the
    claimed words (`words`), which a report highlights. `reach` is how many outlets carry
    the claim (itself and its repeats), `outlets` their names.
    """

    id: str
    content: str
    before: str
    words: str
    after: str
    speaker: str
    speaker_kind: str | None
    role: str | None
    organization: str | None
    cue: str | None
    mode: str
    source: SourceView
    said_on: str | None
    place: str | None
    figures: tuple[FigureView, ...]
    status: str
    reach: int
    outlets: tuple[str, ...]
    magnitude: float | None
    hedges: tuple[str, ...] = ()


@attrs.frozen
class ConflictView:
    """
    Two claims whose figures cannot both be true, and how far apart they are.
    """

    a: str
    b: str
    ratio: float | None
    why: str
    figure_a: str | None
    figure_b: str | None


@attrs.frozen
class OriginView:
    """
    One independent origin of a claim: who first said it, where and when.
    """

    speaker: str
    source_id: str | None
    claim_id: str | None
    published: str | None
    publisher: str | None


@attrs.frozen
class CorroborationView:
    """
    A corroborated claim, the claims that corroborate it and their independent origins.
    """

    claim: str
    corroborating: tuple[str, ...]
    origins: tuple[OriginView, ...]


@attrs.frozen
class GroupView:
    """
    The claims of one speaker or one organization, oldest first.
    """

    name: str
    claims: tuple[str, ...]


@attrs.frozen
class PointView:
    """
    One figure on a timeline: the first statement of it (copies and citations are no
    points), when the graph dates it, who said it and where.

    `conflict` is true when the figure conflicts with another source's;
    `superseded_by` names the later claims whose figure for the same metric replaced
    this one (the graph's `updates` relations), empty while it stands. `speaker_key` is
    the graph's entity key for the speaker (None when unattributed).
    """

    when: str
    claim_id: str
    speaker: str
    source_id: str | None
    figure: FigureView
    conflict: bool
    superseded_by: tuple[str, ...] = ()
    speaker_key: str | None = None

    @property
    def superseded(self) -> bool:
        """
        Whether a later figure replaced this one.

        Examples:
            >>> figure = FigureView.of(Figure.exact(12, metric="killed"))
            >>> PointView("2022-03-03", "clm-1", "Governor", None, figure, False, ("clm-2",)).superseded
            True
        """
        return bool(self.superseded_by)


@attrs.frozen
class TimelineView:
    """
    The levels stated for one metric, population, place and unit over one stretch of
    time (an episode: figures more than `EPISODE_GAP_DAYS` apart start a new timeline),
    as the graph's timeline gives them: one point per fact of a first statement, oldest
    first. The metric and the population are in their comparable forms ("death toll" and
    "dead" are "killed"; "civilians" are "people", and so is a figure naming no
    population); `population` is None only in a view made without it.
    """

    metric: str
    place: str | None
    first: str
    last: str
    points: tuple[PointView, ...]
    unit: str | None = None
    population: str | None = None

    @property
    def title(self) -> str:
        """
        The chart title ("killed in Kharkiv, 2022-08-30"), naming the population when it
        is not people and the unit when there is one.

        Examples:
            >>> TimelineView("killed", "Kharkiv", "2022-08-30T08:00", "2022-08-31T09:00", ()).title
            'killed in Kharkiv, 2022-08-30 to 2022-08-31'
            >>> TimelineView("killed", None, "2022-08-30", "2022-08-30", (),
            ...              population="soldiers").title
            'killed (soldiers), 2022-08-30'
        """
        what = self.metric if not self.place else f"{self.metric} in {self.place}"
        population = None if self.population == "people" else self.population
        measure = [m for m in (population, _unit_words(self.unit)) if m]
        if measure:
            what += f" ({', '.join(measure)})"
        first, last = self.first[:10], self.last[:10]
        return f"{what}, {first}" if first == last else f"{what}, {first} to {last}"


def _unit_words(unit: str | None) -> str | None:
    if unit is None:
        return None
    return unit.split(":", 1)[1] if unit.startswith("currency:") else unit


@attrs.frozen
class Summary:
    """
    The counts at the top of a report.
    """

    documents: int
    claims: int
    speakers: int
    organizations: int
    unverified: int
    share_unverified: float
    conflicts: int
    corroborated: int
    first_published: str | None
    last_published: str | None


@attrs.frozen
class ReportModel:
    """
    Everything a report shows, in reading order.
    """

    schema: str
    title: str
    filters: dict[str, str]
    summary: Summary
    unverified: tuple[str, ...]
    conflicts: tuple[ConflictView, ...]
    corroborated: tuple[CorroborationView, ...]
    speakers: tuple[GroupView, ...]
    organizations: tuple[GroupView, ...]
    timelines: tuple[TimelineView, ...]
    claims: dict[str, ClaimView]
    changes: tuple[PointView, ...] = ()
    """Changes stated with no level beside them ("sales rose 7%"), oldest first."""
    undated: int = 0
    """How many figures (levels and such changes) have no date, so no place in time."""


_EMPTY = ReportModel(
    SCHEMA, "", {}, Summary(0, 0, 0, 0, 0, 0.0, 0, 0, None, None), (), (), (), (), (), (), {}
)
"""An empty report, for examples."""

# --------------------------------------------------------------------------- helpers


def resolve_graph(source: Any) -> Any:
    """
    Return the claim graph of *source*: a ClaimGraph itself, or a Store's `graph()`.

    Raises:
        ReportError: If *source* is neither (it has no `claims` method).

    Examples:
        >>> resolve_graph("not a graph")
        Traceback (most recent call last):
        ...
        claimtrack.errors.ReportError: cannot report on str 'not a graph': give a ClaimGraph or a Store
    """
    method = getattr(source, "graph", None)
    graph = method() if callable(method) else source
    if not callable(getattr(graph, "claims", None)):
        msg = f"cannot report on {type(source).__name__} {source!r}: give a ClaimGraph or a Store"
        raise ReportError(msg)
    return graph


def _value(obj: object) -> str:
    """Return an enum's value, else the object as a string."""
    value = getattr(obj, "value", obj)
    return str(value)


def _iso(value: object) -> str | None:
    if value is None:
        return None
    iso = getattr(value, "isoformat", None)
    return str(iso()) if callable(iso) else str(value)


def canonical_name(graph: Any, name: str | None) -> str | None:
    """
    Return the graph's canonical name for a person or organization; an unknown name (or
    a graph that resolves no names) keeps its own spelling.
    """
    if name is None:
        return None
    method = getattr(graph, "canonical", None)
    if callable(method):
        try:
            return str(method(name))
        except Exception:  # an unknown name keeps its own spelling
            return name
    return name


class _Names:
    """
    The graph's canonical names, each looked up once per report (a name the graph does
    not know can cost a scan of every known one).
    """

    def __init__(self, graph: Any) -> None:
        self._graph = graph
        self._seen: dict[str, str | None] = {}

    def canonical(self, name: str) -> str | None:
        if name not in self._seen:
            self._seen[name] = canonical_name(self._graph, name)
        return self._seen[name]


def _speaker_name(graph: Any, claim: Claim) -> str:
    attribution = claim.attribution
    name = attribution.speaker_name
    if name is None and attribution.role:
        # An office nobody named ("the mayor said") is attributed all the same.
        mention = (attribution.speaker_mention or "").strip()
        return clean_text(
            mention if mention and mention[0].isalpha() else f"the {attribution.role}"
        )
    return canonical_name(graph, name) or UNATTRIBUTED


def _organization_name(graph: Any, claim: Claim) -> str | None:
    org = claim.attribution.organization
    if org is None and isinstance(claim.attribution.speaker, Organization):
        org = claim.attribution.speaker  # an organization speaking for itself
    return None if org is None else canonical_name(graph, org.name)


def _sentence(graph: Any, claim: Claim) -> tuple[str, str, str]:
    """Split the claim's sentence into the words before, the claimed words and after."""
    text = None
    try:
        document = graph.document(claim.source.id)
        text = document.text
    except Exception:  # a claim without its document still shows its words
        text = None
    content = claim.content_span
    sentence = claim.sentence_span or content
    if text is None or content is None or sentence is None or sentence.end > len(text):
        return "", clean_text(claim.content), ""
    if not sentence.contains(content):
        sentence = content
    return (
        clean_text(text[sentence.start : content.start]).lstrip(),
        clean_text(text[content.start : content.end]),
        clean_text(text[content.end : sentence.end]).rstrip(),
    )


def _source_view(claim: Claim) -> SourceView:
    source = claim.source
    url = clean_text(source.url) if source.url else None
    return SourceView(
        id=source.id,
        title=clean_text(source.title) if source.title else None,
        publisher=clean_text(source.publisher) if source.publisher else None,
        url=url,
        link=safe_url(source.url),
        published=_iso(source.published),
        credits=tuple(clean_text(c) for c in source.credits),
    )


def _magnitude(claim: Claim) -> float | None:
    values = [b for f in claim.figures for b in (f.low, f.high) if b is not None]
    return max(values) if values else None


class _Components:
    """Union-find over claim ids, for groups of repeats."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        self.parent.setdefault(key, key)
        root = key
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[key] != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _published_key(claim: Claim) -> tuple[float, str]:
    published = claim.source.published
    return (published.timestamp() if published is not None else float("inf"), claim.id)


def _links(graph: Any, kind: Relation) -> list[Any]:
    try:
        return list(graph.relations(kind))
    except TypeError:
        return list(graph.relations(kind=kind))


# --------------------------------------------------------------------------- build


def build(source: Any, *, title: str | None = None, **filters: Any) -> ReportModel:
    """
    Collect every section of a report from a claim graph or a store.

    Args:
        source: A `ClaimGraph`, or a `Store` (anything with a `graph()` method).
        title: The report's title (default "Claims report").
        filters: As in the graph queries: speaker, organization, place, metric, since,
            until, min_value.

    Returns:
        The report model, which every format renders.

    Raises:
        ReportError: For an unknown filter, or a source that is no graph or store (a
            graph must offer `timeline(metric, place, **filters)` too).
    """
    unknown = sorted(set(filters) - set(FILTERS))
    if unknown:
        msg = f"unknown report filter {', '.join(unknown)}; use {', '.join(FILTERS)}"
        raise ReportError(msg)
    active = {k: v for k, v in filters.items() if v is not None}
    graph = resolve_graph(source)

    claims: list[Claim] = sorted(graph.claims(**active), key=_published_key)
    selected = {c.id for c in claims}
    all_claims: dict[str, Claim] = {c.id: c for c in graph.claims()}

    # Repeats: a claim and its copies form one group; its reach is the outlets in it.
    groups = _Components()
    for link in _links(graph, Relation.REPEATS):
        groups.union(link.a, link.b)
    members: dict[str, list[str]] = {}
    for cid in all_claims:
        members.setdefault(groups.find(cid), []).append(cid)

    def outlets(claim_id: str) -> tuple[str, ...]:
        names = []
        for cid in members.get(groups.find(claim_id), [claim_id]):
            src = all_claims[cid].source
            names.append(clean_text(src.publisher or src.id))
        return tuple(sorted(set(names)))

    views: dict[str, ClaimView] = {}
    naming = _Names(graph)

    def view(claim: Claim) -> str:
        if claim.id not in views:
            before, words, after = _sentence(graph, claim)
            carried = outlets(claim.id)
            speaker = claim.attribution.speaker
            views[claim.id] = ClaimView(
                id=claim.id,
                content=clean_text(claim.content),
                before=before,
                words=words,
                after=after,
                speaker=clean_text(_speaker_name(naming, claim)),
                speaker_kind=None if speaker is None else type(speaker).__name__.lower(),
                role=clean_text(claim.attribution.role) if claim.attribution.role else None,
                organization=(
                    clean_text(org) if (org := _organization_name(naming, claim)) else None
                ),
                cue=clean_text(claim.attribution.cue) if claim.attribution.cue else None,
                mode=claim.attribution.mode.value,
                source=_source_view(claim),
                said_on=_iso(claim.said_on),
                place=claim.place,
                figures=tuple(FigureView.of(f) for f in claim.figures),
                status=_value(graph.status(claim)),
                reach=len(carried),
                outlets=carried,
                magnitude=_magnitude(claim),
                hedges=tuple(claim.hedges),
            )
        return claim.id

    for claim in claims:
        view(claim)

    # ---- unverified, one per group of repeats, ranked by reach then magnitude
    unverified_claims = [c for c in graph.unverified(**active) if c.id in selected]
    seen_groups: set[str] = set()
    firsts: list[Claim] = []
    for claim in sorted(unverified_claims, key=_published_key):
        group = groups.find(claim.id)
        if group in seen_groups:
            continue
        seen_groups.add(group)
        firsts.append(claim)
    firsts.sort(key=lambda c: (-views[c.id].reach, -(_magnitude(c) or 0.0), _published_key(c)))
    unverified = tuple(view(c) for c in firsts)

    # ---- conflicts side by side
    conflict_links = list(graph.conflicts(**active))
    conflicts: list[ConflictView] = []
    in_conflict: dict[str, set[str | None]] = {}
    for link in conflict_links:
        if link.a not in all_claims or link.b not in all_claims:
            continue
        view(all_claims[link.a])
        view(all_claims[link.b])
        figs = tuple(link.figures)
        conflicts.append(
            ConflictView(
                a=link.a,
                b=link.b,
                ratio=link.ratio,
                why=clean_text(link.why),
                figure_a=str(figs[0]) if figs else None,
                figure_b=str(figs[1]) if len(figs) > 1 else None,
            )
        )
        metrics = {norm_metric(f.metric) if f.metric else None for f in figs} or {None}
        in_conflict.setdefault(link.a, set()).update(metrics)
        in_conflict.setdefault(link.b, set()).update(metrics)

    # ---- corroborated claims with their independent origins, one per group of repeats
    corroborated: list[CorroborationView] = []
    corroborated_groups: set[str] = set()
    for claim in claims:
        group = groups.find(claim.id)
        if group in corroborated_groups:
            continue
        supporters = [
            s
            for s in (_as_claim(item, claim.id, all_claims) for item in graph.corroborating(claim))
            if s is not None and groups.find(s.id) != group
        ]
        if not supporters:
            continue
        # Claims that corroborate each other are one entry, under the earliest.
        corroborated_groups.add(group)
        corroborated_groups.update(groups.find(s.id) for s in supporters)
        origins: dict[tuple[str, str | None], OriginView] = {}
        for item in (claim, *supporters):
            for origin in graph.origins(item):
                found = _origin_view(naming, origin, all_claims)
                origins.setdefault((found.speaker, found.claim_id), found)
        corroborated.append(
            CorroborationView(
                claim=claim.id,
                corroborating=tuple(view(s) for s in supporters),
                origins=tuple(
                    sorted(origins.values(), key=lambda o: (o.published or "", o.speaker))
                ),
            )
        )

    # ---- per speaker and per organization
    by_speaker: dict[str, list[str]] = {}
    by_org: dict[str, list[str]] = {}
    for claim in claims:
        v = views[claim.id]
        by_speaker.setdefault(v.speaker, []).append(claim.id)
        if v.organization:
            by_org.setdefault(v.organization, []).append(claim.id)
    speakers = tuple(
        GroupView(name, tuple(ids))
        for name, ids in sorted(
            by_speaker.items(), key=lambda kv: (kv[0] == UNATTRIBUTED, -len(kv[1]), kv[0])
        )
    )
    organizations = tuple(
        GroupView(name, tuple(ids))
        for name, ids in sorted(by_org.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    )

    timelines, changes, undated = _timelines(
        graph, claims, views, in_conflict, filters=active, view=view
    )

    published = sorted(p for c in claims if (p := c.source.published) is not None)
    documents = {c.source.id for c in claims} if active else {d.id for d in graph.documents()}
    summary = Summary(
        documents=len(documents),
        claims=len(claims),
        speakers=len([s for s in by_speaker if s != UNATTRIBUTED]),
        organizations=len(by_org),
        unverified=len(unverified_claims),
        share_unverified=round(len(unverified_claims) / len(claims), 4) if claims else 0.0,
        conflicts=len(conflicts),
        corroborated=sum(1 for c in claims if views[c.id].status == "corroborated"),
        first_published=published[0].isoformat() if published else None,
        last_published=published[-1].isoformat() if published else None,
    )
    return ReportModel(
        schema=SCHEMA,
        title=clean_text(title) if title else "Claims report",
        filters={k: clean_text(_iso(v) or "") for k, v in sorted(active.items())},
        summary=summary,
        unverified=unverified,
        conflicts=tuple(conflicts),
        corroborated=tuple(corroborated),
        speakers=speakers,
        organizations=organizations,
        timelines=timelines,
        changes=changes,
        undated=undated,
        claims=dict(
            sorted(views.items(), key=lambda kv: _published_key(_claim_of(kv[0], all_claims)))
        ),
    )


def _as_claim(item: Any, own_id: str, claims: Mapping[str, Claim]) -> Claim | None:
    """Read a corroborating claim given as a Claim, a claim id or a Link."""
    if isinstance(item, Claim):
        return item
    if isinstance(item, str):
        return claims.get(item)
    other = (
        getattr(item, "b", None) if getattr(item, "a", None) == own_id else getattr(item, "a", None)
    )
    return claims.get(other) if isinstance(other, str) else None


def _claim_of(claim_id: str, claims: Mapping[str, Claim]) -> Claim:
    return claims[claim_id]


def _origin_view(graph: Any, origin: Any, claims: Mapping[str, Claim]) -> OriginView:
    """Read an origin record whatever its exact shape (attrs class or claim)."""
    if isinstance(origin, Claim):
        return OriginView(
            speaker=_speaker_name(graph, origin),
            source_id=origin.source.id,
            claim_id=origin.id,
            published=_iso(origin.source.published),
            publisher=origin.source.publisher,
        )
    claim_id = getattr(origin, "claim_id", None) or getattr(origin, "first_claim_id", None)
    source_id = getattr(origin, "source_id", None) or getattr(origin, "first_source_id", None)
    first = claims.get(claim_id) if claim_id else None
    if first is not None:
        # The first claim names its speaker as written; an origin may hold an entity key.
        view = _origin_view(graph, first, claims)
        return attrs.evolve(
            view, published=_iso(getattr(origin, "published", None)) or view.published
        )
    speaker = getattr(origin, "speaker", None)
    speaker_name = getattr(speaker, "name", speaker)
    publisher = None
    return OriginView(
        speaker=clean_text(canonical_name(graph, str(speaker_name)) or UNATTRIBUTED)
        if speaker_name
        else UNATTRIBUTED,
        source_id=source_id,
        claim_id=claim_id,
        published=_iso(getattr(origin, "published", None)),
        publisher=clean_text(publisher) if publisher else None,
    )


def superseded_note(model: ReportModel, point: PointView) -> str:
    """
    Return what superseded a timeline point, in words: the later figure, who gave it and
    when ("" while the point stands), marked as another source's count when someone else
    gave it.

    Examples:
        >>> later = PointView("2022-03-05T09:00:00+00:00", "clm-2", "Governor", None,
        ...                   FigureView.of(Figure.at_least(34, metric="killed")), False)
        >>> first = PointView("2022-03-03T09:00:00+00:00", "clm-1", "Governor", None,
        ...                   FigureView.of(Figure.exact(12, metric="killed")), False, ("clm-2",))
        >>> timeline = TimelineView("killed", None, first.when, later.when, (first, later))
        >>> superseded_note(attrs.evolve(_EMPTY, timelines=(timeline,)), first)
        'superseded by at least 34 killed (Governor, 2022-03-05)'
        >>> superseded_note(_EMPTY, later)
        ''
        >>> ministry = attrs.evolve(first, speaker="Ministry of Health")
        >>> superseded_note(attrs.evolve(_EMPTY, timelines=(timeline,)), ministry)
        "superseded by another source's later count, at least 34 killed (Governor, 2022-03-05)"
    """
    notes = []
    metric = norm_metric(point.figure.metric)
    population = norm_population(point.figure.population)
    for claim_id in point.superseded_by:
        # The later claim's figure for the same population first ("30 civilians", not
        # the "12 soldiers" it states beside them).
        candidates = sorted(
            (
                p
                for t in model.timelines
                if t.metric == metric
                for p in t.points
                if p.claim_id == claim_id
            ),
            key=lambda p: norm_population(p.figure.population) != population,
        )
        later = candidates[0] if candidates else None
        claim = model.claims.get(claim_id)
        if later is not None:
            figure, speaker, when = later.figure.describe, later.speaker, later.when
            if later.speaker_key is not None and point.speaker_key is not None:
                other = later.speaker_key != point.speaker_key
            else:
                other = later.speaker != point.speaker
        elif claim is not None:
            same = [f for f in claim.figures if norm_metric(f.metric) == metric]
            figure = same[0].describe if same else claim.content
            speaker, when = claim.speaker, claim.said_on or claim.source.published or ""
            other = speaker != point.speaker
        else:
            continue
        # Updates cross origins: a reader must not take another source's higher count
        # for this speaker's own revision.
        lead = "another source's later count, " if other else ""
        notes.append(f"{lead}{figure} ({', '.join(x for x in (speaker, when[:10]) if x)})")
    return f"superseded by {' and '.join(notes)}" if notes else ""


def point_time(point: PointView) -> str:
    """
    Return when a point was stated, to the minute; a point the graph dates by its day
    only (midnight UTC) shows the day alone.

    Examples:
        >>> figure = FigureView.of(Figure.exact(4, metric="killed"))
        >>> point_time(PointView("2022-08-30T09:05:00+00:00", "c1", "A", None, figure, False))
        '2022-08-30 09:05'
        >>> point_time(PointView("2022-08-30T00:00:00+00:00", "c1", "A", None, figure, False))
        '2022-08-30'
    """
    day, _, time = point.when.partition("T")
    if not time or time.startswith("00:00:00"):
        return day
    return f"{day} {time[:5]}"


def undated_note(count: int) -> str:
    """
    Return the line a report gives for the figures it leaves off its timelines for want
    of a date ("" when there are none).

    Examples:
        >>> undated_note(1), undated_note(3), undated_note(0)
        ('1 undated figure not shown.', '3 undated figures not shown.', '')
    """
    if count <= 0:
        return ""
    return f"{count} undated figure{'' if count == 1 else 's'} not shown."


def point_note(model: ReportModel, point: PointView) -> str:
    """
    Return what a report says beside a timeline point: whether it is in conflict and
    what superseded it.

    Examples:
        >>> figure = FigureView.of(Figure.exact(4, metric="killed"))
        >>> point_note(_EMPTY, PointView("2022-08-30", "clm-1", "Governor", None, figure, True))
        'in conflict'
    """
    notes = ["in conflict"] if point.conflict else []
    if point.superseded:
        notes.append(superseded_note(model, point))
    return "; ".join(n for n in notes if n)


def _superseded(graph: Any) -> dict[str, list[tuple[str | None, str | None, str]]]:
    """
    Map each claim a later one updates to (the metric and population updated, the later
    claim id), from the graph's `updates` relations; metric and population are None when
    the link names no figures.
    """
    found: dict[str, list[tuple[str | None, str | None, str]]] = {}
    for link in _links(graph, Relation.UPDATES):
        figures = tuple(getattr(link, "figures", ()))
        metric = norm_metric(figures[0].metric) if figures else None
        population = norm_population(figures[0].population) if figures else None
        found.setdefault(link.a, []).append((metric, population, link.b))
    return found


_TimelineKey = tuple[str, str | None, str | None, str | None]
"""A timeline's metric, place, population and unit."""


def _timelines(
    graph: Any,
    claims: Iterable[Claim],
    views: Mapping[str, ClaimView],
    in_conflict: Mapping[str, set[str | None]],
    *,
    filters: Mapping[str, Any],
    view: Callable[[Claim], str],
) -> tuple[tuple[TimelineView, ...], tuple[PointView, ...], int]:
    """
    One timeline per metric, place, population and unit the selected claims give levels
    for, read from `graph.timeline`: one point per fact of a first statement, so copies
    and citations add none. Then the changes stated by claims giving no level of that
    metric and population beside them, and how many figures of either kind are undated.
    """
    selected = {c.id: c for c in claims}
    wanted: dict[str, str] = {}  # each metric in its comparable form, as first written
    for claim in selected.values():
        for figure in claim.figures:
            if figure.metric and norm_metric(figure.metric):
                wanted.setdefault(norm_metric(figure.metric), figure.metric)
    if not wanted:
        return (), (), 0
    timeline = getattr(graph, "timeline", None)
    if not callable(timeline):
        msg = (
            f"cannot draw timelines from {type(graph).__name__}: it has no "
            "timeline(metric, place) method; give a ClaimGraph or a Store"
        )
        raise ReportError(msg)
    # One call per metric: the graph's place filter would take in the places inside a
    # place, and a timeline keeps to one place, so points are grouped by their own.
    narrow = {k: v for k, v in filters.items() if k not in ("metric", "place")}
    superseded = _superseded(graph)
    # Populations and units never share an axis: 12 soldiers and 30 civilians are no
    # tally, nor "EUR 1.2bn" and "64%". Changes are no levels: they get a list.
    keyed: dict[_TimelineKey, list[PointView]] = {}
    changes: list[PointView] = []
    undated = 0
    for metric, asked in wanted.items():
        levels: set[tuple[str, str]] = set()  # (claim id, population) stating a level
        for point in timeline(asked, None, **narrow):
            stated = selected.get(point.claim_id)
            if stated is None or point.figure.change is not None:
                continue
            who = _population(point)
            levels.add((stated.id, who))
            if point.when is None:
                undated += 1
                continue
            conflicts = in_conflict.get(stated.id, set())
            later = tuple(
                dict.fromkeys(
                    by
                    for m, pop, by in superseded.get(stated.id, ())
                    if m is None or (m == metric and pop in (None, who))
                )
            )
            for by in later:
                other = _claim_or_none(graph, by)
                if other is not None:
                    view(other)  # a point names only claims the report lists
            key = (metric, stated.place, who, point.figure.unit)
            keyed.setdefault(key, []).append(
                _point_view(
                    point,
                    speaker=views[stated.id].speaker,
                    conflicts=conflicts,
                    metric=metric,
                    later=later,
                    views=views,
                )
            )
        for point in timeline(asked, None, changes=True, **narrow):
            stated = selected.get(point.claim_id)
            if stated is None or point.figure.change is None:
                continue
            if (stated.id, _population(point)) in levels:
                continue  # "rose by 9 to 41": the level 41 is on the timeline
            if point.when is None:
                undated += 1
                continue
            changes.append(
                _point_view(
                    point,
                    speaker=views[stated.id].speaker,
                    conflicts=set(),
                    metric=metric,
                    later=(),
                    views=views,
                )
            )
    timelines: list[TimelineView] = []
    for (metric, place, population, unit), points in keyed.items():
        points.sort(key=lambda p: (p.when, p.claim_id))
        episode: list[PointView] = []
        for point in points:
            if episode and _days_between(episode[-1].when, point.when) > EPISODE_GAP_DAYS:
                timelines.append(_timeline(metric, place, population, unit, episode))
                episode = []
            episode.append(point)
        timelines.append(_timeline(metric, place, population, unit, episode))
    timelines.sort(
        key=lambda t: (-len(t.points), t.first, t.metric, t.place or "", t.population or "")
    )
    changes.sort(key=lambda p: (p.when, p.claim_id, p.figure.describe))
    return tuple(timelines), tuple(changes), undated


def _population(point: Any) -> str:
    """A point's population in its comparable form (read from its figure if not given)."""
    population = getattr(point, "population", None)
    return population if population is not None else norm_population(point.figure.population)


def _point_view(
    point: Any,
    *,
    speaker: str,
    conflicts: set[str | None],
    metric: str,
    later: tuple[str, ...],
    views: Mapping[str, ClaimView],
) -> PointView:
    return PointView(
        when=point.when.isoformat(),
        claim_id=point.claim_id,
        speaker=speaker,
        source_id=point.source,
        figure=FigureView.of(point.figure),
        conflict=bool(conflicts) and (None in conflicts or metric in conflicts),
        superseded_by=tuple(by for by in later if by in views),
        speaker_key=point.speaker,
    )


def _claim_or_none(graph: Any, claim_id: str) -> Claim | None:
    try:
        claim = graph.claim(claim_id)
    except Exception:  # a relation to a claim the graph no longer holds names nothing
        return None
    return claim if isinstance(claim, Claim) else None


def _timeline(
    metric: str,
    place: str | None,
    population: str | None,
    unit: str | None,
    points: list[PointView],
) -> TimelineView:
    return TimelineView(
        metric,
        place,
        points[0].when,
        points[-1].when,
        tuple(points),
        unit=unit,
        population=population,
    )


def _days_between(a: str, b: str) -> float:
    from claimtrack.model import to_datetime

    return abs((to_datetime(b) - to_datetime(a)).total_seconds()) / 86400
