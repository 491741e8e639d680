"""
The extraction pipeline: text in, a `Document` of attributed claims out.

`extract` reads the publication date (from its argument or a leading ` date YYYY-MM-DD `
header), finds the attributions (`claimtrack.extract.attribution`), resolves each
speaker (`claimtrack.extract.speakers`), reads the figures, days, periods and places
of each claim, and adds the unattributed sentences that carry figures.

Spans always index the text as given, header included. Bytes are decoded first (UTF-8,
else Windows-1252, else Latin-1, with a warning), and spans then index the decoded text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

import attrs
import pendulum

from claimtrack import dates
from claimtrack.errors import ExtractionError
from claimtrack.extract import lexicon
from claimtrack.extract.attribution import RawAttribution, find_attributions
from claimtrack.extract.cues import lemma
from claimtrack.extract.figures import find_figures
from claimtrack.extract.places import find_places
from claimtrack.extract.speakers import (
    RELATIVE_PRONOUNS,
    Mention,
    PlaceContext,
    Resolved,
    SpeakerResolver,
    analyse_phrase,
    find_bodies,
    find_subjects,
    place_kind,
)
from claimtrack.extract.text import find_quotes, quote_warnings, split_sentences
from claimtrack.model import (
    Attribution,
    AttributionMode,
    Claim,
    Document,
    DocumentWarning,
    Figure,
    Organization,
    OrgKind,
    Period,
    Person,
    Source,
    SourceKind,
    Span,
    stable_id,
    to_datetime,
)

__all__ = ["HEDGES", "detect_credits", "extract", "find_hedges"]

_T = TypeVar("_T")

HEDGES = (
    "could not be independently verified",
    "could not independently verify",
    "is reported to",
    "are reported to",
    "was reported to",
    "were reported to",
    "believed to",
    "allegedly",
    "alleged",
    "reportedly",
    "unconfirmed",
    "preliminary",
    "possibly",
    "possible",
    "probably",
    "likely",
    "unverified",
    "it is understood",
)
"""Words that weaken a claim, longest first; matched as whole words, case-insensitive."""

# One alternation of whole phrases; the phrases hold no repeated groups. It reads lower
# case text: without IGNORECASE the engine skips to the phrases' first letters.
_HEDGE = re.compile(r"\b(" + "|".join(re.escape(h) for h in HEDGES) + r")\b")
# The longest word of each hedge: a text holding none of them holds no hedge, and a
# few substring tests are cheaper than the alternation.
_HEDGE_KEYS = tuple(sorted({max(h.split(), key=len) for h in HEDGES}))

_WIRE_NAMES = sorted(
    ((name, canonical) for canonical, names in lexicon.WIRE_AGENCIES.items() for name in names),
    key=lambda pair: -len(pair[0]),
)
_WIRE_ALT = "|".join(re.escape(name) for name, _ in _WIRE_NAMES)
# A credit in brackets: "(Reuters)", "(AFP)", "(Reporting by Reuters)", "(Reporting by
# Jane Doe; editing by John Roe for Reuters)"; the inside has no brackets, so it is linear.
_CREDIT_PAREN = re.compile(r"\((?P<inside>[^()\n]{1,200})\)")
_WIRE_IN = re.compile(r"(?<![\w-])(?P<name>" + _WIRE_ALT + r")(?![\w-])")
# Full agency names are credits wherever they stand ("Agence France-Presse reported").
_FULL_WIRE = re.compile(
    r"\b(?P<name>Agence France[- ]Presse|Associated Press|Thomson Reuters|Deutsche Presse-Agentur)\b"
)
_FULL_WIRE_FIRST = ("Agence", "Associated", "Thomson", "Deutsche")
# A dateline at the start of the body: "KYIV —", "LVIV, Ukraine, March 2 (Reuters) -",
# or a first line of capitals alone ("GENEVA"). Bounded repeats, no nesting.
_DATELINE = re.compile(
    r"\s*(?P<line>[A-Z]{2}[A-Z .'-]{0,40}(?:,[^\n—–(]{1,40}){0,2}(?:\s*\([^()\n]{1,40}\))?\s*[—–-]\s"
    r"|[A-Z]{2}[A-Z .'-]{0,40}[ \t]*\n)"
)
# The place in capitals that opens a dateline: "LVIV" of "LVIV, Ukraine (Reuters) -",
# "ST. LOUIS". The lazy repeat is bounded and followed by a fixed set of ends.
_DATELINE_PARTS = re.compile(r"\s*(?P<city>[A-Z]{2}[A-Z .'-]{0,40}?)[ \t]*(?:[,(—–]|-\s|\n|$)")
# Capitals on a first line that are a label, not a place: "BREAKING", "UPDATE 2".
_NOT_DATELINE = frozenset(
    [
        "BREAKING",
        "UPDATE",
        "UPDATED",
        "EXCLUSIVE",
        "ANALYSIS",
        "FACTBOX",
        "WRAPUP",
        "CORRECTED",
        "URGENT",
        "LIVE",
        "OPINION",
        "EDITORIAL",
        "COMMENT",
        "FEATURE",
        "INTERVIEW",
        "REVIEW",
        "NEWS",
        "WORLD",
    ]
)
# The poll that asked a group of speakers, at the end of their phrase: "Analysts polled
# by LSEG", "economists surveyed by Reuters". The name after "by" is bounded.
_POLLED_BY = re.compile(
    r"\s+(?:polled|surveyed|canvassed|questioned|interviewed|compiled)\s+by\s+[^\s,;]+"
    r"(?:\s+[A-Z][^\s,;]*){0,3}"
)
# When a poll came out, after its noun: "a poll by YouGov published on Wednesday" (not
# "a poll published by the Levada Center": that names the pollster). Bounded.
_POLL_RELEASED = re.compile(
    r"\b(?:poll|polls|survey|surveys)\b[^,;\n]{0,60}?(?P<tail>\s+(?:published|released|conducted|taken)\b(?!\s+by\b))"
)
# A pluperfect cue: "had earlier put", "had said" - a statement at an unstated earlier time.
_PLUPERFECT = re.compile(r"\bhad\s+(?:earlier\s+|previously\s+|already\s+)?$", re.IGNORECASE)
# Actors, not places: "forces of the Russian Federation", "Russia invaded".
_ACTOR_BEFORE = re.compile(
    r"(?:forces|troops|army|military|government|president|leader|authorities)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ACTOR_AFTER = re.compile(
    r"^\s+(?:(?:is|was|are|were|has|have|had|will)\s+(?!been\b|being\b)[a-z]+(?:ing|ed)\b"
    r"|(?!is\b|was\b|has\b|lies\b)[a-z]+(?:ed|s)\b)"
)
# Two places of one kind named together: "the Donetsk and Luhansk regions".
_PLACE_PAIR = re.compile(
    r"[A-Z][\w'-]+\s+and\s+[A-Z][\w'-]+\s+(?:regions|provinces|oblasts|states|districts|counties)\b"
)
_POSSESSIVE_AFTER = re.compile(r"^['’]s\b")
# A place named as where, not who: "the number of dead in Turkey climbed", "floods in
# eastern Spain killed", "across much of northwestern Syria", "in the north of Spain".
_IN_BEFORE = re.compile(
    r"\b(?:in|across|throughout|inside|within)\s+(?:the\s+)?(?:(?:much|parts|most|(?:north|south|east|west|centre|center)[a-z-]{0,8})\s+of\s+(?:the\s+)?)?"
    r"(?:(?:north|south|far|central|mid)?[\s-]?(?:(?:north|south|east|west)(?:ern)?|central)\s+)?$",
    re.IGNORECASE,
)
# Words that introduce examples: "places such as Mariupol", "cities including Lviv".
_EXAMPLES_BEFORE = re.compile(r"\b(?:such\s+as|including|like|for\s+example)[\s,]*$", re.IGNORECASE)


# --------------------------------------------------------------------------- neighbours


def _read_header(text: str) -> tuple[pendulum.DateTime | None, int]:
    when, offset = dates.read_header(text)
    return (None if when is None else to_datetime(when)), int(offset)


def _said_on(sentence: str, published: pendulum.DateTime | None) -> pendulum.Date | None:
    if published is None:
        return None
    found = dates.resolve_said_on(sentence, published)
    return None if found is None else pendulum.Date(found.year, found.month, found.day)


def _period(sentence: str, published: pendulum.DateTime | None, context: Any) -> Period | None:
    if published is None:
        return None
    return dates.resolve_period(sentence, published, context)


def _find_places(text: str, start: int, end: int) -> list[tuple[Span, str, str]]:
    """(span, name, kind) of every place between *start* and *end*, in order; kind is
    "city", "region" or "country"."""
    found: list[tuple[Span, str, str]] = []
    for span, place in find_places(text, start, end):
        kind = place.kind.lower()
        if kind not in {"country", "city"}:
            kind = "region"
        found.append((span, place.name, kind))
    return found


# --------------------------------------------------------------------------- text checks


def _as_text(text: object) -> tuple[str, list[DocumentWarning]]:
    if isinstance(text, str):
        return text, []
    if isinstance(text, (bytes, bytearray)):
        raw = bytes(text)
        try:
            return raw.decode("utf-8"), []
        except UnicodeDecodeError as exc:
            where = exc.start
        for encoding in ("cp1252", "latin-1"):
            try:
                decoded = raw.decode(encoding)
            except UnicodeDecodeError:
                continue
            message = (
                f"the bytes are not UTF-8 (first bad byte at offset {where}); decoded as "
                f"{encoding}, and spans index the decoded text"
            )
            return decoded, [DocumentWarning("decoded_with_fallback", message)]
    msg = f"extract() needs the text as str (or bytes), got {type(text).__name__}"
    raise TypeError(msg)


# The control characters (Unicode categories Cc and Cs) but tab, line feed and carriage
# return: C0, DEL, C1 and lone surrogates. One character class, so one linear scan.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def _control_warnings(text: str) -> list[DocumentWarning]:
    found = _CONTROL.search(text)
    if found is None:
        return []
    first = found.start()
    count = len(_CONTROL.findall(text, first))
    message = (
        f"the text holds {count} control character(s), the first "
        f"{text[first]!r} at offset {first}; they were kept, so spans stay valid"
    )
    return [DocumentWarning("control_characters", message, Span(first, first + 1))]


# A credit line: "(Reporting by X; Editing by Y)", "(Writing by X)".
_REPORTING = re.compile(
    r"^\s*(?:additional\s+)?(?:reporting|writing|compiled)\s+by\s+(?P<who>[^;()\n]{1,80})",
    re.IGNORECASE,
)
# The agency in a dateline: "OSLO, July 17 (Meridian Press) -".
_DATELINE_CREDIT = re.compile(
    r"^[A-Z][A-Z .'-]{1,40}(?:,[^\n—–(]{1,40}){0,2}\s*\((?P<who>[^()\n]{1,40})\)\s*[—–-]",
    re.MULTILINE,
)


def detect_credits(text: str) -> list[str]:
    """
    Return the wire agencies credited in *text*, canonical names in order of appearance.

    Examples:
        >>> detect_credits("LVIV, Ukraine, March 2 (Reuters) - More than ...")
        ['Reuters']
        >>> detect_credits("... the city's mayor said. (Reporting by AFP and Agence France-Presse)")
        ['AFP']
        >>> detect_credits("The AP style guide says so.")
        []
    """
    canonical = dict(_WIRE_NAMES)
    found: list[str] = []
    for match in _DATELINE_CREDIT.finditer(text):
        who = match.group("who").strip()
        found.append(canonical.get(who, who))
    for match in _CREDIT_PAREN.finditer(text):
        inside = match.group("inside")
        wires = [canonical[w.group("name")] for w in _WIRE_IN.finditer(inside)]
        found.extend(wires)
        reporting = _REPORTING.match(inside)
        if reporting is not None and not wires:
            found.append(reporting.group("who").strip())
    # The names' first words are looked for first: most texts hold none of them.
    full = _FULL_WIRE.finditer(text) if any(w in text for w in _FULL_WIRE_FIRST) else ()
    for match in full:
        name = match.group("name").replace("France Presse", "France-Presse")
        found.append(canonical.get(name, name))
    return list(dict.fromkeys(found))


def _credit_spans(text: str) -> list[Span]:
    """Spans of bracketed credits ("(Reporting by Reuters)"), which hold no claims."""
    spans = []
    for match in _CREDIT_PAREN.finditer(text):
        inside = match.group("inside")
        if _REPORTING.match(inside) or _WIRE_IN.fullmatch(inside.strip()):
            spans.append(Span(match.start(), match.end()))
    return spans


def find_hedges(text: str) -> tuple[str, ...]:
    """
    Return the hedging words in *text*, lower case, in order, each once.

    Examples:
        >>> find_hedges("The toll, which could not be independently verified, is reportedly 12.")
        ('could not be independently verified', 'reportedly')
    """
    lower = text.lower()
    if not any(key in lower for key in _HEDGE_KEYS):
        return ()
    return tuple(dict.fromkeys(m.group(1) for m in _HEDGE.finditer(lower)))


# --------------------------------------------------------------------------- places


class _Places:
    """
    The places of a text in text order, indexed by offset, so that each claim looks up
    its places in logarithmic time instead of reading the whole list.

    Examples:
        >>> places = _Places([(Span(0, 4), "Kyiv", "city"), (Span(10, 17), "Ukraine", "country")])
        >>> places.context(20)
        PlaceContext(city='Kyiv', region=None, country='Ukraine')
        >>> [name for _, name, _ in places.within(Span(5, 20))]
        ['Ukraine']
    """

    def __init__(self, places: Iterable[tuple[Span, str, str]]) -> None:
        self.places = sorted(places, key=lambda p: p[0].start)
        self.starts = [span.start for span, _, _ in self.places]
        self._contexts = self._prefix_contexts()

    def _prefix_contexts(self) -> list[PlaceContext]:
        """The context after each prefix of the places, as `context` defines it."""
        city = region = country = None
        last_city = last_region = -1
        counts: dict[str, int] = {}
        first_seen: dict[str, int] = {}
        contexts = [PlaceContext()]
        for span, name, kind in self.places:
            if kind == "city":
                city, last_city = name, span.start
            elif kind == "region":
                region, last_region = name, span.start
            elif kind == "country":
                counts[name] = counts.get(name, 0) + 1
                first_seen.setdefault(name, len(first_seen))
                if country is None or (counts[name], -first_seen[name]) > (
                    counts[country],
                    -first_seen[country],
                ):
                    country = name
            shown_region = None if region is not None and last_city > last_region else region
            contexts.append(PlaceContext(city=city, region=shown_region, country=country))
        return contexts

    def context(self, before: int) -> PlaceContext:
        """
        The places in context before offset *before*: the last city and region, and the
        country mentioned most often so far (the earliest on a tie), which is the story's
        country more reliably than the last one named ("invaded from the territory of X").
        Only a country the text names counts: a city's name may belong to several.
        """
        return self._contexts[bisect.bisect_left(self.starts, before)]

    def within(self, span: Span) -> Iterator[tuple[Span, str, str]]:
        """The places that lie wholly inside *span*, in order."""
        k = bisect.bisect_left(self.starts, span.start)
        while k < len(self.places) and self.starts[k] < span.end:
            place = self.places[k]
            if place[0].end <= span.end:
                yield place
            k += 1

    def without(self, names: set[str]) -> _Places:
        """The same places but those named *names*."""
        return _Places(p for p in self.places if p[1] not in names)


_SPECIFIC = {"city": 0, "region": 1, "country": 2}
# How far around a place its neighbours can make it an actor or a pair.
_PAIR_REACH = 200


def _claim_place(text: str, places: _Places, span: Span) -> tuple[str | None, str | None]:
    """(the place a span is about, a weaker fallback): the most specific place in it."""
    strong: list[tuple[int, int, str]] = []
    weak: list[tuple[int, int, str]] = []
    for where, name, kind in places.within(span):
        rank = (_SPECIFIC.get(kind, 1), where.start, name)
        before = text[max(span.start, where.start - 40) : where.start]
        after = text[where.end : min(span.end, where.end + 20)]
        if kind == "country" and (_POSSESSIVE_AFTER.match(after) or _ACTOR_BEFORE.search(before)):
            weak.append(rank)
        elif kind == "country" and _ACTOR_AFTER.match(after) and not _IN_BEFORE.search(before):
            continue  # "Russia denies": the country acts; "the dead in Turkey climbed" not
        else:
            strong.append(rank)
    if strong:
        # Places given as examples ("such as Mariupol, Volnovakha and Izium"), or three
        # cities or more, are not what the claim is about: a wider place may be.
        level, first, _ = min(strong)
        listed = {name for r, _, name in strong if r == level}
        lead_in = text[max(span.start, first - 24) : first]
        if (level == _SPECIFIC["city"] and len(listed) >= 3) or _EXAMPLES_BEFORE.search(lead_in):
            strong = [r for r in strong if r[0] > level]
    best = min(strong)[2] if strong else None
    fallback = min(weak)[2] if weak else None
    if best is not None:
        start = min(strong)[1]
        # Only a pair near the place can hold it: the search stays bounded in long spans.
        low = max(span.start, start - _PAIR_REACH)
        high = min(span.end, start + _PAIR_REACH)
        for pair in _PLACE_PAIR.finditer(text, low, high):
            if pair.start() <= start < pair.end():
                best = pair.group(0)
    return best, fallback


def _dateline_place(dateline: re.Match[str] | None) -> str | None:
    """
    The place a dateline names: the story's place when nothing nearer gives one.

    The city in capitals, as the gazetteer spells it ("LVIV" -> "Lviv"); a city the
    gazetteer lacks keeps its own name in title case, but only in a dash dateline
    ("HALDEN FALLS, April 15 -"), not on a line of capitals alone (a label may be one).

    Examples:
        >>> _dateline_place(_DATELINE.match("LVIV, Ukraine (Reuters) - x"))
        'Lviv'
        >>> _dateline_place(_DATELINE.match("HALDEN FALLS - x"))
        'Halden Falls'
        >>> _dateline_place(_DATELINE.match("EXCLUSIVE - x")) is None
        True
    """
    if dateline is None:
        return None
    line = dateline.group("line")
    parts = _DATELINE_PARTS.match(line)
    if parts is None:
        return None
    capitals = parts.group("city").strip(" .-'")
    if not capitals or capitals.split()[0] in _NOT_DATELINE:
        return None
    city = capitals.title().replace("'S", "'s")
    found = find_places(city, 0, len(city))
    if found and found[0][0] == Span(0, len(city)):
        return found[0][1].name
    return city if line.rstrip().endswith(("—", "–", "-")) else None


def _org_place(org: Organization | None) -> str | None:
    """The place a body stands for: a city, a country, "Kharkiv region" -> Kharkiv."""
    while org is not None:
        if org.kind in {OrgKind.COUNTRY, OrgKind.LOCAL_GOVERNMENT}:
            words = org.name.split()
            # The shortest leading place: "Kharkiv region" stands for Kharkiv.
            for i in range(1, len(words) + 1):
                head = " ".join(words[:i])
                if place_kind(head) is not None:
                    return head
        org = org.parent
    return None


# --------------------------------------------------------------------------- extract


def _source(
    text: str,
    *,
    published: pendulum.DateTime | None,
    publisher: str | None,
    title: str | None,
    url: str | None,
    kind: SourceKind | str | None,
    credits: Iterable[str] | str | None,
    language: str,
) -> Source:
    try:
        given = [credits] if isinstance(credits, str) else [str(c) for c in credits or ()]
    except TypeError:
        msg = f"credits must be a string or a list of strings, got {type(credits).__name__}"
        raise ExtractionError(msg) from None
    merged = list(dict.fromkeys([*given, *detect_credits(text)]))
    try:
        source_kind = SourceKind(kind) if kind is not None else SourceKind.NEWS_ARTICLE
    except ValueError:
        known = ", ".join(k.value for k in SourceKind)
        msg = f"unknown source kind {kind!r}; use one of {known}"
        raise ExtractionError(msg) from None
    # Without a url, a publication is its words, where and when they appeared: two outlets
    # running the same wire copy are two sources (whose claims repeat one origin).
    when = published.isoformat() if published is not None else ""
    source_id = stable_id("src", url) if url else stable_id("src", publisher or "", when, text)
    return Source(
        id=source_id,
        title=title,
        publisher=publisher,
        url=url,
        published=published,
        kind=source_kind,
        language=language,
        credits=merged,
    )


def _after(text: str, span: Span, start: int) -> Span:
    """*span* without the part before *start* (a dateline) and the blanks after it."""
    if not span.start < start < span.end:
        return span
    begin = start
    while begin < span.end and text[begin].isspace():
        begin += 1
    return Span(begin, span.end)


def _antecedent(text: str, floor: int, pronoun: Span) -> Span:
    """
    The words a relative pronoun stands for: "the Valencia Tenants Assembly, which ..."
    gives the phrase between the last clause break before the pronoun and the pronoun.
    """
    # Both look-backs are bounded: a phrase longer than 120 characters is no antecedent.
    end = pronoun.start
    while end > max(floor, pronoun.start - 40) and text[end - 1] in " ,":
        end -= 1
    start = end
    limit = max(floor, end - 160)
    while start > limit and text[start - 1] not in ",;:(\n—–":
        start -= 1
    if start == limit > floor:
        return pronoun
    while start < end and text[start].isspace():
        start += 1
    if end - start < 2 or end - start > 120:
        return pronoun
    return Span(start, end)


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of *text*, as a set (lexicons read better as prose)."""
    return frozenset(text.split())


# Words an answering claim may hold besides its figure: "it at 30,000", "the toll at",
# "a figure of", "only four". Anything else (a verb, a noun of its own) makes it a claim
# that says what its figure counts.
_ANSWER_WORDS = _words("""
    it them that this those these the a an its their his her own at of as to closer
    nearer number numbers figure figures toll total count tally estimate crowd turnout
    size death casualty final official only just far lower higher about around roughly
    nearly almost some up more fewer less than over under least most and
    """)
# Where an answer's figure was counted: "18,000 in Paris and 5,000 in Lyon" (capitalised
# words after "in" or "at"; each repeat consumes a space, so it is linear).
_ANSWER_PLACE = re.compile(r"\b(?:in|at)(?: [A-Z][\w'’-]*)+")
_ANSWER_WORD = re.compile(r"\w+(?:[’'-]\w+)*")


def _is_answer(claim: Claim) -> bool:
    """
    Whether a claim is only a figure answering another ("four", "it at 30,000", "$3.9bn"):
    its words outside its figures are all `_ANSWER_WORDS`, and its figures say not what
    they count.
    """
    if not claim.figures or claim.content_span is None:
        return False
    if any(f.metric is not None for f in claim.figures):
        return False
    start = claim.content_span.start
    rest = claim.content
    for figure in sorted(claim.figures, key=lambda f: -(f.span.start if f.span else 0)):
        if figure.span is not None:
            a, b = figure.span.start - start, figure.span.end - start
            rest = rest[: max(a, 0)] + " " + rest[max(b, 0) :]
    rest = _ANSWER_PLACE.sub(" ", rest)
    return all(w.lower() in _ANSWER_WORDS for w in _ANSWER_WORD.findall(rest))


def _fits(figure: Figure, rival: Figure) -> bool:
    """Whether a bare figure can count what *rival* counts (same unit, same population)."""
    if rival.metric is None and rival.population is None:
        return False
    if figure.unit is not None and figure.unit != rival.unit:
        return False
    if figure.population is not None and figure.population != rival.population:
        return False
    return not (figure.unit is None and rival.unit is not None and figure.population is not None)


# How many claims either side of an answer may hold its rival.
_RIVAL_REACH = 4


def _answer_rivals(text: str, claims: list[Claim], places: _Places) -> list[Claim]:
    """
    Give a claim that only answers a rival figure ("..., while the governor gave four",
    "police put it at 30,000") what the rival counts: its metric, population and unit,
    and its place when the answer names none. The rival is a claim of the same sentence,
    else of the sentence just before ("Organisers said 100,000 marched. Police gave
    18,000.").

    Notes:
        Claims are grouped by sentence once; each answer looks at the few claims of its
        own sentence and the one before, so the pass is linear in the number of claims.
    """
    by_sentence: dict[Span, list[int]] = {}
    for k, claim in enumerate(claims):
        if claim.sentence_span is not None:
            by_sentence.setdefault(claim.sentence_span, []).append(k)
    order = sorted(by_sentence, key=lambda s: s.start)
    out = list(claims)
    for index, sentence in enumerate(order):
        members = by_sentence[sentence]
        before = order[index - 1] if index else None
        earlier = (
            by_sentence[before]
            if before is not None and not text[before.end : sentence.start].strip()
            else []
        )
        for at, k in enumerate(members):
            claim = claims[k]
            if claim.content_span is None or not _is_answer(claim):
                continue
            # The nearest claims only: a run-on sentence of many claims stays linear.
            near = members[max(0, at - _RIVAL_REACH) : at] + members[at + 1 : at + 1 + _RIVAL_REACH]
            answered = _answer(claim, [claims[m] for m in near]) or _answer(
                claim, [claims[m] for m in earlier[-_RIVAL_REACH:]]
            )
            if answered is None:
                continue
            figures, rival_claim = answered
            place = claim.place
            if (
                _claim_place(text, places, claim.content_span)[0] is None
                and rival_claim.place is not None
            ):
                place = rival_claim.place
            out[k] = attrs.evolve(claim, figures=figures, place=place)
    return out


def _answer(claim: Claim, others: list[Claim]) -> tuple[tuple[Figure, ...], Claim] | None:
    """
    The figures of an answering *claim* given what the nearest fitting figure of *others*
    counts, and the claim that figure belongs to; None when none fits.
    """
    span = claim.content_span
    if span is None:
        return None
    rivals = [
        (abs(f.span.start - span.start), f, other)
        for other in others
        if other.content_span is not None and not other.content_span.overlaps(span)
        for f in other.figures
        if f.span is not None and (f.metric is not None or f.population is not None)
    ]
    figures: list[Figure] = []
    rival_claim: Claim | None = None
    for figure in claim.figures:
        fitting = [r for r in rivals if _fits(figure, r[1])]
        if not fitting:
            figures.append(figure)
            continue
        _, rival, rival_claim = min(fitting, key=lambda r: r[0])
        figures.append(
            attrs.evolve(
                figure,
                metric=rival.metric,
                population=figure.population or rival.population,
                unit=figure.unit or rival.unit,
            )
        )
    return None if rival_claim is None else (tuple(figures), rival_claim)


def _mentioned_people(speakers: list[Person], names: Iterable[str]) -> list[Person]:
    """The people who speak, then those a named-entity model found who do not."""
    known = {n for p in speakers for n in (p.name, *p.aliases)}
    extra = [Person(n) for n in dict.fromkeys(names) if n and n not in known]
    return speakers + [p for p in extra if not any(p.name in k for k in known)]


def _mentioned_bodies(
    speakers: list[Organization], bodies: Iterable[tuple[int, Organization]]
) -> list[Organization]:
    """The bodies that speak or are spoken for, then the others the text names."""
    names = {n for o in speakers for n in (o.name, *o.aliases)}
    extra: dict[str, Organization] = {}
    for _, org in bodies:
        if org.name not in names and not names.intersection(org.aliases):
            extra.setdefault(org.name, org)
    return speakers + list(extra.values())


def _nlp_people(nlp: Any, text: str) -> list[str]:
    if nlp is None:
        return []
    doc = nlp(text)
    return [ent.text for ent in doc.ents if ent.label_ in {"PERSON", "PER"}]


def _trim_sentence(text: str, span: Span) -> Span:
    """The sentence without its surrounding blanks and closing full stop."""
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and text[end - 1] == ".":
        end -= 1
    return Span(start, end)


class _Spans:
    """
    Spans indexed for overlap queries in logarithmic time.

    Examples:
        >>> spans = _Spans([Span(10, 20), Span(0, 5)])
        >>> spans.overlaps(Span(4, 6)), spans.overlaps(Span(5, 10)), spans.overlaps(Span(19, 30))
        (True, False, True)
    """

    def __init__(self, spans: Iterable[Span]) -> None:
        ordered = sorted(spans, key=lambda s: s.start)
        self.starts = [s.start for s in ordered]
        # The furthest end among the spans that start at or before each one.
        self.reach: list[int] = []
        furthest = -1
        for s in ordered:
            furthest = max(furthest, s.end)
            self.reach.append(furthest)

    def overlaps(self, span: Span) -> bool:
        """Whether any span shares a character with *span* (as `Span.overlaps`)."""
        k = bisect.bisect_left(self.starts, span.end)
        return k > 0 and self.reach[k - 1] > span.start


@attrs.frozen
class _Reading:
    """What one sentence says of every claim in it: its day, period and hedges."""

    said_on: pendulum.Date | None
    period: Period | None
    hedges: tuple[str, ...]


class _Sentences:
    """
    Each sentence read once, however many claims it holds (a sentence of a megabyte with
    many cues would otherwise be read once per claim).
    """

    def __init__(self, text: str, when: pendulum.DateTime | None, context: Any) -> None:
        self.text = text
        self.when = when
        self.context = context
        self._read: dict[tuple[int, int], _Reading] = {}
        self._places: dict[tuple[int, int], tuple[str | None, str | None]] = {}

    def read(self, span: Span) -> _Reading:
        """The reading of the sentence at *span*."""
        key = (span.start, span.end)
        found = self._read.get(key)
        if found is None:
            sentence = span.of(self.text)
            found = _Reading(
                _said_on(sentence, self.when),
                _period(sentence, self.when, self.context),
                find_hedges(sentence),
            )
            self._read[key] = found
        return found

    def place(self, span: Span, places: _Places) -> tuple[str | None, str | None]:
        """The place the sentence at *span* is about (see `_claim_place`), read once."""
        key = (span.start, span.end)
        if key not in self._places:
            self._places[key] = _claim_place(self.text, places, span)
        return self._places[key]


def _is_question(text: str, raw: RawAttribution) -> bool:
    """
    Whether an attribution reports a question: its content ends with a question mark,
    or its cue is a form of "ask" ("asked whether the dam would hold").
    """
    content = raw.content_span.of(text).rstrip(" ,”’\"'")
    if content.endswith("?"):
        return True
    if raw.cue_span is None:
        return False
    cue_words = raw.cue_span.of(text).lower().split()
    return bool(cue_words) and lemma(cue_words[-1]) == "ask"


def _is_citing(text: str, raw: RawAttribution) -> bool:
    """
    Whether an attribution only names what its speaker relies on: "..., the ministry
    said, citing hospital records". The cited documents or people are the basis of the
    claim before it, not a claim of their own (a cited figure still makes one).
    """
    return raw.cue_span is not None and raw.cue_span.of(text).lower() == "citing"


def _build(cls: type[_T], **fields: Any) -> _T:
    """Build a model object; the model's tuple converters take any iterable."""
    return cls(**fields)


def extract(
    text: str,
    *,
    published: object = None,
    publisher: str | None = None,
    title: str | None = None,
    url: str | None = None,
    kind: SourceKind | str | None = None,
    context: Any = None,
    credits: Iterable[str] | str | None = None,
    language: str = "en",
    nlp: Any = None,
) -> Document:
    """
    Extract the attributed claims of one text into a `Document`.

    Args:
        text: The article (str; bytes are decoded, see the module notes).
        published: When it was published (date, datetime or ISO string); when missing,
            a leading ` date YYYY-MM-DD ` header gives it.
        publisher: Who published it.
        title: Its title.
        url: Where it was published; the source id depends on it when given.
        kind: What kind of document it is (a `SourceKind` or its value).
        context: Passed to period resolution (for example the start of the event).
        credits: Wire agencies credited, merged with those the text credits itself.
        language: The language of the text (only English rules exist).
        nlp: An optional spaCy `Language`; its PERSON entities help find names.

    Returns:
        The Document: the source, the text as given, the claims in text order, the people
        and organizations that speak, their affiliations (valid on the publication day)
        and warnings about the text.

    Raises:
        TypeError: If *text* is neither str nor bytes.
        DateError: If *published* cannot be read as a date.

    Examples:
        >>> doc = extract("Officials said at least 12 people were killed in Kharkiv on Tuesday.",
        ...               published="2022-08-31")
        >>> claim = doc.claims[0]
        >>> claim.content, claim.attribution.cue, claim.attribution.mode.value
        ('at least 12 people were killed in Kharkiv on Tuesday', 'said', 'indirect')
        >>> extract("").claims
        ()
    """
    decoded, warnings = _as_text(text)
    warnings.extend(_control_warnings(decoded))
    text = decoded
    header_published, body = _read_header(text)
    when = to_datetime(published) if published is not None else header_published
    source = _source(
        text,
        published=when,
        publisher=publisher,
        title=title,
        url=url,
        kind=kind,
        credits=credits,
        language=language,
    )
    if not text[body:].strip():
        return _build(Document, source=source, text=text, warnings=warnings)
    # The quotations are found once, for the warnings and the attributions.
    quotes = find_quotes(text, body)
    warnings.extend(quote_warnings(text, body, quotes=quotes))

    credit_spans = _credit_spans(text)
    credits_index = _Spans(credit_spans)
    # The first part of an interrupted content ("As the vote nears, Stone says, ...") is
    # no claim of its own.
    raws = [
        raw
        for raw in find_attributions(text, body, quotes=quotes)
        if not credits_index.overlaps(raw.content_span) and not raw.lead
    ]
    dateline = _DATELINE.match(text, body)
    body_start = dateline.end() if dateline is not None else body
    story_place = _dateline_place(dateline)
    places = _Places(p for p in _find_places(text, body, len(text)) if p[0].start >= body_start)
    people = _nlp_people(nlp, text)

    # Speakers: one mention per attribution that names its speaker.
    mentions: list[Mention] = []
    mention_of: dict[int, int] = {}
    source_spans: dict[int, Span] = {}
    positions: list[int] = []
    for i, raw in enumerate(raws):
        if raw.continues or raw.source_span is None:
            continue
        # The dateline is where the reporter is, not part of the speaker's name.
        phrase_span = _after(text, raw.speaker_phrase_span or raw.source_span, body_start)
        source_spans[i] = _after(text, raw.source_span, body_start)
        # A relative pronoun stands for the words before it ("WHO" in capitals is a body).
        pronoun = phrase_span.of(text)
        if pronoun.lower() in RELATIVE_PRONOUNS and not pronoun.isupper():
            phrase_span = _antecedent(text, raw.sentence_span.start, phrase_span)
        polled = _POLLED_BY.search(text, phrase_span.start, phrase_span.end)
        if polled is not None and polled.end() == phrase_span.end:
            # "Analysts polled by LSEG": the speakers are the analysts the poll asked.
            phrase_span = Span(phrase_span.start, polled.start())
        released = _POLL_RELEASED.search(text, phrase_span.start, phrase_span.end)
        if released is not None:
            # "a poll by YouGov published on Wednesday": the poll, not when it came out.
            phrase_span = Span(phrase_span.start, released.start("tail"))
        phrase = phrase_span.of(text)
        name_text = source_spans[i].of(text)
        name = name_text if name_text != phrase and phrase_span.contains(source_spans[i]) else None
        if name is not None and name.lower() in RELATIVE_PRONOUNS and not name.isupper():
            name = None
        ctx = places.context(phrase_span.end)
        mention = analyse_phrase(phrase, name, places=ctx, people=people)
        mention_of[i] = len(mentions)
        mentions.append(mention)
        positions.append(phrase_span.start)
    bodies = find_bodies(text, body_start)
    # People named as sentence subjects outside quotations and speaker phrases: "she"
    # may point to them even when they made no claim there (sought only when needed).
    subjects: list[tuple[int, str]] = []
    if any(m.reference in {"he", "she"} for m in mentions):
        phrase_index = _Spans(
            [Span(at, at + len(m.text)) for at, m in zip(positions, mentions, strict=True)]
            + [q.span for q in quotes]
        )
        subjects = [
            (at, phrase)
            for at, phrase in find_subjects(text, body_start)
            if not phrase_index.overlaps(Span(at, at + len(phrase)))
        ]
    resolver = SpeakerResolver(
        mentions,
        text=text,
        positions=positions,
        bodies=bodies,
        subjects=subjects,
        context=places.context,
    )
    resolved = resolver.resolve()
    # A person's name is not a place, whatever the gazetteer holds ("Maria Lopez").
    name_words = {w for person in resolver.people() for w in person.name.split()}
    places = places.without(name_words)
    sentences = _Sentences(text, when, context)

    # The lead sets the story's day: later claims with no day of their own keep it.
    story_day: pendulum.Date | None = None
    publication_day = when.date() if when is not None else None
    claims: list[Claim] = []
    covered: list[Span] = []
    previous: Resolved | None = None
    previous_place: str | None = None
    lead_place: str | None = None
    for i, raw in enumerate(raws):
        span = raw.content_span
        content = span.of(text)
        read = sentences.read(raw.sentence_span)
        covered.append(raw.sentence_span)
        if raw.continues and previous is not None:
            who = previous
        elif i in mention_of:
            who = resolved[mention_of[i]]
        else:
            who = Resolved(None)
        figures = tuple(find_figures(text, span.start, span.end))
        if not figures and _is_question(text, raw):
            # A question put to someone is not a claim (unless it carries figures).
            previous = who if who.speaker is not None else previous
            continue
        if not figures and _is_citing(text, raw):
            continue  # "..., citing hospital records": the basis of the claim before it
        day = read.said_on
        if day == publication_day:
            day = None  # the sentence names no day of its own
        if not claims:
            story_day = day
        if (
            day is None
            and raw.cue_span is not None
            and _PLUPERFECT.search(
                text, max(raw.sentence_span.start, raw.cue_span.start - 80), raw.cue_span.start
            )
        ):
            said_on = None
        else:
            said_on = day or story_day or publication_day
        # The place a claim is about: a place in its words; else the city or region its
        # speaker stands for (a mayor's, a governor's); else the story's place (the lead
        # claim's); else the country its speaker stands for; else one in its sentence;
        # else the dateline's.
        place, weak = _claim_place(text, places, span)
        speaker_org = who.speaker if isinstance(who.speaker, Organization) else None
        local = [
            o for o in (who.organization, speaker_org) if o and o.kind is OrgKind.LOCAL_GOVERNMENT
        ]
        if place is None and local:
            place = _org_place(local[0])
        if place is None:
            place = lead_place
        if place is None:
            place = _org_place(who.organization) or _org_place(speaker_org)
        if place is None:
            place, weak_sentence = sentences.place(raw.sentence_span, places)
            place = place or weak or weak_sentence or previous_place or story_place
        if not claims:
            lead_place = place
        attribution = Attribution(
            speaker=who.speaker,
            role=who.role,
            organization=who.organization,
            cue=raw.cue_span.of(text) if raw.cue_span is not None else None,
            mode=raw.mode,
            speaker_span=source_spans.get(i),
            cue_span=raw.cue_span,
            speaker_mention=source_spans[i].of(text) if i in source_spans else None,
        )
        claims.append(
            _build(
                Claim,
                id=Claim.make_id(source.id, span, content),
                content=content,
                content_span=span,
                source=source,
                attribution=attribution,
                figures=figures,
                said_on=said_on,
                period=read.period,
                place=place,
                hedges=read.hedges,
                sentence_span=raw.sentence_span,
            )
        )
        previous = who if who.speaker is not None else previous
        previous_place = place or previous_place

    claims = _answer_rivals(text, claims, places)

    # Unattributed factual sentences that carry figures; each takes the place of the
    # one before it, else of the last attributed claim before it.
    taken = _Spans(covered + credit_spans)
    earlier = sorted(
        (c.content_span.start, k, c.place) for k, c in enumerate(claims) if c.content_span
    )
    earlier_starts = [start for start, _, _ in earlier]
    last_figures: tuple[int, int, str | None] | None = None
    for sentence_span in split_sentences(text, body_start):
        if taken.overlaps(sentence_span):
            continue
        span = _trim_sentence(text, sentence_span)
        if len(span) == 0:
            continue
        figures = tuple(find_figures(text, span.start, span.end))
        if not figures:
            continue
        content = span.of(text)
        read = sentences.read(sentence_span)
        place, weak = _claim_place(text, places, span)
        if last_figures is None:
            before = bisect.bisect_left(earlier_starts, span.start)
            last_figures = earlier[before - 1] if before else None
        place = place or (last_figures[2] if last_figures is not None else None)
        place = place or lead_place or weak or story_place
        last_figures = (span.start, len(claims), place)
        claims.append(
            _build(
                Claim,
                id=Claim.make_id(source.id, span, content),
                content=content,
                content_span=span,
                source=source,
                attribution=Attribution(mode=AttributionMode.UNATTRIBUTED),
                figures=figures,
                said_on=read.said_on or story_day or publication_day,
                period=read.period,
                place=place,
                hedges=read.hedges,
                sentence_span=sentence_span,
            )
        )
    claims.sort(key=lambda c: c.content_span.start if c.content_span else 0)

    valid = Period(when.start_of("day"), when.end_of("day")) if when is not None else Period()
    return _build(
        Document,
        source=source,
        text=text,
        claims=tuple(claims),
        people=tuple(_mentioned_people(resolver.people(), people)),
        organizations=tuple(_mentioned_bodies(resolver.organizations(), bodies)),
        affiliations=tuple(resolver.affiliations(valid)),
        warnings=tuple(warnings),
    )
