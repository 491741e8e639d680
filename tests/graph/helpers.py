"""Small builders for graph tests: one claim per document, wire-copy style."""

from __future__ import annotations

from claimtrack.model import Attribution, Claim, Document, Figure, Organization, Person, Source


def doc(
    sid: str,
    text: str,
    *,
    speaker: str | None = None,
    org: bool = False,
    figures: tuple[Figure, ...] = (),
    day: str = "2022-08-30",
    published: str | None = None,
    place: str | None = "Kharkiv",
    publisher: str | None = None,
    credits: tuple[str, ...] = (),
    said_on: str | bool | None = True,
) -> Document:
    """Return a document whose whole text is one claim."""
    source = Source(id=sid, publisher=publisher or sid, published=published or day, credits=credits)
    who = None if speaker is None else (Organization(speaker) if org else Person(speaker))
    claim = Claim(
        id=f"{sid}-1",
        content=text,
        content_span=None,
        source=source,
        attribution=Attribution(who, mode="indirect" if who else "unattributed"),
        figures=figures,
        said_on=day if said_on is True else (said_on or None),
        place=place,
    )
    return Document(source, text, claims=[claim])


def killed(value: float, floor: bool = False) -> Figure:
    """Return a count of people killed."""
    make = Figure.at_least if floor else Figure.exact
    return make(value, metric="killed", population="people")
