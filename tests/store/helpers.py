"""
Documents for the store tests, written in the style of wire copy (not taken from any
corpus), and the workers the multi-process tests run.
"""

from __future__ import annotations

import sys

from claimtrack import (
    Attribution,
    AttributionMode,
    Claim,
    Document,
    Figure,
    Organization,
    OrgKind,
    Person,
    Source,
    Span,
)
from claimtrack.store import Store

PLACES = ("Kherson", "Mykolaiv", "Odesa", "Dnipro")


def article(
    number: int,
    *,
    place: str | None = None,
    speaker: str = "Oleksandr Prokudin",
    organization: str = "Kherson regional administration",
    published: str = "2023-06-07T08:30:00+03:00",
    killed: int | None = None,
) -> Document:
    """A short flood report with three attributed claims, unique per *number*."""
    place = place or PLACES[number % len(PLACES)]
    killed = 5 + number if killed is None else killed
    evacuated = 1000 + 17 * number
    sentences = [
        f"{place} — At least {killed} people were killed as water rose overnight, "
        f"regional governor {speaker} said on Wednesday (report {number}).",
        f"More than {evacuated:,} residents were evacuated, according to the {organization}.",
        "Rescuers said the level could rise further.",
    ]
    text = " ".join(sentences)
    source = Source(
        id=f"src-flood-{number}",
        title=f"Flood toll rises in {place}",
        publisher="Example Wire",
        url=f"https://news.example/flood/{number}",
        published=published,
        credits=("Example Wire",),
    )
    org = Organization(organization, OrgKind.LOCAL_GOVERNMENT)
    governor = Person(speaker)
    contents = [
        (
            sentences[0][len(place) + 3 : sentences[0].index(" as water")],
            governor,
            org,
            [Figure.at_least(killed, metric="killed", population="people")],
            AttributionMode.INDIRECT,
        ),
        (
            sentences[1][: sentences[1].index(", according")],
            org,
            None,
            [Figure.more_than(evacuated, metric="evacuated", population="residents")],
            AttributionMode.ACCORDING_TO,
        ),
        (
            "the level could rise further",
            Organization("rescuers", OrgKind.GROUP),
            None,
            [],
            AttributionMode.INDIRECT,
        ),
    ]
    claims = []
    for content, who, for_org, figures, mode in contents:
        start = text.index(content)
        span = Span(start, start + len(content))
        claims.append(
            Claim(
                Claim.make_id(source.id, span, content),
                content,
                span,
                source,
                Attribution(
                    who,
                    role="governor" if who is governor else None,
                    organization=for_org,
                    cue="said",
                    mode=mode,
                ),
                figures=figures,
                place=place,
            )
        )
    return Document(source, text, claims, people=[governor], organizations=[org])


def write_articles(path: str, first: int, count: int) -> int:
    """Add *count* articles one transaction each, reading the count back after each."""
    with Store(path, timeout=60.0) as store:
        for number in range(first, first + count):
            store.add(article(number))
            store.count()
            store.claims(place=PLACES[number % len(PLACES)])
        return count


def ingest_forever(path: str) -> None:
    """Add articles one by one, forever (the crash test kills this process)."""
    with Store(path) as store:
        number = 0
        while True:
            store.add(article(number))
            number += 1


if __name__ == "__main__":  # run as: python -m tests.store.helpers STORE
    ingest_forever(sys.argv[1])
