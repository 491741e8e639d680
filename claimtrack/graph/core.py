"""
The claim graph: documents in, claims linked by who said what, where and how it relates.

`ClaimGraph` keeps documents and claims in plain dictionaries and computes relations in
one near-linear pass (see `claimtrack.graph.relations`) when a query first needs them.
The networkx view (`graph.nx`) is built on first access, so a million claims can be
linked without paying for a million networkx nodes.
"""

from __future__ import annotations

import functools
import gc
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from operator import itemgetter
from typing import Any

import networkx as nx
import pendulum

from claimtrack.errors import GraphError, UnknownClaimError, UnknownEntityError
from claimtrack.extract.places import containers, place_key
from claimtrack.graph.origins import Origin, TimelinePoint, find_cycles
from claimtrack.graph.relations import (
    Record,
    Row,
    detect,
    facts_and_owned,
    flat_facts,
    framing_of,
    mark_projected,
    norm_metric,
    norm_place,
    norm_population,
    span_of,
    to_link,
)
from claimtrack.graph.status import Status, derive, newest
from claimtrack.model import (
    Assessment,
    Claim,
    Document,
    Link,
    Organization,
    OrgKind,
    Person,
    Relation,
    Verdict,
    to_date,
    to_datetime,
)
from claimtrack.resolve import Decision, Resolver, fold, one_holder, role_words

__all__ = ["ClaimGraph", "default_within", "office_of"]

_SENTENCE_END = ".!?\n"
_EPOCH_ORDINAL = 719163  # date(1970, 1, 1).toordinal()
# Sort keys of `ClaimGraph._source_order` entries (time, not a wire, no credits, id, doc).
_Entry = tuple[float | None, bool, bool, str, Document]
_TIMED_KEY = itemgetter(0, 1, 2, 3)
_UNTIMED_KEY = itemgetter(1, 2, 3)
_FIRST = itemgetter(0)
# A run of capitalised words ("Acme Corp" in "Acme Corp's revenue"), for names.
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w&.\-]*(?:[ \t]+[A-ZÀ-ÖØ-ÞĀ-Ž][\w&.\-]*)*")
_REGION_WORDS = ("region", "oblast", "province", "district", "state", "county", "governorate")
_REGION_SUFFIX = re.compile(rf"\s+(?:{'|'.join(_REGION_WORDS)})$", re.IGNORECASE)
# Offices of a country, keyed by it whatever town the claim is about; offices of a body.
_NATIONAL_OFFICES = frozenset(["president", "premier", "chancellor", "king", "queen", "emir"])
_BODY_OFFICES = frozenset(
    frozenset(office.split())
    for office in ("ceo", "chief executive", "chairman", "chairwoman", "chair", "head")
)


def _fallback_within(inner: str, outer: str) -> bool:
    a, b = fold(inner), fold(outer)
    if a == b:
        return True
    for word in ("city", *_REGION_WORDS):
        fold_word = fold(word)
        # "Kharkiv city" is Kharkiv; Kharkiv lies in "Kharkiv region".
        if a == f"{b} {fold_word}" and word == "city":
            return True
        if b == f"{a} {fold_word}" and word != "city":
            return True
    return False


@functools.lru_cache(maxsize=100_000)
def default_within(inner: str, outer: str) -> bool:
    """
    Return whether the place *inner* lies within *outer*: the same name (case and
    transliteration folded), "X" within "X region/oblast", and whatever the gazetteer in
    `claimtrack.extract.places` knows (a city within its country), when it is installed.

    Examples:
        >>> default_within("Kharkiv", "kharkiv"), default_within("Kharkiv", "Kharkiv oblast")
        (True, True)
        >>> default_within("Kharkiv", "Ukraine")
        True
    """
    if _fallback_within(inner, outer):
        return True
    try:
        from claimtrack.extract.places import is_within
    except ImportError:  # pragma: no cover - the gazetteer is part of the package
        return False
    try:
        return bool(is_within(inner, outer))
    except Exception:  # a gazetteer problem must not break a query
        return False


def office_of(claim: Claim) -> tuple[str, str, str] | None:
    """
    Read a claim said by a place's office that one person holds, with no name:
    "Kharkiv's mayor", "the mayor of Kharkiv", or "the mayor" about a claim in Kharkiv
    (see `claimtrack.resolve.one_holder`). Return (role, the place's name, the office's
    key): the key is the same in every report, and apart from the governor's.

    None for a named speaker, no role, a role several hold at once (a senator, a
    spokesperson), or an office of a body rather than a place (the party's chair: the
    body stays the speaker).

    Examples:
        >>> from claimtrack.model import Attribution, Source
        >>> said = Attribution(role="regional governor", mode="indirect")
        >>> claim = Claim(id="c1", content="Four died.", content_span=None,
        ...               source=Source(id="s1"), attribution=said, place="Kharkiv")
        >>> office_of(claim)
        ('regional governor', 'Kharkiv', 'office:governor of harkiv')
    """
    attribution = claim.attribution
    role, body = attribution.role, attribution.speaker
    if not role or isinstance(body, Person) or not one_holder(role):
        return None
    words = role_words(role)
    if words in _BODY_OFFICES:
        return None  # a chief executive, a chair, a head: of a body, not of a place
    if body is None:
        body = attribution.organization
    if body is not None and body.kind is not OrgKind.LOCAL_GOVERNMENT:
        return None
    where = body.name if body is not None else claim.place
    if not where:
        return None
    # "the Kharkiv regional governor", "the governor of the Kharkiv region": one governor.
    where = _REGION_SUFFIX.sub("", where) or where
    if words & _NATIONAL_OFFICES or "minister" in words:
        where = (containers(where) or (where,))[-1]  # "the president" in Odesa: Ukraine's
    return (role, where, f"office:{' '.join(sorted(words))} of {norm_place(where)}")


def _whole_word(text: str, name: str) -> int:
    """Where *name* first stands in *text* as whole words ("AP", not in "APAC"); -1."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        ):
            return at
        at = text.find(name, at + 1)
    return -1


def _claim_id(claim_or_id: Claim | str) -> str:
    return claim_or_id.id if isinstance(claim_or_id, Claim) else claim_or_id


def _number(value: object, name: str) -> float:
    """
    Return *value* as a float, or raise GraphError naming the filter it was given for.

    Examples:
        >>> _number("12.5", "min_value")
        12.5
        >>> _number("a dozen", "min_value")
        Traceback (most recent call last):
        ...
        claimtrack.errors.GraphError: filter min_value must be a number, got 'a dozen'
    """
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        msg = f"filter {name} must be a number, got {value!r}"
        raise GraphError(msg) from None


def _is_timed(when: pendulum.DateTime) -> bool:
    return (when.hour, when.minute, when.second, when.microsecond) != (0, 0, 0, 0)


def _position_in_document(rec: Record) -> tuple[int, str]:
    return (rec.start, rec.id)


def _context(doc: Document, claim: Claim) -> str:
    """The claim's sentence: its sentence span, else the sentence found around its
    content span, else its content alone."""
    text = doc.text
    if claim.sentence_span is not None and claim.sentence_span.end <= len(text):
        return text[claim.sentence_span.start : claim.sentence_span.end]
    span = claim.content_span
    if span is None or span.end > len(text):
        return claim.content
    start = span.start
    floor = max(0, start - 300)
    while (
        start > floor
        and text[start - 1] not in "\n"
        and not (text[start - 1] == " " and start >= 2 and text[start - 2] in ".!?")
    ):
        start -= 1
    end, ceiling = span.end, min(len(text), span.end + 300)
    while end < ceiling and text[end] not in _SENTENCE_END:
        end += 1
    return text[start:end]


class ClaimGraph:
    """
    Claims from many documents, linked by speaker, source and relation.

    Args:
        aliases: Alias tables: a canonical name mapped to the variants that mean it.
        tolerance: Share by which figures are widened before two are called disjoint.
        within: Place containment test `within(inner, outer)`; the default folds names and
            asks the gazetteer (see `default_within`).
        window_days: How many days apart two origins may speak and still be compared.
        revision_hours: How much later the same day another origin's higher count must
            come to count as an update rather than a conflict.

    Examples:
        >>> from claimtrack.model import Attribution, Claim, Document, Figure, Person, Source
        >>> def doc(sid, who, n, day):
        ...     src = Source(id=sid, publisher=sid.title(), published=day)
        ...     text = f"{n} people were killed, {who} said."
        ...     claim = Claim(id=f"{sid}-1", content=text, content_span=None, source=src,
        ...                   attribution=Attribution(Person(who), mode="indirect"),
        ...                   figures=[Figure.exact(n, metric="killed", population="people")],
        ...                   said_on=day, place="Kharkiv")
        ...     return Document(src, text, claims=[claim])
        >>> graph = ClaimGraph()
        >>> graph.add_many([doc("one", "Ihor Terekhov", 5, "2022-08-30"),
        ...                 doc("two", "Oleh Syniehubov", 4, "2022-08-30"),
        ...                 doc("three", "Igor Terekhov", 5, "2022-08-30")])
        3
        >>> [(link.a, link.b, link.kind.value) for link in graph.relations("conflicts")]
        [('one-1', 'two-1', 'conflicts')]
        >>> graph.status("three-1").value
        'contested'
        >>> graph.canonical("Igor Terekhov") == graph.canonical("Terekhov")
        True
    """

    def __init__(
        self,
        aliases: Mapping[str, Iterable[str]] | None = None,
        tolerance: float = 0.1,
        *,
        within: Callable[[str, str], bool] | None = None,
        window_days: int = 0,
        revision_hours: float = 3.0,
    ) -> None:
        if tolerance < 0:
            msg = f"tolerance must be zero or more, got {tolerance}"
            raise GraphError(msg)
        self.tolerance = tolerance
        self.window_days = window_days
        self.revision_hours = revision_hours
        self.within: Callable[[str, str], bool] = within or default_within
        self.resolver = Resolver(aliases)
        self._docs: dict[str, Document] = {}
        self._claims: dict[str, Claim] = {}
        # The document's source id for the rare claim that names another source itself.
        self._foreign: dict[str, str] = {}
        self._assessments: dict[str, list[Assessment]] = defaultdict(list)
        self._dirty = True
        self._links: list[Row] = []  # claim-to-claim relations, compact (see `to_link`)
        self._by_claim: dict[str, list[Row]] | None = None
        self._records: dict[str, Record] | None = None  # built by the first query needing it
        self._ordered: list[Record] = []
        self._nx: Any = None
        # Entity keys of names that mean the same everywhere ("Ihor Terekhov"), and of
        # names read in the document at hand ("the mayor"), emptied per document.
        self._key_cache: dict[tuple[bool, str], str] = {}
        self._doc_keys: dict[tuple[bool, str, object], str] = {}
        # One int object per day: a million records need not hold a million copies.
        self._day_ints: dict[int, int] = {}
        # (role, place, day) -> (the holder's key or None, the office's key), per link.
        self._offices: dict[tuple[str, str, object], tuple[str | None, str]] = {}

    # ------------------------------------------------------------------ input

    def add(self, document: Document) -> bool:
        """
        Add a document and its claims; return False when this document is already in the
        graph (the same source id and the same content).

        Raises:
            GraphError: If *document* is not a `Document`, if a different document
                already holds its source id, or if one of its claim ids belongs to another
                source (nothing in the graph is changed).
        """
        if not isinstance(document, Document):
            msg = f"can only add a Document to a ClaimGraph, got {type(document).__name__}"  # type: ignore[unreachable]
            raise GraphError(msg)
        sid = document.source.id
        known = self._docs.get(sid)
        if known is not None:
            if known == document:
                return False
            msg = (
                f"source id {sid!r} already holds a different document "
                f"({len(known.claims)} claims, {len(known.text)} characters); give the new "
                "version its own source id (a different url) to keep both"
            )
            raise GraphError(msg)
        # Claims go in as they are checked (one look-up each in a dict of a million), and
        # come out again if one of them belongs to another source.
        claims = self._claims
        added: list[str] = []
        for claim in document.claims:
            held = claims.setdefault(claim.id, claim)
            if held is not claim:
                owner = self._foreign.get(claim.id, held.source.id)
                if owner != sid and claim.id not in added:
                    for cid in added:
                        claims.pop(cid, None)
                    msg = (
                        f"claim id {claim.id!r} of source {sid!r} is already used by source "
                        f"{owner!r}; claim ids must be unique (Claim.make_id derives them "
                        "from the source id)"
                    )
                    raise GraphError(msg)
                claims[claim.id] = claim  # the same id twice in this document: the last
            added.append(claim.id)
        self._docs[sid] = document
        observe = self.resolver.observe
        # Each speaker once per document, with the number of claims it speaks in.
        mentions: dict[tuple[type, str, tuple[str, ...]], list[Any]] = {}
        for claim in document.claims:
            if claim.source.id != sid:
                self._foreign[claim.id] = sid
            attribution = claim.attribution
            for entity in (attribution.speaker, attribution.organization):
                if entity is not None:
                    key = (type(entity), entity.name, entity.aliases)
                    seen = mentions.get(key)
                    if seen is None:
                        mentions[key] = [entity, 1]
                    else:
                        seen[1] += 1
        for entity, count in mentions.values():
            observe(entity, source_id=sid, count=count)
        for person in document.people:
            observe(person, source_id=sid, count=0)
        for org in document.organizations:
            observe(org, source_id=sid, count=0)
        for affiliation in document.affiliations:
            self.resolver.add_affiliation(affiliation)
        self._touch()
        return True

    def _owner(self, claim_id: str) -> str | None:
        """The source id of the document that brought a claim; None for an unknown claim."""
        claim = self._claims.get(claim_id)
        if claim is None:
            return None
        return self._foreign.get(claim_id, claim.source.id)

    def add_many(
        self,
        documents: Iterable[Document],
        progress: bool = False,
        *,
        errors: list[GraphError] | None = None,
    ) -> int:
        """
        Add documents in any order; return how many were new.

        Args:
            documents: The documents.
            progress: Show a progress bar (rich) while adding.
            errors: When given, a document the graph refuses (see `add`) is appended
                here as its `GraphError` and the others still go in; otherwise the first
                refusal is raised. Either way the graph keeps no part of a refused one.

        Raises:
            GraphError: As `add` does, unless *errors* is given.
        """
        items: Iterable[Document] = documents
        if progress:
            from rich.console import Console
            from rich.progress import track

            items = track(
                list(documents), description="adding documents", console=Console(stderr=True)
            )
        enabled = gc.isenabled()
        gc.disable()  # many small acyclic objects: see `link`
        try:
            if errors is None:
                return sum(self.add(doc) for doc in items)
            added = 0
            for doc in items:
                try:
                    added += self.add(doc)
                except GraphError as exc:
                    errors.append(exc)
            return added
        finally:
            if enabled:
                gc.enable()

    def add_aliases(self, aliases: Mapping[str, Iterable[str]]) -> None:
        """
        Add alias tables (canonical name -> variants).
        """
        self.resolver.add_aliases(aliases)
        self._touch()

    def _touch(self) -> None:
        self._dirty = True
        self._nx = None

    # ------------------------------------------------------------------ linking

    def link(self, progress: bool = False) -> None:
        """
        Compute all relations now (queries do this lazily when documents changed).

        Args:
            progress: Show progress on standard error (rich): the documents read, then
                each pass of relation detection (a million claims take about 15 s).

        Notes:
            The cyclic garbage collector is paused while linking: the pass allocates
            millions of small acyclic objects, and collections triggered by them would
            scan the whole corpus again and again.
        """
        enabled = gc.isenabled()
        gc.disable()
        try:
            if progress:
                from rich.console import Console
                from rich.progress import (
                    BarColumn,
                    MofNCompleteColumn,
                    Progress,
                    TextColumn,
                    TimeElapsedColumn,
                )

                bar = Progress(
                    TextColumn("{task.description}"),
                    BarColumn(),
                    MofNCompleteColumn(),
                    TimeElapsedColumn(),
                    console=Console(stderr=True),
                    transient=True,
                )
                with bar:
                    task = bar.add_task("linking: reading claims", total=len(self._docs) + 1)
                    self._link(
                        lambda done: bar.update(task, completed=done),
                        lambda phase: bar.update(task, description=f"linking: {phase}"),
                    )
            else:
                self._link()
        finally:
            if enabled:
                gc.enable()

    def _link(
        self,
        advance: Callable[[int], object] | None = None,
        phase: Callable[[str], object] | None = None,
    ) -> None:
        records: list[Record] = []
        by_document: list[list[Record]] = []  # documents of two claims or more
        self._key_cache = {}
        self._day_ints = {}
        self._offices = {}
        # Documents by rank and claims by position: detection then only sorts by day.
        for rank, (doc, pub_day, pub_ts) in enumerate(self._source_order()):
            if advance is not None and rank % 1000 == 0:
                advance(rank)
            self._doc_keys = {}
            # Per source, not per claim: date arithmetic is slow.
            seen = (rank, pub_day, pub_ts)
            first = len(records)
            for claim in doc.claims:
                records.append(self._record(claim, doc, seen))
            if len(records) - first > 1:
                group = records[first:]
                group.sort(key=_position_in_document)
                records[first:] = group
                by_document.append(group)
        self._links = detect(
            records,
            documents=by_document,
            ranked=True,
            tolerance=self.tolerance,
            window_days=self.window_days,
            revision_hours=self.revision_hours,
            containers=self._containers(),
            place_key=place_key,
            on_phase=phase,
        )
        if advance is not None:
            advance(len(self._docs) + 1)
        self._ordered = records  # detect() sorted them by when they were said
        self._records = None  # like the next, built by the first query that needs it
        self._by_claim = None
        self._dirty = False
        self._nx = None

    def _containers(self) -> Callable[[str], tuple[str, ...]]:
        """The places containing a place: the gazetteer's, narrowed by a custom `within`."""
        if self.within is default_within:
            return containers
        within = self.within

        def narrowed(place: str) -> tuple[str, ...]:
            return tuple(c for c in containers(place) if within(place_key(place) or place, c))

        return narrowed

    def _ensure(self) -> None:
        if self._dirty:
            self.link()

    def _source_order(self) -> list[tuple[Document, int | None, float | None]]:
        """
        Return the documents ranked by publication, each with its day and its UTC
        timestamp (None when only the day is known; both None for an undated source).

        By UTC time when both give one, else by day; within a day, sources that give only
        the day come in this order: the credited wire first, then reports that credit a
        wire (they carry its copy), then the rest (an uncredited copy is more likely taken
        from another outlet), then by id. Such a source goes before a timed one only when
        it is a credited wire and the other is not. Undated sources come last, by id.
        """
        # Wire services others credit published first when times cannot tell.
        credited = {fold(c) for doc in self._docs.values() for c in doc.source.credits}
        by_day: dict[int, list[_Entry]] = defaultdict(list)
        undated: list[tuple[str, Document]] = []
        for doc in self._docs.values():
            src = doc.source
            published = src.published
            if published is None:
                undated.append((src.id, doc))
                continue
            stamp = published.timestamp()
            day = int(stamp // 86400) + _EPOCH_ORDINAL
            timed = stamp if _is_timed(published) else None
            wire = fold(src.publisher or "") in credited
            by_day[day].append((timed, not wire, not src.credits, src.id, doc))
        order: list[tuple[Document, int | None, float | None]] = []
        for day in sorted(by_day):
            group = by_day[day]
            # Source ids are unique, so the sort keys never reach the documents.
            timed_ones = sorted((e for e in group if e[0] is not None), key=_TIMED_KEY)
            untimed = sorted((e for e in group if e[0] is None), key=_UNTIMED_KEY)
            # Merge: times order timed sources. A source that gives only its day goes
            # before a timed one only when it is a credited wire and the other is not:
            # otherwise the report whose time is known is taken as the earlier.
            i = j = 0
            while i < len(untimed) or j < len(timed_ones):
                if j >= len(timed_ones) or (i < len(untimed) and untimed[i][1] < timed_ones[j][1]):
                    order.append((untimed[i][4], day, None))
                    i += 1
                else:
                    order.append((timed_ones[j][4], day, timed_ones[j][0]))
                    j += 1
        order.extend((doc, None, None) for _, doc in sorted(undated, key=_FIRST))
        return order

    def _entity_key(self, entity: Person | Organization, sid: str, when: object) -> str:
        is_person = isinstance(entity, Person)
        name = entity.name
        found = self._key_cache.get((is_person, name))
        if found is None:
            found = self._doc_keys.get((is_person, name, when))
        if found is not None:
            return found
        try:
            found = self.resolver.key(entity, source_id=sid, when=when)
        except UnknownEntityError:
            kind = "person" if is_person else "organization"
            found = f"{kind}:{name.lower()}"
        # Short names and descriptions depend on the document and the day.
        if self.resolver.context_free(name):
            self._key_cache[(is_person, name)] = found
        else:
            self._doc_keys[(is_person, name, when)] = found
        return found

    def _named_in(self, text: str, doc: Document, sid: str, when: object) -> str | None:
        """The key of the person or body named first in *text*: one of *doc*'s, or a name
        some document gave a speaker ("Acme Corp's revenue"); None if none."""
        first: tuple[int, str] | None = None
        entities: tuple[Person | Organization, ...] = (*doc.organizations, *doc.people)
        for entity in entities:
            at = _whole_word(text, entity.name) if entity.name else -1
            if at >= 0 and (first is None or at < first[0]):
                first = (at, self._entity_key(entity, sid, when))
        for run in _CAPITALISED.finditer(text, 0, first[0] if first else len(text)):
            found = self.resolver.known(run.group())
            if found is not None:
                return found
        return None if first is None else first[1]

    def _office(self, claim: Claim, when: object) -> tuple[str | None, str | None]:
        """
        For a claim said by a place's office with no name (see `office_of`): the key of
        the person known (from some document's affiliations) to hold the office that
        day, else None, and the office's key. (None, None) for any other claim.
        """
        office = office_of(claim)
        if office is None:
            return (None, None)
        role, where, office_key = office
        key = (role, where, when)
        found = self._offices.get(key)
        if found is None:
            found = self._offices[key] = (self.resolver.describe(role, where, when), office_key)
        return found

    def _record(
        self, claim: Claim, doc: Document, seen: tuple[int, int | None, float | None]
    ) -> Record:
        rank, pub_day, pub_ts = seen
        sid = doc.source.id
        attribution = claim.attribution
        framing = framing_of(_context(doc, claim))
        if claim.said_on is not None:
            day, known = claim.said_on.toordinal(), True
        elif claim.period is not None and claim.period.end is not None:
            day, known = claim.period.end.date().toordinal(), True
        elif pub_day is not None:
            day = pub_day
            known = not framing & 2  # "had earlier put": not said on the day published
        else:
            day, known = 0, False
        day = self._day_ints.setdefault(day, day)
        ts = pub_ts if pub_day == day else None
        when = claim.said_on or (pendulum.Date.fromordinal(pub_day) if pub_day else None)
        speaker = None
        if attribution.speaker is not None:
            speaker = self._entity_key(attribution.speaker, sid, when)
        org = None
        if attribution.organization is not None:
            org = self._entity_key(attribution.organization, sid, when)
        holder = office = None
        if attribution.role and not isinstance(attribution.speaker, Person):
            holder, office = self._office(claim, when)
        if holder is not None:
            speaker = holder  # "Kharkiv's mayor": the person who is mayor that day
        if speaker is None:
            # "The mayor said", nobody named: the office speaks (its key), so the claim
            # is attributed, and is set against others like any speaker's.
            speaker = org or office
        if holder is None and office is not None:
            origin = office  # the mayor of Kharkiv, not Kharkiv nor the outlet
        elif speaker is not None:
            origin = speaker
        else:
            outlet = (doc.source.credits[:1] or (doc.source.publisher or sid,))[0]
            origin = f"outlet:{fold(outlet)}"
        start = claim.content_span.start if claim.content_span is not None else 0
        facts, owned = facts_and_owned(claim.figures, claim.place)
        if owned:
            # Whose revenue or jobs: the first person or body the claim's words name,
            # else the body it speaks for, else its speaker, else its origin.
            subject = self._named_in(claim.content, doc, sid, when) or org or speaker or origin
            facts = flat_facts(claim.figures, claim.place, subject)
        if facts and doc.text:
            facts = mark_projected(facts, doc.text)  # "could rise to 100": no count
        return Record(
            id=claim.id,
            doc=sid,
            origin=origin,
            speaker=speaker,
            facts=facts,
            day=day,
            known=known,
            ts=ts,
            rank=rank,
            start=start,
            framing=framing,
            text=claim.content,
            org=org,
            span=span_of(claim.period, day) if claim.period is not None else 0,
        )

    # ------------------------------------------------------------------ lookups

    def claim(self, claim_id: str) -> Claim:
        """
        Return the claim with this id.

        Raises:
            UnknownClaimError: If no claim has this id.
        """
        try:
            return self._claims[claim_id]
        except KeyError:
            msg = f"no claim with id {claim_id!r} in the graph ({len(self._claims)} claims)"
            raise UnknownClaimError(msg) from None

    def documents(self) -> list[Document]:
        """
        Return the documents, in the order they were added.
        """
        return list(self._docs.values())

    def document(self, source_id: str) -> Document:
        """
        Return the document with this source id.

        Raises:
            GraphError: If no document has this id.
        """
        try:
            return self._docs[source_id]
        except KeyError:
            msg = f"no document with source id {source_id!r} in the graph"
            raise GraphError(msg) from None

    def __len__(self) -> int:
        return len(self._claims)

    def __contains__(self, claim_id: object) -> bool:
        return claim_id in self._claims

    # ------------------------------------------------------------------ filters

    def claims(
        self,
        *,
        speaker: str | None = None,
        organization: str | None = None,
        place: str | None = None,
        metric: str | Iterable[str] | None = None,
        since: object = None,
        until: object = None,
        min_value: float | None = None,
    ) -> list[Claim]:
        """
        Return the claims that pass every filter given, oldest first.

        Args:
            speaker: A person's or organization's name in any known spelling.
            organization: The body the claim is made for (or its speaker).
            place: A place; claims about places inside it match too.
            metric: What the figures count ("killed"; "dead" and "deaths" match), or
                several metrics (`["killed", "injured", "casualties"]` for casualties).
            since: Only claims said on or after this day (said_on, else published).
            until: Only claims said on or before this day.
            min_value: Only claims with a figure whose low (or value) reaches this.
        """
        self._ensure()
        test = self._filter(
            speaker=speaker,
            organization=organization,
            place=place,
            metric=metric,
            since=since,
            until=until,
            min_value=min_value,
        )
        return [self._claims[r.id] for r in self._ordered if test(r)]

    def _record_index(self) -> dict[str, Record]:
        """Each claim's record by claim id, indexed on first use after linking."""
        if self._records is None:
            self._records = {r.id: r for r in self._ordered}
        return self._records

    def _filter(self, **filters: Any) -> Callable[[Record], bool]:
        checks: list[Callable[[Record], bool]] = []
        if filters.get("speaker") is not None:
            key = self._key_or_none(filters["speaker"])
            checks.append(lambda rec: key is not None and rec.speaker == key)
        if filters.get("organization") is not None:
            okey = self._key_or_none(filters["organization"])
            checks.append(lambda rec: okey is not None and okey in (rec.org, rec.speaker))
        if filters.get("place") is not None:
            where = str(filters["place"])
            inside: dict[str, bool] = {}  # per distinct place: a million claims, few places

            def in_place(rec: Record) -> bool:
                place = self._claims[rec.id].place
                if place is None:
                    return False
                found = inside.get(place)
                if found is None:
                    found = inside[place] = self.within(place, where)
                return found

            checks.append(in_place)
        if filters.get("metric") is not None:
            metric = filters["metric"]
            if not isinstance(metric, (str, Iterable)):
                msg = f"filter metric must be a str or several, got {metric!r}"
                raise GraphError(msg)
            names = [metric] if isinstance(metric, str) else list(metric)
            wanted = {norm_metric(str(name)) for name in names}
            checks.append(lambda rec: any(f[0] in wanted for f in rec.fact_keys()))
        if filters.get("since") is not None:
            since = to_date(filters["since"]).toordinal()
            checks.append(lambda rec: rec.day >= since)
        if filters.get("until") is not None:
            until = to_date(filters["until"]).toordinal()
            checks.append(lambda rec: rec.day <= until)
        if filters.get("min_value") is not None:
            floor = _number(filters["min_value"], "min_value")
            checks.append(
                lambda rec: any(
                    (f.low if f.low is not None else f.value) >= floor
                    for f in self._claims[rec.id].figures
                )
            )
        return lambda rec: all(check(rec) for check in checks)

    def _key_or_none(self, name: str) -> str | None:
        try:
            return self.resolver.key(name)
        except UnknownEntityError:
            return None

    # ------------------------------------------------------------------ relations

    def relations(self, kind: Relation | str | None = None) -> Iterator[Link]:
        """
        Yield the graph's links: claim-to-claim relations, then who said each claim, on
        whose behalf and where it was published.

        Args:
            kind: Only links of this kind (a Relation or its value).
        """
        self._ensure()
        wanted = None if kind is None else Relation(kind)
        for row in self._links:
            if wanted is None or row[2] is wanted:
                yield to_link(row)
        if wanted not in (None, Relation.SAID_BY, Relation.ON_BEHALF_OF, Relation.PUBLISHED_IN):
            return
        records = self._record_index()
        for cid, claim in self._claims.items():
            rec = records[cid]
            speaker, org = rec.speaker, rec.org
            if (
                wanted in (None, Relation.SAID_BY)
                and speaker is not None
                and claim.speaker is not None
            ):
                yield Link(cid, speaker, Relation.SAID_BY, claim.attribution.cue or "")
            if wanted in (None, Relation.ON_BEHALF_OF) and org is not None and org != speaker:
                yield Link(cid, org, Relation.ON_BEHALF_OF, claim.attribution.role or "")
            if wanted in (None, Relation.PUBLISHED_IN):
                yield Link(cid, self._foreign.get(cid, claim.source.id), Relation.PUBLISHED_IN)

    def _roots(self, cid: str) -> list[Record]:
        self._ensure()
        try:
            rec = self._record_index()[cid]
        except KeyError:
            self.claim(cid)
            raise
        while rec.base is not None:
            rec = rec.base
        return list(rec.roots) if rec.roots else [rec]

    def _claim_links(self) -> dict[str, list[Row]]:
        """Each claim's relations to other claims, indexed on first use after linking."""
        if self._by_claim is None:
            by_claim: dict[str, list[Row]] = defaultdict(list)
            for row in self._links:
                by_claim[row[0]].append(row)
                by_claim[row[1]].append(row)
            self._by_claim = by_claim
        return self._by_claim

    def _linked(self, cid: str, kind: Relation) -> list[tuple[Row, str]]:
        """Links of *kind* touching the claim or the claims it repeats, with the other end."""
        out = []
        ids = {cid} | {r.id for r in self._roots(cid)}
        by_claim = self._claim_links()
        for one in ids:
            for row in by_claim.get(one, ()):
                if row[2] is kind:
                    other = row[1] if row[0] == one else row[0]
                    if other not in ids:
                        out.append((row, other))
        return out

    def conflicts(self, **filters: Any) -> list[Link]:
        """
        Return the conflicts where either claim passes the filters (see `claims`).
        """
        self._ensure()
        test = self._filter(**filters)
        records = self._record_index()
        return [
            to_link(row)
            for row in self._links
            if row[2] is Relation.CONFLICTS and (test(records[row[0]]) or test(records[row[1]]))
        ]

    def corroborating(self, claim_or_id: Claim | str) -> list[Claim]:
        """
        Return the claims from independent origins that agree with this claim.
        """
        cid = _claim_id(claim_or_id)
        found = {other for _, other in self._linked(cid, Relation.CORROBORATES)}
        records = self._record_index()
        return [self._claims[c] for c in sorted(found, key=lambda c: records[c].pos)]

    def origins(self, claim_or_id: Claim | str) -> list[Origin]:
        """
        Return where a claim traces back to: one Origin per first statement it repeats.
        """
        out = []
        for root in self._roots(_claim_id(claim_or_id)):
            source = self._docs[root.doc].source
            out.append(Origin(root.origin, root.doc, root.id, source.published))
        return out

    def independent(self, claim_or_id: Claim | str) -> int:
        """
        Return how many distinct origins state this claim or agree with it.
        """
        cid = _claim_id(claim_or_id)
        origins = {o.speaker for o in self.origins(cid)}
        for other in self.corroborating(cid):
            origins.update(o.speaker for o in self.origins(other.id))
        return len(origins)

    def status(self, claim_or_id: Claim | str) -> Status:
        """
        Return the claim's status: the newest assessment's verdict, else derived from its
        relations (superseded, contested, corroborated, unverified).
        """
        cid = _claim_id(claim_or_id)
        self.claim(cid)
        latest = newest(self._assessments.get(cid, ()))
        if latest is not None:
            return Status.from_verdict(latest.verdict)
        # A conflict stands only while the other side has not been superseded.
        contested = any(
            not self._superseded(other) for _, other in self._linked(cid, Relation.CONFLICTS)
        )
        return derive(
            superseded=self._superseded(cid),
            contested=contested,
            corroborated=bool(self._linked(cid, Relation.CORROBORATES)),
        )

    def _superseded(self, cid: str) -> bool:
        ids = {cid} | {r.id for r in self._roots(cid)}
        return any(row[0] in ids for row, _ in self._linked(cid, Relation.UPDATES))

    def unverified(self, **filters: Any) -> list[Claim]:
        """
        Return the claims (passing the filters) that stand unverified: one origin, no
        corroboration, no conflict, not superseded, not assessed.
        """
        return [c for c in self.claims(**filters) if self.status(c.id) is Status.UNVERIFIED]

    def timeline(
        self, metric: str, place: str | None = None, *, changes: bool = False, **filters: Any
    ) -> list[TimelinePoint]:
        """
        Return the figures stated for *metric* (and *place*), oldest first: one point per
        fact a first statement gives (copies left out), so "12 soldiers and 30 civilians
        were killed" gives two points, told apart by their `population`.

        Args:
            metric: What the figures count ("killed"; "dead" and "deaths" match). A blank
                metric gives no points.
            place: A place; claims about places inside it match too.
            changes: Return the changes stated ("rose by 12%") instead of the levels (a
                running tally); a claim stating both ("rose by 12 to 45") gives its level
                to the one and its change to the other.
            filters: As in `claims` (speaker, organization, since, until, min_value).

        Returns:
            The points, oldest first; an undated claim gives points whose `when` is
            None.

        Notes:
            A fact is (metric, population, place, unit), the place being the claim's:
            a claim stating two figures for one fact ("12 killed in Paris and 30 in
            Lyon", read as one claim about Paris) gives the first only, as relation
            detection does.

        Examples:
            >>> from claimtrack.model import Attribution, Claim, Document, Figure, Person, Source
            >>> src = Source(id="src-1", published="2026-03-02T09:00:00Z")
            >>> text = "The army said 12 soldiers and 30 civilians were killed, 5 more wounded."
            >>> figures = [Figure.exact(12, metric="killed", population="soldiers"),
            ...            Figure.exact(30, metric="killed", population="civilians"),
            ...            Figure.exact(5, metric="wounded", change="increase")]
            >>> claim = Claim(id="clm-1", content=text, content_span=None, source=src,
            ...               attribution=Attribution(Person("Army"), mode="indirect"),
            ...               figures=figures)
            >>> graph = ClaimGraph()
            >>> graph.add(Document(src, text, claims=[claim]))
            True
            >>> [(p.figure.value, p.population) for p in graph.timeline("killed")]
            [(12, 'soldiers'), (30, 'people')]
            >>> [str(p.figure) for p in graph.timeline("wounded", changes=True)]
            ['an increase of 5 wounded']
        """
        wanted = norm_metric(metric)
        if not wanted:
            return []  # a blank metric filters nothing, and figures naming none are no facts
        claims = self.claims(metric=None if changes else metric, place=place, **filters)
        index = self._record_index()  # after `claims`, which links the graph first
        points: list[TimelinePoint] = []
        for claim in claims:
            rec = index[claim.id]
            if rec.derived or rec.base is not None:
                continue
            source = self._docs[rec.doc].source
            when = None  # day 0: neither said_on nor published is known
            if rec.ts is not None:
                when = pendulum.from_timestamp(rec.ts, tz="UTC")
            elif rec.day > 0:
                when = to_datetime(pendulum.Date.fromordinal(rec.day))
            stated: list[tuple[str, Any]] = []  # (population, figure) per fact
            if not changes:
                stated = [(fact[1], f) for fact, f in rec.facts.items() if fact[0] == wanted]
            else:
                # Changes are no facts (relation detection compares levels): the first
                # figure per population, unit and direction, as `flat_facts` keeps levels.
                seen: set[tuple[str, str, str]] = set()
                for f in claim.figures:
                    if f.change is None or not f.metric or norm_metric(f.metric) != wanted:
                        continue
                    key = (norm_population(f.population), f.unit or "", f.change.value)
                    if key not in seen:
                        seen.add(key)
                        stated.append((key[0], f))
            points.extend(
                TimelinePoint(when, f, claim.id, rec.speaker, source.id, population=population)
                for population, f in stated
            )
        return points

    # ------------------------------------------------------------------ assessments

    def assess(
        self,
        claim_id: str,
        verdict: Verdict | str,
        *,
        by: str,
        note: str = "",
        on: object = None,
        reliability: str | None = None,
        credibility: int | None = None,
    ) -> Assessment:
        """
        Record a person's verdict on a claim; the newest verdict sets its status.

        Raises:
            UnknownClaimError: If no claim has this id.
        """
        self.claim(claim_id)
        assessment = Assessment(
            claim_id,
            Verdict(verdict),
            by=by,
            on=pendulum.now("UTC") if on is None else on,
            note=note,
            reliability=reliability,
            credibility=credibility,
        )
        self._assessments[claim_id].append(assessment)
        self._nx = None
        return assessment

    def add_assessment(self, assessment: Assessment) -> None:
        """
        Replay a stored assessment.
        """
        self.claim(assessment.claim_id)
        self._assessments[assessment.claim_id].append(assessment)
        self._nx = None

    def assessments(self, claim_id: str) -> list[Assessment]:
        """
        Return every assessment of a claim, oldest first (the last one wins).
        """
        self.claim(claim_id)
        items = list(enumerate(self._assessments.get(claim_id, ())))
        return [a for _, a in sorted(items, key=lambda p: (p[1].on, p[0]))]

    # ------------------------------------------------------------------ who is who

    def merge(
        self, name_a: str, name_b: str, *, by: str, note: str = "", on: object = None
    ) -> Decision:
        """
        Decide by hand that two names are one person or organization.
        """
        decision = self.resolver.merge(name_a, name_b, by=by, note=note, on=on)
        self._touch()
        return decision

    def split(self, name: str, *, by: str, note: str = "", on: object = None) -> Decision:
        """
        Decide by hand that a name is an entity of its own.
        """
        decision = self.resolver.split(name, by=by, note=note, on=on)
        self._touch()
        return decision

    def apply(self, decision: Decision) -> None:
        """
        Replay a logged merge or split decision.
        """
        self.resolver.apply(decision)
        self._touch()

    def decisions(self) -> list[Decision]:
        """
        Return the hand decisions about who is who, oldest first.
        """
        return self.resolver.decisions()

    def canonical(self, name_or_entity: str | Person | Organization) -> str:
        """
        Return the canonical name of a person or organization.

        Raises:
            UnknownEntityError: If the name is not known.
        """
        return self.resolver.canonical(name_or_entity)

    def circular(self) -> list[list[str]]:
        """
        Return the circular reporting chains: outlets crediting each other round a loop
        (from sources' credits), and claims citing or repeating each other round a loop.
        """
        self._ensure()
        edges: list[tuple[str, str]] = []
        for doc in self._docs.values():
            src = doc.source
            outlet = fold(src.publisher or src.id)
            edges.extend((outlet, fold(credit)) for credit in src.credits)
        for row in self._links:
            if row[2] in (Relation.CITES, Relation.REPEATS):
                edges.append((row[1], row[0]))
        return find_cycles(edges)

    # ------------------------------------------------------------------ networkx

    @property
    def nx(self) -> Any:
        """
        The graph as a `networkx.MultiDiGraph`, built on first access.

        Nodes are claims (claim id), people and organizations (entity key) and sources
        (source id), each with a `kind` attribute and plain attributes (label, text,
        published, status...); edges are keyed by relation value and carry `kind`, `why`
        and, for conflicts, `ratio`.
        """
        self._ensure()
        if self._nx is None:
            self._nx = self._build_nx()
        return self._nx

    def _build_nx(self) -> Any:
        graph = nx.MultiDiGraph()
        for sid, doc in self._docs.items():
            src = doc.source
            graph.add_node(
                sid,
                kind="source",
                label=src.title or src.publisher or sid,
                publisher=src.publisher or "",
                url=src.url or "",
                published=src.published.isoformat() if src.published else "",
            )
        for cid, claim in self._claims.items():
            graph.add_node(
                cid,
                kind="claim",
                label=claim.content[:80],
                text=claim.content,
                place=claim.place or "",
                said_on=claim.said_on.isoformat() if claim.said_on else "",
                figures="; ".join(str(f) for f in claim.figures),
                status=self.status(cid).value,
            )
        for link in self.relations():
            for node in (link.a, link.b):
                if node not in graph:
                    kind = node.split(":", 1)[0]
                    graph.add_node(
                        node,
                        kind=kind if kind in ("person", "organization") else "outlet",
                        label=self.resolver.label(node),
                    )
            attrs: dict[str, Any] = {"kind": link.kind.value, "why": link.why}
            if link.ratio is not None:
                attrs["ratio"] = float(link.ratio) if link.ratio != float("inf") else -1.0
            if link.origin is not None:
                attrs["origin"] = link.origin
            graph.add_edge(link.a, link.b, key=link.kind.value, **attrs)
        return graph
