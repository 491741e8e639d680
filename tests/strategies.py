"""
Hypothesis strategies for claimtrack's model objects, shared by every property test.
"""

from __future__ import annotations

import datetime as dt

import pendulum
from hypothesis import strategies as st

from claimtrack.model import (
    Affiliation,
    Assessment,
    Attribution,
    AttributionMode,
    Change,
    Claim,
    Document,
    DocumentWarning,
    Figure,
    Link,
    Organization,
    OrgKind,
    Period,
    Person,
    Qualifier,
    Relation,
    Source,
    SourceKind,
    Span,
    Verdict,
)

# Names and words: printable text including quotes, curly quotes and SQL-ish punctuation,
# because articles contain all of them.
words = st.text(
    alphabet=st.characters(
        codec="utf-8", exclude_categories=("Cs", "Cc"), include_characters="'\"“”’;-"
    ),
    min_size=1,
    max_size=30,
).filter(lambda s: s.strip() != "")
optional_words = st.none() | words

timezones = st.sampled_from(
    [
        pendulum.timezone("UTC"),
        pendulum.timezone("Europe/Kyiv"),
        pendulum.timezone("America/New_York"),
        pendulum.timezone("Asia/Kabul"),
        pendulum.fixed_timezone(5 * 3600 + 30 * 60),
    ]
)


@st.composite
def datetimes(draw: st.DrawFn) -> pendulum.DateTime:
    """Timezone-aware pendulum datetimes between 1990 and 2040, to the second."""
    naive = draw(st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2040, 1, 1)))
    tz = draw(timezones)
    return pendulum.instance(naive.replace(microsecond=0), tz=tz)


dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 1, 1)).map(
    lambda d: pendulum.Date(d.year, d.month, d.day)
)


@st.composite
def spans(draw: st.DrawFn, max_end: int = 10_000) -> Span:
    """Valid spans inside a text of at most *max_end* characters."""
    start = draw(st.integers(0, max_end))
    end = draw(st.integers(start, max_end))
    return Span(start, end)


@st.composite
def periods(draw: st.DrawFn) -> Period:
    """Periods with open or closed ends, in order."""
    start = draw(st.none() | datetimes())
    end = draw(st.none() | datetimes())
    if start is not None and end is not None and end < start:
        start, end = end, start
    return Period(start, end)


people = st.builds(Person, name=words, aliases=st.lists(words, max_size=3).map(tuple))

organizations = st.recursive(
    st.builds(
        Organization,
        name=words,
        kind=st.sampled_from(OrgKind),
        parent=st.none(),
        aliases=st.lists(words, max_size=2).map(tuple),
    ),
    lambda parent: st.builds(
        Organization,
        name=words,
        kind=st.sampled_from(OrgKind),
        parent=parent,
        aliases=st.lists(words, max_size=2).map(tuple),
    ),
    max_leaves=3,
)

affiliations = st.builds(
    Affiliation,
    person=people,
    role=words,
    organization=st.none() | organizations,
    valid=periods(),
)

sources = st.builds(
    Source,
    id=words,
    title=optional_words,
    publisher=optional_words,
    url=optional_words,
    published=st.none() | datetimes(),
    kind=st.sampled_from(SourceKind),
    language=st.sampled_from(["en", "uk", "fr"]),
    credits=st.lists(words, max_size=2).map(tuple),
)

numbers = st.integers(0, 10**9) | st.floats(0, 1e9, allow_nan=False, allow_infinity=False)


@st.composite
def figures(draw: st.DrawFn) -> Figure:
    """Valid figures of every qualifier shape, open ends and exclusive bounds included."""
    low = draw(st.none() | numbers)
    high = draw(st.none() | numbers)
    if low is None and high is None:
        low = draw(numbers)
    if low is not None and high is not None and low > high:
        low, high = high, low
    low_inclusive = draw(st.booleans())
    high_inclusive = draw(st.booleans())
    if low is not None and low == high:
        low_inclusive = high_inclusive = True
    return Figure(
        low=low,
        high=high,
        low_inclusive=low_inclusive,
        high_inclusive=high_inclusive,
        qualifier=draw(st.sampled_from(Qualifier)),
        text=draw(st.text(max_size=20)),
        span=draw(st.none() | spans()),
        metric=draw(optional_words),
        population=draw(optional_words),
        unit=draw(st.none() | st.sampled_from(["percent", "km", "currency:USD"])),
        change=draw(st.none() | st.sampled_from(Change)),
    )


attributions = st.builds(
    Attribution,
    speaker=st.none() | people | organizations,
    role=optional_words,
    organization=st.none() | organizations,
    cue=optional_words,
    mode=st.sampled_from(AttributionMode),
    speaker_span=st.none() | spans(),
    cue_span=st.none() | spans(),
    speaker_mention=optional_words,
)


@st.composite
def claims(draw: st.DrawFn, source: Source | None = None, max_end: int = 10_000) -> Claim:
    """Claims whose spans lie inside a text of *max_end* characters."""
    return Claim(
        id=draw(words),
        content=draw(st.text(max_size=60)),
        content_span=draw(st.none() | spans(max_end)),
        source=source if source is not None else draw(sources),
        attribution=draw(
            st.builds(
                Attribution,
                speaker=st.none() | people | organizations,
                role=optional_words,
                organization=st.none() | organizations,
                cue=optional_words,
                mode=st.sampled_from(AttributionMode),
                speaker_span=st.none() | spans(max_end),
                cue_span=st.none() | spans(max_end),
                speaker_mention=optional_words,
            )
        ),
        figures=tuple(draw(st.lists(figures(), max_size=3))),
        said_on=draw(st.none() | dates),
        period=draw(st.none() | periods()),
        place=draw(optional_words),
        hedges=tuple(draw(st.lists(words, max_size=2))),
        sentence_span=draw(st.none() | spans(max_end)),
    )


warnings = st.builds(DocumentWarning, code=words, message=words, span=st.none() | spans())


@st.composite
def documents(draw: st.DrawFn) -> Document:
    """Documents whose claims belong to their source and lie inside their text."""
    text = draw(st.text(min_size=0, max_size=200))
    source = draw(sources)
    return Document(
        source=source,
        text=text,
        claims=tuple(draw(st.lists(claims(source=source, max_end=len(text)), max_size=3))),
        people=tuple(draw(st.lists(people, max_size=2))),
        organizations=tuple(draw(st.lists(organizations, max_size=2))),
        affiliations=tuple(draw(st.lists(affiliations, max_size=2))),
        warnings=tuple(draw(st.lists(warnings, max_size=2))),
    )


assessments = st.builds(
    Assessment,
    claim_id=words,
    verdict=st.sampled_from(Verdict),
    by=words,
    on=datetimes(),
    note=st.text(max_size=40),
    reliability=st.none() | st.sampled_from("ABCDEF"),
    credibility=st.none() | st.integers(1, 6),
)

links = st.builds(
    Link,
    a=words,
    b=words,
    kind=st.sampled_from(Relation),
    why=st.text(max_size=40),
    ratio=st.none() | st.floats(1, 1e6, allow_nan=False),
    figures=st.lists(figures(), max_size=2).map(tuple),
    origin=optional_words,
)

#: Every model object, for round-trip properties.
model_objects = st.one_of(
    spans(),
    people,
    organizations,
    periods(),
    affiliations,
    sources,
    figures(),
    attributions,
    claims(),
    warnings,
    documents(),
    assessments,
    links,
)


# --------------------------------------------------------------------------- extraction texts
# (section added by the attribution engineer: text that stresses quote and cue handling)

_news_pieces = st.sampled_from(
    [
        "said",
        " said ",
        "according to",
        "“",
        "”",
        '"',
        "'",
        "‘",
        "’",
        "''",
        ", ",
        ". ",
        ": ",
        "\n\n",
        "\n",
        " - ",
        "—",
        "The mayor",
        " told reporters ",
        "that ",
        "is reported to have",
        "Mr. Smith",
        " officials say",
        "2,000",
        "adding that",
        "We will win",
        "Kyiv’s",
        "\x00",
        "\t",
    ]
)
# Wire-copy fragments in any order and mixed with arbitrary characters.
news_texts = st.lists(
    _news_pieces | st.text(max_size=8), max_size=40
).map("".join)
