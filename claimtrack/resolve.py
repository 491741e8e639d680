"""
Who is who across documents: one key per person or organization, whatever the spelling.

News spells the same people differently (Ihor / Igor Terekhov; Syniehubov / Synehubov /
Synegubov), shortens them ("Terekhov", "Mayor Terekhov"), describes them ("Kharkiv's
mayor") and names bodies many ways ("the SES", "Ukraine's emergency service"). A
`Resolver` collects every name it is shown, clusters them in one batch (so the result does
not depend on the order documents arrive in), and answers `canonical(name)`.

People are clustered on a transliteration-folding key of the last name plus agreement of
the first initial; organizations on their content words (nationality adjectives read as
countries, "UN" as "United Nations") and on acronyms built from initials. Alias tables and
hand decisions (`merge`, `split`) come on top and are kept in a replayable log.
"""

from __future__ import annotations

import difflib
import enum
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from functools import lru_cache

import attrs
import pendulum

from claimtrack.errors import GraphError, UnknownEntityError
from claimtrack.model import Affiliation, Organization, Person, to_datetime
from claimtrack.serialize import register_type

__all__ = [
    "Decision",
    "DecisionKind",
    "EntityKind",
    "Resolver",
    "acronyms",
    "fold",
    "org_tokens",
    "person_parts",
]


class EntityKind(str, enum.Enum):
    """
    Whether an entity is a person or an organization.
    """

    PERSON = "person"
    ORGANIZATION = "organization"


class DecisionKind(str, enum.Enum):
    """
    A hand decision about who is who.
    """

    MERGE = "merge"
    SPLIT = "split"


@attrs.frozen
class Decision:
    """
    A person's decision that two names are one entity (`merge`) or that a name is its own
    entity (`split`), with who, when and why; the log replays in order.

    Examples:
        >>> Decision(DecisionKind.MERGE, "Terekhov", "Ihor Terekhov", by="desk",
        ...          on="2022-03-03T09:00:00Z").kind.value
        'merge'
    """

    kind: DecisionKind = attrs.field(converter=DecisionKind)
    name: str
    other: str | None
    by: str
    on: pendulum.DateTime = attrs.field(converter=to_datetime)
    note: str = ""


register_type(Decision)


# --------------------------------------------------------------------------- folding

# Romanisation variants, applied in order: Ukrainian and Russian names reach English
# through several systems (Ihor/Igor, Kharkiv/Kharkov, Syniehubov/Synegubov).
_FOLDS: tuple[tuple[str, str], ...] = (
    ("kh", "h"),
    ("zh", "z"),
    ("ts", "c"),
    ("tz", "c"),
    ("ph", "f"),
    ("w", "v"),
    ("g", "h"),
    ("iy", "i"),
    ("yi", "i"),
    ("ie", "e"),
    ("ye", "e"),
    ("j", "y"),
    ("y", "i"),
)

# Apostrophes and soft signs vanish in folding ("Mykola'iv", "Zelens'kyi").
_APOSTROPHES = re.compile(r"['’ʼ`ʹ]")
# Runs of the same letter ("Zelenskyy" -> "zelensky").
_DOUBLES = re.compile(r"(\w)\1+")
# Anything that is not a letter, digit or space.
_NON_WORD = re.compile(r"[^\w\s]")
# Whitespace runs.
_SPACES = re.compile(r"\s+")


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """
    Return the transliteration-folding key of a name: lower case, no accents, common
    Ukrainian and Russian romanisation variants folded, doubled letters single.

    Examples:
        >>> {fold(n) for n in ["Syniehubov", "Synehubov", "Synegubov", "Synyehubov"]}
        {'sinehubov'}
        >>> fold("Igor") == fold("Ihor"), fold("Zelenskyy") == fold("Zelenskiy")
        (True, True)
    """
    text = _APOSTROPHES.sub("", _plain(word))
    text = _NON_WORD.sub(" ", text)
    for old, new in _FOLDS:
        text = text.replace(old, new)
    text = _DOUBLES.sub(r"\1", text)
    return _SPACES.sub(" ", text).strip()


# Titles and honorifics that precede a name ("Mayor Terekhov", "Gov. Synehubov").
_TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "sir",
        "dame",
        "lord",
        "lady",
        "mayor",
        "governor",
        "gov",
        "president",
        "pres",
        "minister",
        "general",
        "gen",
        "colonel",
        "col",
        "major",
        "lieutenant",
        "lt",
        "captain",
        "capt",
        "sergeant",
        "sgt",
        "senator",
        "sen",
        "representative",
        "rep",
        "deputy",
        "chief",
        "commander",
        "judge",
        "justice",
        "father",
        "rev",
        "reverend",
        "sheikh",
        "prime",
        "premier",
        "chancellor",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "ambassador",
        "head",
        "regional",
        "city",
        "state",
        "foreign",
        "defence",
        "defense",
        "interior",
        "health",
        "the",
    ]
)
# Name particles that belong to the last name ("de", "van der").
_PARTICLES = frozenset(
    [
        "de",
        "da",
        "del",
        "della",
        "di",
        "du",
        "van",
        "von",
        "der",
        "den",
        "la",
        "le",
        "al",
        "el",
        "bin",
        "ibn",
    ]
)
# Generational suffixes dropped from the last name.
_SUFFIXES = frozenset(["jr", "sr", "ii", "iii", "iv"])


def person_parts(name: str) -> tuple[str, str]:
    """
    Return the folded (first names, last name) of a person's name, titles removed.

    Examples:
        >>> person_parts("Mayor Ihor Terekhov")
        ('ihor', 'terehov')
        >>> person_parts("Terekhov")
        ('', 'terehov')
    """
    words = [w for w in _SPACES.split(_NON_WORD.sub(" ", _APOSTROPHES.sub("", name))) if w]
    while len(words) > 1 and words[0].lower().rstrip(".") in _TITLES:
        words.pop(0)
    while len(words) > 1 and words[-1].lower().rstrip(".") in _SUFFIXES:
        words.pop()
    if not words:
        return "", ""
    last_start = len(words) - 1
    while last_start > 1 and words[last_start - 1].lower() in _PARTICLES:
        last_start -= 1
    return fold(" ".join(words[:last_start])), fold(" ".join(words[last_start:]))


# --------------------------------------------------------------------------- organizations

# Nationality adjectives read as their country, so "Ukrainian state emergency service"
# and "State Emergency Service of Ukraine" share their words.
_DEMONYMS: dict[str, str] = {
    "ukrainian": "ukraine",
    "russian": "russia",
    "american": "united states",
    "british": "united kingdom",
    "french": "france",
    "german": "germany",
    "polish": "poland",
    "belarusian": "belarus",
    "chinese": "china",
    "turkish": "turkey",
    "israeli": "israel",
    "palestinian": "palestine",
    "syrian": "syria",
    "iranian": "iran",
    "iraqi": "iraq",
    "indian": "india",
    "japanese": "japan",
    "european": "europe",
    "nigerian": "nigeria",
    "spanish": "spain",
    "italian": "italy",
}
# Short forms spelled out before comparing.
_EXPANSIONS: dict[str, str] = {
    "un": "united nations",
    "u n": "united nations",
    "us": "united states",
    "u s": "united states",
    "usa": "united states",
    "uk": "united kingdom",
    "eu": "european union",
    "dept": "department",
    "govt": "government",
    "intl": "international",
}
# Words that carry no identity in an organization's name.
_ORG_STOP = frozenset(["the", "of", "for", "and", "on", "in", "at", "to", "a", "an", "s"])
# Country and union words: a name made only of these is a country, never a part of a body.
_PLACE_WORDS = frozenset(
    {w for v in _DEMONYMS.values() for w in v.split()}
    | {"united", "nations", "states", "kingdom", "union", "european"}
)
# "(OHCHR)" after a body's name gives its acronym.
_PAREN_ACRONYM = re.compile(r"\(\s*([A-Z][A-Za-z.&]{1,9})\s*\)")
# A name written as an acronym: two to eight capitals, optional dots.
_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,8}$")


def _clean_org(name: str) -> str:
    name = _PAREN_ACRONYM.sub(" ", name)
    name = re.sub(r"^\s*the\s+", "", name, flags=re.IGNORECASE)
    return _SPACES.sub(" ", name).strip()


@lru_cache(maxsize=100_000)
def org_tokens(name: str) -> tuple[str, ...]:
    """
    Return the content words of an organization's name, normalised for comparison.

    Examples:
        >>> org_tokens("Ukraine's emergency service")
        ('ukraine', 'emergency', 'service')
        >>> org_tokens("the UN human rights office")
        ('united', 'nations', 'human', 'rights', 'office')
    """
    text = _plain(_clean_org(name))
    text = re.sub(r"['’]s\b", "", text)
    text = _NON_WORD.sub(" ", _APOSTROPHES.sub("", text))
    words: list[str] = []
    for word in text.split():
        expanded = _EXPANSIONS.get(word, _DEMONYMS.get(word, word))
        words.extend(w for w in expanded.split() if w not in _ORG_STOP)
    return tuple(words)


def acronyms(name: str) -> frozenset[str]:
    """
    Return the acronyms a multi-word organization name may be written as: the initials
    of its content words, with and without country and union words.

    Examples:
        >>> sorted(acronyms("State Emergency Service of Ukraine"))
        ['SES', 'SESU']
        >>> "OHCHR" in acronyms("Office of the United Nations High Commissioner for Human Rights")
        True
    """
    found = {m.group(1).replace(".", "").upper() for m in _PAREN_ACRONYM.finditer(name)}
    words = org_tokens(name)
    if len(words) >= 2:
        found.add("".join(w[0] for w in words).upper())
        core = [w for w in words if w not in _PLACE_WORDS]
        if len(core) >= 2:
            found.add("".join(w[0] for w in core).upper())
    return frozenset(found)


# --------------------------------------------------------------------------- descriptions

_ROLE_WORDS = (
    "mayor|governor|head|president|minister|spokesperson|spokesman|spokeswoman|chief|"
    "director|commander|secretary|ambassador|chairman|chairwoman|chair|ceo|leader|"
    "prosecutor|ombudsman|ombudsperson|official|premier|chancellor"
)
# "Kharkiv's mayor", "the mayor of Kharkiv", "the regional governor": a role, maybe an
# organization, and no personal name. Each part is a bounded run of words.
_DESCRIPTION = re.compile(
    rf"^(?:the\s+)?(?:(?P<org1>[\w.\- ]{{1,60}}?)['’]s\s+)?"
    rf"(?P<role>(?:[a-z\-]+\s+){{0,2}}?(?:{_ROLE_WORDS}))"
    rf"(?:\s+of\s+(?:the\s+)?(?P<org2>[\w.\-' ]{{1,80}}))?$",
    re.IGNORECASE,
)


# Words that place a role rather than name it: "the regional governor" is the governor.
_ROLE_MODIFIERS = frozenset(
    [
        "regional",
        "city",
        "state",
        "local",
        "national",
        "provincial",
        "county",
        "municipal",
        "federal",
        "district",
        "oblast",
        "the",
        "of",
        "'s",
    ]
)
# Offices one person holds at a time, as `role_words` gives them.
_ONE_HOLDER = frozenset(
    frozenset(office.split())
    for office in (
        "mayor",
        "governor",
        "president",
        "premier",
        "chancellor",
        "sheriff",
        "prefect",
        "emir",
        "king",
        "queen",
        "head",
        "chairman",
        "chairwoman",
        "chair",
        "ceo",
        "chief executive",
        "prime minister",
        "first minister",
        "chief minister",
        "attorney general",
        "police chief",
        "chief police",
        "fire chief",
        "governor-general",
    )
)
# Words that make a role another one: the deputy mayor, the former mayor.
_NOT_THE_HOLDER = frozenset(["deputy", "vice", "assistant", "former", "ex", "late", "acting"])


def role_words(role: str) -> frozenset[str]:
    """
    Return the words of a role that say which role it is, folded: "the regional
    governor" and "Governor" are both {"governor"}; "deputy governor" is not.

    Examples:
        >>> sorted(role_words("Regional Governor")), sorted(role_words("chief of police"))
        (['governor'], ['chief', 'police'])
    """
    words = _plain(role).lower().replace("’", "'").replace("'s ", " ").split()
    return frozenset(w for w in words if w not in _ROLE_MODIFIERS)


def one_holder(role: str) -> bool:
    """
    Return whether one person holds *role* at a time for a body or place: the mayor, the
    governor, the health minister; not a senator, a minister, a spokesperson or a deputy.

    Examples:
        >>> one_holder("regional governor"), one_holder("health minister")
        (True, True)
        >>> one_holder("senator"), one_holder("minister"), one_holder("deputy mayor")
        (False, False, False)
    """
    words = role_words(role)
    if not words or words & _NOT_THE_HOLDER:
        return False
    # A minister with a portfolio ("health minister", "minister of health").
    return words in _ONE_HOLDER or ("minister" in words and len(words) > 1)


def _description(name: str) -> tuple[str, str | None] | None:
    """Return (role, organization) when *name* describes a role rather than names someone."""
    match = _DESCRIPTION.match(name.strip())
    if match is None:
        return None
    return match.group("role").lower(), match.group("org1") or match.group("org2")


# --------------------------------------------------------------------------- resolver


class _Clusters:
    """Union-find over names."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        parent = self.parent
        parent.setdefault(x, x)
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The smaller string wins so the root does not depend on call order.
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


_SIMILARITY = 0.85
"""difflib ratio two folded last names must reach to be one person's."""
_NEIGHBOURS = 6
"""How many neighbours in sorted order each last name is compared with."""


class Resolver:
    """
    Cluster person and organization names into entities with one canonical name each.

    Args:
        aliases: A mapping from a canonical name to the variants that mean it.

    Examples:
        >>> r = Resolver()
        >>> for name in ["Ihor Terekhov", "Igor Terekhov", "Mayor Terekhov", "Ihor Terekhov"]:
        ...     r.observe(Person(name), source_id="s1")
        >>> r.canonical("Igor Terekhov"), r.key(Person("Terekhov"))
        ('Ihor Terekhov', 'person:ihor terekhov')
        >>> r.observe(Organization("State Emergency Service of Ukraine"), source_id="s2")
        >>> r.canonical("the SES")
        'State Emergency Service of Ukraine'

    Notes:
        Clustering runs once over the distinct names (not the mentions), blocked by the
        folded last name (people) and by shared words (organizations), so it stays close
        to linear in the number of distinct names.
    """

    def __init__(self, aliases: Mapping[str, Iterable[str]] | None = None) -> None:
        self._aliases: dict[str, str] = {}
        # Aliases that entities carry themselves: they join names into one entity but,
        # unlike the user's alias tables, never choose its label (so the label does not
        # depend on which document came first).
        self._declared: set[tuple[str, str]] = set()
        self._counts: dict[EntityKind, Counter[str]] = {k: Counter() for k in EntityKind}
        # The names each source mentions (a list: a source names a few, and there are
        # many sources).
        self._in_source: dict[str, list[str]] = defaultdict(list)
        self._affiliations: list[Affiliation] = []
        # The affiliations by each word of their role, then by their organization's
        # folded name ("" for none): `describe` reads only those that can match.
        self._by_role: dict[str, dict[str, list[Affiliation]]] = defaultdict(
            lambda: defaultdict(list)
        )
        self._decisions: list[Decision] = []
        self._table: dict[EntityKind, dict[str, str]] | None = None
        # Indexes of the table by person parts, organization tokens and acronyms, and
        # the table they were built from (see `_indexes`).
        self._index_of: object = None
        self._index: tuple[
            dict[tuple[str, str], str],
            dict[tuple[str, ...], tuple[int, str]],
            dict[str, tuple[int, str]],
        ] = ({}, {}, {})
        self._org_names_of: object = None
        self._org_names_map: dict[str, list[str]] = {}
        self._first_words_of: object = None
        self._first_words_map: dict[str, str] = {}
        self._ambiguous: dict[str, list[str]] = {}
        self._amb: dict[str, list[str]] = {}
        self._labels: dict[str, str] = {}
        if aliases:
            self.add_aliases(aliases)

    # ---- input

    def add_aliases(self, aliases: Mapping[str, Iterable[str]]) -> None:
        """
        Say that each variant names the entity with the canonical name.

        Raises:
            GraphError: If the table is not names mapped to a name or names (nothing is
                added then).

        Examples:
            >>> Resolver().add_aliases({"Ihor Terekhov": 5})
            Traceback (most recent call last):
            ...
            claimtrack.errors.GraphError: aliases of 'Ihor Terekhov' must be a name or names, got 5
        """
        table: list[tuple[str, list[object]]] = []
        given: object = aliases  # checked: it often comes from a user's file
        if not isinstance(given, Mapping):
            msg = f"aliases must map canonical names to variants, got {aliases!r}"
            raise GraphError(msg)
        for canonical, variants in given.items():
            names: object = [variants] if isinstance(variants, str) else variants
            if not isinstance(canonical, str) or not isinstance(names, Iterable):
                msg = f"aliases of {canonical!r} must be a name or names, got {variants!r}"
                raise GraphError(msg)
            names = list(names)
            if not all(isinstance(name, str) for name in names):
                msg = f"aliases of {canonical!r} must be a name or names, got {variants!r}"
                raise GraphError(msg)
            table.append((canonical, names))
        for canonical, names in table:
            self._aliases[canonical] = canonical
            for variant in names:
                self._aliases[str(variant)] = canonical
        self._table = None

    def observe(
        self, entity: Person | Organization, *, source_id: str | None = None, count: int = 1
    ) -> None:
        """
        Record a mention of a person or an organization (with its aliases).
        """
        kind = EntityKind.PERSON if isinstance(entity, Person) else EntityKind.ORGANIZATION
        names = self._counts[kind]
        before = len(names)
        names[entity.name] += count
        for alias in entity.aliases:
            names[alias] += 0
            self._declared.add((entity.name, alias))
        if isinstance(entity, Organization):
            for found in _PAREN_ACRONYM.finditer(entity.name):
                names[found.group(1)] += 0
        if source_id is not None:
            present = self._in_source[source_id]
            if entity.name not in present:
                present.append(entity.name)
        if len(names) != before or entity.aliases:
            self._table = None

    def add_affiliation(self, affiliation: Affiliation) -> None:
        """
        Record that a person holds a role, so descriptions ("Kharkiv's mayor") resolve.
        """
        self._affiliations.append(affiliation)
        org = affiliation.organization
        for word in role_words(affiliation.role):
            self._by_role[word][fold(org.name) if org is not None else ""].append(affiliation)
        self.observe(affiliation.person)
        if affiliation.organization is not None:
            self.observe(affiliation.organization)

    # ---- decisions

    def merge(
        self, name_a: str, name_b: str, *, by: str, note: str = "", on: object = None
    ) -> Decision:
        """
        Decide by hand that two names are one entity; return the logged decision.
        """
        decision = Decision(DecisionKind.MERGE, name_a, name_b, by, _now(on), note)
        self.apply(decision)
        return decision

    def split(self, name: str, *, by: str, note: str = "", on: object = None) -> Decision:
        """
        Decide by hand that *name* is an entity of its own; return the logged decision.
        """
        decision = Decision(DecisionKind.SPLIT, name, None, by, _now(on), note)
        self.apply(decision)
        return decision

    def apply(self, decision: Decision) -> None:
        """
        Replay a logged decision (a store calls this when rebuilding a graph).

        Raises:
            GraphError: If *decision* is not a Decision naming its entities with strings
                (a merge needs both names).

        Examples:
            >>> Resolver().merge("Terekhov", None, by="desk")  # doctest: +ELLIPSIS
            Traceback (most recent call last):
            ...
            claimtrack.errors.GraphError: cannot apply ...: a merge needs two names
        """
        given: object = decision  # checked: it may come from a damaged log
        if not isinstance(given, Decision) or not isinstance(given.name, str):
            msg = f"cannot apply {decision!r}: give a Decision naming an entity"
            raise GraphError(msg)
        if decision.kind is DecisionKind.MERGE and not isinstance(decision.other, str):
            msg = f"cannot apply {decision!r}: a merge needs two names"
            raise GraphError(msg)
        self._decisions.append(decision)
        self._table = None

    def decisions(self) -> list[Decision]:
        """
        Return the hand decisions, oldest first.
        """
        return list(self._decisions)

    # ---- answers

    def canonical(self, name: str | Person | Organization) -> str:
        """
        Return the canonical name of the entity *name* names.

        Raises:
            UnknownEntityError: If no observed person or organization has that name.
        """
        key = self.key(name)
        return self._names[key]

    def known(self, name: str) -> str | None:
        """
        Return the key of the body or person written exactly *name* in some document
        (a body first), else of the one body whose name opens with that single word
        ("Acme" for "Acme Corp", when no other body's name does); None for a name never
        seen. Dict look-ups, no clustering.

        Examples:
            >>> r = Resolver()
            >>> r.observe(Organization("Acme Corp"))
            >>> r.known("Acme Corp"), r.known("Acme"), r.known("Globex")
            ('organization:acme corp', 'organization:acme corp', None)
        """
        table = self._built()
        found = table[EntityKind.ORGANIZATION].get(name) or table[EntityKind.PERSON].get(name)
        if found is None and " " not in name:
            found = self._first_words().get(name)
        return found

    def _first_words(self) -> dict[str, str]:
        """Bodies of two words or more by their first word, where one body alone has it."""
        table = self._built()
        if self._first_words_of is not table:
            keys: dict[str, set[str]] = defaultdict(set)
            for written, key in table[EntityKind.ORGANIZATION].items():
                words = written.split()
                if len(words) >= 2 and words[0][:1].isupper() and words[0].lower() != "the":
                    keys[words[0]].add(key)
            self._first_words_of = table
            self._first_words_map = {w: next(iter(k)) for w, k in keys.items() if len(k) == 1}
        return self._first_words_map

    def key(
        self,
        name: str | Person | Organization,
        *,
        source_id: str | None = None,
        when: object = None,
    ) -> str:
        """
        Return the entity key ("person:ihor terekhov") of *name*.

        Args:
            name: A name, an entity key, a Person or an Organization.
            source_id: The document the name appears in (to settle ambiguous short names).
            when: The day it was said (to read descriptions through affiliations).

        Raises:
            UnknownEntityError: If the name is not known.
        """
        table = self._built()
        if isinstance(name, (Person, Organization)):
            kinds = [EntityKind.PERSON if isinstance(name, Person) else EntityKind.ORGANIZATION]
            text = name.name
        elif not isinstance(name, str):
            msg = f"{name!r} is not a name: give a str, a Person or an Organization"  # type: ignore[unreachable]
            raise UnknownEntityError(msg)
        else:
            text = name
            if ":" in text and text.split(":", 1)[0] in {"person", "organization"}:
                if text in self._names:
                    return text
                kind_text, text = text.split(":", 1)
                kinds = [EntityKind(kind_text)]
            else:
                kinds = [EntityKind.PERSON, EntityKind.ORGANIZATION]
        for kind in kinds:
            found = self._lookup(kind, text, source_id, when, table)
            if found is not None:
                return found
        # A new spelling: cluster it with the known names (it adds no mention).
        for kind in kinds:
            if _description(text) is not None or not text.strip():
                continue
            self._counts[kind][text] += 0
            self._table = None
            found = self._lookup(kind, text, source_id, when, self._built())
            if found is not None and self._names_in(found) > 1:
                return found
            del self._counts[kind][text]
            self._table = None
        msg = f"no person or organization named {text!r} is known"
        raise UnknownEntityError(msg)

    def context_free(self, name: str) -> bool:
        """
        Return whether *name* resolves the same in every document and on every day (it is
        neither an ambiguous short name nor a description such as "the mayor").
        """
        self._built()
        return name not in self._ambiguous and _description(name) is None

    def _names_in(self, key: str) -> int:
        return sum(1 for k in self._built().values() for v in k.values() if v == key)

    def entities(self) -> dict[str, list[str]]:
        """
        Return each entity key with the names it was written as.
        """
        table = self._built()
        out: dict[str, list[str]] = defaultdict(list)
        for kind in EntityKind:
            for name, key in table[kind].items():
                out[key].append(name)
        return {k: sorted(v) for k, v in sorted(out.items())}

    def label(self, key: str) -> str:
        """
        Return the canonical name for an entity key.
        """
        self._built()
        return self._names.get(key, key.split(":", 1)[-1])

    def describe(self, role: str, organization: str | None, when: object = None) -> str | None:
        """
        Return the key of the person holding *role* (for *organization*) on *when*.

        Examples:
            >>> from claimtrack.model import Affiliation, Period
            >>> r = Resolver()
            >>> r.add_affiliation(Affiliation(Person("Ihor Terekhov"), "mayor",
            ...                               Organization("Kharkiv"), Period("2020-11-01")))
            >>> r.describe("mayor", "Kharkiv", "2022-08-30")
            'person:ihor terekhov'
        """
        org_key = None
        organization = (organization or "").strip() or None  # "the  's mayor" names none
        # The folded names an affiliation's organization may carry to match: any name of
        # the same entity, or the very name given when the resolver does not know it.
        names: set[str] | None = None
        if organization:
            names = {fold(organization)}
            try:
                org_key = self.key(Organization(organization))
            except UnknownEntityError:
                org_key = None
            if org_key is not None:
                names.update(fold(n) for n in self._org_names().get(org_key, ()))
        found: set[str] = set()
        wanted = role_words(role)
        for word in wanted:
            by_org = self._by_role.get(word)
            if by_org is None:
                continue
            # With an organization given, only affiliations with one of its names (a
            # "mayor" of no known city is not Kharkiv's); else every one.
            groups = list(by_org.values()) if names is None else [by_org.get(n) for n in names]
            for group in groups:
                for aff in group or ():
                    if role_words(aff.role) != wanted:
                        continue  # "city attorney" is no "attorney general"
                    if when is not None and not aff.holds_on(when):
                        continue
                    # A holder written as a description ("Kharkiv's press secretary")
                    # names nobody, and resolving it would describe the same role
                    # again, forever.
                    if _description(aff.person.name) is not None:
                        continue
                    found.add(self.key(aff.person))
                    if len(found) > 1:
                        return None  # two holders: the description names no one
        return found.pop() if found else None

    def _org_names(self) -> dict[str, list[str]]:
        """Each organization key with the names written for it, once per build."""
        table = self._built()
        if self._org_names_of is not table:
            out: dict[str, list[str]] = defaultdict(list)
            for name, key in table[EntityKind.ORGANIZATION].items():
                out[key].append(name)
            self._org_names_of, self._org_names_map = table, out
        return self._org_names_map

    # ---- clustering

    @property
    def _names(self) -> dict[str, str]:
        self._built()
        return self._labels

    def _lookup(
        self,
        kind: EntityKind,
        text: str,
        source_id: str | None,
        when: object,
        table: dict[EntityKind, dict[str, str]],
    ) -> str | None:
        known = table[kind]
        if kind is EntityKind.PERSON:
            described = _description(text)
            if described is not None:
                found = self.describe(described[0], described[1], when)
                if found is not None or text not in known:
                    return found
        if text in known:
            if kind is EntityKind.PERSON and text in self._ambiguous:
                return self._settle(text, source_id)
            return known[text]
        people, tokens, letters = self._indexes(table)
        if kind is EntityKind.PERSON:
            return people.get(person_parts(text))
        # The first known name (in table order) with the same tokens, or, when *text* is
        # an acronym, one of whose acronyms it is.
        candidates = [tokens.get(org_tokens(text))]
        if _ACRONYM.match(_clean_org(text)):
            candidates.append(letters.get(_clean_org(text).replace(".", "")))
        hits = [hit for hit in candidates if hit is not None]
        return min(hits)[1] if hits else None

    def _indexes(
        self, table: dict[EntityKind, dict[str, str]]
    ) -> tuple[
        dict[tuple[str, str], str],
        dict[tuple[str, ...], tuple[int, str]],
        dict[str, tuple[int, str]],
    ]:
        """Index the table once per build: a lookup of a new spelling must not read every
        known name (reports and exports look up one name per claim)."""
        if self._index_of is not table:
            people: dict[tuple[str, str], str] = {}
            for name, key in table[EntityKind.PERSON].items():
                people.setdefault(person_parts(name), key)
            tokens: dict[tuple[str, ...], tuple[int, str]] = {}
            letters: dict[str, tuple[int, str]] = {}
            for i, (name, key) in enumerate(table[EntityKind.ORGANIZATION].items()):
                tokens.setdefault(org_tokens(name), (i, key))
                for acronym in acronyms(name):
                    letters.setdefault(acronym, (i, key))
            self._index_of, self._index = table, (people, tokens, letters)
        return self._index

    def _settle(self, name: str, source_id: str | None) -> str:
        candidates = self._ambiguous[name]
        if source_id is not None:
            present = self._in_source.get(source_id, [])
            table = self._built()[EntityKind.PERSON]
            here = sorted(
                {table[n] for n in present if n in table and n not in self._ambiguous}
                & set(candidates)
            )
            if len(here) == 1:
                return here[0]
        return candidates[0]

    def _built(self) -> dict[EntityKind, dict[str, str]]:
        if self._table is None:
            self._table, self._labels = self._cluster()
        return self._table

    def _cluster(self) -> tuple[dict[EntityKind, dict[str, str]], dict[str, str]]:
        table: dict[EntityKind, dict[str, str]] = {}
        labels: dict[str, str] = {}
        self._ambiguous = {}
        for kind in EntityKind:
            names = self._counts[kind]
            clusters = _Clusters()
            for name in names:
                clusters.find(name)
                alias_of = self._aliases.get(name)
                if alias_of is not None and alias_of != name:
                    clusters.union(name, alias_of)
            for name, alias in sorted(self._declared):
                if name in names and alias in names and name != alias:
                    clusters.union(name, alias)
            if kind is EntityKind.PERSON:
                self._cluster_people(names, clusters)
            else:
                _cluster_orgs(names, clusters)
            groups: dict[str, set[str]] = defaultdict(set)
            for name in list(clusters.parent):
                groups[clusters.find(name)].add(name)
            member_of = {n: root for root, members in groups.items() for n in members}
            self._replay(kind, groups, member_of)
            kind_table: dict[str, str] = {}
            for members in groups.values():
                if not members:
                    continue
                label = self._label(kind, members, names)
                key = f"{kind.value}:{label.lower()}"
                labels[key] = label
                for member in members:
                    kind_table[member] = key
            table[kind] = kind_table
            if kind is EntityKind.PERSON:
                self._ambiguous = {
                    n: sorted({kind_table[c] for c in cands}) for n, cands in self._amb.items()
                }
        return table, labels

    def _cluster_people(self, names: Counter[str], clusters: _Clusters) -> None:
        parts = {name: person_parts(name) for name in names if _description(name) is None}
        by_key: dict[tuple[str, str], list[str]] = defaultdict(list)
        surnames: dict[str, list[str]] = defaultdict(list)
        for name, (first, last) in parts.items():
            if not last:
                continue
            if first:
                by_key[(first[0], last)].append(name)
            else:
                surnames[last].append(name)
        # Same initial and same folded last name: one person.
        for group in by_key.values():
            for other in group[1:]:
                clusters.union(group[0], other)
        # Similar folded last names with the same initial: a sorted-neighbourhood pass
        # (each name against its next few neighbours, in spelling order and again
        # spelled backwards) keeps this linear in the number of names.
        blocks: dict[str, list[str]] = defaultdict(list)
        for initial, last in by_key:
            blocks[initial].append(last)
        for initial, lasts in blocks.items():
            for ordered in (sorted(lasts), sorted(lasts, key=lambda w: w[::-1])):
                for i, a in enumerate(ordered):
                    for b in ordered[i + 1 : i + 1 + _NEIGHBOURS]:
                        matcher = difflib.SequenceMatcher(None, a, b)
                        if matcher.real_quick_ratio() < _SIMILARITY:
                            continue
                        if matcher.quick_ratio() >= _SIMILARITY and matcher.ratio() >= _SIMILARITY:
                            clusters.union(by_key[(initial, a)][0], by_key[(initial, b)][0])
        # A bare last name joins the only person with that last name.
        full_by_last: dict[str, set[str]] = defaultdict(set)
        for (_, last), group in by_key.items():
            full_by_last[last].add(group[0])
        self._amb = {}
        for last, bare in surnames.items():
            roots = sorted({clusters.find(n) for n in full_by_last.get(last, ())})
            if len(roots) == 1:
                for name in bare:
                    clusters.union(name, roots[0])
            elif len(roots) > 1:
                for name in bare:
                    if self._aliases.get(name, name) == name:
                        self._amb[name] = roots

    def _replay(
        self, kind: EntityKind, groups: dict[str, set[str]], member_of: dict[str, str]
    ) -> None:
        for decision in self._decisions:
            if decision.name not in member_of:
                continue
            if decision.kind is DecisionKind.SPLIT:
                self._amb.pop(decision.name, None)
                groups[member_of[decision.name]].discard(decision.name)
                groups[decision.name + "\x00split"] = {decision.name}
                member_of[decision.name] = decision.name + "\x00split"
            elif decision.other is not None and decision.other in member_of:
                a, b = member_of[decision.name], member_of[decision.other]
                self._amb.pop(decision.name, None)
                self._amb.pop(decision.other, None)
                if a != b:
                    for member in groups.pop(b):
                        member_of[member] = a
                        groups[a].add(member)

    def _label(self, kind: EntityKind, members: set[str], counts: Counter[str]) -> str:
        for member in sorted(members):
            alias_of = self._aliases.get(member)
            if alias_of is not None and alias_of in members:
                return alias_of
        if kind is EntityKind.PERSON:
            return max(
                sorted(members),
                key=lambda n: (len(n.split()) >= 2, counts[n], len(n.split())),
            )
        return max(sorted(members), key=lambda n: (len(org_tokens(n)), counts[n]))


def _cluster_orgs(names: Counter[str], clusters: _Clusters) -> None:
    tokens = {name: org_tokens(name) for name in names}
    by_set: dict[frozenset[str], list[str]] = defaultdict(list)
    for name, words in tokens.items():
        if words:
            by_set[frozenset(words)].append(name)
    for group in by_set.values():
        for other in group[1:]:
            clusters.union(group[0], other)
    sets = list(by_set)
    # A name whose words all appear in a longer name is that body, when only one body
    # (or one far more cited than the rest) fits. Single words and country names never
    # stand for a body.
    postings: dict[str, list[frozenset[str]]] = defaultdict(list)
    for words_set in sets:
        for word in words_set:
            postings[word].append(words_set)
    weight: Counter[frozenset[str]] = Counter()
    for words_set, group in by_set.items():
        weight[words_set] = sum(names[n] for n in group)
    for words_set in sorted(sets, key=lambda s: (-len(s), sorted(s))):
        if len(words_set) < 2 or words_set <= _PLACE_WORDS - {"united", "nations"}:
            continue
        rarest = min(words_set, key=lambda w: len(postings[w]))
        supersets = [s for s in postings[rarest] if s > words_set]
        if not supersets:
            continue
        by_root: Counter[str] = Counter()
        for s in supersets:
            by_root[clusters.find(by_set[s][0])] += weight[s]
        ranked = by_root.most_common()
        if len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]:
            clusters.union(by_set[words_set][0], ranked[0][0])
    # Acronyms of multi-word names, and the names written as acronyms.
    acronym_index: dict[str, set[str]] = defaultdict(set)
    for name in names:
        for acro in acronyms(name):
            acronym_index[acro].add(name)
    for name in names:
        bare = _clean_org(name)
        plain = bare.replace(".", "")
        if _ACRONYM.match(bare) and plain in acronym_index:
            roots = {clusters.find(n) for n in acronym_index[plain] if n != name}
            if len(roots) == 1:
                clusters.union(name, roots.pop())


def _now(on: object) -> pendulum.DateTime:
    return pendulum.now("UTC") if on is None else to_datetime(on)
