"""
Who is speaking: names, roles, organizations, pronouns and short references.

A speaker phrase ("the region’s deputy governor, Roman Semenukha", "Kyiv’s mayor", "it",
"the service") is first read on its own by `analyse_phrase` into a `Mention`: a person's
name, a role, the body the speaker speaks for, or a reference to someone named before.
A `SpeakerResolver` then reads all the mentions of one document in order and resolves
each to a speaker:

- person names are matched within the document by surname ("Terekhov" is "Ihor
  Terekhov"); the fullest name found is the speaker's name;
- an unnamed role holder ("Kyiv’s mayor", "its mayor") is the person named elsewhere in
  the document with the same role and organization, or the named person with no stated
  role who speaks next (news copy names the mayor in the following quote);
- pronouns and short references ("he", "it", "the service", "the official", "the UN")
  point back to the last speaker of that kind;
- place words ("the region’s", "the city’s", "the country’s", "its mayor") are read
  through the places mentioned so far, given as a `PlaceContext`; an official whose place
  the sentence names only after the phrase ("Mayor Wang Lei said ... in Zhengzhou") is
  read again with the places known at the sentence's end;
- a lone capitalised word is a body, not a surname, when the text shows it: a body of
  that name named before ("Volkswagen AG" ... "Volkswagen said"), an appositive that
  describes a body ("Occurrence, an independent firm"), a next speaker who points
  back to one ("Unilever said ... A spokeswoman for the company said"), or company copy
  around a word never given a first name, a title or a "he"/"she" ("Nvidia said
  revenue rose 8%", "Acme's shares");
- capitalised words joined by a body's small words ("Médecins Sans Frontières",
  "Ärzte ohne Grenzen") or made of campaigning words ("Direct Relief", "Christian Aid")
  name a body, not a person;
- a former holder ("a former party chairman", "an ex-minister", "a retired general")
  keeps "former" in the role, and no body speaks through them; a party adjective
  ("the Republican attorney general of Oklahoma") is no body;
- people who speak for a body are read with it: "Acme's chief executive", "a Boeing
  spokesman", "Analysts at Goldman Sachs", "JPMorgan analysts", "Ukrainian officials",
  "sources close to the Kremlin", "a poll by Ipsos", "Police estimates".

Roles are normalised with `claimtrack.extract.lexicon.normalize_role` (a governor of a
region, an oblast governor and the head of a regional administration are all a
"regional governor"). The organization of a regional official is "<Region> region",
unless the phrase names the body ("head of the Kharkiv regional military administration").
"""

from __future__ import annotations

import bisect
import enum
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Sequence

import attrs

from claimtrack.extract import lexicon
from claimtrack.extract.places import lookup_place
from claimtrack.model import Affiliation, Organization, OrgKind, Period, Person

__all__ = [
    "RELATIVE_PRONOUNS",
    "Mention",
    "MentionKind",
    "PlaceContext",
    "Resolved",
    "SpeakerResolver",
    "analyse_phrase",
    "find_bodies",
    "find_subjects",
    "is_former",
    "place_kind",
    "same_name",
]


class MentionKind(str, enum.Enum):
    """
    What a speaker phrase names.

    `person` a named person (maybe with a role), `role` an unnamed role holder ("Kyiv’s
    mayor"), `organization` a body, `group` an unnamed group ("police"), `pronoun` a
    pronoun, `reference` a definite description pointing back ("the service").
    """

    PERSON = "person"
    ROLE = "role"
    ORGANIZATION = "organization"
    GROUP = "group"
    PRONOUN = "pronoun"
    REFERENCE = "reference"


@attrs.frozen
class PlaceContext:
    """
    The places a phrase's place words refer to: the last city, region and country
    mentioned before it.

    Examples:
        >>> PlaceContext(city="Mariupol", country="Ukraine").region_name()
        'Mariupol'
    """

    city: str | None = None
    region: str | None = None
    country: str | None = None

    def region_name(self) -> str | None:
        """
        The region in context: the named region, else the region named after the city.
        """
        return self.region or self.city


@attrs.frozen
class Mention:
    """
    What one speaker phrase says about its speaker, before resolution.

    Examples:
        >>> m = analyse_phrase("Mayor Vadym Boichenko", places=PlaceContext(city="Mariupol"))
        >>> m.kind, m.name, m.role, m.organization.name
        (<MentionKind.PERSON: 'person'>, 'Vadym Boichenko', 'mayor', 'Mariupol')
    """

    text: str
    kind: MentionKind
    name: str | None = None
    role: str | None = None
    organization: Organization | None = None
    reference: str | None = None
    possessor: bool = False
    indefinite: bool = False


@attrs.frozen
class Resolved:
    """
    A mention resolved to its speaker, with the role and organization it speaks for.
    """

    speaker: Person | Organization | None
    role: str | None = None
    organization: Organization | None = None


# --------------------------------------------------------------------------- places


@functools.lru_cache(maxsize=4096)
def place_kind(name: str) -> str | None:
    """
    Return "country", "region" or "city" when *name* is a known place, else None.

    Reads `claimtrack.extract.places.lookup_place` (the gazetteer bundled with the
    library; no network). Lower-case words are never places.

    Examples:
        >>> place_kind("Ukraine"), place_kind("Kharkiv"), place_kind("Semenukha")
        ('country', 'city', None)
    """
    if not name or not name[0].isupper():
        return None
    place = lookup_place(name)
    if place is None or place.kind == "continent":
        return None
    if place.kind in {"country", "city"}:
        return place.kind
    return "region"


# --------------------------------------------------------------------------- phrases

# A word of a speaker phrase: letters with inner apostrophes, hyphens and dots.
_TOKEN = re.compile(r"[^\W\d_](?:[\w.'’-]*\w)?\.?|\S")
# A trailing possessive on a word: "Kyiv’s", "region's".
_POSSESSIVE = re.compile(r"['’]s$")
# Words of opinion or standing before a body's name, not part of it: "the centrist Tax
# Policy Center", "the opposition Democratic Party".
_STANCE = frozenset(
    {
        "conservative",
        "liberal",
        "centrist",
        "nonpartisan",
        "bipartisan",
        "independent",
        "influential",
        "prominent",
        "leading",
        "opposition",
        "ruling",
        "governing",
        "progressive",
    }
)
# Word endings that describe a body rather than name it: "Oslo-based", "Paris-listed".
_DESCRIBING = ("-based", "-listed", "-headquartered", "-run", "-owned", "-led", "-leaning")
# Word endings that say who runs a body, not what it is: "Hamas-run", "state-owned".
_RUN_BY = ("-run", "-led", "-controlled", "-backed", "-owned", "-funded")
# A parenthesised acronym after a name: "(OHCHR)".
_PAREN = re.compile(r"\s*\([^()]{1,20}\)")
# A short name in brackets after a body's name: "(NDMA)", "(TurkStat)".
_ACRONYM_IN_BRACKETS = re.compile(r"\(([A-Z][A-Za-z&.]{1,11})\)\s*$")
_ARTICLES = frozenset({"the", "a", "an"})
_PLACE_WORDS = {
    "region": "region",
    "province": "region",
    "city": "city",
    "town": "city",
    "village": "city",
    "capital": "city",
    "country": "country",
    "nation": "country",
}
# Nouns that make the capitalised words after them a body's name: "freight company X".
_BODY_NOUNS = frozenset(
    [
        "company",
        "firm",
        "group",
        "carrier",
        "bank",
        "lender",
        "insurer",
        "retailer",
        "airline",
        "operator",
        "maker",
        "manufacturer",
        "producer",
        "broker",
        "agency",
        "charity",
        "union",
        "association",
        "newspaper",
        "broadcaster",
        "carmaker",
        "automaker",
        "chipmaker",
        "drugmaker",
        "planemaker",
        "miner",
        "giant",
        "conglomerate",
        "brewer",
        "supermarket",
        "chain",
        "startup",
        "start-up",
        "utility",
        "developer",
        "fund",
        "pollster",
        "regulator",
        "exchange",
        "consultancy",
        "outlet",
    ]
)
# Relative pronouns a cue may follow: "the assembly, which organised the march, said".
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
_POSSESSIVE_PRONOUNS = frozenset({"its", "his", "her", "their"})
_ORG_WORDS = frozenset(
    w for key, _ in lexicon.ORG_HEAD_WORDS for w in key.split() if len(w) > 3
) | {"ministry", "office", "service", "agency", "forces"}
_NAME_STOP = (
    lexicon.ROLE_HEADS
    | lexicon.ROLE_MODIFIERS
    | _ORG_WORDS
    | {"the", "of", "for", "and", "in", "on", "at", "to", "by", "with", "from"}
)
_REGIONAL_ROLES = frozenset({"regional governor", "deputy governor", "deputy regional governor"})
_CITY_ROLES = frozenset({"mayor", "deputy mayor"})
# Rank words that say nothing of the body: "a senior administration official".
_RANKS = frozenset({"senior", "top", "junior", "former", "acting", "interim", "deputy", "vice"})
_NATIONAL_ROLES = frozenset({"president", "prime minister", "premier", "chancellor"})
# Words that put a minister or premier below the national government.
_SUBNATIONAL = frozenset({"regional", "provincial"})
# Roles that belong to a company named before: "Chief executive John Smith".
_CORPORATE_ROLES = frozenset(
    {
        "chief executive",
        "ceo",
        "chief financial officer",
        "cfo",
        "chief operating officer",
        "chief technology officer",
        "chair",
        "executive",
        "founder",
        "president and chief executive",
    }
)
# Role heads of people who speak for a body, so that a capitalised word before them
# names the body: "Acme's chief executive", "a Boeing spokesman", "Nomura analysts".
_BODY_ROLE_HEADS = frozenset(
    {
        "spokesperson",
        "official",
        "officer",
        "executive",
        "director",
        "manager",
        "analyst",
        "economist",
        "strategist",
        "representative",
        "chair",
        "founder",
        "president",
        "head",
        "chief",
        "researcher",
        "scientist",
    }
)
# Capitalised words that open a phrase as common nouns, not a body's name: "Campaign
# spokesman X" at a sentence start.
_COMMON_OPENERS = frozenset(
    {
        "campaign",
        "company",
        "party",
        "press",
        "media",
        "union",
        "team",
        "club",
        "house",
        "conservative",
        "liberal",
        "centrist",
        "independent",
        "nonpartisan",
        "bipartisan",
        "leading",
        "prominent",
        "veteran",
        "longtime",
    }
)
_LOOSE_ROLE_REFERENCES = frozenset({"official", "officer", "source", "aide"})
# Capitalised sentence openers that start no person's name: "On Monday", "While Obama".
_NOT_NAME_OPENERS = frozenset(
    [
        "the",
        "a",
        "an",
        "on",
        "in",
        "at",
        "as",
        "after",
        "before",
        "while",
        "when",
        "whether",
        "if",
        "but",
        "and",
        "so",
        "even",
        "then",
        "former",
        "also",
        "still",
        "yet",
        "though",
        "although",
        "because",
        "since",
        "until",
        "during",
        "unlike",
        "like",
        "with",
        "without",
        "for",
        "from",
        "by",
        "of",
        "to",
    ]
)
# How many sentence subjects, and earlier speakers, a "he" or "she" looks back over.
_SUBJECT_REACH = 3


def _clean(phrase: str) -> str:
    phrase = _PAREN.sub("", phrase)
    return phrase.strip().strip(",;:—–-").strip().replace("’", "'")


def _words(phrase: str) -> list[str]:
    return list(_tokens(phrase))


@functools.lru_cache(maxsize=16_384)
def _tokens(phrase: str) -> tuple[str, ...]:
    """The words of a phrase, read once: speaker phrases and their parts recur."""
    return tuple(_TOKEN.findall(phrase))


# Name particles written in lower case: "Ashraf al-Qidra", "Ursula von der Leyen".
_PARTICLE = re.compile(r"^(?:al|el|ad|as|ash|at|az|ibn|bin|abu|d)[-’'][A-Z]")
_PARTICLE_WORDS = frozenset(
    {
        "van",
        "von",
        "der",
        "den",
        "de",
        "da",
        "di",
        "del",
        "du",
        "la",
        "le",
        "bin",
        "ibn",
        "al",
        "ter",
    }
)


# A middle initial: "F." in "John F. Kerry".
_INITIAL = re.compile(r"^[A-Z]\.$")
# Words that join a body's name and never stand right before a person's name.
_NAME_CONNECTORS = frozenset({"of", "for", "and", "the", "&"})


def _is_name_token(word: str) -> bool:
    if _POSSESSIVE.search(word):
        return False
    if _INITIAL.match(word):
        return True  # a middle initial: "John F. Kerry"
    if word.lower() in lexicon.TITLE_ABBREVIATIONS and word.lower() not in {"sir", "dame"}:
        return False  # "Dr", "Gen.": a title, not a name
    if _PARTICLE.match(word):
        return True
    if len(word) < 2 or not word[0].isupper() or word.isupper():
        return False
    if word.lower() in _NAME_STOP or word.lower() in lexicon.COUNTRY_ADJECTIVES:
        return False
    if "-" in word and any(part.lower() in lexicon.ROLE_HEADS for part in word.split("-")):
        return False  # "Secretary-General", "Attorney-General"
    # Cities share names with people ("Roman", "Florence"); countries rarely do.
    return place_kind(word) != "country"


def _split_name(phrase: str) -> tuple[str | None, str]:
    """Return (a person's name, the rest) from a phrase; the name comes last or apart."""
    parts = [p.strip() for p in phrase.split(",") if p.strip()]
    if len(parts) > 1:
        for i, part in enumerate(parts):
            words = _words(part)
            if 1 <= len(words) <= 4 and all(_is_name_token(w) for w in words):
                rest = ", ".join(parts[:i] + parts[i + 1 :])
                return part, rest
    words = _words(phrase)
    run = 0
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        j = k - 1
        while j >= 0 and words[j] in _PARTICLE_WORDS:
            j -= 1
        inner_particle = run > 0 and word in _PARTICLE_WORDS and j >= 0 and _is_name_token(words[j])
        if not (_is_name_token(word) or inner_particle):
            break
        run += 1
    particles = sum(w in _PARTICLE_WORDS for w in words[len(words) - run :])
    if run == 0 or run > 4 + min(particles, 1):
        # Up to four words, five with a particle: "Luiz Inacio Lula da Silva".
        return None, phrase
    before = words[: len(words) - run]
    if before and before[0].lower() == "the" and all(w[:1].isupper() for w in before):
        # "The U.S. Geological Survey": no person's name follows "The" and capitals.
        return None, phrase
    if (
        len(before) >= 2
        and before[-1].lower() in _NAME_CONNECTORS
        and before[-2][:1].isupper()
        and before[-2].lower() not in _ARTICLES
    ):
        # "Department of Disaster Management Affairs": the words end a body's name
        # ("the rise of Donald Trump" is a name all the same).
        return None, phrase
    if (
        run == 1
        and before
        and before[-1].lower() not in lexicon.ROLE_HEADS
        and before[-1].lower() not in lexicon.TITLE_ABBREVIATIONS
    ):
        return None, phrase
    name = " ".join(words[len(words) - run :])
    if _body_like(words[len(words) - run :]):
        return None, phrase  # "Médecins Sans Frontières", "Direct Relief"
    return name, " ".join(before)


# Small words that join a body's name in other languages or in English, and never a
# person's: "Médecins Sans Frontières", "Ärzte ohne Grenzen", "Brot für die Welt",
# "Reporters Without Borders".
_BODY_PARTICLES = frozenset(
    {"sans", "sin", "ohne", "für", "fur", "pour", "para", "contre", "without", "against"}
    | {"zonder", "senza", "sem", "des", "per"}
)
# Words that end or make up a campaigning body's name and are rarely anyone's name:
# "Human Rights Watch", "Direct Relief", "Save the Children", "Crisis Action".
_BODY_NAME_WORDS = frozenset(
    {
        "watch",
        "international",
        "borders",
        "frontières",
        "frontieres",
        "grenzen",
        "fronteras",
        "children",
        "crisis",
        "relief",
        "aid",
        "rights",
        "action",
        "alert",
        "initiative",
        "project",
        "trust",
        "forum",
        "fund",
        "network",
        "coalition",
        "alliance",
        "foundation",
        "society",
        "league",
        "movement",
        "campaign",
        "collective",
    }
)


def _body_like(words: Sequence[str]) -> bool:
    """
    Whether capitalised words read as a body's name, not a person's: a joining word of a
    body's name after the first word ("Sans", "ohne", "Without") or a campaigning body's
    word ("Watch", "Relief", "International").

    Examples:
        >>> _body_like(["Médecins", "Sans", "Frontières"]), _body_like(["Direct", "Relief"])
        (True, True)
        >>> _body_like(["Ursula", "von", "der", "Leyen"]), _body_like(["Trump", "campaign"])
        (False, False)
    """
    if len(words) < 2 or not all(
        w[:1].isupper() or w.lower() in _BODY_PARTICLES or w in _NAME_CONNECTORS for w in words
    ):
        return False  # "the Trump campaign", "voting rights advocates": no body's name
    lows = [w.lower() for w in words]
    return any(w in _BODY_PARTICLES for w in lows[1:-1]) or any(w in _BODY_NAME_WORDS for w in lows)


@functools.cache
def _known_names() -> tuple[dict[str, int], dict[str, int], list[Organization]]:
    """
    The gazetteer as lookup tables: exact names, lower-case names (acronyms excluded:
    "WHO" is a body, "who" a pronoun), each to the index of its body in gazetteer order.
    """
    exact: dict[str, int] = {}
    lower: dict[str, int] = {}
    orgs: list[Organization] = []
    for index, (canonical, (kind, names)) in enumerate(lexicon.KNOWN_ORGANIZATIONS.items()):
        candidates = [canonical, *names]
        for n in candidates:
            exact.setdefault(n, index)
            if not n.isupper():
                lower.setdefault(n.lower(), index)
        aliases = tuple(n for n in candidates if n != canonical)
        orgs.append(Organization(canonical, kind, aliases=aliases))
    return exact, lower, orgs


@functools.lru_cache(maxsize=8192)
def _known_org(phrase: str) -> Organization | None:
    """Return a body from the gazetteer named by *phrase*, with its other names."""
    bare = phrase[4:] if phrase.lower().startswith("the ") else phrase
    exact, lower, orgs = _known_names()
    # The first body in gazetteer order that either table names.
    found = [i for i in (exact.get(bare), lower.get(bare.lower())) if i is not None]
    if not found and bare.startswith(("UN ", "U.N. ")):
        # "UN Office for the Coordination of ...": the United Nations' body.
        spelled = "United Nations " + bare.split(" ", 1)[1]
        found = [i for i in (exact.get(spelled), lower.get(spelled.lower())) if i is not None]
    return orgs[min(found)] if found else None


def _country_of(word: str, places: PlaceContext) -> str | None:
    """The country a possessive or adjective names: "Ukraine's", "Ukrainian", "the country's"."""
    base = _POSSESSIVE.sub("", word)
    if base.lower() in {"country", "nation"}:
        return places.country
    if base.lower() in lexicon.COUNTRY_ADJECTIVES:
        return lexicon.COUNTRY_ADJECTIVES[base.lower()]
    if place_kind(base) == "country":
        return base
    return None


def _body(phrase: str, places: PlaceContext) -> Organization | None:
    """
    Read "X's <body>", "the <Adjective> <body>", "the <body> of X" and "the <Body>" into
    the body's formal name ("State Emergency Service of Ukraine").
    """
    words = _words(phrase)
    if words and words[0].lower() in _ARTICLES:
        words = words[1:]
    while words and words[0].lower().endswith(_RUN_BY):
        words = words[1:]  # "the Hamas-run health ministry", "the state-owned utility"
    if not words:
        return None
    country: str | None = None
    explicit_country = False
    local: str | None = None
    lowered = [w.lower() for w in words]
    if "in" in lowered[1:]:
        # "the health ministry in Gaza": the body of the place named after it.
        i = lowered.index("in", 1)
        where = " ".join(words[i + 1 :])
        where_kind = place_kind(where)
        if where_kind == "country":
            country, explicit_country, words = where, True, words[:i]
        elif where_kind is not None:
            local, words = where, words[:i]
        lowered = [w.lower() for w in words]
    rest = words
    if "of" in lowered:
        i = lowered.index("of")
        tail = " ".join(words[i + 1 :])
        tail = tail[4:] if tail.lower().startswith("the ") else tail
        if place_kind(tail) == "country":
            country, rest, explicit_country = tail, words[:i], True
    if country is None and _POSSESSIVE.sub("", words[0]).lower() in {"country", "nation"}:
        # "the country's emergency service" with no country in context yet.
        rest = words[1:]
    elif country is None:
        candidate = _country_of(words[0], places)
        if candidate is not None and (
            _POSSESSIVE.search(words[0]) or words[0].lower() in lexicon.COUNTRY_ADJECTIVES
        ):
            country, rest, explicit_country = candidate, words[1:], True
    body_key = " ".join(rest).lower()
    formal = lexicon.AGENCY_BODIES.get(body_key)
    if formal is None:
        return None
    if local is not None and country is None and formal.startswith("Ministry"):
        # A ministry of a territory, not a country: "the health ministry in Gaza".
        territory = Organization(local, OrgKind.LOCAL_GOVERNMENT)
        return Organization(f"{formal} of {local}", OrgKind.GOVERNMENT, parent=territory)
    if country is None:
        country = places.country
    name = f"{formal} of {country}" if country else formal
    kind = lexicon.org_kind_of(formal) or OrgKind.AGENCY
    parent = Organization(country, OrgKind.COUNTRY) if country else None
    aliases: tuple[str, ...] = ()
    if not explicit_country:
        aliases = (formal,)
    return Organization(name, kind, parent=parent, aliases=aliases)


def _place_org(place: str, kind: str | None) -> Organization:
    if kind == "country":
        return Organization(place, OrgKind.COUNTRY)
    return Organization(place, OrgKind.LOCAL_GOVERNMENT)


def _region_org(region: str) -> Organization:
    if region.lower().endswith((" region", " oblast", " province")):
        return Organization(region, OrgKind.LOCAL_GOVERNMENT)
    return Organization(f"{region} region", OrgKind.LOCAL_GOVERNMENT)


def _org_for_role(role: str, place: str | None, place_kind_: str | None) -> Organization | None:
    if place is None:
        return None
    if role in _REGIONAL_ROLES or role == "governor":
        # A region's own name stands ("California"); a city's region is "<City> region".
        if place_kind_ == "region" and place_kind(place) == "region":
            return Organization(place, OrgKind.LOCAL_GOVERNMENT)
        return _region_org(place)
    return _place_org(place, place_kind_)


# "Laia Ferrer of the Valencia Tenants Assembly": up to four name words, then the body.
_MEMBER_OF = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}),?\s+(?:of|from|at|for)\s+(?:the\s+)?"
    r"(?P<org>[A-Z][^,]*)$"
)
# A document and who issued it: "a poll by Ipsos", "the latest figures from the ministry".
_DOCUMENT_BY = re.compile(
    r"^(?:(?:an?|the|its|their)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:poll|survey|study|report|analysis|estimates?|count|tally|statement|census|figures"
    r"|data|projections?|forecast|tallies|assessment|results)"
    r"(?:\s+(?:published|released|issued|compiled|conducted))?\s+(?:by|from|of|for)\s+"
    r"(?P<who>the\s.*|(?-i:[A-Z]).*)$",
    re.IGNORECASE,
)
# Unnamed sources: "a source close to the company", "people familiar with the matter".
_SOURCE_CLOSE_TO = re.compile(
    r"^(?:(?:an?|one|two|three|several|some|other)\s+)?(?:senior\s+)?"
    r"(?:sources?|people|persons?|officials?|insiders?)\s+"
    r"(?:close\s+to|familiar\s+with|briefed\s+on|with\s+knowledge\s+of|involved\s+in)\s+"
    r"(?P<about>.+)$",
    re.IGNORECASE,
)
# A news agency by its name: "The Kyodo news agency", "the state-run Xinhua news agency".
_NEWS_AGENCY = re.compile(
    r"^(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}(?P<name>[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)\s+news\s+agency$",
    re.IGNORECASE,
)
# "Mahmoud Basal, who heads the civil defence agency": a name, and the body they head.
_WHO_HEADS = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]*(?:\s[\w'’.-]+){0,4}),\s+who\s+"
    r"(?P<verb>heads|leads|runs|chairs|directs|manages)\s+(?P<org>.+)$"
)
_HEADING_ROLES = {
    "heads": "head",
    "leads": "leader",
    "runs": "head",
    "chairs": "chair",
    "directs": "director",
    "manages": "manager",
}
# A body's figures: "Police estimates", "Interior ministry figures".
_COUNTED_BY = re.compile(
    r"^(?P<who>(?:the\s+)?[A-Za-z][\w'’.-]*(?:\s[A-Za-z][\w'’.-]*){0,4}?)\s+"
    r"(?-i:estimates?|figures|data|count|tally|tallies|numbers|statistics|projections)$",
    re.IGNORECASE,
)
# A document named by who made it: "A Gallup poll", "the latest Reuters/Ipsos survey".
_BRANDED_DOCUMENT = re.compile(
    r"^(?:[Aa]n?|[Tt]he)\s+(?:(?:new|latest|recent|last|first|monthly|weekly|annual)\s+)?"
    r"(?P<who>[A-Z][\w&'’./-]*(?:\s[A-Z][\w&'’./-]*){0,3})\s+"
    r"(?:poll|survey|study|report|analysis|estimate|count|tally|census|projection|forecast)"
    # "An Ifop poll for Le Journal du Dimanche", "A Reuters/Ipsos poll conducted".
    r"(?:\s+(?:conducted|published|released|carried\s+out)\b[^,]*|\s+for\s+[^,]+)?$"
)
# Where a body's name ends in an "of" phrase: a comma, a relative clause, or a second
# description ("... School of Medicine and the editor of a blog").
_ORG_TEXT_END = re.compile(r",|\s+(?:who|which|that|where)\s|\s+and\s+(?:the|a|an|editor)\s")
# "Governor Ron DeSantis of Florida": a title and a name, then the place or body.
_TITLE_NAME_OF = re.compile(
    r"^(?P<head>[A-Z][^,]*?[a-z])\s+(?:of|from)\s+(?:the\s+)?(?P<org>[A-Z][^,]*)$"
)
# "Analysts at Jefferies", "officials from the ministry": a group of a named body.
_GROUP_AT = re.compile(
    r"^(?P<group>[A-Za-z]+)\s+(?:at|from|of|with)\s+(?:the\s+)?(?P<org>[A-Z].*)$"
)
# "Rescuers in Turkey", "Health officials in Brazil": a group, and where it is.
_GROUP_IN = re.compile(
    r"^(?P<group>(?:[A-Za-z]+\s)?[A-Za-z]+)\s+(?:in|on)\s+(?:the\s+)?[A-Za-z][\w'’.-]*"
)
# Groups that speak for the body named before them: "JPMorgan analysts".
_BODY_GROUPS = frozenset(
    {"analysts", "economists", "strategists", "officials", "executives", "researchers"}
)
# The last word of a company's name, as written: "Halvorsen ASA", "Siemens AG", "Acme Inc.".
_COMPANY_SUFFIXES = frozenset(
    [
        "Inc",
        "Inc.",
        "Ltd",
        "Ltd.",
        "plc",
        "Plc",
        "PLC",
        "LLC",
        "Corp.",
        "Co.",
        "SA",
        "S.A.",
        "ASA",
        "NV",
        "N.V.",
        "BV",
        "B.V.",
        "AB",
        "Oyj",
        "GmbH",
        "SpA",
        "S.p.A.",
        "KGaA",
        "PJSC",
        "JSC",
        "AG",
        "SE",
        "Corp",
        "Co",
        "Corporation",
        "Limited",
        "LP",
        "LLP",
        "Ltda",
        "SAS",
        "Bhd",
        "Berhad",
        "Pty",
        "Oy",
        "A/S",
    ]
)
# An event a group belongs to, not a body: "Saturday's march", "the rally in Lyon".
_EVENT_OF = re.compile(
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s\b|(?:the|this|last)\s)"
    r"|\b(?:march|marches|protest|protests|rally|rallies|demonstration|demonstrations|strike"
    r"|vigil|concert|festival|match|parade|event|gathering|walkout)\b"
)
# "minister of health", "Minister for Foreign Affairs".
_MINISTER_OF = re.compile(
    r"^minister\s+(?:of|for)\s+(?:the\s+)?(?P<domain>[A-Za-z]+)$", re.IGNORECASE
)
# The place or body after a title: "attorney general of Oklahoma", "... for the UN".
_AFTER_TITLE = re.compile(r"\s+(?:of|for|from)\s+(?:the\s+)?(?P<org>[A-Z].*)$")
# "head of the Kharkiv regional military administration", "governor of the X region".
_OF_PHRASE = re.compile(
    r"^(?P<role>[a-z][a-z' -]*?)\s+(?:of|for|at|with)\s+(?:the\s+)?(?P<org>.+)$", re.IGNORECASE
)
# A region's administration named in the phrase: "(Kharkiv )regional military administration".
_ADMIN = re.compile(
    r"^(?:(?P<place>[A-Z][\w'-]*(?:\s[A-Z][\w'-]*)?)\s+)?(?:regional|oblast|provincial)\s+"
    r"(?:(?:military|state)\s+)?administration$"
)
# "the Kharkiv region", "Kharkiv region in Ukraine's north east".
_REGION = re.compile(r"^(?P<place>[A-Z][\w'-]*(?:\s[A-Z][\w'-]*)?)\s+(?:region|oblast|province)\b")


def _role_of(words: list[str]) -> tuple[str | None, list[str]]:
    """Find a role (modifiers and a head) in *words*; return it and the words before it."""
    lowered = [_POSSESSIVE.sub("", w).lower() for w in words]
    for end in range(len(words) - 1, -1, -1):
        # "ex-chairman" is a head too: `lexicon.normalize_role` makes it "former chair".
        head = lowered[end][3:] if lowered[end].startswith("ex-") else lowered[end]
        if head in lexicon.ROLE_HEADS:
            start = end
            while start > 0 and lowered[start - 1] in lexicon.ROLE_MODIFIERS:
                if start > 1 and lowered[start - 2] in {"of", "for"}:
                    break  # "Ministry of Health spokesperson": "Health" is the body's
                start -= 1
            role = " ".join(lowered[start : end + 1])
            return lexicon.normalize_role(role), words[:start]
    return None, words


def _describe(
    descriptor: str, places: PlaceContext
) -> tuple[str | None, Organization | None, bool]:
    """
    Read a role and an organization from the words around a name.

    Returns (role, organization, place_given): place_given says whether the words tie
    the role to a place themselves.
    """
    text = _clean(descriptor)
    if not text:
        return None, None, False
    if text.lower().startswith(("a ", "an ", "the ")):
        text = text.split(" ", 1)[1]
    if text.lower() in {"head of the region", "head of region"}:
        region = places.region_name()
        return "regional governor", _region_org(region) if region else None, False
    low_text = text.lower()
    for title in lexicon.TITLES_WITH_OF:
        at = low_text.find(title)
        if at >= 0 and (at == 0 or low_text[at - 1] == " "):
            # "U.S. Secretary of State", "UN Secretary-General": the words before name
            # the body or place; a bare title belongs to the country in context.
            prefix = text[:at].strip()
            prefix_words = prefix.split()
            while prefix_words and (
                prefix_words[0].lower() in lexicon.PARTY_ADJECTIVES
                or prefix_words[0].lower() in _RANKS
            ):
                # "Republican attorney general": the party is the holder's, no body.
                prefix_words = prefix_words[1:]
            prefix = " ".join(prefix_words)
            org = None
            after = _AFTER_TITLE.match(text, at + len(title))
            if after is not None:
                # "attorney general of Oklahoma": the place or body after the title.
                where = _clean(_ORG_TEXT_END.split(after.group("org"), maxsplit=1)[0])
                org = _known_org(where) or _body(where, places)
                where_kind = place_kind(where)
                if org is None and where_kind is not None:
                    org = _place_org(where, where_kind)
                if org is not None:
                    return lexicon.normalize_role(title.replace("-", " ")), org, True
            if prefix:
                org = _known_org(prefix) or _body(prefix, places)
                if org is None:
                    country = _country_of(prefix.split()[-1], places)
                    before_kind = place_kind(prefix)
                    if country is not None:
                        org = Organization(country, OrgKind.COUNTRY)
                    elif before_kind is not None:
                        org = _place_org(prefix, before_kind)
                    elif prefix[:1].isupper():
                        org = Organization(prefix, lexicon.org_kind_of(prefix) or OrgKind.OTHER)
            elif places.country is not None:
                org = Organization(places.country, OrgKind.COUNTRY)
            return lexicon.normalize_role(title.replace("-", " ")), org, bool(prefix)
    minister_of = _MINISTER_OF.match(text)
    if minister_of is not None and minister_of.group("domain").lower() in lexicon.ROLE_MODIFIERS:
        # "the minister of health" is the health minister of the country in context.
        role = lexicon.normalize_role(f"{minister_of.group('domain')} minister")
        country = places.country
        return role, Organization(country, OrgKind.COUNTRY) if country else _ministry(role), False
    match = _OF_PHRASE.match(text)
    if match is not None and (
        match.group("role").split()[-1].lower() in lexicon.ROLE_HEADS
        or match.group("role").lower() in lexicon.ROLE_SYNONYMS
    ):
        role_words = match.group("role")
        org_text = _clean(_ORG_TEXT_END.split(match.group("org"), maxsplit=1)[0])
        proper = _proper_tail(org_text)
        stance = org_text[: -len(proper)].split() if proper != org_text else []
        if stance and all(w in _STANCE or w.endswith(_DESCRIBING) for w in stance):
            org_text = proper  # "the centrist Tax Policy Center"
        admin = _ADMIN.match(org_text)
        region_match = _REGION.match(org_text)
        role = lexicon.normalize_role(role_words)
        if admin is not None:
            region = admin.group("place") or places.region_name()
            head = org_text if admin.group("place") else f"{region} {org_text}"
            if role in {"head", "governor", "chief"}:
                role = "regional governor"
            return role, Organization(head, OrgKind.LOCAL_GOVERNMENT) if region else None, True
        if region_match is not None:
            if role in {"head", "governor", "chief"}:
                role = "regional governor"
            return role, _region_org(region_match.group("place")), True
        if org_text.lower() in {"region", "oblast", "province"}:
            region = places.region_name()
            if role in {"head", "governor"}:
                role = "regional governor"
            return role, _region_org(region) if region else None, False
        if org_text.lower() in {"city", "town"}:
            return role, _place_org(places.city, "city") if places.city else None, False
        if org_text.lower() in lexicon.SOURCE_REFERENCE_WORDS:
            # "a spokeswoman for the company": the body named before (see `_points_back`).
            return role, None, False
        if org_text.lower() in lexicon.ROLE_HEADS:
            return role, None, False  # "a spokeswoman for Senator" (a name cut off)
        at_body = _AT_BODY.search(org_text)
        if at_body is not None:
            # "head of research at PKO Bank Polski": the body is after "at".
            org_text = org_text[at_body.end() :]
        org = _known_org(org_text) or _body(org_text, places)
        if org is None:
            org_place = place_kind(org_text)
            if org_place is not None:
                org = _org_for_role(role, org_text, org_place)
            elif org_text[:1].isupper() or lexicon.org_kind_of(org_text) is not None:
                org = Organization(org_text, lexicon.org_kind_of(org_text) or OrgKind.OTHER)
        return role, org, org is not None
    words = _words(text)
    found_role, before = _role_of(words)
    if found_role is None:
        return None, None, False
    role = found_role
    role_parts = role.split()
    if len(role_parts) >= 2 and role_parts[-1] in {"spokesperson", "official", "officer"}:
        service = " ".join(role_parts[:-1])
        service_kind = lexicon.org_kind_of(service)
        if service_kind is not None and service_kind is not OrgKind.INTERNATIONAL:
            # "a police spokesman": the spokesperson of the police (of the city in context).
            head = f"{places.city} {service}" if places.city and service == "police" else service
            return role_parts[-1], Organization(head, service_kind), False
    place: str | None = None
    kind: str | None = None
    given = False
    # The place or body the role belongs to comes before it: "Kyiv's", "the region's",
    # "Kharkiv Oblast", "Ukrainian", "its".
    owned = next((k for k, w in enumerate(before) if _POSSESSIVE.search(w)), None)
    if owned is not None and owned > 0:
        # "The health ministry's spokesman": the body the possessive names, not one
        # pointed back to.
        owner_text = _POSSESSIVE.sub("", " ".join(before[: owned + 1]))
        owner = _known_org(owner_text) or _body(owner_text, places)
        if owner is not None:
            return role, owner, True
    named = [w for w in before if w.lower() not in _ARTICLES]
    if len(named) >= 2:
        # "Los Angeles County Sheriff": a place of several words, read whole.
        joined = _POSSESSIVE.sub("", " ".join(named))
        if place_kind(joined) is not None:
            place, kind, given, before = joined, place_kind(joined), True, []
    for word in before:
        base = _POSSESSIVE.sub("", word)
        low = base.lower()
        if low in _PLACE_WORDS:
            kind = _PLACE_WORDS[low]
            if kind == "region":
                place = places.region_name()
            elif kind == "city":
                place = places.city
            else:
                place = places.country
        elif low in _POSSESSIVE_PRONOUNS or (
            _POSSESSIVE.search(word) and low in lexicon.SOURCE_REFERENCE_WORDS
        ):
            if role in _CITY_ROLES:
                place, kind = places.city, "city"
            elif role in _REGIONAL_ROLES:
                place, kind = places.region_name(), "region"
            else:
                # "its director", "the agency's spokesperson": the body named before.
                return role, None, False
        elif low in lexicon.COUNTRY_ADJECTIVES:
            place, kind, given = lexicon.COUNTRY_ADJECTIVES[low], "country", True
        elif place_kind(base) is not None:
            place, kind, given = base, place_kind(base), True
    if place is None:
        # "a defence ministry spokesperson", "Acme Corp chief executive": the body before.
        body_words = [w for w in before if w.lower() not in _ARTICLES]
        while body_words and (
            body_words[0].lower() in _RANKS or _FORMER.fullmatch(body_words[0] + " ")
        ):
            body_words = body_words[1:]  # "a retired Air Force general": the Air Force
        if len(body_words) == 1 and body_words[0].lower() in lexicon.SOURCE_REFERENCE_WORDS:
            # "A party spokesman", "Commission chairperson X": the body named before.
            return role, None, False
        if body_words:
            # "Acme's chief executive": the body is "Acme".
            body_words[-1] = _POSSESSIVE.sub("", body_words[-1])
            body_text = " ".join(body_words)
            body = _known_org(body_text) or _body(body_text, places) or _wire(body_text)
            if body is None and (
                lexicon.org_kind_of(body_text) is not None
                or (len(body_words) == 1 and body_text.isupper() and len(body_text) >= 2)
            ):
                # A body word ("the interior ministry") or an acronym ("UNRWA chief").
                body = Organization(body_text, lexicon.org_kind_of(body_text) or OrgKind.OTHER)
            if body is None:
                body = _named_employer(body_words, role)
            if body is not None:
                return role, body, True
        # A bare title ("Mayor X", "the regional governor", "Health Minister X") belongs
        # to the place in context.
        if role in _CITY_ROLES:
            place, kind = places.city, "city"
        elif role in _REGIONAL_ROLES:
            place, kind = places.region_name(), "region"
        elif role == "governor" and places.region is not None:
            # "Governor X said ... across New York state": the governor of the region.
            place, kind = places.region, "region"
        elif (role.endswith("minister") or role in _NATIONAL_ROLES) and not (
            {_POSSESSIVE.sub("", w).lower() for w in words} & _SUBNATIONAL
        ):
            place, kind = places.country, "country"
        elif role.endswith("minister"):
            # "the regional housing minister" is the region's (as a regional governor's
            # is), never the country's; with no place in context, no body at all.
            region = places.region_name()
            if region is None:
                return role, None, False
            return role, _org_for_role("regional governor", region, place_kind(region)), False
    org = _org_for_role(role, place, kind)
    if org is None and place is None:
        # "Health Minister X" with no country in context: the ministry, at least.
        org = _ministry(role)
    return role, org, given


# Words before "minister" that give a rank or a level, not a portfolio.
_NOT_PORTFOLIO = _RANKS | _SUBNATIONAL | {"prime", "first", "second", "chief", "state", "the"}


def _ministry(role: str) -> Organization | None:
    """
    The ministry a minister's portfolio names: "deputy health minister" -> "Ministry of
    Health". None for a minister of no named portfolio ("prime minister").

    Examples:
        >>> _ministry("deputy health minister").name, _ministry("prime minister")
        ('Ministry of Health', None)
        >>> _ministry("agriculture minister").name
        'Ministry of Agriculture'
    """
    words = role.split()
    if len(words) < 2 or words[-1] != "minister":
        return None
    portfolio = [w for w in words[:-1] if w not in _NOT_PORTFOLIO]
    if not portfolio:
        return None
    key = " ".join(portfolio)
    formal = lexicon.AGENCY_BODIES.get(f"{key} ministry")
    if formal is None:
        formal = "Ministry of " + " ".join(w.capitalize() for w in portfolio)
    return Organization(formal, OrgKind.GOVERNMENT)


def _named_employer(words: list[str], role: str) -> Organization | None:
    """
    The body a capitalised name before a role speaks for: "Acme" in "Acme's chief
    executive", "Boeing" in "a Boeing spokesman". Only for roles held for a body (not
    "Mayor", "Governor"), and never a common noun opening the phrase ("Campaign").

    Examples:
        >>> _named_employer(["Acme"], "chief executive").kind
        <OrgKind.COMPANY: 'company'>
        >>> _named_employer(["Campaign"], "spokesperson") is None
        True
    """
    if not words or role.rsplit(maxsplit=1)[-1] not in _BODY_ROLE_HEADS:
        return None
    if words[0].lower() in _COMMON_OPENERS or not all(
        _is_name_token(w) or _is_acronym(w) or w in {"&", "and"} for w in words
    ):
        return None
    if any(w[:1].islower() for w in words):
        return None
    name = " ".join(words)
    kind = OrgKind.COMPANY if role in _CORPORATE_ROLES else lexicon.org_kind_of(name)
    return Organization(name, kind or OrgKind.OTHER)


def analyse_phrase(
    phrase: str,
    name: str | None = None,
    *,
    places: PlaceContext | None = None,
    people: Iterable[str] = (),
) -> Mention:
    """
    Read one speaker phrase into a `Mention`.

    Args:
        phrase: The words naming the speaker ("the region’s deputy governor, Roman
            Semenukha").
        name: The name within the phrase, when the caller already knows it.
        places: The places in context, for "the region’s", "its mayor" and the like.
        people: Person names known in the document (from a named-entity model), which
            count as names even where the rules would not see one.

    Examples:
        >>> ctx = PlaceContext(city="Kharkiv", country="Ukraine")
        >>> m = analyse_phrase("the region’s deputy governor, Roman Semenukha", places=ctx)
        >>> m.name, m.role, m.organization.name
        ('Roman Semenukha', 'deputy governor', 'Kharkiv region')
        >>> analyse_phrase("The country’s emergency service", places=ctx).organization.name
        'State Emergency Service of Ukraine'
        >>> analyse_phrase("it").kind
        <MentionKind.PRONOUN: 'pronoun'>
    """
    places = places or PlaceContext()
    known = tuple(people)
    if not known:
        # Speaker phrases repeat ("he", "the mayor", "Trump"): each is read once.
        mention = _analyse_alone(phrase, name, places)
    else:
        mention = _analyse(phrase, name, places, known)
    return _with_former(_with_acronym(mention))


# A word that makes a role holder a past one: "a former chairman", "an ex-minister", "a
# retired general". ("outgoing" and "acting" holders still hold the office.)
_FORMER = re.compile(r"\b(?:former|ex|retired|erstwhile|one-?time)(?:-|\s+)", re.IGNORECASE)
# Where the words that qualify a role end: a comma, or a body or person after the role.
_ROLE_QUALIFIER_END = re.compile(r",|\s(?:of|for|at|to|with)\s|['’]s\b")


def _with_former(mention: Mention) -> Mention:
    """
    A past holder keeps "former" in the role: "A former Acme Corp chairman" is a "former
    chair", not the chair, and no body speaks through them.

    Examples:
        >>> m = _with_former(analyse_phrase("A former Acme Corp chairman"))
        >>> m.role, m.organization
        ('former chair', None)
        >>> analyse_phrase("a spokeswoman for the former president").role
        'spokesperson'
    """
    role = mention.role
    if role is None:
        return mention
    if is_former(role):
        if mention.kind is MentionKind.PERSON:
            return mention
        return attrs.evolve(mention, organization=None, possessor=False)
    for match in _FORMER.finditer(mention.text):
        segment = mention.text[: match.start()].rsplit(",", 1)[-1]
        if any(w in lexicon.ROLE_HEADS for w in _words(segment.lower())):
            continue  # "a spokeswoman for the former president": she is no former one
        rest = mention.text[match.end() :]
        stop = _ROLE_QUALIFIER_END.search(rest)
        qualified = rest[: stop.start()] if stop is not None else rest
        heads = [w for w in _words(qualified.lower()) if w in lexicon.ROLE_HEADS]
        if heads:
            if mention.kind is MentionKind.PERSON:
                return attrs.evolve(mention, role=f"former {role}")
            return attrs.evolve(mention, role=f"former {role}", organization=None, possessor=False)
    return mention


def is_former(role: str) -> bool:
    """
    Whether *role* is a past holder's: "former chair", "ex-minister".

    Examples:
        >>> is_former("former chair"), is_former("ex-minister"), is_former("chair")
        (True, True, False)
    """
    return _FORMER.match(role) is not None


def _with_acronym(mention: Mention) -> Mention:
    """
    A body named with its acronym in brackets keeps the acronym as another name: "the
    National Disaster Management Agency (NDMA)" is also "NDMA".

    Examples:
        >>> _with_acronym(analyse_phrase("the Coastal Rescue Agency (CRA)")).organization.aliases
        ('CRA',)
    """
    org = mention.organization
    bracket = _ACRONYM_IN_BRACKETS.search(mention.text)
    if (
        bracket is None
        or org is None
        or mention.kind not in {MentionKind.ORGANIZATION, MentionKind.REFERENCE}
    ):
        return mention
    acronym = bracket.group(1)
    if acronym == org.name or acronym in org.aliases:
        return mention
    org = attrs.evolve(org, aliases=(*org.aliases, acronym))
    return attrs.evolve(mention, organization=org)


@functools.lru_cache(maxsize=4096)
def _analyse_alone(phrase: str, name: str | None, places: PlaceContext) -> Mention:
    return _analyse(phrase, name, places, ())


# "a spokesman for the ...", "the director of ...": a role word, then "for", "of" or "at".
_ROLE_FOR_BODY = re.compile(
    r"(?:an?\s+|the\s+)?(?:[a-z]+\s+){0,2}?([a-z]+)\s+(?:for|of|at)\s", re.IGNORECASE
)


def _is_acronym(word: str) -> bool:
    """
    Whether *word* is an upper-case acronym of two letters or more ("WHO", "U.N.", not
    "I" or a middle initial "F.").

    Examples:
        >>> _is_acronym("WHO"), _is_acronym("who"), _is_acronym("I"), _is_acronym("F.")
        (True, False, False, False)
    """
    return word.isupper() and sum(c.isupper() for c in word) >= 2


def _analyse(
    phrase: str, name: str | None, places: PlaceContext, people: tuple[str, ...]
) -> Mention:
    """`analyse_phrase` once its arguments are settled."""
    text = _clean(phrase)
    low = text.lower()
    if not text:
        return Mention(phrase, MentionKind.REFERENCE)
    # "WHO" in capitals is the World Health Organization, not a pronoun.
    if (low in lexicon.PRONOUNS or low in RELATIVE_PRONOUNS) and not _is_acronym(text):
        return Mention(phrase, MentionKind.PRONOUN, reference=low)
    branded = _BRANDED_DOCUMENT.match(text)
    if branded is not None:
        # "A Gallup poll", "the latest Reuters/Ipsos survey": the body that made it.
        who = branded.group("who")
        maker = _known_org(who) or _wire(who) or Organization(who, OrgKind.OTHER)
        return Mention(phrase, MentionKind.ORGANIZATION, organization=maker)
    close = _SOURCE_CLOSE_TO.match(text)
    if close is not None:
        # "A source close to the company", "people familiar with the matter": unnamed
        # sources, of the body they are close to when the words name or point to one.
        about = close.group("about")
        about_low = about.lower()
        body_near: Organization | None = None
        points_back = False
        if about_low.startswith("the ") and about_low[4:] in lexicon.SOURCE_REFERENCE_WORDS:
            points_back = True
        elif about[:1].isupper() or about_low.startswith("the "):
            near = _analyse(about, None, places, people)
            if near.kind in {MentionKind.ORGANIZATION, MentionKind.REFERENCE}:
                body_near = near.organization
        return Mention(
            phrase,
            MentionKind.ROLE,
            role="source",
            organization=body_near,
            possessor=points_back,
            indefinite=True,
        )
    agency = _NEWS_AGENCY.match(text)
    if agency is not None:
        # "The Kyodo news agency", "the state-run Xinhua news agency": the agency.
        agency_name = agency.group("name")
        wire = _wire(agency_name) or Organization(agency_name, OrgKind.MEDIA)
        return Mention(phrase, MentionKind.ORGANIZATION, organization=wire)
    heads = _WHO_HEADS.match(text)
    if heads is not None:
        # "Mahmoud Basal, who heads the civil defence agency in Gaza": the head of it.
        led = _analyse(heads.group("org"), None, places, people)
        org = led.organization if led.kind is not MentionKind.PERSON else None
        if (
            org is None
            and led.kind is MentionKind.REFERENCE
            and len(_words(heads.group("org"))) <= 6
            and lexicon.org_kind_of(heads.group("org")) is not None
        ):
            org = Organization(
                _clean(heads.group("org")), lexicon.org_kind_of(heads.group("org")) or OrgKind.OTHER
            )
        head_role = _HEADING_ROLES[heads.group("verb").lower()]
        return Mention(
            phrase, MentionKind.PERSON, name=heads.group("name"), role=head_role, organization=org
        )
    counted = _COUNTED_BY.match(text)
    if counted is not None:
        # "Police estimates", "Interior ministry figures": the body whose figures they are.
        return attrs.evolve(_analyse(counted.group("who"), None, places, people), text=phrase)
    issued = _DOCUMENT_BY.match(text)
    if issued is not None:
        # "a poll by Ipsos", "figures from the health ministry": whoever issued them.
        who = issued.group("who")
        issuer = _analyse(who, name if name and name in who else None, places, people)
        if issuer.kind is MentionKind.PERSON and issuer.name and " " not in issuer.name:
            # One word issuing a poll or figures is a body ("Ipsos"), not a surname.
            issuer = Mention(
                phrase,
                MentionKind.ORGANIZATION,
                organization=Organization(issuer.name, OrgKind.OTHER),
            )
        return attrs.evolve(issuer, text=phrase)
    indefinite = low.startswith(("a ", "an "))
    known_people = set(people)
    title_roles: list[str] = []
    titled_by: str | None = None
    first, _, rest = text.partition(" ")
    while first.lower() in lexicon.TITLE_ABBREVIATIONS and rest:
        # "Sen. Maria Lopez", "Lt. Col. Mario Rossi": the titles give the role and are
        # not part of the name.
        title = lexicon.TITLE_ABBREVIATIONS[first.lower()]
        titled_by = first
        if title is not None:
            title_roles.append(title)
        text, low = rest, rest.lower()
        if name is not None and name.partition(" ")[0].lower() == first.lower():
            name = name.partition(" ")[2] or None
        first, _, rest = text.partition(" ")
    title_role = " ".join(title_roles) or None
    if (
        name is not None
        and name not in known_people
        and not all(
            _is_name_token(w) or w[:1].isupper() or w in _PARTICLE_WORDS for w in _words(name)
        )
    ):
        # The caller's "name" is a description ("A senior official"): read it alone.
        return analyse_phrase(name, None, places=places, people=people)
    if name is not None and name not in known_people:
        of_body = _group_of_body(phrase, text)
        if of_body is not None:
            # "Analysts at Goldman Sachs": the name is the body's.
            return of_body
        body = _known_org(name) or _wire(name)
        if body is None and _body_like(_words(name)):
            # "Reporters Sans Frontières": a body's name, not a person's.
            body = Organization(name, lexicon.org_kind_of(name) or OrgKind.NGO)
        if body is None and (_is_body_name(name) or place_kind(name) is not None):
            name = _proper_tail(name)
            kind = place_kind(name)
            body = (
                _place_org(name, kind)
                if kind is not None
                else Organization(name, lexicon.org_kind_of(name) or OrgKind.OTHER)
            )
        if body is not None:
            # The caller's "name" is a body's: "freight company Halvorsen Logistics".
            return Mention(phrase, MentionKind.ORGANIZATION, organization=body)
    if name is None:
        for person in known_people:
            if person and person in text:
                name = person
                break
    member = _MEMBER_OF.match(text)
    if (
        name is None
        and member is not None
        and all(_is_name_token(w) for w in _words(member.group("name")))
        # One word is a name only after a title ("Mr. Morgan of the Sierra Club").
        and (" " in member.group("name") or titled_by is not None)
    ):
        # "Laia Ferrer of the Valencia Tenants Assembly": a person and the body.
        org_text = member.group("org")
        employer = _known_org(org_text) or Organization(
            org_text, lexicon.org_kind_of(org_text) or OrgKind.OTHER
        )
        return Mention(
            phrase,
            MentionKind.PERSON,
            name=member.group("name"),
            role=lexicon.normalize_role(title_role) if title_role else None,
            organization=employer,
        )
    titled = _TITLE_NAME_OF.match(text) if name is None else None
    if titled is not None:
        # "Governor Ron DeSantis of Florida": a title, a name, and the place or body.
        titled_name, title = _split_name(titled.group("head"))
        if titled_name is not None and title and _role_of(_words(title))[0] is not None:
            role, org, _ = _describe(f"{title} of {titled.group('org')}", places)
            if role is not None:
                return Mention(
                    phrase, MentionKind.PERSON, name=titled_name, role=role, organization=org
                )
    if name is None:
        listed = _known_org(text)
        first_word, _, after_owner = (text[4:] if low.startswith("the ") else text).partition(" ")
        if listed is None and _POSSESSIVE.search(first_word) and after_owner:
            # "The UN's World Food Programme": the body after the owner's possessive.
            listed = _known_org(after_owner)
        if listed is not None:
            if low.startswith("the ") and _is_short_reference(text):
                return Mention(
                    phrase, MentionKind.REFERENCE, organization=listed, reference=low[4:]
                )
            return Mention(phrase, MentionKind.ORGANIZATION, organization=listed)
        parts = text.split()
        if len(parts) >= 2 and parts[-1] in _COMPANY_SUFFIXES and parts[0][:1].isupper():
            # "Halvorsen ASA", "Siemens AG": a company, whatever its first words look like.
            return Mention(
                phrase, MentionKind.ORGANIZATION, organization=Organization(text, OrgKind.COMPANY)
            )
        words = _words(text)
        if (
            len(words) >= 2
            and words[-1].isupper()
            and 2 <= len(words[-1]) <= 8
            and words[-2].lower() in lexicon.SOURCE_REFERENCE_WORDS
        ):
            # "the country's disaster agency AFAD": the acronym is the body's name.
            described = _body(" ".join(words[:-1]), places)
            kind = lexicon.org_kind_of(" ".join(words[:-1])) or OrgKind.AGENCY
            parent = described.parent if described is not None else None
            if parent is None:
                country = next(
                    (c for w in words[:2] if (c := _country_of(w, places)) is not None), None
                )
                parent = Organization(country, OrgKind.COUNTRY) if country else parent
            return Mention(
                phrase,
                MentionKind.ORGANIZATION,
                organization=Organization(words[-1], kind, parent=parent),
            )
        body = _body(text, places)
        if body is not None:
            if low.startswith("the ") and not _names_country(text):
                return Mention(phrase, MentionKind.REFERENCE, organization=body, reference=low[4:])
            return Mention(phrase, MentionKind.ORGANIZATION, organization=body)
        news_agency = _wire(text)
        if news_agency is not None:
            # "Xinhua said": the news agency, not the town of that name.
            return Mention(phrase, MentionKind.ORGANIZATION, organization=news_agency)
        kind = place_kind(text) if lexicon.org_kind_of(text) is None else None
        if kind is not None:
            return Mention(phrase, MentionKind.ORGANIZATION, organization=_place_org(text, kind))
        in_place = _GROUP_IN.match(text)
        group = in_place.group("group") if in_place is not None else text
        if group.lower() in lexicon.GROUP_WORDS or (
            in_place is not None and group.split()[-1].lower() in lexicon.GROUP_WORDS
        ):
            return _group_mention(phrase, group)
        of_body = _group_of_body(phrase, text)
        if of_body is not None:
            return of_body
        tail = _proper_tail(text)
        lead = text[: -len(tail)].split() if tail != text else []
        if (
            lead
            and lead[-1].lower() in _BODY_NOUNS
            and all(_is_name_token(w) or _is_acronym(w) for w in _words(tail))
        ):
            # "German carmaker Volkswagen": the name after a body noun is the body's.
            kind = lexicon.org_kind_of(lead[-1]) or OrgKind.COMPANY
            return Mention(phrase, MentionKind.ORGANIZATION, organization=Organization(tail, kind))
        name, descriptor = _split_name(text)
        before = _words(descriptor)
        if (
            name is not None
            and text.endswith(name)
            and before
            and before[-1].lower() in _BODY_NOUNS
        ):
            # "freight company Halvorsen Logistics": the name is a body's.
            kind = lexicon.org_kind_of(before[-1]) or OrgKind.COMPANY
            return Mention(phrase, MentionKind.ORGANIZATION, organization=Organization(name, kind))
        if name is None and text.isupper() and 2 <= len(text) <= 8:
            return Mention(phrase, MentionKind.REFERENCE, reference=text)
        if name is None and low.startswith("the ") and text[4:].isupper():
            return Mention(phrase, MentionKind.REFERENCE, reference=text[4:])
    else:
        descriptor = text.replace(name, " ").strip(" ,")
    if name is not None:
        role, org, _ = _describe(descriptor, places)
        if role is None and title_role is not None:
            role = lexicon.normalize_role(title_role)
        body_kind = (
            _describes_body(descriptor)
            if role is None and (" " not in name or _is_acronym(name))
            else None
        )
        if body_kind is not None:
            # "Occurrence, an independent firm that counts protesters": a body.
            return Mention(
                phrase, MentionKind.ORGANIZATION, organization=Organization(name, body_kind)
            )
        return Mention(
            phrase,
            MentionKind.PERSON,
            name=name,
            role=role,
            organization=org,
            possessor=role is not None and org is None and _points_back(descriptor),
        )
    last = _words(low)[-1] if _words(low) else ""
    role, org, given = (None, None, False)
    role_for = _ROLE_FOR_BODY.match(text)
    if (
        last not in lexicon.SOURCE_REFERENCE_WORDS
        or last in lexicon.ROLE_HEADS
        # "a spokesman for the National Police": a role holder, whatever the body.
        or (role_for is not None and role_for.group(1).lower() in lexicon.ROLE_HEADS)
    ):
        role, org, given = _describe(text, places)
    if role is not None:
        possessor = org is None and _points_back(text)
        if low.startswith("the ") and not given and not _has_possessive(text):
            return Mention(
                phrase, MentionKind.REFERENCE, role=role, organization=org, reference=role
            )
        return Mention(
            phrase,
            MentionKind.ROLE,
            role=role,
            organization=org,
            possessor=possessor,
            indefinite=indefinite,
        )
    words = _words(low)
    if len(words) >= 2 and words[0] == "the" and words[-1] in _COMPANY_DESCRIPTIONS:
        # "The iPhone maker", "the world's second-largest container shipper", "The Swiss
        # food giant": the company named before, as "the company" would be.
        return Mention(phrase, MentionKind.REFERENCE, reference="company")
    proper = [
        w
        for w in _words(text)[1:]
        if w[:1].isupper()
        and (not w.isupper() or (len(words) > 2 and _known_org(w) is None))
        # "The Danish shipping group", "the Oslo-based freight group": a description,
        # whatever its adjective.
        and w.lower() not in lexicon.COUNTRY_ADJECTIVES
        and not w.lower().endswith(_DESCRIBING)
    ]
    org_kind = lexicon.org_kind_of(text)
    if words and words[0] in _ARTICLES and proper and org_kind is not None:
        # "the Rhone Valley Civil Protection Agency": a body's proper name.
        # The article may stand before any blank ("the\xa0Post").
        name_text = text[len(words[0]) :].strip()
        tail = _proper_tail(name_text)
        lead_words = name_text[: -len(tail)].split() if tail != name_text else []
        if lead_words and all(w.islower() for w in lead_words) and lexicon.org_kind_of(tail):
            name_text = tail  # "the opposition Democratic Party"
        return Mention(
            phrase, MentionKind.ORGANIZATION, organization=Organization(name_text, org_kind)
        )
    if len(words) == 2 and words[0] == "the" and words[1] in lexicon.GROUP_WORDS:
        # "The police said", "the authorities said": the police named before, else the
        # police of the story, as "police said" would be.
        group = text[4:]
        return Mention(
            phrase,
            MentionKind.REFERENCE,
            organization=Organization(group, lexicon.org_kind_of(group) or OrgKind.GROUP),
            reference=words[1],
        )
    capitalised = [w[:1].isupper() for w in _words(text)[1:]]
    if words and words[0] == "the" and len(capitalised) >= 2 and all(capitalised):
        # "the Supreme Court", "the Virginia Conservation Legacy Fund": a body's name.
        name_text = text[len(words[0]) :].strip()
        return Mention(
            phrase,
            MentionKind.ORGANIZATION,
            organization=Organization(name_text, lexicon.org_kind_of(name_text) or OrgKind.OTHER),
        )
    if words and words[0] in _ARTICLES and words[-1] in lexicon.SOURCE_REFERENCE_WORDS:
        return Mention(phrase, MentionKind.REFERENCE, reference=" ".join(words[1:]))
    if (
        words
        and words[-1] in lexicon.GROUP_WORDS
        and len(words) <= 4
        and not any(ch.isdigit() for ch in text)
    ):
        group = text[4:] if low.startswith("the ") else text
        return _group_mention(phrase, group)
    if org_kind is not None and low.startswith("the ") and text[4:] == low[4:]:
        # "The county said": a body described, not named; it points back to one named
        # before, else it names no one (two stories' "the county" are not one body).
        return Mention(phrase, MentionKind.REFERENCE, reference=low[4:])
    if org_kind is not None:
        name_text = text.split(" ", 1)[1] if low.startswith("the ") else text
        first, _, rest = name_text.partition(" ")
        owner = _country_of(first, places) if _POSSESSIVE.search(first) else None
        if owner is not None and rest[:1].isupper():
            # "Pakistan's National Disaster Management Authority": the body, of the country.
            return Mention(
                phrase,
                MentionKind.ORGANIZATION,
                organization=Organization(
                    rest, org_kind, parent=Organization(owner, OrgKind.COUNTRY)
                ),
            )
        tail = _proper_tail(name_text)
        lead_words = name_text[: -len(tail)].split() if tail != name_text else []
        if lead_words and (
            lead_words[-1].lower() in _BODY_NOUNS
            or (all(w.islower() for w in lead_words) and lexicon.org_kind_of(tail) is not None)
        ):
            # "freight company Halvorsen Logistics", "the opposition Democratic Party".
            name_text = tail
        return Mention(
            phrase, MentionKind.ORGANIZATION, organization=Organization(name_text, org_kind)
        )
    spelled = _words(text)
    if (
        len(spelled) >= 3
        and spelled[0][:1].isupper()
        and spelled[-1][:1].isupper()
        and all(w[:1].isupper() or w in _NAME_CONNECTORS for w in spelled)
        and any(w in _NAME_CONNECTORS for w in spelled)
    ):
        # "Transport for London": a body's name; people's names have no "for" in them.
        name_text = text[4:] if low.startswith("the ") else text
        # "Save the Children": a campaigning body's word makes it an NGO.
        named_kind = OrgKind.NGO if _body_like(spelled) else OrgKind.OTHER
        return Mention(
            phrase, MentionKind.ORGANIZATION, organization=Organization(name_text, named_kind)
        )
    if text[:1].isupper() and _body_like(spelled):
        # "Médecins Sans Frontières", "Ärzte ohne Grenzen", "Direct Relief": a body.
        name_text = text[4:] if low.startswith("the ") else text
        return Mention(
            phrase,
            MentionKind.ORGANIZATION,
            organization=Organization(name_text, lexicon.org_kind_of(name_text) or OrgKind.NGO),
        )
    if text[:1].isupper() and all(w[:1].isupper() for w in _words(text)):
        if len(words) >= 2 and (words[0] == "the" or any(_is_acronym(w) for w in spelled)):
            # "The Civil Guard", "Africa CDC": no person's name opens with "The" or
            # holds an acronym.
            name_text = text[4:] if words[0] == "the" else text
            return Mention(
                phrase,
                MentionKind.ORGANIZATION,
                organization=Organization(name_text, OrgKind.OTHER),
            )
        # A single capitalised word with no role: a surname, or a body we do not know.
        return Mention(phrase, MentionKind.PERSON, name=text)
    return Mention(phrase, MentionKind.REFERENCE, reference=low)


# Nouns for people that are no role: "Jones, a former employee of the firm".
_PERSON_NOUNS = frozenset(
    {
        "employee",
        "member",
        "customer",
        "client",
        "shareholder",
        "investor",
        "partner",
        "colleague",
        "friend",
        "neighbour",
        "neighbor",
        "relative",
        "son",
        "daughter",
        "wife",
        "husband",
        "mother",
        "father",
        "man",
        "woman",
        "boy",
        "girl",
        "victim",
        "patient",
        "passenger",
        "tourist",
        "voter",
        "supporter",
        "critic",
        "candidate",
        "veteran",
        "mp",
    }
)


def _describes_body(description: str) -> OrgKind | None:
    """
    The kind of body an appositive ("an independent firm that counts protesters")
    describes; None when it describes a person ("a spokeswoman for the firm") or
    nothing.

    Examples:
        >>> _describes_body(", an independent firm that counts protesters")
        <OrgKind.COMPANY: 'company'>
        >>> _describes_body("a spokeswoman for the firm") is None
        True
    """
    found = _ARTICLE_DESCRIPTION.match(description)
    if found is None:
        return None
    for word in _words(found.group("description").lower()):
        if (
            word in lexicon.ROLE_HEADS
            or word in lexicon.PERSON_REFERENCE_WORDS
            or word in _PERSON_NOUNS
        ):
            return None
        if word in _BODY_NOUNS or (
            word in lexicon.SOURCE_REFERENCE_WORDS and word not in _DOCUMENT_WORDS
        ):
            return lexicon.org_kind_of(word) or OrgKind.COMPANY
    return None


def _needs_place(mention: Mention) -> bool:
    """
    Whether a local official's body is still to be found from a place named later in
    the sentence: a mayor or a governor with no body. National leaders and ministers are
    left alone: the place after them is often another country ("Prime Minister X said
    200 nationals had left Lebanon").

    Examples:
        >>> _needs_place(analyse_phrase("Mayor Wang Lei"))
        True
        >>> _needs_place(analyse_phrase("Kyiv Mayor Vitali Klitschko"))
        False
        >>> _needs_place(analyse_phrase("Prime Minister Keir Starmer"))
        False
    """
    role = mention.role or ""
    if mention.organization is not None:
        return False
    return role in _CITY_ROLES or role in _REGIONAL_ROLES or role == "governor"


def _group_mention(phrase: str, group: str) -> Mention:
    """A group speaking ("police", "Rescuers"), as a body of the kind its word names."""
    return Mention(
        phrase,
        MentionKind.GROUP,
        organization=Organization(group, lexicon.org_kind_of(group) or OrgKind.GROUP),
    )


def _group_of_body(phrase: str, text: str) -> Mention | None:
    """
    A group that speaks for a body ("Analysts at Goldman Sachs", "JPMorgan analysts")
    as a role holder of that body, or a group of an event ("Organisers of Saturday's
    march") as the group alone.

    Examples:
        >>> m = _group_of_body("Northwind Energy analysts", "Northwind Energy analysts")
        >>> m.kind, m.role, m.organization.name
        (<MentionKind.ROLE: 'role'>, 'analyst', 'Northwind Energy')
    """
    at_body = _GROUP_AT.match(text)
    if at_body is not None and at_body.group("group").lower() in lexicon.GROUP_WORDS:
        if _EVENT_OF.search(at_body.group("org")):
            # "Organisers of Saturday's housing march": the group, of an event, not a body.
            return _group_mention(phrase, at_body.group("group"))
        # "Analysts at Jefferies": the body speaks through its people.
        org_text = at_body.group("org")
        org = _known_org(org_text) or Organization(
            org_text, lexicon.org_kind_of(org_text) or OrgKind.OTHER
        )
        role = lexicon.normalize_role(at_body.group("group").lower().rstrip("s"))
        return Mention(phrase, MentionKind.ROLE, role=role, organization=org, indefinite=True)
    words = _words(text)
    if len(words) < 2 or words[-1].lower() not in _BODY_GROUPS:
        return None
    owner = words[:-1]
    if owner[0].lower() in _ARTICLES:
        owner = owner[1:]
    name = " ".join(owner)
    country = lexicon.COUNTRY_ADJECTIVES.get(name.lower()) or (
        name if place_kind(name) == "country" else None
    )
    if country is not None and words[-1].lower() in {"officials", "authorities"}:
        # "Ukrainian officials", "U.S. officials": officials of the country.
        return Mention(
            phrase,
            MentionKind.ROLE,
            role="official",
            organization=Organization(country, OrgKind.COUNTRY),
            indefinite=True,
        )
    # A body's name, not a common word opening the sentence ("Election officials"):
    # a known body, an acronym, a name with inner capitals or two name words or more.
    known = _known_org(name) or _wire(name)
    named = known is not None or (
        bool(owner)
        and all(_is_name_token(w) or _is_acronym(w) or w[:1].isupper() for w in owner)
        and owner[0].lower() not in lexicon.COUNTRY_ADJECTIVES
        and place_kind(name) is None
        and (
            len(owner) >= 2
            or _is_acronym(name)
            or any(c.isupper() for c in name[1:])
            or lexicon.org_kind_of(name) is not None
        )
    )
    if not named:
        return None
    org = known or Organization(name, lexicon.org_kind_of(name) or OrgKind.OTHER)
    role = lexicon.normalize_role(words[-1].lower().rstrip("s"))
    return Mention(phrase, MentionKind.ROLE, role=role, organization=org, indefinite=True)


def _short_name(word: str) -> bool:
    """
    Whether *word* may be a body's short name: an acronym ("NDMA") or a word of a few
    letters with inner capitals ("TfL").

    Examples:
        >>> _short_name("NDMA"), _short_name("TfL"), _short_name("Boeing")
        (True, True, False)
    """
    return _is_acronym(word) or (
        len(word) <= 6 and word.isalpha() and sum(c.isupper() for c in word) >= 2
    )


def _body_acronym(word: str) -> bool:
    """
    Whether an acronym the text never spells out may stand for a body: three letters or
    more, and no role ("CEO") or two-letter code ("PM", "TX").

    Examples:
        >>> _body_acronym("FEMA"), _body_acronym("CEO"), _body_acronym("TX")
        (True, False, False)
    """
    return len(word) >= 3 and word.isalpha() and word.lower() not in lexicon.ROLE_HEADS


def _proper_tail(name: str) -> str:
    """
    The capitalised words at the end, with the small words that join them: "Norwegian
    freight company Acme Logistics" -> "Acme Logistics", "the ruling Justice and
    Development Party" -> "Justice and Development Party".
    """
    words = name.split()
    i = len(words)
    while i > 0:
        word = words[i - 1]
        capitalised = word[:1].isupper() and word.lower() not in _BODY_NOUNS
        joining = word in _NAME_CONNECTORS and 1 < i < len(words) and words[i - 2][:1].isupper()
        if not (capitalised or joining):
            break
        i -= 1
    while i < len(words) and words[i] in _NAME_CONNECTORS:
        i += 1  # a name starts with a capital, not with "of"
    tail = " ".join(words[i:])
    return tail if i > 0 and tail else name


@functools.lru_cache(maxsize=65_536)
def _is_body_name(name: str) -> bool:
    """
    Whether capitalised words name a body by their last word ("Halvorsen Logistics") or
    by the word before "of" ("Ministry of Labour").
    """
    words = _words(name)
    if not words or lexicon.org_kind_of(name) is None:
        return False
    lows = [w.lower() for w in words]
    if "of" in lows[1:] or "for" in lows[1:]:
        joint = next(i for i, w in enumerate(lows) if i > 0 and w in {"of", "for"})
        if lows[joint - 1] in _ORG_WORDS:
            return True
    return lows[-1] in _ORG_WORDS


def _wire(name: str) -> Organization | None:
    """A news agency by any of its names: "Reuters", "Agence France-Presse"."""
    for wire, names in lexicon.WIRE_AGENCIES.items():
        if name in names:
            return Organization(wire, OrgKind.MEDIA)
    return None


# A role of a body pointed back to: "a spokeswoman for the company", "head of the agency".
_OF_REFERENCE = re.compile(r"\b(?:for|of|at)\s+the\s+(?P<noun>[a-z]+)$")
# "at" before a body's name inside a role's "of" phrase: "head of research at X".
_AT_BODY = re.compile(r"^[a-z][a-z ]{0,40}?\sat\s+(?:the\s+)?(?=[A-Z])")


def _points_back(text: str) -> bool:
    """
    Whether a possessive points back to a body named before: "its", "the agency's",
    "a spokeswoman for the company".
    """
    of_reference = _OF_REFERENCE.search(_clean(text))
    if of_reference is not None and of_reference.group("noun") in lexicon.SOURCE_REFERENCE_WORDS:
        return True
    words = [w for w in _words(_clean(text)) if w.lower() not in _ARTICLES]
    if (
        len(words) >= 2
        and words[0].lower() in lexicon.SOURCE_REFERENCE_WORDS
        and words[0].lower() not in lexicon.ROLE_MODIFIERS
        and lexicon.normalize_role(words[1]) in lexicon.ROLE_HEADS | {"spokesperson", "chair"}
    ):
        return True  # "a party spokesman", "Commission chairperson"
    for word in _words(text):
        low = _POSSESSIVE.sub("", word).lower()
        if low in _POSSESSIVE_PRONOUNS or (
            _POSSESSIVE.search(word) and low in lexicon.SOURCE_REFERENCE_WORDS
        ):
            return True
    return False


def _is_short_reference(text: str) -> bool:
    """ "the UN office", "the UN": short forms that point back rather than name anew."""
    words = _words(text)
    return len(words) <= 3


def _names_country(text: str) -> bool:
    return (
        any(_POSSESSIVE.search(w) or w.lower() in lexicon.COUNTRY_ADJECTIVES for w in _words(text))
        or " of " in text
    )


def _has_possessive(text: str) -> bool:
    return any(_POSSESSIVE.search(w) for w in _words(text))


# A run of capitalised words (no sentence-initial "The"): a candidate body name.
# Small words may join the capitals of a body's name: "Ministry of Labour", "Office for
# the Coordination of Humanitarian Affairs" (the classes do not overlap: capitals versus
# the lower-case joining words).
# (Written as a capital first, then the look-behind, then the other words, so the engine
# skips straight to capitals instead of trying the pattern at every character.)
_CAPITALISED_RUN = re.compile(
    r"[A-Z](?<![\w'’].)[\w&'’.-]*(?:\s(?:(?:of|for|and|the)\s){0,2}[A-Z][\w&'’.-]*){0,6}"
)


# A sentence end inside a run of capitals: a word of three or more letters ending in a
# lower-case letter and a full stop ("Saturday. The"). Abbreviations are checked apart.
_RUN_BREAK = re.compile(r"\b([A-Z][a-z]{2,})\.\s+")
_ABBREVIATIONS = frozenset(
    {"Corp", "Bros", "Dept", "Govt", "Assn", "Univ", "Inst", "Gen", "Col", "Sen", "Rep", "Gov"}
)

# Words a run of capitals may start with that are not part of a body's name.
_LEADING_WORDS = _ARTICLES | {"in", "at", "of", "for"}


# Words that end no body's name: "the", "of", "and" left at the end of a run.
_TRAILING_WORDS = _LEADING_WORDS | _NAME_CONNECTORS


def find_bodies(text: str, start: int = 0) -> list[tuple[int, Organization]]:
    """
    Return the bodies *text* names by their own names (a company, a ministry, a UN
    agency), with where each starts: capitalised words ending in a body word, or a
    gazetteer name.

    Examples:
        >>> [(i, o.name) for i, o in find_bodies("Shares in Northwind Energy fell 8%.")]
        [(10, 'Northwind Energy')]
    """
    found: list[tuple[int, Organization]] = []
    for match in _CAPITALISED_RUN.finditer(text, start):
        whole_start = match.start()
        found.extend((whole_start + offset, body) for offset, body in _bodies_in_run(match[0]))
    return found


@functools.lru_cache(maxsize=65_536)
def _bodies_in_run(whole: str) -> tuple[tuple[int, Organization], ...]:
    """The bodies one run of capitals names, each with where it starts in the run (runs
    repeat within and across texts: each is read once)."""
    found: list[tuple[int, Organization]] = []
    # A run never crosses a sentence end: "the Ministry of Labour. The National
    # Police" is two runs, each read apart.
    cuts = [0]
    if "." in whole:
        cuts += [b.end() for b in _RUN_BREAK.finditer(whole) if b.group(1) not in _ABBREVIATIONS]
    for k, cut in enumerate(cuts):
        end = cuts[k + 1] if k + 1 < len(cuts) else len(whole)
        run, run_start = whole[cut:end].rstrip().rstrip("."), cut
        words = run.split()
        while words and words[0].lower() in _LEADING_WORDS:
            words = words[1:]
        while words and words[-1].lower() in _TRAILING_WORDS:
            words = words[:-1]
        if not words:
            continue
        name = " ".join(words)
        offset = run_start + run.index(words[0])
        known = _known_org(name)
        if known is not None and (len(name) > 3 or name.isupper()):
            found.append((offset, known))
        elif len(words) >= 2 and _is_body_name(name):
            kind = lexicon.org_kind_of(name) or OrgKind.OTHER
            found.append((offset, Organization(name, kind)))
        elif len(words) >= 2 and words[-1] in _COMPANY_SUFFIXES:
            found.append((offset, Organization(name, OrgKind.COMPANY)))
    return tuple(found)


# --------------------------------------------------------------------------- resolution


# An article joined to a surname: "al-Qidra", "el-Sisi" are "Qidra" and "Sisi" too.
_JOINED_ARTICLE = re.compile(r"^(?:al|el|ad|as|ash|at|az|ad-d)[-’']", re.IGNORECASE)


def _surname(name: str) -> str:
    """
    The last word of a name, lower case, without a joined article.

    Examples:
        >>> _surname("Abdel Fattah el-Sisi"), _surname("Sisi"), _surname("Ashraf al-Qidra")
        ('sisi', 'sisi', 'qidra')
    """
    last = name.rsplit(maxsplit=1)[-1].lower()
    return _JOINED_ARTICLE.sub("", last) or last


def _edits(a: str, b: str) -> int:
    """Levenshtein distance, for transliterations of one name (Synehubov, Synegubov)."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def same_name(a: str, b: str) -> bool:
    """
    Return whether two names can name one person: the same surname, or two spellings of
    it a transliteration apart (at most two letters differ in a surname of six or more,
    with the same first and last letters), and no first names that disagree.

    Examples:
        >>> same_name("Terekhov", "Ihor Terekhov"), same_name("Oleg Synegubov", "Oleh Synehubov")
        (True, True)
        >>> same_name("Ihor Terekhov", "Anna Terekhova"), same_name("Olga Ivanova", "Anna Ivanova")
        (False, False)
    """
    sa, sb = _surname(a), _surname(b)
    if sa != sb and (
        min(len(sa), len(sb)) < 6 or sa[0] != sb[0] or sa[-1] != sb[-1] or _edits(sa, sb) > 2
    ):
        return False
    # Particles are not first names: "Von der Leyen" is "Ursula von der Leyen".
    fa = [w for w in a.split()[:-1] if w.lower() not in _PARTICLE_WORDS]
    fb = [w for w in b.split()[:-1] if w.lower() not in _PARTICLE_WORDS]
    if fa and fb:
        x, y = fa[0].lower(), fb[0].lower()
        return x == y or (x[0] == y[0] and _edits(x, y) <= 1)
    return True


@attrs.define
class _PersonEntry:
    name: str
    names: set[str]
    order: int = 0
    role: str | None = None
    organization: Organization | None = None
    # "she" or "he" once the text reveals it (a title, a gendered role, a pronoun).
    gender: str | None = None


# Words in a speaker phrase that reveal the speaker's gender. Deliberately small: titles
# and gendered role words only, never first names.
_FEMININE = re.compile(
    r"\b(?:Mrs|Ms|Miss|Madam|Dame|Lady|spokeswoman|chairwoman|businesswoman|congresswoman"
    r"|councilwoman|sister|mother|daughter|wife|widow|grandmother)\b\.?"
)
_MASCULINE = re.compile(
    r"\b(?:Mr|Sir|Lord|spokesman|chairman|businessman|congressman|councilman"
    r"|brother|father|son|husband|widower|grandfather)\b\.?"
)


def _gender_of(phrase: str) -> str | None:
    """
    "she" or "he" when *phrase* reveals its speaker's gender, else None.

    Examples:
        >>> _gender_of("its spokeswoman, Laia Ferrer"), _gender_of("Mr Smith"), _gender_of("Jo Lee")
        ('she', 'he', None)
    """
    feminine = _FEMININE.search(phrase) is not None
    masculine = _MASCULINE.search(phrase) is not None
    if feminine == masculine:
        return None
    return "she" if feminine else "he"


# A sentence that may open with a person: "The town’s mayor, Miriam Kowalczyk, put the
# toll higher.", "Mayor Jo Lee toured the shelter." The sentence break (". ", "! ", "? ",
# a closing quote, a line break, or the start of the text), then an optional short
# appositive ("The town’s mayor, ": a capitalised word and one to three lower-case
# words), then two to four capitalised words, then a comma or a lower-case word (the
# verb). Every quantifier is bounded, so matching stays linear.
_SUBJECT_PERSON = re.compile(
    r"(?:\A|[.!?][”\"]? |\n)"
    r"((?:[A-Z][\w’']*(?: [a-z][\w’'-]*){1,3}, )?"
    r"[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,3})"
    r"(?=,| [a-z])"
)


def find_subjects(text: str, start: int = 0) -> list[tuple[int, str]]:
    """
    Phrases that may name a person as the subject of a sentence, speaking or not.

    A later "she said" may point to them: "The mayor, Jo Lee, put the toll higher. At
    least 14 died, she said." They are read (with `analyse_phrase`) only when a pronoun
    needs them; `SpeakerResolver` takes them as pronoun antecedents only.

    Args:
        text: The whole text.
        start: Where the body starts.

    Returns:
        (where the phrase starts, the phrase) for each candidate, in order.

    Examples:
        >>> find_subjects("Rain fell. The town’s mayor, Jo Lee, put the toll higher.")
        [(11, 'The town’s mayor, Jo Lee')]
    """
    found: list[tuple[int, str]] = []
    for match in _SUBJECT_PERSON.finditer(text, start):
        phrase = match.group(1)
        # An upper-case dateline ("HALDANE FALLS, April 15") is a place, not a person.
        if not phrase.isupper():
            found.append((match.start(1), phrase))
    return found


# A capitalised word, one blank, and the word after it (looked at, not taken, so that
# every neighbouring pair is seen): "Vitali Klitschko" gives ("Vitali", "Klitschko").
# (The capital opens the pattern and the look-behind after it stands for the word
# boundary, so the engine skips straight to capitals.)
_WORD_PAIR = re.compile(r"([A-Z](?<!\w.)[\w'-]+)\s(?=([\w'’.-]+))")
# A name the pair index can hold: word characters, apostrophes, dots and hyphens.
_PLAIN_NAME = re.compile(r"[\w'’.-]+")


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _word_prefixes(word: str) -> list[str]:
    """
    The beginnings of *word* that end at a word boundary: "Klitschko’s" holds
    "Klitschko" and "Klitschko’s" (what `re.escape(name) + r"\b"` would find).
    """
    if word.isalnum():
        return [word]
    return [
        word[:k]
        for k in range(1, len(word) + 1)
        if (
            _is_word_char(word[k - 1]) != _is_word_char(word[k])
            if k < len(word)
            else _is_word_char(word[-1])
        )
    ]


# How many of the most recently named bodies a reference ("the agency", "the UN") is
# compared with: a bounded look-back keeps resolution linear in long texts.
_RECENT_BODIES = 100
# How many people of one surname shape a name is compared with as a transliteration.
_RECENT_PEOPLE = 20


# An appositive right after a name: ", an independent firm that counts protesters,".
_APPOSITIVE = re.compile(r",\s+(?:an?|the)\s+[^,.;:]{1,80}")
# A description opening with an article, its commas and blanks before it allowed.
_ARTICLE_DESCRIPTION = re.compile(
    r"^[,\s]*(?:an?\s|the\s|(?-i:[A-Z])[\w.-]*['’]s\s)\s*(?P<description>[^,.;:]{1,80})",
    re.IGNORECASE,
)
# An office and the word of the body it heads: a commissioner heads a commission.
_OFFICE_OF_BODY = {
    "commissioner": "commission",
    "minister": "ministry",
    "director": "directorate",
    "inspector": "inspectorate",
    "secretary": "secretariat",
    "president": "presidency",
    "prosecutor": "prosecutor's",
}
# Short references that point back to a body by what it is: "the company", "the group".
_BODY_REFERENCES = frozenset(
    {"company", "group", "firm", "bank", "carmaker", "airline", "lender", "insurer", "retailer"}
)

# The last word of a description that points back to a company: "the iPhone maker",
# "the world's biggest miner", "the Swiss food giant".
_COMPANY_DESCRIPTIONS = frozenset(
    {
        "maker",
        "carmaker",
        "automaker",
        "chipmaker",
        "drugmaker",
        "planemaker",
        "shipper",
        "giant",
        "miner",
        "retailer",
        "producer",
        "manufacturer",
        "brewer",
        "conglomerate",
        "supplier",
        "firm",
        "company",
        "lender",
        "insurer",
        "airline",
        "carrier",
        "exporter",
        "distributor",
        "startup",
        "start-up",
    }
)
# Words only a company answers to ("the chipmaker"), unlike "the group" or "the bank".
_MAKERS = frozenset(
    {
        "company",
        "firm",
        "carmaker",
        "automaker",
        "chipmaker",
        "drugmaker",
        "planemaker",
        "retailer",
        "insurer",
        "lender",
        "miner",
        "brewer",
        "conglomerate",
        "manufacturer",
        "pollster",
        "airline",
    }
)
# Short references to a public body that a lone word before them may have named:
# "CalFire said ... The agency said".
_AGENCY_REFERENCES = frozenset(
    {
        "agency",
        "service",
        "institute",
        "authority",
        "commission",
        "committee",
        "centre",
        "center",
        "board",
        "regulator",
        "watchdog",
        "observatory",
    }
)


def _is_company_word(word: str) -> bool:
    """
    Whether a short reference names a company by what it is: "company", "chipmaker".

    Examples:
        >>> _is_company_word("chipmaker"), _is_company_word("group"), _is_company_word("city")
        (True, True, False)
    """
    return word in _BODY_REFERENCES or (
        word in lexicon.SOURCE_REFERENCE_WORDS and lexicon.org_kind_of(word) is OrgKind.COMPANY
    )


# References to a document rather than a body: "according to the statement".
_DOCUMENT_WORDS = frozenset({"statement", "report", "post", "release"})
# A statement or post the speaker issued: "said in a post on Facebook", "in its report".
_IN_A_STATEMENT = re.compile(
    r"\bin\s+(?:a|an|its|the|their)\s+(?:[a-z]+\s+)?(?:statement|post|report|release|briefing|update)\b",
    re.IGNORECASE,
)
# The end of a sentence, where the look-ahead for a statement stops.
_SENTENCE_STOP = re.compile(r"[.!?]\s|\n")
# How far after a speaker the look-ahead for a statement reaches.
_STATEMENT_REACH = 200


# Business words near a lone word's cue that mark company copy: "Acme said revenue rose",
# "Siemens said it would cut 1,200 jobs".
_BUSINESS_WORDS = re.compile(
    r"\b(?:revenues?|sales|profits?|earnings|shares|stock|quarter(?:ly)?|jobs|customers|"
    r"orders|deliveries|guidance|dividends?|shareholders|investors|operating\s+income)\b",
    re.IGNORECASE,
)
# A short reference to a company after a lone word: "the company", "the firm".
_COMPANY_AFTER = re.compile(r"\b[Tt]he\s+(?:company|firm|carmaker|automaker|chipmaker)\b")
# An age or a title that makes a lone word a person: "Smith, 54, said", "Mr. Smith".
_AGE_AFTER = re.compile(r",\s*\d{1,3}\s*,")
# A word that may name a company: letters, maybe joined by "&", "." or "-" ("Nvidia",
# "AT&T"), no possessive and no digits ("EB-5" is a visa).
_COMPANY_WORD_SHAPE = re.compile(r"[A-Z][^\W\d_]*(?:[&.-][^\W\d_]+)*")
# Plural endings of words for people, not companies: "Democrats", "Republicans",
# "Conservatives", "Loyalists" (a company's name rarely ends so: "Siemens" does not).
_PEOPLE_PLURALS = ("ans", "ats", "ists", "ives", "ites", "ers", "ards", "ics", "ians")
# How far after a lone word the look for a company reference reaches.
_COMPANY_REACH = 300


def _business_copy(text: str, name: str, where: int, names: _TextNames | None = None) -> bool:
    """
    Whether the text around a lone capitalised word at *where* reads as company copy: a
    business word in its sentence ("Acme said revenue rose"), "Acme's shares", or "the
    company" soon after it. *names* is the text's index (see `_TextNames`), built here
    when not given.

    Examples:
        >>> _business_copy("Nvidia said revenue rose 8%.", "Nvidia", 0)
        True
        >>> _business_copy("Smith said 40 people were hurt.", "Smith", 0)
        False
    """
    end = where + len(name)
    if (
        _AGE_AFTER.match(text, end)
        or not _COMPANY_WORD_SHAPE.fullmatch(name)
        or name.endswith(_PEOPLE_PLURALS)
    ):
        return False
    stop = _SENTENCE_STOP.search(text, end, end + _COMPANY_REACH)
    sentence = text[where : stop.start() if stop is not None else end + _COMPANY_REACH]
    if _BUSINESS_WORDS.search(sentence):
        return True
    if _COMPANY_AFTER.search(text, end, end + _COMPANY_REACH):
        return True
    return name in (names or _TextNames(text)).possessive


# "Acme's shares": a name before a possessive and a business noun.
_BUSINESS_AFTER_POSSESSIVE = re.compile(r"['’]s\s+(?:shares|stock|revenue|sales|profit)\b")
_NAME_BEFORE = re.compile(r"([A-Z][\w&.-]*)$")
# A word, maybe with a full stop, before a capitalised one: "Mr. Smith", "Governor Smith",
# "G. Sullivan" (the capitalised word is looked at, not taken, so runs overlap).
_WORD_BEFORE_NAME = re.compile(r"\b([A-Za-z]+)(\.?)\s+(?=([A-Z][\w-]*(?:['’][A-Z][\w-]*)?))")
# A whole word in lower case.
_LOWER_WORD = re.compile(r"\b[a-z]+\b")


class _TextNames:
    """
    What the checks on lone capitalised words read of a whole text, each gathered in one
    pass when a check first needs it: a check per mention must not read the text again,
    or a long text costs the square of its length.

    Examples:
        >>> names = _TextNames("Acme's shares fell. Mr. Smith left; both said so.")
        >>> "Acme" in names.possessive, "Smith" in names.titled, "both" in names.lower
        (True, True, True)
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._possessive: frozenset[str] | None = None
        self._titled: frozenset[str] | None = None
        self._lower: frozenset[str] | None = None

    @property
    def possessive(self) -> frozenset[str]:
        """Names written before "'s shares", "'s revenue" and the like."""
        if self._possessive is None:
            text = self.text
            found = set()
            for m in _BUSINESS_AFTER_POSSESSIVE.finditer(text):
                before = _NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
                if before is not None:
                    found.add(before.group(1))
            self._possessive = frozenset(found)
        return self._possessive

    @property
    def titled(self) -> frozenset[str]:
        """Capitalised words written after a title, a role or a middle initial."""
        if self._titled is None:
            titled = set()
            for match in _WORD_BEFORE_NAME.finditer(self.text):
                word = match.group(1).lower()
                if (
                    (len(word) == 1 and match.group(2) and match.group(1).isupper())
                    or word in lexicon.TITLE_ABBREVIATIONS
                    or f"{word}." in lexicon.TITLE_ABBREVIATIONS
                    or word in lexicon.ROLE_HEADS
                ):
                    titled.add(match.group(3))
            self._titled = frozenset(titled)
        return self._titled

    @property
    def lower(self) -> frozenset[str]:
        """The words the text writes in lower case."""
        if self._lower is None:
            self._lower = frozenset(_LOWER_WORD.findall(self.text))
        return self._lower


def _common_word(text: str, name: str, names: _TextNames | None = None) -> bool:
    """
    Whether the text also writes *name* in lower case, as a common word: "Now", "Both"
    and "Details" open sentences; a company's name is not written so.

    Examples:
        >>> _common_word("Both said so. They both left.", "Both")
        True
        >>> _common_word("Nvidia said revenue rose.", "Nvidia")
        False
    """
    low = name.lower()
    if low in _NOT_NAME_OPENERS or low in _FUNCTION_WORDS:
        return True
    return low in (names or _TextNames(text)).lower


# Words that open sentences and name nobody: "Both said", "Details have not been".
_FUNCTION_WORDS = frozenset(
    {"both", "all", "each", "some", "many", "most", "few", "now", "here", "there", "details"}
    | {"none", "others", "several", "these", "those", "this", "that", "they", "we", "it"}
)


def _titled_in(text: str, name: str, names: _TextNames | None = None) -> bool:
    """
    Whether the text ever writes *name* after a title, a role or a middle initial: "Mr.
    Smith", "Governor Smith", "Jane K. Smith".

    Examples:
        >>> _titled_in("Acme said. Mr. Acme left.", "Acme"), _titled_in("Acme said.", "Acme")
        (True, False)
    """
    return name in (names or _TextNames(text)).titled


def _has_word(org: Organization, word: str) -> bool:
    """Whether *word* is one of the words of the body's name or other names."""
    return any(word in name.lower().split() for name in (org.name, *org.aliases))


def _role_keys(role: str) -> list[str]:
    """The role and its word suffixes: "deputy regional governor", "regional governor", "governor"."""
    return [role] + [role[i + 1 :] for i, ch in enumerate(role) if ch == " "]


def _place_key(org: Organization | None) -> str | None:
    """The word two bodies must share to be in one place: the first of the name, lower case."""
    return None if org is None else org.name.split()[0].lower()


def _shape(surname: str) -> tuple[str, str, int]:
    """What two transliterations of one surname share: first and last letters, length."""
    return surname[0], surname[-1], len(surname)


class SpeakerResolver:
    """
    Resolve the speaker mentions of one document, in text order.

    Examples:
        >>> ctx = PlaceContext(city="Kyiv", country="Ukraine")
        >>> mentions = [analyse_phrase("Kyiv’s mayor", places=ctx),
        ...             analyse_phrase("Vitali Klitschko", places=ctx),
        ...             analyse_phrase("he", places=ctx)]
        >>> [r.speaker.name for r in SpeakerResolver(mentions).resolve()]
        ['Vitali Klitschko', 'Vitali Klitschko', 'Vitali Klitschko']
    """

    def __init__(
        self,
        mentions: Sequence[Mention],
        *,
        text: str = "",
        positions: Sequence[int] | None = None,
        bodies: Sequence[tuple[int, Organization]] = (),
        subjects: Sequence[tuple[int, str]] = (),
        context: Callable[[int], PlaceContext] | None = None,
    ) -> None:
        self.mentions = list(mentions)
        # Phrases that may name a sentence's subject (see `find_subjects`), by position:
        # "she" may point to one named after the last person who spoke. Each is read
        # only when a pronoun needs it, with the places *context* gives for its position.
        self.subjects = sorted(subjects, key=lambda pair: pair[0])
        self._subject_starts = [where for where, _ in self.subjects]
        self._subject_mentions: dict[int, Mention | None] = {}
        self._context = context
        self.text = text
        self._names_index: _TextNames | None = None
        # Where each mention starts, and the bodies the text names (not as speakers), so
        # that "it said" can point to a company named only in the story's first sentence.
        self.positions = list(positions) if positions is not None else None
        self.bodies = sorted(bodies, key=lambda pair: pair[0])
        self._body_starts = [where for where, _ in self.bodies]
        self._bodies_of_kind: dict[OrgKind, tuple[list[int], list[Organization]]] = {}
        for where, org in self.bodies:
            starts, orgs = self._bodies_of_kind.setdefault(org.kind, ([], []))
            starts.append(where)
            orgs.append(org)
        self._people: list[_PersonEntry] = []
        # People by surname, and by the shape of surnames of six letters or more, so that
        # a name is compared with the few people it can be, not with everyone.
        self._by_surname: dict[str, list[_PersonEntry]] = {}
        self._by_shape: dict[tuple[str, str, int], list[_PersonEntry]] = {}
        # People by each word of their name before the last: "Kim" for "Kim Jong Un".
        self._by_given: dict[str, list[_PersonEntry]] = {}
        # People with a role by role (and word suffix) and by the first word of their
        # body, in the order they were first named; filled once the names are read.
        self._by_role_index: dict[tuple[str, str | None], list[_PersonEntry]] = {}
        self._first_names: dict[str, list[str]] | None = None
        self._orgs: dict[str, Organization] = {}
        # Each body once, the most recently registered last.
        self._recent: dict[int, Organization] = {}
        # How often each body has spoken ([turns, order, body]), and the last body said
        # to have issued a statement or report; both read by `_reference_org`.
        self._turns: dict[int, tuple[int, int, Organization]] = {}
        self._statement_org: Organization | None = None
        self._main: Organization | None = None

    def _body_before(self, i: int, kind: OrgKind | None = None) -> Organization | None:
        """The last body the text names before mention *i* (of *kind*, when given)."""
        if self.positions is None or i >= len(self.positions):
            return None
        if kind is None:
            k = bisect.bisect_left(self._body_starts, self.positions[i])
            found = self.bodies[k - 1][1] if k else None
        else:
            starts, orgs = self._bodies_of_kind.get(kind, ([], []))
            k = bisect.bisect_left(starts, self.positions[i])
            found = orgs[k - 1] if k else None
        return self._org(found) if found is not None else None

    # ---- people

    def _first_names_before(self) -> dict[str, list[str]]:
        """Each word the text writes after a capitalised word, to those capitalised words."""
        if self._first_names is None:
            table: dict[str, list[str]] = {}
            for match in _WORD_PAIR.finditer(self.text):
                first = match.group(1)
                for key in _word_prefixes(match.group(2)):
                    table.setdefault(key, []).append(first)
            self._first_names = table
        return self._first_names

    def _full_name(self, name: str) -> str:
        """A surname alone takes the fullest "First Surname" found in the text."""
        if " " in name or not self.text:
            return name
        if _PLAIN_NAME.fullmatch(name):
            firsts = self._first_names_before().get(name, [])
        else:
            pattern = re.compile(r"\b([A-Z][\w'-]+)\s" + re.escape(name) + r"\b")
            firsts = [match.group(1) for match in pattern.finditer(self.text)]
        for first in firsts:
            if _is_name_token(first):
                return f"{first} {name}"
        return name

    def _index_name(self, entry: _PersonEntry, name: str) -> None:
        surname = _surname(name)
        same = self._by_surname.setdefault(surname, [])
        if not any(e is entry for e in same):
            same.append(entry)
        if len(surname) >= 6:
            shaped = self._by_shape.setdefault(_shape(surname), [])
            if not any(e is entry for e in shaped):
                shaped.append(entry)

    def _person(self, name: str) -> _PersonEntry:
        surname = _surname(name)
        candidates = list(self._by_surname.get(surname, ()))
        if len(surname) >= 6:
            first, last, size = _shape(surname)
            for length in range(max(6, size - 2), size + 3):
                # Only the people named last: a bounded look-back keeps this linear.
                shaped = self._by_shape.get((first, last, length), [])
                candidates.extend(shaped[-_RECENT_PEOPLE:])
        # The person named first among those the name can be.
        unique = {id(e): e for e in candidates}.values()
        for entry in sorted(unique, key=lambda e: e.order):
            if any(same_name(n, name) for n in entry.names):
                if name not in entry.names:
                    entry.names.add(name)
                    self._index_name(entry, name)
                if len(name.split()) > len(entry.name.split()):
                    entry.name = name
                    self._index_given(entry)
                return entry
        given = self._by_given_name(name)
        if given is not None:
            given.names.add(name)
            return given
        entry = _PersonEntry(self._full_name(name), {name}, order=len(self._people))
        entry.names.add(entry.name)
        self._people.append(entry)
        for known in entry.names:
            self._index_name(entry, known)
        self._index_given(entry)
        return entry

    def _index_given(self, entry: _PersonEntry) -> None:
        """Make *entry* findable by the words of its name before the last."""
        for word in entry.name.split()[:-1]:
            listed = self._by_given.setdefault(word, [])
            if not any(e is entry for e in listed):
                listed.append(entry)

    def _by_given_name(self, name: str) -> _PersonEntry | None:
        """
        The one person named with *name* as a word before the last of a longer name:
        "Tedros" (Tedros Adhanom Ghebreyesus), "Kim" (Kim Jong Un), "Lula" (Luiz Inacio
        Lula da Silva). None when the word is no single word or two people have it.
        """
        if " " in name or not name[:1].isupper() or name.lower() in _PARTICLE_WORDS:
            return None
        # Only people still named so: an entry's fullest name may have changed since.
        found = [e for e in self._by_given.get(name, ()) if name in e.name.split()[:-1]]
        return found[0] if len(found) == 1 else None

    def _index_role(self, entry: _PersonEntry) -> None:
        """Make *entry* findable by its role (call once its role and body are set)."""
        if entry.role is None:
            return
        place = _place_key(entry.organization)
        for key in _role_keys(entry.role):
            for slot in ((key, place), (key, "")):
                listed = self._by_role_index.setdefault(slot, [])
                bisect.insort(listed, entry, key=lambda e: e.order)

    def _by_role(self, role: str | None, org: Organization | None) -> _PersonEntry | None:
        """
        The first person named with *role* (or a role ending in it: "the governor" is
        the regional governor) whose body is in the same place as *org*.
        """
        if role is None:
            return None
        # A person with no body is in every place; with no *org*, so is everyone.
        slots = [(role, "")] if org is None else [(role, _place_key(org)), (role, None)]
        firsts = [listed[0] for slot in slots if (listed := self._by_role_index.get(slot))]
        return min(firsts, key=lambda e: e.order) if firsts else None

    # ---- organizations

    def _org(self, org: Organization) -> Organization:
        """One Organization object per body in the document, keyed by name or alias."""
        keys = [org.name.lower(), *(a.lower() for a in org.aliases)]
        if org.kind is OrgKind.OTHER and _short_name(org.name) and keys[0] not in self._orgs:
            # "NDRRMC spokesperson X": the body the text spelled out before.
            spelled = self._acronym(org.name)
            if spelled is not None:
                return spelled
        if org.kind is OrgKind.COMPANY and keys[0] not in self._orgs:
            # "Halvorsen's chief financial officer": "Halvorsen Logistics ASA" named before.
            for known in self._recent_orgs():
                if known.kind is OrgKind.COMPANY and known.name.startswith(org.name + " "):
                    return known
        if org.name.islower() and " " in org.name and keys[0] not in self._orgs:
            # "the head of the regional government": the body named before that fits.
            head = org.name.rsplit(maxsplit=1)[-1]
            for known in self._recent_orgs():
                if not known.name.islower() and _has_word(known, head):
                    return known
        for key in keys:
            if key in self._orgs:
                known = self._orgs[key]
                if len(org.name) > len(known.name) and known.name.lower() in keys:
                    break
                return known
        for key in keys:
            self._orgs[key] = org
        self._recent.pop(id(org), None)
        self._recent[id(org)] = org
        return org

    def _recent_orgs(self) -> list[Organization]:
        """The bodies registered last, most recent first (a bounded number of them)."""
        return list(itertools.islice(reversed(self._recent.values()), _RECENT_BODIES))

    def _acronym(self, letters: str) -> Organization | None:
        for org in self._recent_orgs():
            initials = "".join(
                # "U.S. Geological Survey" is "USGS", "CGT union" is "CGT": a dotted word
                # or an acronym gives all its letters.
                (w.replace(".", "") if "." in w or _is_acronym(w) else w[0])
                for w in org.name.split()
                if w[:1].isupper() and w.lower() not in {"of", "the"}
            )
            names = [org.name, *org.aliases]
            if letters in names or initials.startswith(letters) or letters in org.aliases:
                return org
            capitals = "".join(c for c in letters if c.isupper())
            if capitals != letters and len(capitals) >= 2 and initials == capitals:
                return org  # "TfL" for "Transport for London"
        return None

    # ---- main

    def resolve(self) -> list[Resolved]:
        """
        Return one `Resolved` per mention, in order.
        """
        entries: list[_PersonEntry | Organization | None] = [None] * len(self.mentions)
        owners: dict[int, Organization] = {}
        seen_org: Organization | None = None
        # Pass 1: named people, with the role and organization any mention gives them;
        # "its director" belongs to the body named last.
        for i, read in enumerate(self.mentions):
            lone = self._lone_body(i, read)
            if lone is not None:
                self.mentions[i] = attrs.evolve(
                    read, kind=MentionKind.ORGANIZATION, name=None, organization=lone
                )
            surname = self._surname_read_as_place(self.mentions[i])
            if surname is not None:
                self.mentions[i] = attrs.evolve(
                    self.mentions[i], kind=MentionKind.PERSON, name=surname, organization=None
                )
            placed = self._placed_later(i, self.mentions[i])
            if placed is not None:
                self.mentions[i] = attrs.evolve(self.mentions[i], organization=placed)
            named_mention = self.mentions[i]
            if named_mention.possessor:
                owner = seen_org or self._body_before(i)
                if owner is not None:
                    owners[i] = owner
            if named_mention.kind is MentionKind.ORGANIZATION and named_mention.organization:
                seen_org = self._org(named_mention.organization)
            if named_mention.kind is MentionKind.PERSON and named_mention.name:
                person = self._person(named_mention.name)
                if named_mention.role and person.role is None:
                    person.role = named_mention.role
                if person.gender is None:
                    person.gender = _gender_of(named_mention.text)
                given = named_mention.organization or owners.get(i)
                if given is not None and self._names_person(given):
                    given = None  # "Trump's lawyer, Marc Kasowitz": no body
                if given is None and named_mention.role in _CORPORATE_ROLES:
                    given = self._body_before(i, OrgKind.COMPANY)
                if (
                    given is None
                    and named_mention.role in _CORPORATE_ROLES
                    and seen_org is not None
                    and seen_org.kind is OrgKind.COMPANY
                ):
                    given = seen_org
                if (
                    named_mention.role in {"governor", "deputy governor"}
                    and seen_org is not None
                    and _has_word(seen_org, "bank")
                    and (given is None or given.name not in named_mention.text)
                ):
                    # "The Bank of England said ... Governor Andrew Bailey said": the
                    # bank's governor, not a region's the phrase does not name.
                    given = seen_org
                if given is None and seen_org is not None and named_mention.role:
                    *service, office_head = named_mention.role.split()
                    office = _OFFICE_OF_BODY.get(office_head)
                    if (office is not None and _has_word(seen_org, office)) or any(
                        w not in _RANKS and w != "chief" and _has_word(seen_org, w) for w in service
                    ):
                        # "The Electoral Commission said ... Commissioner X said", "The
                        # Los Angeles Fire Department said ... Fire Chief X said".
                        given = seen_org
                if given is not None:
                    given = self._org(given)
                if given is not None and (
                    person.organization is None or len(given.name) > len(person.organization.name)
                ):
                    person.organization = given
                entries[i] = person
        for person in self._people:
            if person.organization is not None and self._names_person(person.organization):
                # "Figueroa, a spokeswoman for Stein", Jill Stein named later: no body.
                person.organization = None
            self._index_role(person)
        # Pass 2: unnamed role holders are the named person with that role, or the next
        # named speaker with no role of their own.
        for i, unnamed in enumerate(self.mentions):
            if unnamed.kind is not MentionKind.ROLE or unnamed.indefinite:
                continue
            unnamed_org = unnamed.organization or owners.get(i)
            found = self._by_role(unnamed.role, unnamed_org)
            if found is None:
                for j in range(i + 1, min(i + 4, len(self.mentions))):
                    nxt = self.mentions[j]
                    named = entries[j]
                    if isinstance(named, _PersonEntry) and nxt.role is None and named.role is None:
                        named.role, named.organization = unnamed.role, unnamed_org
                        self._index_role(named)
                        found = named
                        break
                    if nxt.kind in {MentionKind.PERSON, MentionKind.ROLE}:
                        break
            entries[i] = found
        # Pass 3: references, in order, to the last speaker of their kind.
        results: list[Resolved] = []
        last_person: _PersonEntry | None = None
        # Where the last person was named, and the people who spoke, most recent last.
        last_at = -1
        spoken: list[_PersonEntry] = []
        last_org: Organization | None = None
        last_plural: Organization | None = None
        # The last unnamed official who spoke after the last named person ("a police
        # spokesman said ... He said"), with where they were mentioned.
        unnamed_at = -1
        last_unnamed: Resolved | None = None
        for i, m in enumerate(self.mentions):
            if last_org is None and m.kind in {MentionKind.PRONOUN, MentionKind.REFERENCE}:
                last_org = self._body_before(i)
            entry = entries[i]
            speaker: Person | Organization | None = None
            role: str | None = None
            org: Organization | None = None
            if (
                isinstance(entry, _PersonEntry)
                and m.possessor
                and entry.organization is None
                and last_org is not None
            ):
                # "The electoral commission said ... Its chairman, X, said": the body
                # only a description named, resolved by now.
                entry.organization = last_org
            if isinstance(entry, _PersonEntry):
                last_person = entry
                last_at = self._position(i, last_at)
                last_unnamed = None
            elif (
                m.kind is MentionKind.ROLE and m.organization and self._names_person(m.organization)
            ):
                # "A spokeswoman for Hillary Clinton": she speaks for the person.
                spoken_for = self._names_person(m.organization) or m.organization.name
                named_person = self._lookup(spoken_for)
                speaker = (
                    Person(
                        named_person.name, aliases=sorted(named_person.names - {named_person.name})
                    )
                    if named_person is not None
                    else Person(spoken_for)
                )
                results.append(self._spoke(i, Resolved(speaker, m.role, None)))
                continue
            elif m.kind is MentionKind.ROLE:
                # An unnamed official: the body speaks through them (not through a
                # former holder, who speaks for no one).
                owner = m.organization or owners.get(i) or (last_org if m.possessor else None)
                if m.role is not None and is_former(m.role):
                    owner = None
                org = self._org(owner) if owner else None
                last_unnamed = self._spoke(i, Resolved(org, m.role, org))
                unnamed_at = i
                results.append(last_unnamed)
                continue
            elif (
                m.kind is MentionKind.PRONOUN
                and m.reference in {"he", "she"}
                and last_unnamed is not None
                and _gender_of(self.mentions[unnamed_at].text) in {None, m.reference}
                and not self._subject_between(unnamed_at, i)
            ):
                # "a police spokesman said ... He said": the same unnamed official.
                results.append(self._spoke(i, last_unnamed))
                continue
            elif m.kind in {MentionKind.ORGANIZATION, MentionKind.GROUP} and m.organization:
                org = self._org(m.organization)
                if m.kind is not MentionKind.GROUP:
                    last_org = org
                last_plural = org
                results.append(self._spoke(i, Resolved(org, None, org)))
                continue
            elif m.kind is MentionKind.PRONOUN:
                if m.reference in {"he", "she"}:
                    entry = self._pronoun_person(i, m.reference, last_at, last_person, spoken)
                    if entry is not None and entry.gender is None:
                        entry.gender = m.reference
                    if entry is not None and entry is not last_person:
                        last_person = entry
                        last_at = self._position(i, last_at)
                elif m.reference == "i" or (m.reference == "who" and last_person is not None):
                    entry = last_person
                elif m.reference in {"it", "which", "that", "who"}:
                    if last_org is not None:
                        results.append(self._spoke(i, Resolved(last_org, None, last_org)))
                        continue
                elif last_plural is not None:
                    results.append(self._spoke(i, Resolved(last_plural, None, last_plural)))
                    continue
            elif m.kind is MentionKind.REFERENCE:
                target_org = self._reference_org(m, last_org)
                if target_org is not None:
                    last_org = target_org
                    results.append(self._spoke(i, Resolved(target_org, None, target_org)))
                    continue
                entry = self._reference_person(m, last_person)
                if entry is not None:
                    last_person = entry
            if isinstance(entry, _PersonEntry):
                if not spoken or spoken[-1] is not entry:
                    spoken.append(entry)
                speaker = Person(entry.name, aliases=sorted(entry.names - {entry.name}))
                role, org = entry.role, entry.organization
                if m.kind is MentionKind.PERSON and entry is not last_person:
                    last_person = entry
            elif m.kind is MentionKind.REFERENCE and m.role is not None:
                org = self._org(m.organization) if m.organization else None
                speaker, role = org, m.role
            results.append(self._spoke(i, Resolved(speaker, role, org)))
        return results

    def _names_person(self, org: Organization) -> str | None:
        """
        The person a body read from a phrase names, if it names one: a person of the
        document ("a spokeswoman for Stein"), or a titled name ("Senator Ana Lima").
        """
        if org.kind is not OrgKind.OTHER or _is_acronym(org.name):
            return None
        words = org.name.split()
        rest = list(words)
        while rest and (
            rest[0].lower() in lexicon.ROLE_HEADS
            or rest[0].lower() in lexicon.ROLE_MODIFIERS
            or rest[0].lower() in lexicon.TITLE_ABBREVIATIONS
        ):
            rest = rest[1:]
        if not 1 <= len(rest) <= 4 or not all(_is_name_token(w) for w in rest):
            return None
        known = self._lookup(" ".join(rest))
        if known is not None:
            return known.name
        return " ".join(rest) if len(rest) >= 2 and len(rest) < len(words) else None

    def _subject_between(self, i: int, j: int) -> bool:
        """Whether a person is named as a sentence subject between mentions *i* and *j*."""
        if self.positions is None or j >= len(self.positions) or not self.subjects:
            return False
        lo = bisect.bisect_right(self._subject_starts, self.positions[i])
        hi = bisect.bisect_left(self._subject_starts, self.positions[j])
        return any(self._subject(k) is not None for k in range(lo, hi))

    def _surname_read_as_place(self, m: Mention) -> str | None:
        """
        A lone word read as a place or body that is the last name of a person already
        named: "Nguyen Thi Mai, a spokeswoman, said ... Mai said" (Mai is also a town).
        """
        org = m.organization
        if m.kind is not MentionKind.ORGANIZATION or org is None:
            return None
        word = _clean(m.text)
        if " " in word or word != org.name or not word[:1].isupper() or _is_acronym(word):
            return None
        known = self._lookup(word) or self._by_given_name(word)
        return word if known is not None else None

    def _placed_later(self, i: int, m: Mention) -> Organization | None:
        """
        The body of an official whose place the sentence names only after the phrase:
        "Mayor Wang Lei said 19 people died in Zhengzhou", "Chancellor X said ... in
        Germany". The phrase is read again with the places known at the sentence's end.
        """
        if (
            self._context is None
            or self.positions is None
            or i >= len(self.positions)
            or m.kind not in {MentionKind.PERSON, MentionKind.ROLE}
            or m.role is None
            or m.possessor
            or m.indefinite
            or not _needs_place(m)
        ):
            return None
        end = self.positions[i] + len(m.text)
        stop = _SENTENCE_STOP.search(self.text, end)
        later = self._context(stop.start() if stop is not None else len(self.text))
        if later == self._context(end):
            return None
        again = analyse_phrase(m.text, m.name, places=later)
        if again.name != m.name or again.role != m.role or again.organization is None:
            return None
        return again.organization

    def _appositive_body(self, i: int, m: Mention) -> OrgKind | None:
        """
        The kind of body an appositive right after mention *i* describes: "Occurrence,
        an independent firm that counts protesters, put ..." gives a company. None when
        the appositive describes a person ("Dupont, a spokeswoman") or there is none.
        """
        if self.positions is None or i >= len(self.positions):
            return None
        after = _APPOSITIVE.match(self.text, self.positions[i] + len(m.text))
        return _describes_body(after.group(0)) if after is not None else None

    def _text_names(self) -> _TextNames:
        """The text's index for the lone-word checks, built by the first that needs it."""
        if self._names_index is None:
            self._names_index = _TextNames(self.text)
        return self._names_index

    def _lone_body(self, i: int, m: Mention) -> Organization | None:
        """
        The body a lone capitalised word (read as a surname) names, when the text says
        so: a body named before by that word ("Volkswagen AG", then "Volkswagen said"),
        or, for a word the text never gives a first name, a next speaker pointing back
        to a body ("Unilever said ... A spokeswoman for the company said").
        """
        name = m.name
        if (
            m.kind is not MentionKind.PERSON
            or not name
            or " " in name
            or m.role is not None
            or m.organization is not None
        ):
            return None
        where = self._position(i, -1)
        named = [*self._recent_orgs()]
        if where >= 0:
            k = bisect.bisect_left(self._body_starts, where)
            named.extend(org for _, org in reversed(self.bodies[max(0, k - _RECENT_BODIES) : k]))
        for org in named:
            first = org.name.split()[0]
            # A name some phrase made a body of ("a spokeswoman for Stein") is no proof.
            if (
                (name == org.name and org.kind is not OrgKind.OTHER)
                or name in org.aliases
                or (first == name and org.kind is OrgKind.COMPANY)
            ):
                return self._org(org)
        if (
            self._by_surname.get(_surname(name))
            or self._by_given_name(name) is not None
            or self._full_name(name) != name
        ):
            return None
        described = self._appositive_body(i, m)
        if described is not None:
            return Organization(name, described)
        if (
            where >= 0
            and _business_copy(self.text, name, where, self._text_names())
            and not _titled_in(self.text, name, self._text_names())
            and not _common_word(self.text, name, self._text_names())
            and not self._person_pronoun_follows(i)
        ):
            # "Nvidia said revenue rose 8%": company copy names a company by one word.
            return Organization(name, OrgKind.COMPANY)
        for nxt in self.mentions[i + 1 : i + 4]:
            if nxt.kind is MentionKind.PRONOUN and nxt.reference in {"he", "she", "i"}:
                return None
            if nxt.kind is MentionKind.PERSON and nxt.role is None:
                return None
            if (
                nxt.kind is MentionKind.PERSON
                and nxt.role in _CORPORATE_ROLES
                and nxt.organization is None
            ):
                # "Citigroup said ... Chief Executive Jane Fraser said": the company.
                return Organization(name, OrgKind.COMPANY)
            head = (nxt.reference or "").split()[-1:] or [""]
            if nxt.possessor or (
                nxt.kind is MentionKind.REFERENCE
                and nxt.role is None
                and (_is_company_word(head[0]) or head[0] in _AGENCY_REFERENCES)
            ):
                nouns = [
                    w
                    for w in _words(nxt.text.lower())
                    if _is_company_word(w) or w in _AGENCY_REFERENCES
                ]
                kind = lexicon.org_kind_of(nouns[0]) if nouns else None
                if kind is None and nxt.reference == "company":
                    kind = OrgKind.COMPANY  # "the iPhone maker" was read as "the company"
                return Organization(name, kind or OrgKind.OTHER)
            if nxt.kind is not MentionKind.PRONOUN:
                return None
        return None

    def _person_pronoun_follows(self, i: int) -> bool:
        """Whether "he" or "she" speaks among the next few mentions before anyone else."""
        for nxt in self.mentions[i + 1 : i + 4]:
            if nxt.kind is not MentionKind.PRONOUN:
                return False
            if nxt.reference in {"he", "she", "i"}:
                return True
        return False

    def _position(self, i: int, default: int) -> int:
        """Where mention *i* starts in the text (*default* when positions are unknown)."""
        if self.positions is None or i >= len(self.positions):
            return default
        return self.positions[i]

    def _lookup(self, name: str) -> _PersonEntry | None:
        """The person already named *name* (or a form of it), without adding anyone."""
        for entry in self._by_surname.get(_surname(name), ()):
            if any(same_name(n, name) for n in entry.names):
                return entry
        return None

    def _subject(self, k: int) -> Mention | None:
        """Subject phrase *k* read as a mention when it names a person, else None."""
        if k not in self._subject_mentions:
            where, phrase = self.subjects[k]
            ctx = self._context(where) if self._context is not None else PlaceContext()
            mention: Mention | None = analyse_phrase(phrase, places=ctx)
            if mention is not None and not self._plausible_subject(mention):
                mention = None
            self._subject_mentions[k] = mention
        return self._subject_mentions[k]

    def _plausible_subject(self, mention: Mention) -> bool:
        """
        Whether a sentence-opening phrase names a person ("The town's mayor, Jo Lee"),
        not "On Monday", "The Republican" or "Clinton's".
        """
        name = mention.name
        if mention.kind is not MentionKind.PERSON or not name:
            return False
        words = name.split()
        return words[0].lower() not in _NOT_NAME_OPENERS and not any(
            w.endswith(("’s", "'s", "’", ".")) and len(w) > 2 for w in words
        )

    def _pronoun_person(
        self,
        i: int,
        pronoun: str,
        last_at: int,
        last_person: _PersonEntry | None,
        spoken: list[_PersonEntry],
    ) -> _PersonEntry | None:
        """
        The person "he" or "she" (mention *i*) points to.

        Candidates, most recent first: people named as sentence subjects since the last
        person was named ("The mayor, Jo Lee, put the toll higher. ..., she said"), then
        the last person, then earlier speakers. The last person keeps the pronoun unless
        the text shows their gender differs ("he" bound to them before, "Mr", "chairman")
        or shows a more recent candidate's matches; otherwise the first candidate not
        shown to differ wins, and when every candidate differs the last person does.
        """
        where = self._position(i, -1)
        candidates: list[tuple[_PersonEntry | None, Mention | None]] = []
        if where >= 0 and self.subjects:
            lo = bisect.bisect_right(self._subject_starts, last_at)
            hi = bisect.bisect_left(self._subject_starts, where)
            for k in range(hi - 1, max(lo, hi - _SUBJECT_REACH) - 1, -1):
                named = self._subject(k)
                if named is not None:
                    candidates.append((self._lookup(named.name or ""), named))
        if last_person is not None:
            candidates.append((last_person, None))
        for earlier in reversed(spoken[-_SUBJECT_REACH:]):
            candidates.append((earlier, None))
        # A last person the text has not shown to differ keeps the pronoun against
        # anyone whose gender is unknown; only a revealed match displaces them.
        last_fits = last_person is not None and last_person.gender in {None, pronoun}
        for known, subject in candidates:
            if known is not None:
                gender = known.gender
            else:
                gender = _gender_of(subject.text) if subject is not None else None
            if gender is not None and gender != pronoun:
                continue
            if known is last_person and last_person is not None:
                return last_person
            if last_fits and gender is None:
                continue
            if known is not None:
                return known
            if subject is None or not subject.name:
                continue
            entry = self._person(subject.name)
            entry.role = entry.role or subject.role
            entry.organization = entry.organization or (
                self._org(subject.organization) if subject.organization else None
            )
            return entry
        return last_person

    def _spoke(self, i: int, resolved: Resolved) -> Resolved:
        """
        Note who mention *i* resolved to: how often each body has spoken so far, and
        which body issued the last statement or report the text mentions.
        """
        org = resolved.speaker
        # Unnamed groups ("officials", "many experts") are no story's main speaker.
        if isinstance(org, Organization) and org.kind is not OrgKind.GROUP:
            count, order, _ = self._turns.get(id(org), (0, len(self._turns), org))
            self._turns[id(org)] = (count + 1, order, org)
            best = self._turns.get(id(self._main), (0, 0, org)) if self._main else None
            if best is None or (count + 1, -order) > (best[0], -best[1]):
                self._main = org
            if self.positions is not None and i < len(self.positions):
                where = self.positions[i]
                window = self.text[where : where + _STATEMENT_REACH]
                stop = _SENTENCE_STOP.search(window)
                window = window[: stop.start()] if stop is not None else window
                if _IN_A_STATEMENT.search(window):
                    self._statement_org = org
        return resolved

    def _dominant(self) -> Organization | None:
        """The body that has spoken most so far (the first to speak on a tie)."""
        return self._main

    def _reference_org(self, m: Mention, last_org: Organization | None) -> Organization | None:
        """ "the service", "the UN office", "the SES": the organization pointed back to."""
        ref = (m.reference or "").lower()
        if m.reference and m.reference.isupper():
            found = self._acronym(m.reference)
            if found is not None:
                return found
            known = _known_org(m.reference)
            if known is None and _body_acronym(m.reference):
                # An acronym named nowhere before ("FEMA said") is a body all the same.
                known = Organization(m.reference, OrgKind.OTHER)
            return self._org(known) if known else None
        if m.role is not None:
            return None
        if m.organization is not None:
            wanted = m.organization
            for org in self._recent_orgs():
                if org.name == wanted.name or wanted.name in org.aliases:
                    return org
                if (
                    wanted.name.islower()
                    and " " not in wanted.name
                    and org.kind is wanted.kind
                    and _has_word(org, wanted.name)
                ):
                    return org  # "the police" after "the Lyon police"
                if (
                    org.kind is OrgKind.INTERNATIONAL
                    and wanted.kind is OrgKind.INTERNATIONAL
                    and "united nations" in org.name.lower()
                    and "united nations" in wanted.name.lower()
                ):
                    return org
                if (
                    wanted.aliases
                    and wanted.aliases[0] in org.name
                    and org.kind is not OrgKind.COUNTRY
                ):
                    return org
            return self._org(wanted)
        if ref.startswith(("un ", "united nations ")):
            for org in self._recent_orgs():
                if "united nations" in org.name.lower():
                    return org
        words = ref.split()
        head = words[-1] if words else ""
        if head not in lexicon.SOURCE_REFERENCE_WORDS:
            return None
        candidates = self._recent_orgs()
        if len(words) >= 2:
            # "the regional civil protection agency" is the "Civil Protection Agency" named.
            tail = " ".join(words[-2:])
            for org in candidates:
                if tail in org.name.lower() and org.kind is not OrgKind.COUNTRY:
                    return org
        specific = any(_POSSESSIVE.search(w) for w in words)
        if not specific and head in _DOCUMENT_WORDS:
            # "the statement": the body that issued the last one named, else the story's
            # main speaker, else the last body.
            return self._statement_org or self._dominant() or last_org
        head_kind = lexicon.org_kind_of(head)
        if (
            last_org is not None
            and not specific
            and len(words) > 1
            and head in last_org.name.lower()
        ):
            return last_org
        if len(words) == 1:
            # "the service", "the agency": the last body that fits the word (by its name,
            # else by its kind), else the story's main speaker, else the last body.
            fits = [
                *(org for org in candidates if _has_word(org, head)),
                *(org for org in candidates if head_kind is not None and org.kind is head_kind),
            ]
            # The last body stands unless its kind says it is something else.
            if last_org is not None and (
                _has_word(last_org, head) or last_org.kind in {head_kind, OrgKind.OTHER}
            ):
                return last_org
            if fits:
                return fits[0]
            if head in _MAKERS:
                return None  # "the pollster" with no company named: no one
            return self._dominant() or last_org
        if not specific and _is_company_word(head):
            # "The Danish shipping group", "the chipmaker": the company named last.
            company = next((org for org in candidates if org.kind is OrgKind.COMPANY), None)
            if company is not None:
                return company
        # A body described for the first time: the description is its name.
        described = _clean(m.text)
        if described.lower().startswith(("the ", "a ", "an ")):
            described = described.split(" ", 1)[1]
        kind = lexicon.org_kind_of(described) or OrgKind.AGENCY
        return self._org(Organization(described, kind))

    def _reference_person(self, m: Mention, last: _PersonEntry | None) -> _PersonEntry | None:
        """ "the mayor", "the official": the last person with that role, or any person."""
        if m.role is not None and m.role not in _LOOSE_ROLE_REFERENCES:
            found = self._by_role(m.role, None)
            if found is not None:
                return found
            if last is not None and last.role is None:
                return last
            return None
        head = (m.reference or "").split()[-1] if m.reference else ""
        if m.role in _LOOSE_ROLE_REFERENCES or head in lexicon.PERSON_REFERENCE_WORDS:
            return last
        return None

    # ---- document lists

    def people(self) -> list[Person]:
        """
        The people named in the document (call after `resolve`).
        """
        return [Person(e.name, aliases=sorted(e.names - {e.name})) for e in self._people]

    def organizations(self) -> list[Organization]:
        """
        The organizations named in the document, each once (call after `resolve`).
        """
        seen: dict[str, Organization] = {}
        for org in self._orgs.values():
            seen.setdefault(org.name, org)
        for entry in self._people:
            if entry.organization is not None:
                seen.setdefault(entry.organization.name, entry.organization)
        return list(seen.values())

    def affiliations(self, valid: Period | None = None) -> list[Affiliation]:
        """
        One affiliation per person with a role, valid over *valid* (call after `resolve`).
        """
        period = valid or Period()
        return [
            Affiliation(
                Person(e.name, aliases=sorted(e.names - {e.name})), e.role, e.organization, period
            )
            for e in self._people
            if e.role
        ]
