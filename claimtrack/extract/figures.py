"""
Figures in news text: numbers read as intervals, with what they count.

A figure is a number as the words bound it ("more than 2,000" is the open interval above
2,000), the thing counted (`metric`: killed, injured, evacuated ...), who or what is
counted (`population`: civilians, people, fires ...), a `unit` for money, shares and
measures, and a `change` when the number is an amount of change ("rose by 12%").

One compiled scanner regex finds number candidates (digits, number words, vague words
such as "hundreds", shares such as "one in five"); each candidate is then read locally in
a bounded window of text around it, so the whole pass is linear in the length of the text.
The conventions (vocabulary, vague quantities, what is not a figure) are documented in
docs/figures.md.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Mapping

import attrs

from claimtrack.model import Change, Figure, Qualifier, Span

__all__ = [
    "HUMAN_METRICS",
    "METRICS",
    "POPULATIONS",
    "VAGUE",
    "extract_figures",
    "find_figures",
    "parse_number",
]

# --------------------------------------------------------------------------- vocabulary

_UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALE_WORDS = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}  # fmt: skip
# Scales written after digits ("1.4 million", "$6bn", "Rs 500 crore").
_DIGIT_SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "bn": 1_000_000_000, "b": 1_000_000_000,
    "mn": 1_000_000, "mln": 1_000_000, "m": 1_000_000, "k": 1_000, "tn": 1_000_000_000_000,
    "crore": 10_000_000, "crores": 10_000_000, "lakh": 100_000, "lakhs": 100_000,
}  # fmt: skip
_ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "quarter": 4, "half": 2,
}  # fmt: skip

_VAGUE_WORDS = {"dozens": (24, 99), "tens": (20, 99), "hundreds": (200, 999)}
_VAGUE_UNITS = {"thousands": 1_000, "millions": 1_000_000, "billions": 1_000_000_000}
VAGUE: Mapping[str, tuple[int, int]] = {
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "millions": (2_000_000, 9_999_999),
    "billions": (2_000_000_000, 9_999_999_999),
    **{
        f"{word} of {unit}": (low * size, (high + 1) * size - 1)
        for word, (low, high) in _VAGUE_WORDS.items()
        for unit, size in _VAGUE_UNITS.items()
    },
}
"""Vague quantities: the plural means at least two of the unit, up to just below ten."""

_CURRENCY_SYMBOLS = {
    "$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₴": "UAH",
    "₽": "RUB", "rs": "INR", "rs.": "INR", "c$": "CAD", "a$": "AUD", "hk$": "HKD",
}  # fmt: skip
_CURRENCY_WORDS = {
    "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP",
    "yen": "JPY", "yuan": "CNY", "rupees": "INR", "roubles": "RUB", "rubles": "RUB",
    "hryvnias": "UAH", "hryvnia": "UAH", "francs": "CHF", "usd": "USD", "eur": "EUR",
    "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "inr": "INR", "rub": "RUB", "uah": "UAH",
    "chf": "CHF", "cad": "CAD", "aud": "AUD",
    # a country's dollars, francs and rupees before the bare word ("12bn Hong Kong dollars")
    "us dollars": "USD", "u.s. dollars": "USD", "hong kong dollars": "HKD",
    "canadian dollars": "CAD", "australian dollars": "AUD", "new zealand dollars": "NZD",
    "singapore dollars": "SGD", "taiwan dollars": "TWD", "swiss francs": "CHF",
    "indian rupees": "INR", "pakistani rupees": "PKR", "sterling": "GBP",
    "pounds sterling": "GBP", "naira": "NGN", "shekels": "ILS",
    "lira": "TRY", "liras": "TRY", "ringgit": "MYR", "baht": "THB", "rupiah": "IDR",
    "kronor": "SEK", "zlotys": "PLN", "zloty": "PLN", "dirhams": "AED", "riyals": "SAR",
    "reais": "BRL",
}  # fmt: skip
# Verbs after which bare "pounds" weigh: "lost 40 pounds", "weighs 200 pounds".
_WEIGHT_VERB_BEFORE = re.compile(
    r"\b(?:lost|losing|loses|gained|gaining|gains|weigh|weighs|weighed|weighing|shed)\s{1,3}$",
    re.IGNORECASE,
)
# Measures: the word after a number -> (unit, metric).
_MEASURES = {
    "kilometres": ("km", "distance"), "kilometers": ("km", "distance"),
    "kilometre": ("km", "distance"), "kilometer": ("km", "distance"), "km": ("km", "distance"),
    "miles": ("mi", "distance"), "mile": ("mi", "distance"), "mi": ("mi", "distance"),
    "metres": ("m", "distance"), "meters": ("m", "distance"), "feet": ("ft", "distance"),
    "ft": ("ft", "distance"), "hectares": ("ha", "area"), "ha": ("ha", "area"),
    "acres": ("acre", "area"), "km2": ("km2", "area"), "km²": ("km2", "area"),
    "tonnes": ("t", "weight"), "tons": ("t", "weight"), "kilograms": ("kg", "weight"),
    "kg": ("kg", "weight"), "litres": ("l", "volume"), "liters": ("l", "volume"),
    "barrels": ("bbl", "volume"), "square feet": ("ft2", "area"),
    "square metres": ("m2", "area"), "square meters": ("m2", "area"),
    "square kilometres": ("km2", "area"), "square kilometers": ("km2", "area"),
    "square miles": ("mi2", "area"), "sq km": ("km2", "area"), "sq ft": ("ft2", "area"),
    "nautical miles": ("nmi", "distance"), "nautical mile": ("nmi", "distance"),
    "centimetres": ("cm", "distance"), "centimeters": ("cm", "distance"),
    "cm": ("cm", "distance"), "millimetres": ("mm", "distance"),
    "millimeters": ("mm", "distance"), "mm": ("mm", "distance"), "inches": ("in", "distance"),
    "metre": ("m", "distance"), "meter": ("m", "distance"), "foot": ("ft", "distance"),
    "yards": ("yd", "distance"), "tonne": ("t", "weight"), "ton": ("t", "weight"),
    "kilogram": ("kg", "weight"), "mph": ("mph", "speed"), "km/h": ("km/h", "speed"),
    "kph": ("km/h", "speed"), "knots": ("kn", "speed"),
}  # fmt: skip
# Units a bare number coordinated after a figure may take over: measures and shares.
_TAKEN_OVER_UNITS = frozenset([*(unit for unit, _ in _MEASURES.values()), "percent"])
_TIME_UNITS = frozenset(
    [
        "second",
        "seconds",
        "minute",
        "minutes",
        "hour",
        "hours",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "decade",
        "decades",
        "century",
        "centuries",
        "night",
        "nights",
    ]
)

POPULATIONS: Mapping[str, str] = {
    # people
    "people": "people", "persons": "people", "person": "people", "residents": "people",
    "resident": "people", "inhabitants": "people", "individuals": "people",
    "adults": "people", "others": "people", "victims": "people", "refugees": "people",
    "migrants": "people", "passengers": "people", "patients": "people",
    "protesters": "people", "demonstrators": "people", "marchers": "people",
    "men": "men", "women": "women", "man": "men", "woman": "women",
    "civilians": "civilians", "civilian": "civilians", "noncombatants": "civilians",
    "children": "children", "child": "children", "kids": "children", "minors": "children",
    "babies": "children", "students": "students", "pupils": "children",
    "soldiers": "soldiers", "soldier": "soldiers", "troops": "soldiers",
    "servicemen": "soldiers", "servicemembers": "soldiers", "fighters": "fighters",
    "rescuers": "emergency workers", "firefighters": "emergency workers",
    "paramedics": "emergency workers", "medics": "emergency workers",
    "police": "police officers", "policemen": "police officers", "officers": "police officers",
    "journalists": "journalists", "reporters": "journalists", "workers": "workers",
    "employees": "workers", "staff": "workers",
    # things
    "homes": "homes", "houses": "homes", "apartments": "homes", "flats": "homes",
    "buildings": "structures", "structures": "structures", "facilities": "structures",
    "schools": "schools", "hospitals": "hospitals", "fires": "fires", "blazes": "fires",
    "vehicles": "vehicles", "cars": "vehicles", "trucks": "vehicles", "lorries": "vehicles",
    "buses": "vehicles", "ambulances": "vehicles", "tanks": "tanks",
    "strikes": "strikes", "airstrikes": "strikes", "missiles": "missiles",
    "rockets": "rockets", "shells": "shells", "drones": "drones", "mines": "explosive devices",
    "bombs": "explosive devices", "munitions": "explosive devices",
    "households": "households", "animals": "animals", "jobs": "jobs",
    "delegates": "delegates", "voters": "voters", "votes": "votes", "seats": "seats",
    "members": "members", "farmers": "farmers", "prisoners": "prisoners",
    "hostages": "hostages", "inmates": "prisoners", "doctors": "health workers",
    "nurses": "health workers", "teachers": "teachers", "customers": "customers",
    "miners": "workers", "crew": "crew", "seafarers": "crew", "citizens": "people",
    "fishermen": "people", "pilgrims": "people", "tourists": "people", "worshippers": "people",
    "commuters": "people", "shoppers": "people", "survivors": "people",
    "stores": "stores", "ballots": "votes", "doses": "doses", "countries": "countries", "nations": "countries", "shops": "stores",
    "branches": "stores", "flights": "flights", "companies": "companies",
    "businesses": "companies", "firms": "companies", "fans": "people",
    "supporters": "people", "spectators": "people", "respondents": "people",
    "families": "households", "bodies": "people",
}  # fmt: skip
"""Words naming what is counted, mapped to the population vocabulary."""

# Two-word populations, looked up before single words.
_POPULATION_PAIRS = {
    "emergency workers": "emergency workers", "rescue workers": "emergency workers",
    "emergency responders": "emergency workers", "aid workers": "aid workers",
    "explosive devices": "explosive devices", "police officers": "police officers",
    "service members": "soldiers", "health workers": "health workers",
    "medical workers": "health workers", "missile strikes": "strikes",
    "crew members": "crew",
    "air strikes": "strikes", "air raids": "strikes",
}  # fmt: skip

# Surface forms -> metric. Verbs (any form), nouns and set phrases.
_METRIC_FORMS: dict[str, str] = {}


def _forms(metric: str, words: str) -> None:
    for word in words.split("|"):
        _METRIC_FORMS[word] = metric


_forms("killed", "killed|killing|kill|kills|dead|died|die|dies|dying|deaths|death|"
       "lost their lives|lost their life|have lost their lives|death toll|fatalities|"
       "perished|slain|murdered|executed|confirmed dead|killed in action|lives lost|"
       "drowned|drowning|burned to death|crushed to death|found dead|bodies|deaths of|"
       "death of|killing of|killings of")  # fmt: skip
_forms("injured", "injured|injuring|injure|injures|injuries|wounded|wounding|wound|wounds|"
       "hurt|hurting|taken to hospital")  # fmt: skip
# In hospital (health reports count admissions; a disaster's "taken to hospital" is hurt).
_forms("hospitalised", "hospitalised|hospitalized|in hospital|hospitalisations|"
       "hospitalizations|admitted to hospital|hospital admissions")  # fmt: skip
_forms("affected", "affected")
_forms("casualties", "casualties|casualty")
_forms("missing", "missing|unaccounted for")
_forms("displaced", "displaced|displacing|homeless|left homeless|from their homes|"
       "out of their homes")  # fmt: skip
_forms("fled", "fled|flee|fleeing|flees|escaped|refugees")
_forms("evacuated", "evacuated|evacuating|evacuate|evacuation|evacuations|evacuees|"
       "brought to safety|taken to safety|moved to safety|led to safety|evacuation of|"
       "evacuations of|told to leave|ordered to leave|ordered to evacuate|told to evacuate")  # fmt: skip
_forms("rescued", "rescued|rescuing|rescue|saved|saving|pulled from the rubble|pulled alive")
_forms("arrested", "arrested|arresting|arrests|arrest|detained|detaining|detentions|"
       "taken into custody|rounded up|held for questioning")  # fmt: skip
_forms("destroyed", "destroyed|destroying|wrecked|wrecking|razed|flattened|demolished|"
       "levelled|leveled|burned down|toppled|toppling|collapsed|reduced to rubble")  # fmt: skip
_forms("damaged", "damaged|damaging|damage")
_forms("extinguished", "extinguished|extinguishing|put out|putting out|doused|"
       "brought under control")  # fmt: skip
_forms("defused", "defused|defusing|made safe|neutralised|neutralized|disarmed|"
       "deactivated|disposed of")  # fmt: skip
_forms("supplied", "supplied|supplying|supply|delivered|delivering|donated|donating|"
       "provided|providing|sent|sending|shipped")  # fmt: skip
_forms("participants", "marched|marching|protested|protesting|rallied|rallying|"
       "demonstrated|attended|attending|attend|attends|turned out|gathered|took part|joined|"
       "protesters|demonstrators|marchers|participants|attendees|crowd of|"
       "took to the streets|take to the streets|taking to the streets|walked out|went on strike|"
       "on strike|downed tools")  # fmt: skip
_forms("hits", "hit|struck|shelled|bombed|hits|shelling")
_forms("launched", "launched|fired|launching|firing")
_forms("intercepted", "intercepted|shot down|downed|intercepting")
_forms("population", "home to|city of|town of|population of|inhabitants|"
       "a city of|a town of|country of|nation of|region of")  # fmt: skip
_forms("infected", "infected|cases|new cases|tested positive|infections|new infections|"
       "sickened|sickening")  # fmt: skip
_forms("jobs", "jobs|job cuts|layoffs|laid off|lay off|redundancies|employs|employ|"
       "employed|employing")  # fmt: skip
_forms("revenue", "revenue|revenues|turnover")
_forms("sales", "sales|sold")
_forms("profit", "profit|profits|net income|earnings|operating income")
_forms("loss", "loss|losses|net loss")
_forms("cost", "cost|costs|spending|spent|spend|spends|budget|price|prices|paid|worth")
_forms("investment", "investment|invested|investing|invest|invests|funding|raised")
_forms("debt", "debt|debts|borrowing")
_forms("fine", "fine|fined|penalty")
_forms("valuation", "valuation|valued at|market value|market capitalisation|"
       "market capitalization|market cap|values|valuing")  # fmt: skip
_forms("share price", "share price|share prices|stock price|shares|stock")
_forms("guidance", "guidance")
_forms("dividend", "dividend|dividends")
# The economy: rates and levels that agencies report each month or quarter.
_forms("inflation", "inflation|consumer prices|consumer price index|cpi|"
       "inflation rate|annual inflation")  # fmt: skip
_forms("unemployment", "unemployment|unemployment rate|jobless rate|joblessness|"
       "jobless claims")  # fmt: skip
_forms("gdp", "gdp|gross domestic product|economic growth|economy|economic output")
_forms("interest rate", "interest rate|interest rates|key rate|benchmark rate|policy rate|"
       "base rate|lending rate|deposit rate")  # fmt: skip
_forms("wages", "wages|wage|wage growth|average earnings|salaries|pay growth|minimum wage")
_forms("exports", "exports")
_forms("imports", "imports")
_forms("support", "support for|approval rating|approval ratings|backing for")
# Disasters: people trapped or cut off, homes left without power.
_forms("trapped", "trapped|stranded|still trapped")
_forms("without power", "without power|without electricity|lost power|power outages|"
       "cut power to|knocked out power to|cutting power to")  # fmt: skip
_forms("cancelled", "cancelled|canceled|grounded")
_forms("deployed", "deployed|mobilised|mobilized")
_forms("flooded", "under water|underwater|flooded|inundated|submerged")
_forms("recalled", "recalled")
_forms("vaccinated", "vaccinated|inoculated|administered|doses administered|"
       "received a first dose|received at least one dose|fully vaccinated")  # fmt: skip
_forms("pledged", "pledged|pledging|pledges|earmarked|allocated")
_forms("deficit", "deficit|budget deficit|trade deficit|trade gap|shortfall")
_forms("surplus", "surplus|trade surplus|budget surplus")

METRICS: frozenset[str] = frozenset(_METRIC_FORMS.values()) | {
    "distance",
    "area",
    "weight",
    "speed",
}
"""The metric vocabulary figures are normalised to."""

HUMAN_METRICS: frozenset[str] = frozenset(
    [
        "killed",
        "injured",
        "casualties",
        "missing",
        "displaced",
        "fled",
        "evacuated",
        "rescued",
        "arrested",
        "participants",
        "infected",
        "hospitalised",
        "affected",
        "trapped",
        "vaccinated",
    ]
)
"""Metrics that count people: a figure with one of them and no population counts people."""

# Metric words that can only follow their number as a passive or intransitive verb or a
# noun ("25 people were killed", "1,335 casualties"), or precede it as an active verb.
_COUNT_NOUN_METRICS = frozenset(
    [
        "deaths",
        "fatalities",
        "casualties",
        "casualty",
        "injuries",
        "evacuees",
        "arrests",
        "protesters",
        "demonstrators",
        "marchers",
        "participants",
        "attendees",
        "refugees",
        "cases",
        "infections",
        "bodies",
        "hospitalisations",
        "hospitalizations",
    ]
)
# Metrics of nouns for people ("protesters", "refugees", "evacuees"), which a verb after
# them overrides: "dozens of protesters were arrested" counts arrests.
_PEOPLE_NOUN_METRICS = frozenset(["participants", "fled", "evacuated"])
# Metrics that count damaged things: one lends its population to the other.
_DAMAGE_METRICS = frozenset(["destroyed", "damaged"])
# Metrics that name company/economy figures: found near the number, before or after it.
_MONEY_METRICS = frozenset(
    [
        "revenue",
        "sales",
        "profit",
        "loss",
        "cost",
        "investment",
        "debt",
        "fine",
        "valuation",
        "jobs",
        "share price",
        "guidance",
        "dividend",
        "inflation",
        "unemployment",
        "gdp",
        "interest rate",
        "wages",
        "exports",
        "imports",
        "support",
        "deficit",
        "surplus",
        "pledged",
    ]
)


def _trie(words: Iterable[str]) -> str:
    """Return a regex matching exactly *words*, shaped as a trie so each position is cheap."""
    root: dict[str, dict[str, object]] = {}
    for word in words:
        node: dict[str, object] = root  # type: ignore[assignment]
        for ch in word:
            node = node.setdefault(ch, {})  # type: ignore[assignment]
        node[""] = {}

    def emit(node: Mapping[str, object]) -> str:
        alternatives = [
            (r"\s{1,3}" if k == " " else re.escape(k)) + emit(v)  # type: ignore[arg-type]
            for k, v in sorted(node.items())
            if k
        ]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


def _alternation(words: Iterable[str]) -> str:
    """Return a regex alternation of *words* (spaces match a short run), shaped as a trie."""
    return _trie(set(words))


# --------------------------------------------------------------------------- the scanner

_D_UNIT = "|".join(_UNITS_WORDS)
_D_TENS = "|".join(_TENS_WORDS)
_D_SCALE = "|".join(_SCALE_WORDS)
_WORD_NUMBER = (
    rf"(?:(?:{_D_TENS})(?:[-‐ ](?:{_D_UNIT}))?|(?:{_D_UNIT})|(?:{_D_SCALE})|dozen|hundred)"
)
# The spaces that may join groups of three digits ("12 000", "1\u202f250\u202f000"): a
# plain space, a no-break space, a thin space and a narrow no-break space.
_GROUP_SPACES = " \u00a0\u2009\u202f"
_GROUP_SPACE = r"[ \u00a0\u2009\u202f]"  # the same, as a regex class
_GROUP_SPACE_CHARS = frozenset(_GROUP_SPACES)  # the same, one character each
# What may join the groups of a phone number: a dash, a dot or one of those spaces.
_PHONE_JOINS = frozenset(["-", ".", *_GROUP_SPACES])
# Digits: comma groups; space groups, all of the run or none of it (not followed by a
# digit, another spaced digit, or a decimal comma or point and a digit: "1 234,5"); or a
# plain run with maybe a decimal part.
_DIGITS = (
    r"\d{1,3}(?:,\d{3}){1,6}(?:\.\d{1,6})?"
    rf"|\d{{1,3}}(?:{_GROUP_SPACE}\d{{3}}){{1,6}}(?!{_GROUP_SPACE}?\d|[,.]\d)"
    r"|\d{1,15}(?:\.\d{1,6})?"
)
_CURRENCY_PREFIX = r"(?:US\$|HK\$|C\$|A\$|[$€£¥₹₴₽]|\b(?-i:USD|EUR|GBP|UAH|INR|Rs\.?)[ \u00a0]?)"
_ORDINAL_WORDS = "second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
_FRACTIONS = r"halves|half|thirds|third|quarters|quarter|fifths|fifth|tenths|tenth"

# "one in five", "3 out of 10", "two of ten": a share ("45 in 2023" is no share: a year
# is never the whole).
_ONE_IN_N = rf"""
    (?P<oneinn>\b(?:{_D_UNIT}|\d{{1,3}})\s{{1,3}}(?:(?:in|out\s{{1,3}}of)\s{{1,3}}(?:every\s{{1,3}})?
        (?:(?!19\d\d\b|20\d\d\b)\d{{1,4}}|{_D_UNIT}|{_D_TENS}|a\s{{1,3}}hundred|hundred)|of\s{{1,3}}(?:10|100|ten|a\s{{1,3}}hundred))\b)
"""
# Vulgar fraction characters and their values: after an integer they add to it ("1½
# million"), alone they may be a share ("½ of the homes").
_VULGAR_FRACTIONS = {
    "½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6,
    "⅘": 0.8, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875,
}  # fmt: skip
_VULGAR = "[" + "".join(_VULGAR_FRACTIONS) + "]"
# A digit fraction whose denominator makes it a share: "3/4", "1/2", "7/10" (not "24/7",
# nor a part of a date "3/4/2022"; whether it is a share is read from its context).
# The first half of a range of fractions, right before the second: "between 1/4 and ",
# "from 1/4 to ". Shares make no ranges here, and the second alone would read as exact.
_FRACTION_RANGE_BEFORE = re.compile(
    r"\b(?:between|from)\s{1,3}[1-9]/(?:10|[23458])\s{1,3}(?:and|to)\s{1,3}$", re.IGNORECASE
)
_SLASH_FRACTION = r"(?P<slash>(?<![\d/.,])(?P<over>[1-9])/(?P<under>10|[23458])(?![\d/]))"
# Digits, maybe after a currency sign or code, maybe with a fraction after them: a vulgar
# fraction character ("1½", "2 ¼") or, after a space, halves, thirds, quarters or eighths
# in digits ("2 1/2").
_DIGITS_CANDIDATE = rf"""
    (?P<digits>(?P<cur>{_CURRENCY_PREFIX})?(?<![\d.,])(?P<num>{_DIGITS})(?![\d])
      (?:{_GROUP_SPACE}?(?P<vulgar>{_VULGAR})|[ \u00a0](?P<mixed>[1-7]/[2348])(?![\d/]))?)
"""
# One pass finds every candidate. Each alternative starts with a distinct literal or a
# word boundary, and every repetition is bounded, so the scan is linear.
_SCANNER = re.compile(
    rf"""
    (?P<every>\bevery\s{{1,3}}(?:{_ORDINAL_WORDS}|\d{{1,3}}(?:st|nd|rd|th))\s{{1,3}}[a-z]{{2,20}}\b)
    | {_ONE_IN_N}
    | {_SLASH_FRACTION}
    | (?P<vulgar_share>(?<!\w){_VULGAR})
    | (?P<fraction>\b(?:(?:a|one|two|three|four)[\s-]{{1,3}}(?:{_FRACTIONS})|half)
        (?=\s{{1,3}}(?:of|the|its|their)\b|\s{{1,3}}(?:of\s{{1,3}})?a\s{{1,3}}(?:percentage\s{{1,3}})?point\b))
    | (?P<byfraction>\b(?:(?:a|one|two|three)[\s-]{{1,3}}(?:{_FRACTIONS})|half)
        (?=\s{{0,3}}(?:[,.;:)]|$)|\s{{1,3}}(?:since|from|in|on|over|to|compared|year|last|this|
        after|during|and|but|while|as|against|versus|a\s{{1,3}}year)\b))
    | (?P<vague>\b(?:(?:tens|hundreds|dozens)\s{{1,3}}of\s{{1,3}}(?:thousands|millions|billions)
        |dozens|hundreds|thousands|millions|billions|scores(?=\s{{1,3}}of\b))\b)
    | (?P<words>\b(?:(?:a|an)\s{{1,3}}(?=(?:hundred|thousand|million|billion|dozen)\b)
        |half\s{{1,3}}a\s{{1,3}}(?=(?:dozen|hundred|thousand|million|billion)\b)|half-(?=dozen\b))?
        {_WORD_NUMBER}(?:(?:\s{{1,3}}and\s{{1,3}}|[\s-]{{1,3}}){_WORD_NUMBER}){{0,8}}\b)
    | {_DIGITS_CANDIDATE}
    """,
    re.VERBOSE | re.IGNORECASE,
)
# What _SCANNER can match at a digit (the other alternatives start with a letter): the
# same two alternatives, in the same order, without trying the others first.
_DIGIT_SCANNER = re.compile(
    f"{_ONE_IN_N} | {_SLASH_FRACTION} | {_DIGITS_CANDIDATE}", re.VERBOSE | re.IGNORECASE
)


# Where a candidate may start: a digit, a currency sign or code, or a word that can open
# a number. Cheap to search (a trie of words), so the full scanner only runs where it can
# match; this keeps the pass fast on ordinary prose.
_TRIGGER = re.compile(
    "[$€£¥₹₴₽" + "".join(_VULGAR_FRACTIONS) + "]"
    r"|\b(?:\d|(?-i:US|HK|C|A)\$|(?-i:USD|EUR|GBP|UAH|INR|Rs)\b"
    r"|an?(?=\s{1,3}(?:hundred|thousand|million|billion|dozen|third|quarter|fifth|tenth|half)\b)"
    r"|(?:"
    + _trie(
        [
            *_UNITS_WORDS,
            *_TENS_WORDS,
            *_SCALE_WORDS,
            "dozen",
            "dozens",
            "hundreds",
            "thousands",
            "millions",
            "billions",
            "tens",
            "scores",
            "every",
            "half",
        ]
    )
    + r")\b)",
    re.IGNORECASE,
)

# After a digit number: a scale ("million", "bn") then maybe a currency word or unit.
_AFTER_DIGITS = re.compile(
    rf"""
    (?P<scale>[ \u00a0]?(?:{_alternation(k for k in _DIGIT_SCALES if len(k) > 2)})\b
      |(?:bn|mn|mln|tn|m|k|b)\b)?
    (?P<percent>[ \u00a0]?(?:%|per[ \u00a0]?cent\b|percent\b|pct\b|percentage\s{{1,3}}points?\b))?
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Hundredths of a currency after a number: "45 cents", "312 pence".
_SUBUNITS = {"cents": "USD", "cent": "USD", "pence": "GBP", "penny": "GBP"}
_SUBUNIT_AFTER = re.compile(rf"[ \u00a0]?({_alternation(_SUBUNITS)})\b", re.IGNORECASE)
# "of dollars" after a vague quantity: "tens of millions of dollars".
_CURRENCY_OF_AFTER = re.compile(
    rf"\s{{1,3}}of\s{{1,3}}({_alternation(_CURRENCY_WORDS)})\b", re.IGNORECASE
)
_CURRENCY_AFTER = re.compile(rf"[ \u00a0]?({_alternation(_CURRENCY_WORDS)})\b", re.IGNORECASE)
_MEASURE_AFTER = re.compile(rf"[ \u00a0]?\(?({_alternation(_MEASURES)})(?![\w²])", re.IGNORECASE)
# How every scale, percent, currency word and measure after a number starts.
_UNIT_STARTS = tuple(
    sorted(
        {
            *_DIGIT_SCALES,
            "%",
            "(",
            "per",
            "pct",
            "basis",
            "bp",
            *_SUBUNITS,
            *(key.split()[0] for key in _CURRENCY_WORDS),
            *(key.split()[0] for key in _MEASURES),
        }
    )
)
# After millimetres or inches: a weapon or its rounds, so the measure is a calibre.
_CALIBRE_AFTER = re.compile(
    r"[\s-]{1,3}(?:[a-z]{2,12}[\s-]{1,3})?(?:pistols?|handguns?|guns?|rifles?|firearms?|"
    r"shells?|rounds?|ammunition|howitzers?|artillery|cannons?|calib(?:re|er)|bullets?|"
    r"cartridges?|mortars?|semi-automatic|weapons?)\b",
    re.IGNORECASE,
)
# What is not a unit's word or sign in a number's text: digits, separators, spaces.
_NOT_UNIT_CHARS = re.compile(r"[\d.,\s]+")
# "points" right after a number: percentage points when the figure before is a rate.
_POINTS_AFTER = re.compile(r"\s{1,3}points?\b", re.IGNORECASE)
# "points" then the share they lead to: "8 points | to 23.7%" (the match ends at "points").
_POINTS_TO_SHARE_AFTER = re.compile(
    r"\s{1,3}points?\b(?=\s{1,3}to\s{1,3}\d{1,3}(?:\.\d{1,3})?\s?(?:%|per\s?cent\b|percent\b))",
    re.IGNORECASE,
)
# Metrics that are rates in percent, whose changes are told in points.
_RATE_METRICS = frozenset(["support", "unemployment", "inflation", "interest rate", "gdp"])
# After a measure's number: its unit word, then a word of where ("40 nautical miles off
# the coast", "10 km north of the city"): the measure places something.
_PLACE_AFTER_MEASURE = re.compile(
    r"\s{0,3}[^\W\d_]{1,12}(?:\s{1,3}[^\W\d_]{1,12})?\s{1,3}(?:off|from|away|north|south|east|"
    r"west|north-?east|north-?west|south-?east|south-?west|offshore|inland|outside|short)\b",
    re.IGNORECASE,
)
# Between a figure and its conversion: the first one's unit words, if outside its text,
# then an opening bracket ("50 kilometres (", "52.1 billion yen (").
_CONVERSION_GAP = re.compile(
    r"\s{0,2}(?:[^\W\d_]{1,12}(?:\s{1,3}[^\W\d_]{1,12})?\s{0,2})?\(\s{0,2}"
)
# After a fraction: "of a percentage point", "a point" ("a quarter of a percentage point").
_POINT_AFTER_FRACTION = re.compile(
    r"\s{1,3}(?:of\s{1,3})?a\s{1,3}(?:percentage\s{1,3})?point\b", re.IGNORECASE
)
# Right after a share: how much of a fire is held ("45% contained").
_CONTAINED_AFTER = re.compile(r"\s{1,3}contained\b", re.IGNORECASE)
# "by" and maybe a qualifier before a fraction with no "of": "fell by nearly a third".
_BY_BEFORE = re.compile(
    r"(?<![\w])(?:by|down|up)\s{1,3}(?:(?:nearly|almost|about|around|roughly|some|over|more\s{1,3}than|"
    r"less\s{1,3}than|just\s{1,3}over|just\s{1,3}under|up\s{1,3}to)\s{1,3})?$",
    re.IGNORECASE,
)
# "3m people": an "m" after digits is millions only when people follow.
_PEOPLE_AFTER_SCALE = re.compile(r"\s(?:people|residents|users|customers|children)")
# Letters glued to digits: a unit ("5km") or a name ("5G", "3rd", "1990s").
_LETTERS_AFTER = re.compile(r"[A-Za-z]{1,3}")
_PERCENT_AFTER = re.compile(
    r"[ \u00a0]?(?:%|per[ \u00a0]?cent\b|percent\b|pct\b|percentage\s{1,3}points?\b"
    r"|(?P<bp>basis\s{1,3}points?\b|bps?\b))",
    re.IGNORECASE,
)
# Qualifiers written before the number, read on a short window that ends at the number.
_QUALIFIERS_BEFORE = {
    "more than": Qualifier.MORE_THAN, "over": Qualifier.MORE_THAN, "above": Qualifier.MORE_THAN,
    "in excess of": Qualifier.MORE_THAN, "upwards of": Qualifier.MORE_THAN,
    "just over": Qualifier.MORE_THAN, "well over": Qualifier.MORE_THAN,
    "well above": Qualifier.MORE_THAN, "just above": Qualifier.MORE_THAN,
    "at least": Qualifier.AT_LEAST, "no fewer than": Qualifier.AT_LEAST,
    "no less than": Qualifier.AT_LEAST, "not less than": Qualifier.AT_LEAST,
    "not fewer than": Qualifier.AT_LEAST, "a minimum of": Qualifier.AT_LEAST,
    "up to": Qualifier.AT_MOST, "as many as": Qualifier.AT_MOST, "at most": Qualifier.AT_MOST,
    "no more than": Qualifier.AT_MOST, "not more than": Qualifier.AT_MOST,
    "a maximum of": Qualifier.AT_MOST, "as much as": Qualifier.AT_MOST,
    "fewer than": Qualifier.LESS_THAN, "less than": Qualifier.LESS_THAN,
    "under": Qualifier.LESS_THAN, "below": Qualifier.LESS_THAN,
    "just under": Qualifier.LESS_THAN, "just below": Qualifier.LESS_THAN,
    "nearly": Qualifier.APPROXIMATELY, "almost": Qualifier.APPROXIMATELY,
    "about": Qualifier.APPROXIMATELY, "around": Qualifier.APPROXIMATELY,
    "some": Qualifier.APPROXIMATELY, "roughly": Qualifier.APPROXIMATELY,
    "approximately": Qualifier.APPROXIMATELY, "an estimated": Qualifier.APPROXIMATELY,
    "estimated": Qualifier.APPROXIMATELY, "close to": Qualifier.APPROXIMATELY,
    "approx.": Qualifier.APPROXIMATELY, "approx": Qualifier.APPROXIMATELY,
    "circa": Qualifier.APPROXIMATELY, "~": Qualifier.APPROXIMATELY,
    "an approximate": Qualifier.APPROXIMATELY, "around about": Qualifier.APPROXIMATELY,
    "just about": Qualifier.APPROXIMATELY, "nearly some": Qualifier.APPROXIMATELY,
    "between": Qualifier.RANGE, "from": Qualifier.RANGE,
    # hedges of agency copy: "upward of", "north of $1bn", "just shy of 50%"
    "upward of": Qualifier.MORE_THAN, "north of": Qualifier.MORE_THAN,
    "slightly more than": Qualifier.MORE_THAN, "a little more than": Qualifier.MORE_THAN,
    "slightly over": Qualifier.MORE_THAN, "a little over": Qualifier.MORE_THAN,
    "shy of": Qualifier.LESS_THAN, "just shy of": Qualifier.LESS_THAN,
    "just short of": Qualifier.LESS_THAN, "slightly less than": Qualifier.LESS_THAN,
    "a little less than": Qualifier.LESS_THAN, "slightly under": Qualifier.LESS_THAN,
    "a little under": Qualifier.LESS_THAN, "well under": Qualifier.LESS_THAN,
    "well below": Qualifier.LESS_THAN, "slightly fewer than": Qualifier.LESS_THAN,
    "in the region of": Qualifier.APPROXIMATELY, "on the order of": Qualifier.APPROXIMATELY,
    "in the order of": Qualifier.APPROXIMATELY, "more or less": Qualifier.APPROXIMATELY,
    "as few as": Qualifier.AT_LEAST,
}  # fmt: skip
_QUALIFIER_BEFORE = re.compile(
    rf"(?:(?<![\w.])|(?<=~))(?P<q>{_alternation(k for k in _QUALIFIERS_BEFORE if k != '~')}|~)\s{{0,3}}$",
    re.IGNORECASE,
)
_QUALIFIER_AFTER = re.compile(
    r"(?:\s{1,3}or\s{1,3}(?P<more>more)|\s{1,3}or\s{1,3}(?P<so>so)|(?P<plus>\+(?!\d)|-plus\b))(?![\w])",
    re.IGNORECASE,
)
# The second number of a range, after the first one.
_RANGE_JOIN = re.compile(r"\s{0,3}(?P<join>[-–—]|to|and|or)\s{0,3}", re.IGNORECASE)
# A change verb right before a number with its own unit: in "climbed 12% to 310 million"
# or "fell 2% to 7%" the first is the change and the second the new level, not a range
# ("rose 5 to 10 percent", where the unit comes last, stays a range).
_CHANGE_VERB_BEFORE = re.compile(
    r"\b(?:rose|rise[sn]?|climb(?:ed|s)?|jump(?:ed|s)?|gain(?:ed|s)?|grew|grow(?:s|n)?"
    r"|increas(?:ed|es)|fell|fall(?:s|en)?|drop(?:ped|s)?|declin(?:ed|es)|slump(?:ed|s)?"
    r"|slid(?:e|es)?|dip(?:ped|s)?|decreas(?:ed|es)|surg(?:ed|es)|soar(?:ed|s)?"
    r"|plung(?:ed|es)|tumbl(?:ed|es)|up|down)\s{1,3}(?:by\s{1,3})?$",
    re.IGNORECASE,
)
# "rose by", "up", "a drop of" ... just before the number: the number is an amount of change.
_CHANGE_VERBS = (
    r"rose|rise|risen|rises|rising|increased|increase|increases|grew|grown|"
    r"growing|jumped|jump|climbed|climb|gained|surged|soared|added|expanded|advanced|"
    r"fell|fall|fallen|falls|falling|dropped|drop|drops|decreased|decrease|declined|"
    r"decline|shrank|shrunk|slumped|plunged|tumbled|cut|reduced|lost|contracted|slipped|"
    r"sank|slid|retreated|eased|shed|raised|lowered|hiked|boosted|trimmed|widened|narrowed"
)
_CHANGE_BEFORE = re.compile(
    rf"(?<![\w])(?:(?P<verb>{_CHANGE_VERBS}|up|down)(?:\s{{1,3}}(?P<by>by|of))?"
    # or up to four words of the object between: "raised its key rate by 50 basis points"
    rf"|(?P<verb2>{_CHANGE_VERBS})(?:\s{{1,3}}[a-z'’-]{{1,15}}){{1,4}}\s{{1,3}}(?P<by2>by))\s{{1,3}}$",
    re.IGNORECASE,
)
# A later level of the same subject: a few words of when, "and" or "but", then a verb of
# level ("stood at 12 on Monday but rose to 19", "was 3.9% in May and climbed to 4.1%").
_LEVEL_AGAIN_GAP = re.compile(
    r"(?:\s{1,3}[\w-]{1,12}){0,5},?\s{1,3}(?:and|but|before)\s{1,3}(?:then\s{1,3})?"
    r"(?:(?:has|had|have)\s{1,3})?(?:rose|risen|climbed|jumped|fell|fallen|dropped|increased|"
    r"decreased|grew|reached|hit|stood|eased|slowed|edged\s{1,3}(?:up|down))"
    r"(?:\s{1,3}(?:to|at))?\s{1,3}",
    re.IGNORECASE,
)
# A part named by its whole just before: "60 of which", "12 of whom", "five of them".
_OF_WHICH_AFTER = re.compile(r"\s{1,3}of\s{1,3}(?:which|whom|them)\b", re.IGNORECASE)
# A verb or noun of change before "from": "rose from 41 to 58", "raised its forecast
# from", "an increase from", "went from" make two levels; without one, "from 3,000 to
# 5,000" is a range.
_CHANGE_FROM_BEFORE = re.compile(
    rf"(?<![\w])(?:{_CHANGE_VERBS}|up|down|went|gone|going|go|goes|moved|moves|move|changed|"
    r"revised|increase|increases|rise|rises|jump|drop|drops|fall|falls|growth|decline|raise|"
    r"raises|lower|lowers|reduce|reduces|cut|cuts|extend|extended|shifted|swung|doubled|"
    r"tripled|halved|upgraded|downgraded)(?:\s{1,3}[\w'’-]{1,15}){0,3}\s{1,3}from\s{1,3}$",
    re.IGNORECASE,
)
# A tally, then what it is a toll of: "the death toll from | two earthquakes".
_EVENT_COUNT_BEFORE = re.compile(
    r"(?<![\w])(?:toll|tally|count|total|casualties|deaths)\s{1,3}(?:from|in|after|following)"
    r"\s{1,3}(?:the\s{1,3}|last\s{1,3}|this\s{1,3}|these\s{1,3})?$",
    re.IGNORECASE,
)
# A second change of the same subject: a few words of when, "and" or "but", then the change
# verb ("4% in March and fell 2%", "2% higher and closed down 3%").
_SHARED_SUBJECT_GAP = re.compile(
    r"(?:\s{1,3}[\w-]{1,12}){0,4},?\s{1,3}(?:and|but|before)\s{1,3}(?:then\s{1,3})?"
    rf"(?:{_CHANGE_VERBS})(?:\s{{1,3}}(?:up|down))?(?:\s{{1,3}}by)?\s{{1,3}}",
    re.IGNORECASE,
)
# Verbs that make "up" or "down" after them a particle, not a change: "shot down",
# "rounded up", "called up 300,000 reservists".
_PHRASAL_BEFORE = re.compile(
    r"(?<![\w])(?:shot|shoots|shoot|shooting|brought|bring|brings|turned|turn|set|sets|picked|"
    r"pick|rounded|round|locked|lock|took|take|takes|taking|called|call|calls|calling|beat|"
    r"broke|broken|break|shut|gunned|mowed|knocked|tracked|tied|backed|signed|stepped|step|"
    r"sent|handed|put|laid|lay|cut|tore|torn|blew|blown|struck|pulled|pull|wound|wrapped|"
    r"rang|racked|ran|run|runs|piled|holed|hunted|cracked|scaled|scale|sped|speed)\s{1,3}$",
    re.IGNORECASE,
)
_DECREASE_WORDS = frozenset(
    [
        "fell",
        "fall",
        "fallen",
        "falls",
        "falling",
        "dropped",
        "drop",
        "drops",
        "decreased",
        "decrease",
        "declined",
        "decline",
        "shrank",
        "shrunk",
        "slumped",
        "plunged",
        "tumbled",
        "down",
        "cut",
        "reduced",
        "lost",
        "contracted",
        "slipped",
        "sank",
        "slid",
        "retreated",
        "eased",
        "shed",
        "lowered",
        "trimmed",
        "narrowed",
    ]
)
# Change verbs that take an object ("cut 300 jobs", "raised $5bn"): the number is an
# amount of change only after "by" ("cut by 300", "raised its forecast by 5%").
_CHANGE_NEEDS_BY = frozenset(
    ["cut", "lost", "added", "reduced", "shed", "raised", "lowered", "hiked", "boosted", "trimmed",
     "widened", "narrowed"]
)  # fmt: skip
_CHANGE_AFTER = re.compile(
    r"[ \u00a0](?P<word>increase|rise|jump|gain|drop|fall|decline|decrease|cut|reduction|"
    r"more than last|higher|lower)\b",
    re.IGNORECASE,
)
# Just before the number: a verb whose object the number is ("killing", "put out").
_ACTIVE_BEFORE = re.compile(
    rf"(?<![\w])(?P<verb>{_alternation(_METRIC_FORMS)})"
    r"(?:\s{1,3}(?:so\s{1,3}far|also|now|already|reportedly|a\s{1,3}total\s{1,3}of|"
    r"in\s{1,3}total|altogether|another|a\s{1,3}further|further|an\s{1,3}additional|all))?"
    r"\s{1,3}$",
    re.IGNORECASE,
)
# Any metric word, searched forwards or backwards within the same clause.
_METRIC_WORD = re.compile(rf"(?<![\w])(?:{_alternation(_METRIC_FORMS)})(?![\w])", re.IGNORECASE)
# Heads that let a metric named well before the number count it ("the death toll rose to",
# "among the dead were").
_TALLY_WORDS = re.compile(
    r"(?<![\w])(?:number\s{1,3}of|toll|tally|total|count|figure|crowd|turnout|attendance|among|"
    r"population"
    # "the number rescued rose to 86", "the number dead": a participle names the tally
    r"|number(?=\s{1,3}(?:killed|dead|injured|wounded|hurt|rescued|evacuated|missing|arrested|"
    r"detained|displaced|infected|hospitali[sz]ed|confirmed|affected)\b))"
    r"(?![\w])",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_][\w'’-]{0,40}|\d[\d,.]{0,20}|[^\w\s]")
_SENTENCE_STOP = re.compile(r"[.!?;]\s{1,5}[\"“‘'(]?[A-Z]|[\n]")
# The first alternative of _SENTENCE_STOP alone (see _Stops).
_STOP_SIGN = re.compile(r"[.!?;]\s{1,5}[\"“‘'(]?[A-Z]")
# _TALLY_WORDS without its word boundaries, to find every place one may stand; a match
# is at most this long, so one hidden inside another starts at most that far before it.
_TALLY_HINT = re.compile(
    r"number|toll|tally|total|count|figure|crowd|turnout|attendance|among|population",
    re.IGNORECASE,
)
_TALLY_HINT_LONGEST = len("number   of")
# The noun right before a tally word names what it counts ("death toll", "casualty
# count", "injury tally", "arrest figures" is no tally): read before any word after it.
_TALLY_MODIFIERS = {
    "death": "killed", "deaths": "killed", "dead": "killed", "fatality": "killed",
    "fatalities": "killed", "casualty": "casualties", "casualties": "casualties",
    "injury": "injured", "injuries": "injured", "wounded": "injured", "missing": "missing",
    "arrest": "arrested", "arrests": "arrested", "evacuation": "evacuated",
    "evacuee": "evacuated", "evacuees": "evacuated", "refugee": "fled", "refugees": "fled",
    "infection": "infected", "infections": "infected", "case": "infected", "cases": "infected",
    "job": "jobs", "layoff": "jobs", "protest": "participants", "crowd": "participants",
    "voter": "participants",
}  # fmt: skip
_TALLY_MODIFIER_BEFORE = re.compile(r"([^\W\d_]{3,14})\s{1,3}$")
# Where the words that say what a tally counts end: "the number of people killed | in the
# floods", "the death toll | from the quake that struck": a preposition, a clause or a
# comma after which the words tell the event, and their verbs ("struck", "destroyed")
# count nothing.
_TALLY_COMPLEMENT_END = re.compile(
    r"[,;:(\u2013\u2014]|\s[-\u2013\u2014]\s|(?<![\w])(?:from|in|after|since|following|during|"
    r"that|which|when|where|as|amid|on|at|across|over|caused|triggered|sparked|inside|near|"
    r"has|have|had|is|was|were|are|stands|stood|rose|climbed|reached|jumped|hit|topped|"
    r"fell|dropped|increased|exceeded|surpassed|passed|now|so)(?![\w])",
    re.IGNORECASE,
)
# The words that make a number the level of a tally before it: "rose to", "stands at",
# "reached", "was", "numbered", "hit", ending right before the number.
_TALLY_VERB_BEFORE = re.compile(
    r"(?<![\w])(?:to|at|reached|reaches|reach|is|was|were|are|stands|stood|numbered|"
    r"numbers|hit|hits|topped|tops|top|passed|passes|pass|exceeded|exceeds|exceed|"
    r"surpassed|surpasses|surpass|crossed|crosses|cross|neared|approached|"
    r"totalled|totaled|totals|of)\s{1,3}$",
    re.IGNORECASE,
)
# The tally verbs that put the count above the number ("the toll has passed 500").
_PASSING_VERBS = frozenset(
    [
        "topped", "tops", "top", "passed", "passes", "pass", "exceeded", "exceeds", "exceed",
        "surpassed", "surpasses", "surpass", "crossed", "crosses", "cross",
    ]
)  # fmt: skip
# The end of an aside, right before a tally's verb: "..., which destroyed 300 homes, rose".
# (the rest of the figure's noun phrase, the closing sign, the tally's verb).
_ASIDE_END = re.compile(r"[^,;:.()\u2013\u2014]{0,40}[,)\u2013\u2014][^,;:.()\u2013\u2014]{0,40}\Z")
# Where an aside opens after a tally: a comma, a bracket or a dash.
_ASIDE_OPEN = re.compile(r"[(\u2013\u2014]|,(?!\d)")  # not the comma of "21,090"
# After "among": "the dead", "those killed", "those who were evacuated", "the 40 injured".
_AMONG_THE = re.compile(
    r"\s{1,3}(?:the|those)\s{1,3}(?:who\s{1,3}(?:were|have\s{1,3}been|had\s{1,3}been)\s{1,3})?"
    r"[^\W\d_]{2,20}(?![\w])",
    re.IGNORECASE,
)
# After "raised": a level or a change follows, not money raised ("raised gradually to").
_RAISED_TO_AFTER = re.compile(r"(?:\s{1,3}[a-z]{2,12}ly)?\s{1,3}(?:to|by)\b")
# A company figure's noun right after a sum, maybe after one modifier: "a $2.5 billion
# investment", "a £310m pre-tax loss" ("$4bn in revenue" is read by _money_metric).
_MONEY_NOUN_AFTER = re.compile(
    r"\s{1,3}(?:[a-z]{2,12}(?:-[a-z]{2,12})?\s{1,3})?(?P<noun>investment|loss|profit|revenue|"
    r"turnover|dividend|fine|penalty|valuation|budget)\b"
)
# "lost", "losing" right before a sum of money: the sum is a loss.
_LOST_BEFORE = re.compile(r"(?<![\w])(?:lost|loses|lose|losing)\s{1,3}$", re.IGNORECASE)
# What a tally counts when no word says so: a toll counts the dead, a crowd, a turnout
# and an attendance the people there.
_TALLY_DEFAULTS = {
    "toll": "killed", "crowd": "participants", "turnout": "participants",
    "attendance": "participants", "population": "population",
}  # fmt: skip
# The words before the first number of a range: "between 30 and 40", "from 30 to 40".
_BETWEEN_BEFORE = re.compile(r"(?<![\w])between\s{1,3}$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"(?<![\w])from\s{1,3}$", re.IGNORECASE)
# A verb of saying or estimating right before a figure: it may be a rival estimate.
_ESTIMATE_VERB_BEFORE = re.compile(
    r"(?<![\w])(?:claimed|claims|said|says|estimated|estimates|counted|reported|"
    r"put\s{1,3}(?:it|the\s{1,3}(?:number|figure|total|crowd|toll))\s{1,3}at|gave|cited)"
    r"\s{1,3}\Z",
    re.IGNORECASE,
)
# What parts two rival estimates: a comma, a semicolon or a word of contrast.
_RIVAL_SEPARATOR = re.compile(
    r"[,;\u2013\u2014]|(?<![\w])(?:while|whereas|but|although|though)(?![\w])", re.IGNORECASE
)
# The words before an earlier level of the figure before: "58, up from 41", "$9.8 billion
# from $8.7 billion", "compared with 41".
# A bare "from" must follow the figure at once ("10 sailors from two boats" is no level).
_LEVEL_FROM_BEFORE = re.compile(
    r"(?:,\s{1,3}|(?<![\w])(?:up|down)\s{1,3}|\A\s{1,3})from\s{1,3}\Z"
    # a time between: "slowed to 3.2% in October from 3.7%", "58 in the quarter from 41"
    r"|\A\s{1,3}(?:in|on|during|for|last|at|by)\s{1,3}(?:the\s{1,3})?[\w-]{1,12}(?:\s{1,3}[\w-]{1,12}){0,2}"
    r",?\s{1,3}from\s{1,3}\Z"
    r"|(?<![\w])(?:compared\s{1,3}(?:with|to)|against|versus)\s{1,3}\Z",
    re.IGNORECASE,
)
# "from 30 to 40" is a change from one level to another ("rose from 30 to 40") unless a
# word of spread comes before it: "estimates ranged from 30 to 40", "anywhere from".
_RANGE_FROM_BEFORE = re.compile(
    r"(?<![\w])(?:range[sd]?|ranging|var(?:y|ies|ied|ying)|anywhere|somewhere|estimates?)"
    r"\s{1,3}from\s{1,3}$",
    re.IGNORECASE,
)
# "rose by 5% to 12%": the second figure is the level the change reached.
_TO_GAP = re.compile(r",?\s{1,3}to\s{1,3}")
# The same, with a few words of when between: "fell 3% year on year to $812 million",
# "rose 4% in the quarter to".
_TO_LEVEL_GAP = re.compile(
    r",?(?:\s{1,3}[a-z-]{1,12}){0,4},?\s{1,3}to\s{1,3}"
    # "to a record 3.1 million", "to a high of 9.1%"
    r"(?:an?\s{1,3}(?:record|(?:[\w-]{1,12}\s{1,3})?(?:high|low|total)\s{1,3}of)\s{1,3})?",
    re.IGNORECASE,
)
# What comes between a level and its change: "$4.1 billion, up 12%", "(down 3%)", ", a
# rise of 5%" (the change verb is not part of the figure).
_CHANGE_OF_LEVEL_GAP = re.compile(
    # a few words of when may come first: "$4.1 billion for the third quarter, up 12%"
    r"(?:\s{1,3}[a-z0-9-]{1,12}){0,5}"
    r"\s{0,3}[,(]\s{0,3}(?:(?:up|down)(?:\s{1,3}by)?"
    r"|an?\s{1,3}(?:rise|increase|drop|fall|decline|decrease|gain|jump)\s{1,3}of)\s{1,3}",
    re.IGNORECASE,
)
# What comes between a count and a part of it: "21, including six children", "40 people,
# among them 12 children", "of whom 9 were children".
_SUBSET_GAP = re.compile(
    r"(?:\s{0,3}[^\W\d_]{1,15}(?:\s{1,3}[^\W\d_]{1,15}){0,8})?\s{0,3}[,(]?\s{0,3}(?:including|among\s{1,3}them|of\s{1,3}whom|"
    r"of\s{1,3}them)\s{1,3}",
    re.IGNORECASE,
)
# The end of an aside, then a verb: "..., including six children, were killed".
# Between two counts of one clause's subject: "12 soldiers and 30", "five police
# officers, 12 civilians and 30": the counted words and a conjunction or comma.
_PAIR_GAP = re.compile(
    r"\s{1,3}(?:[^\W\d_]+\s{1,3}){0,2}[^\W\d_]+\s{0,2}(?:,|and|,\s{1,3}and)\s{1,3}"
)
# The clause's own passive verb right after the counted words: "... workers | were laid off".
_PASSIVE_VERB_AFTER = re.compile(
    r"(?:\s{1,3}(?P<w>[a-z]+))?"  # one more counted word ("suspects"), not a participle
    r"(?:\s{1,3}(?:in|at|on|across|near)(?:\s{1,3}[\w'’-]{1,20}){1,3})?"  # "in the village"
    r"\s{1,3}(?:were|was|have\s{1,3}been|had\s{1,3}been|has\s{1,3}been|will\s{1,3}be|are|is|"
    r"have|has|had|will|remain|remained|remains)\s",
    re.IGNORECASE,
)
# A part and its whole: "300 | of the | 1,200 workers", "five of its 20 stores".
_PART_OF_GAP = re.compile(r"\s{1,3}of\s{1,3}(?:the|its|their|his|her|our)\s{1,3}", re.IGNORECASE)
# What may stand before the first count of a clause's subject: the start, a comma or
# bracket, or a word that opens a clause ("said", "that", "and", "while", "of").
_CLAUSE_OPEN_BEFORE = re.compile(
    r"(?:^|[,;:(“\"]|\b(?:that|said|says|say|and|while|but|as|after|when|with|of|whom|including))\s{0,3}$",
    re.IGNORECASE,
)
# A tally's past change right before a number: "rose by", "has climbed by".
_PAST_CHANGE_BY = re.compile(
    r"\b(?:rose|risen|climbed|jumped|increased|grew|grown|fell|fallen|dropped|declined|"
    r"decreased|surged|soared)\s{1,3}by\s{1,3}$",
    re.IGNORECASE,
)
# A tally named before it: "the death toll", "the number of dead", "the total".
_TALLY_NEAR = re.compile(r"\b(?:toll|tally|number|count|total)\b", re.IGNORECASE)
# The people a figure counts, named as a group right before "at": "the injured at 40".
_THE_COUNTED_AT = re.compile(
    r"\bthe\s{1,3}(?P<word>dead|injured|wounded|missing|displaced|evacuated|arrested|"
    r"detained|homeless)\s{1,3}at\s{1,3}(?:(?:some|about|around|nearly|least)\s{1,3})?$",
    re.IGNORECASE,
)
# A clause of its own ending in "and", before a number with nothing counted after it:
# "12 were killed in Paris and | 30 in Lyon".
_GAPPED_GAP = re.compile(r"\s(?:and|while|but)\s{1,3}(?:another\s{1,3})?$")
# What may follow such a number: a place or time, or the clause's end.
_GAPPED_AFTER = re.compile(
    r"\s{0,3}(?:[,;.)]|$|\s(?:in|at|on|near|outside|across|for|during|last|this|from)\s{1,3}\S)"
)
_ASIDE_CLOSE_AFTER = re.compile(
    # the aside may end in the part's ages or place: ", including 3 children aged 5 and
    # 7, were", ", including 12 in the capital, were"
    r"(?:\s{1,3}(?:aged\s{1,3}\d[\d\s,]{0,12}(?:(?:and|or)\s{1,3}\d{1,3})?"
    r"|(?:in|at|from|on)\s{1,3}[\w'’ -]{1,30}?))?\s{0,3}[,)]\s{1,3}[a-z]"
)
# A bare tally the figure before adds to: "..., bringing the total to", "taking the tally
# to", "pushing the overall number to".
_BRINGING_TOTAL_GAP = re.compile(
    r"(?<![\w])(?:bringing|brings|brought|pushing|pushed|taking|takes|took|raising|raised|"
    r"lifting|lifted|putting|put)\s{1,3}(?:the|its|their)\s{1,3}(?:[a-z-]{1,15}\s{1,3})?"
    r"(?:total|tally|number|count|figure|toll)\s{1,3}(?:so\s{1,3}far\s{1,3})?to\s{1,3}\Z",
    re.IGNORECASE,
)
# The digits of a number, wherever they are in it ("$5bn" -> "5").
_DIGITS_ANYWHERE = re.compile(_DIGITS)
# The fraction right after those digits, as _DIGITS_CANDIDATE reads it ("1½", "2 1/2").
_FRACTION_TAIL = re.compile(
    rf"{_GROUP_SPACE}?(?P<vulgar>{_VULGAR})|[ \u00a0](?P<over>[1-7])/(?P<under>[2348])(?![\d/])"
)
# "half a dozen", "half an hour": a round number.
_HALF_A = re.compile(r"half\s+an?\s(?!(?:percentage\s+)?point)", re.IGNORECASE)
# "four more", "four others" after a number.
_MORE_AFTER = re.compile(r"\s{1,3}(more|others|other|further)\b", re.IGNORECASE)
# "a 12% rise": the article before an amount of change.
_A_BEFORE = re.compile(r"(?<![\w])an?\s{1,3}$")
# "struck 14 times".
_TIMES_NEXT = re.compile(r"\s{1,3}times\b")
# "home to 1.4 million", "a city of 300,000": the number is a population.
_HOME_TO_BEFORE = re.compile(
    r"(?<![\w])(?:home\s{1,3}to|(?:city|town|country|nation|region|metropolis|population)"
    r"\s{1,3}of)\s{1,3}$",
    re.IGNORECASE,
)
# "drew", "attracted" before a number of people: the people were there.
_DRAW_BEFORE = re.compile(
    r"(?<![\w])(?:drew|draws|drawing|attracted|attracts|attracting)\s{1,3}$", re.IGNORECASE
)
# Populations of people (not of things) a crowd can be made of.
_PEOPLE = frozenset(
    [
        "people", "men", "women", "civilians", "children", "students", "workers", "voters",
        "members", "farmers", "teachers", "health workers", "journalists", "delegates",
    ]
)  # fmt: skip
# The people a crowd is made of, after the number a draw verb takes: "drew 60,000 fans".
_CROWD_NOUN_AFTER = re.compile(
    r"\s{1,3}(?:fans|spectators|supporters|runners|visitors|pilgrims|worshippers|"
    r"worshipers|concertgoers|guests|onlookers|mourners|attendees)\b",
    re.IGNORECASE,
)
# A place a crowd was drawn to: "drew hundreds of thousands to Washington".
_TO_PLACE_AFTER = re.compile(r"\s{1,3}to\s{1,3}(?:the\s{1,3})?[A-Z]")
# The verbs of job cuts and hiring before a number, and the nouns of posts after it.
# (Each word written out whole: _LAST_WORDS_BEFORE reads the words of this pattern.)
_JOB_VERB_BEFORE = re.compile(
    r"(?<![\w])(?:cut|cuts|cutting|shed|sheds|shedding|eliminate|eliminates|eliminated|"
    r"eliminating|axe|axes|axed|axing|slash|slashes|slashed|slashing|scrap|scraps|scrapped|"
    r"scrapping|add|adds|added|adding|create|creates|created|creating|hire|hires|hired|"
    r"hiring|lay\s{1,3}off|laying\s{1,3}off)\s{1,3}$",
    re.IGNORECASE,
)
_JOB_NOUN_AFTER = re.compile(
    r"(?:\s{1,3}[a-z-]{1,15}){0,2}?\s{1,3}(?:positions|posts|roles|jobs|staff|employees|workers)\b"
)
# "cut 5% of its workforce".
_WORKFORCE_AFTER = re.compile(
    r"\s{1,3}of\s{1,3}(?:its|the|their|our)\s{1,3}(?:[\d,]{1,11}\s{1,3})?(?:[a-z-]{1,15}\s{1,3})?"
    r"(?:workforce|staff|employees|workers|jobs)\b",
    re.IGNORECASE,
)
# "several", "a few", "a couple of" right before a scale word: a vague quantity.
_SEVERAL_BEFORE = re.compile(
    r"(?<![\w])(?:several|a\s{1,3}few|a\s{1,3}couple\s{1,3}of|a\s{1,3}couple)\s{1,3}$",
    re.IGNORECASE,
)
# Number words made of scales alone: "hundred", "thousand", "hundred thousand", "dozen".
_SCALES_ONLY = re.compile(
    r"(?:hundred|thousand|million|billion|dozen)(?:\s{1,3}(?:thousand|million|billion))?",
    re.IGNORECASE,
)
# A run of spaces, written as one in vocabulary keys.
_SPACES = re.compile(r"\s+")
# re.IGNORECASE lets four non-ASCII letters match ASCII ones ("ſ" matches s, the Kelvin
# sign k, "İ" and "ı" i); folding them too keeps every matched word a key of its table.
_CASE_FOLDS = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "\u212a": "k"})


def _fold(text: str) -> str:
    """
    Return matched words as their table key: lower case, the four letters above folded,
    whitespace runs as one space.

    Examples:
        >>> _fold("MORE  THAN"), _fold("reſcued"), _fold("BİLLİON")
        ('more than', 'rescued', 'billion')
    """
    return _SPACES.sub(" ", text.translate(_CASE_FOLDS).lower())


# A lower-case word.
_LOWER_WORD = re.compile(r"[a-z]+")
# A figure that repeats the one before it: "killed four and injured the same number".
_SAME_NUMBER = re.compile(r"\bthe\s{1,3}same\s{1,3}(?:number|amount)\b", re.IGNORECASE)

_MONTHS = (
    "jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|"
    "sep|sept|september|oct|october|nov|november|dec|december"
)
_MONTH_BEFORE = re.compile(rf"(?<![\w])(?:{_MONTHS})\.?\s{{1,3}}$", re.IGNORECASE)
_MONTH_AFTER = re.compile(
    rf"^(?:st|nd|rd|th)?\s{{0,3}}(?:of\s{{1,3}})?(?:{_MONTHS})(?![a-z])", re.IGNORECASE
)
_TIME_AFTER = re.compile(
    r"^(?:[:.]\d\d|\s{0,3}(?:a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b|gmt\b|utc\b|o['’]clock|"
    r"hrs\b|h\b(?!\S)))",
    re.IGNORECASE,
)
_AGE_BEFORE = re.compile(
    r"(?<![\w])(?:aged|age|ages|ged)(?:\s{1,3}of)?\s{1,3}(?:between\s{1,3})?$", re.IGNORECASE
)
_AGE_LIST_BEFORE = re.compile(
    r"(?<![\w])(?:aged|ages)(?:\s{1,3}of)?\s{1,3}\d{1,3}(?:\s{0,2},\s{0,2}\d{1,3}){0,5}"
    r"(?:\s{0,2},|\s{1,3}(?:and|or|to))\s{1,3}$",
    re.IGNORECASE,
)
_AGE_AFTER = re.compile(r"^[\s-]{1,3}years?[\s-]{1,3}old\b", re.IGNORECASE)
# The first of two ages sharing one "-year-olds": "16- to 24-year-olds".
_SUSPENDED_AGE_AFTER = re.compile(
    r"^-\s{1,3}(?:to|and|or)\s{1,3}\d{1,3}-years?-olds?\b", re.IGNORECASE
)
_ADDRESS_AFTER = re.compile(
    r"^\s{1,3}(?:(?:[A-Z][a-z]{1,20}\s{1,3}){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Boulevard|"
    r"Blvd|Square|Place|Drive|Way|Court|Terrace|Crescent)\b"
    # the street word first: "42 Rue de Rivoli", "12 Via Roma", "7 Calle Mayor"
    r"|(?:Rue|Via|Calle|Avenida|Rua|Piazza|Strada|Ulitsa)\s)"
)
_LABEL_BEFORE = re.compile(
    r"(?<![\w])(?:page|pages|p\.|no\.|nos\.|number|#|chapter|section|article|paragraph|item|"
    r"line|room|flight|route|platform|gate|level|grade|class|stage|phase|round|season|"
    r"episode|version|vol\.|volume|rank|ranked|resolution|unit|block|apartment|apt\.|"
    r"building|floor|category|tier|code|size|model|type|mark|mk|series|channel|"
    r"highway|interstate|district|ward|zone|sector|no|"
    # stock indexes and lists named with a number: "the S&P 500", "the FTSE 100"
    r"s&p|ftse|nikkei|dax|cac|stoxx|fortune|russell|sensex|nifty|kospi|seng|magnitude)\s{0,2}$",
    re.IGNORECASE,
)
# The words the patterns above can end with or start with (a superset: every word of them).
_MONTH_WORDS = frozenset(re.findall(r"[a-z]+", _MONTH_BEFORE.pattern))
_AGE_WORDS = frozenset(re.findall(r"[a-z]+", _AGE_BEFORE.pattern))
_LABEL_WORDS = frozenset(re.findall(r"[a-z]+", _LABEL_BEFORE.pattern))
_DURATION_STARTS = ("and", *(unit[:8] for unit in sorted(_TIME_UNITS)))
_PHONE_BEFORE = re.compile(
    r"(?:call|phone|tel\.?|telephone|hotline|fax|mobile|whatsapp|dial|sms|text)\W{0,3}"
    r"(?:\w{1,10}\W{1,3}){0,2}$",
    re.IGNORECASE,
)
# Shapes around a digit number that make it part of a date, a code or a phone number.
# The base of a rate: "per 100,000 people", "per 1,000 live births".
_PER_BEFORE = re.compile(r"(?<![\w])(?:per|every)\s{1,3}$", re.IGNORECASE)
_POWERS_OF_TEN = frozenset([10, 100, 1_000, 10_000, 100_000, 1_000_000])
_SLASH_AFTER = re.compile(r"^/\d")  # 9/11, 24/7
_GROUP_BEFORE = re.compile(r"\d[-.]\d{1,4}[-.]$")  # the last group of 800-273-8255
_GROUPS_AFTER = re.compile(r"^[-.]\d{1,4}[-.]\d")  # the first group of 2022-03-02
_DASH_BEFORE = re.compile(r"\d[-.]$")  # a middle group, with _DASH_AFTER
_DASH_AFTER = re.compile(r"^[-.]\d")
_OPEN_BEFORE = re.compile(r"[+(]\s?$")  # "+44 20 ...", "(020) ..."
_PHONE_NEXT = re.compile(r"^[)\s]{0,2}\d")
_PHONE_GROUPS_AFTER = re.compile(r"^(?:[-. \u00a0\u2009\u202f]\d{2,4}){2,}")  # "555 0123 4567"
_PHONE_DASH_AFTER = re.compile(r"^[-. \u00a0\u2009\u202f]\d")
_LETTER = re.compile(r"[^\W\d_]")
# A digit group and a space right before a number: "0800 123 456", "12 45 300" (a phone
# number or a row of a table), unless it is a four-digit year ("In 2022 300 000 ...").
_RUN_BEFORE = re.compile(
    r"(?:(?<![\d,.])(?!1\d{3}\D|20\d\d\D)(?P<group>\d{1,4})|[\d,.]\d{4})[ \u00a0\u2009\u202f]$"
)
# The middle or last group of a run of three or more groups of two to four digits joined
# by spaces: "45" and "300" in "12 45 300" (the first one is _PHONE_GROUPS_AFTER's).
_PHONE_TWO_BEFORE = re.compile(
    r"(?<![\d,.])\d{2,4}[ \u00a0\u2009\u202f]\d{2,4}[ \u00a0\u2009\u202f]$"
)
# A number written in spaced groups of three ("100 000"), and a dash and another such
# number after one ("-150 000"): a range, not the groups of a phone number.
_SPACED_RUN = re.compile(r"\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+")
_SPACED_RANGE_AFTER = re.compile(r"[-‐–]\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?!\d)")
# Spaced groups of three digits ending in a decimal comma or point: the rest of "1 234,5".
_SPACED_DECIMAL_AFTER = re.compile(r"(?:[ \u00a0\u2009\u202f]\d{3})+[,.]\d")
_PHONE_ONE_BEFORE = re.compile(r"(?<![\d,.])\d{2,4}[ \u00a0\u2009\u202f]$")
# (A full stop or comma may end the sentence after it: "on 020 7946 0018.")
_PHONE_ONE_AFTER = re.compile(r"^[ \u00a0\u2009\u202f]\d{2,4}(?!\d|[,.]\d)")
# A day before a month name: "12 March", "3rd of March".
_DAY_BEFORE_MONTH = re.compile(
    r"(?<!\d)\d{1,2}(?:st|nd|rd|th)?\s{1,3}(?:of\s{1,3})?$", re.IGNORECASE
)
# A number of one to three digits and a group space right before a number.
_SPACED_LEAD_BEFORE = re.compile(r"(?<![\d,.])(?P<lead>\d{1,3})[ \u00a0\u2009\u202f]$")
# "of" after a fraction: "3/4 of the buildings".
_OF_AFTER = re.compile(r"\s{1,3}of\b", re.IGNORECASE)
# "Jimmy Tompkins, 31, said": a name, a comma, then the number.
_NAME_COMMA_BEFORE = re.compile(r"[A-Z][\w'’-]{1,30},\s$")
# A person named by a noun, then a comma: "The suspect, 22, was arrested".
_PERSON_COMMA_BEFORE = re.compile(
    r"(?<![\w])(?:suspect|victim|man|woman|boy|girl|driver|gunman|attacker|assailant|"
    r"teenager|mother|father|son|daughter|wife|husband|widow|officer|soldier|student|pilot|"
    r"captain|worker|resident|farmer|fisherman|journalist|photographer|nurse|doctor|teacher|"
    r"tourist|passenger|owner|shooter|defendant|patient|survivor|climber|hiker|swimmer),\s$",
    re.IGNORECASE,
)
# A capitalised number word opens a sentence, a quotation or a line (else it is in a name).
_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?:;\n\"“‘(—-])\s{0,3}[\"“‘']?$")
_QUOTE_OR_LINE_BEFORE = re.compile(r"(?:^|\s)(?:[\"“‘']|\n)\s*$")
# "a 24-hour period", "a five-storey building" (but "500-plus", "2,000-strong").
_HYPHENATED_AFTER = re.compile(r"^[-‐](?!plus\b|strong\b)[^\W\d_]")
# "three times higher", unless something was hit that many times.
_TIMES_AFTER = re.compile(r"^\s{1,3}times\b", re.IGNORECASE)
_HIT_BEFORE = re.compile(
    r"(?<![\w])(?:hit|struck|shelled|bombed|attacked|targeted|fired)\b[^.;]{0,40}$", re.IGNORECASE
)
# Durations: "in 24 hours", "three and a half days".
_DURATION_AFTER = re.compile(
    rf"^\s{{1,3}}(?:and\s{{1,3}}a\s{{1,3}}half\s{{1,3}})?(?:{'|'.join(_TIME_UNITS)})\b",
    re.IGNORECASE,
)
# The word after a four-digit number, skipping up to two ("2000 people", "2000 more people").
_YEAR_FOLLOW = re.compile(r"\s{1,3}(?:[a-z]+\s{1,3}){0,2}?([a-z]+)")
# "Belgrade 2", "Apollo 11": a capitalised word right before the number.
_NAME_BEFORE = re.compile(r"(?<![\w.])([A-Z][\w'’]{1,20}|[a-z][A-Z][a-z]{2,12}) $")  # or "iPhone"
_NAME_AT_START_BEFORE = re.compile(r"(?:^|[.!?:\n]\s{1,3})[A-Z][\w'’]{1,20} $")
_NEXT_WORD = re.compile(r"\s{1,3}([a-z]+)")
_NEXT_TWO_WORDS = re.compile(r"\s{1,3}([a-z]+)(?:\s{1,3}([a-z]+))?")
# "one of", "one day", "no one", "the one": "one" that counts nothing.
_ONE_OF_AFTER = re.compile(r"^\s{1,3}(?:of|another|day|time|way|thing|another|side|hand)\b")
_DETERMINER_BEFORE = re.compile(
    r"(?<![\w])(?:no|the|any|every|this|that|which|each|someone|anyone)\s{1,3}$"
)
_WEEKDAYS_AND_FUNCTION = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "the",
        "a",
        "an",
        "and",
        "but",
        "or",
        "of",
        "in",
        "on",
        "at",
        "by",
        "for",
        "to",
        "from",
        "with",
        "as",
        "said",
        "says",
        "than",
        "over",
        "about",
        "around",
        "some",
        "nearly",
        "almost",
        "more",
        "less",
        "up",
        "at",
        "least",
        "only",
        "just",
        "when",
        "while",
        "after",
        "before",
        "since",
        "during",
        "including",
    ]
)


# Words at which the counted words after a number have ended: modal verbs ("9 were
# children" goes on), and "points" and "times", which are what the number counts.
_COUNTED_WORDS_END = frozenset(
    ["will", "would", "can", "could", "may", "might", "must", "shall", "should", "points",
     "point", "times"]
)  # fmt: skip

# --------------------------------------------------------------------------- reading numbers


def parse_number(words: str) -> float | None:
    """
    Return the value of a number written in words or digits, or None.

    Args:
        words: "twenty-one", "hundred and twelve", "half a million", "1,335", "1.4 million".

    Examples:
        >>> parse_number("twenty-one"), parse_number("a hundred and twelve")
        (21, 112)
        >>> parse_number("half a million"), parse_number("1.4 million")
        (500000, 1400000)
    """
    value, consumed = _parse_words(words)
    if value is not None and consumed == len(words.strip()):
        return value
    m = re.fullmatch(rf"\s*({_DIGITS})\s*(\w+)?\s*", words)
    if m is None:
        return None
    number = _digits_value(m.group(1))
    if m.group(2):
        scale = _DIGIT_SCALES.get(_fold(m.group(2)))
        if scale is None:
            return None
        number = _tidy(number * scale)
    return number


def _tidy(value: float) -> float:
    """
    Return an int for whole values so figures print as counts.

    A scaled decimal off by the float's last digits is whole too: 8.7 * 10**12 is
    8699999999999.999 in floats, and "¥8.7tn" is 8,700,000,000,000.

    Examples:
        >>> _tidy(8.7 * 10**12), _tidy(0.1 + 0.2), _tidy(7420.5)
        (8700000000000, 0.3, 7420.5)
    """
    rounded = round(value, 6)
    whole = round(rounded)
    if abs(rounded - whole) <= 1e-12 * abs(rounded):
        return int(whole)
    return int(rounded) if float(rounded).is_integer() else rounded


def _digits_value(digits: str) -> float:
    if digits.isdecimal() and len(digits) <= 15:
        return int(digits)  # exact in a float too, so the same value _tidy gives
    cleaned = _DIGIT_SEPARATORS.sub("", digits)
    return _tidy(float(cleaned))


# Group separators inside a digit number ("2,000", "1 335").
_DIGIT_SEPARATORS = re.compile(r"[,\s]")
# One number word after up to three spaces or hyphens ("twenty-one", "hundred and ...").
_NUMBER_WORD = re.compile(r"[\s‐-]{0,3}([a-z]+)", re.IGNORECASE)


def _parse_words(text: str) -> tuple[float | None, int]:
    """Return (value, characters consumed) for a run of number words at the start of text."""
    total = 0.0
    current = 0.0
    seen = False
    consumed = 0
    pending_and = False
    half = False
    last_kind = ""
    pos = 0
    while True:
        m = _NUMBER_WORD.match(text, pos)
        if m is None:
            break
        word = _fold(m.group(1))
        if word == "and":
            if last_kind not in ("hundred", "scale"):
                break
            pending_and = True
            pos = m.end()
            continue
        if word in ("a", "an") and not seen:
            pos = m.end()
            continue
        if word == "half" and not seen:
            half = True
            pos = m.end()
            continue
        if word in _UNITS_WORDS or word in _TENS_WORDS:
            n = _UNITS_WORDS.get(word, _TENS_WORDS.get(word, 0))
            if last_kind == "unit" or (last_kind == "tens" and word in _TENS_WORDS):
                break
            if last_kind == "tens" and n >= 10:
                break
            current += n
            last_kind = "tens" if word in _TENS_WORDS else "unit"
        elif word == "hundred":
            if last_kind == "hundred":
                break
            current = (current or 1) * 100
            last_kind = "hundred"
        elif word == "dozen":
            if last_kind in ("hundred", "scale", "dozen"):
                break
            current = (current or 1) * 12
            last_kind = "dozen"
        elif word in _SCALE_WORDS:
            scale = _SCALE_WORDS[word]
            if last_kind == "scale" and current == 0:
                break
            total += (current or 1) * scale
            current = 0
            last_kind = "scale"
        else:
            break
        seen = True
        pending_and = False
        pos = m.end()
        consumed = pos
    del pending_and
    if not seen:
        return None, 0
    value = total + current
    if half:
        value /= 2
    return _tidy(value), consumed + (len(text[:consumed]) - len(text[:consumed].lstrip()) and 0)


# --------------------------------------------------------------------------- candidates


@attrs.frozen
class _Number:
    """A number read at a place in the text, before its context is read."""

    start: int
    end: int
    value: float
    kind: str  # "digits", "words", "vague", "share"
    high: float | None = None  # for vague words and ranges
    unit: str | None = None
    metric: str | None = None
    population: str | None = None
    bare_digits: bool = False  # digits with no separator, decimal, scale or unit


def _candidates(text: str, start: int, end: int) -> list[_Number]:
    """Return every number read in text[start:end], left to right, not overlapping."""
    found: list[_Number] = []
    pos = start
    while pos < end:
        trigger = _TRIGGER.search(text, pos, end)
        if trigger is None:
            break
        at = trigger.start()
        m = (_DIGIT_SCANNER if text[at].isdecimal() else _SCANNER).match(text, at, end)
        number = None if m is None else _read_candidate(text, m, end)
        if m is None or number is None:
            pos = trigger.end()
            continue
        found.append(number)
        pos = max(number.end, m.start() + 1)
    return found


def _read_candidate(text: str, m: re.Match[str], end: int) -> _Number | None:
    group = m.lastgroup
    s = m.start()
    if group == "digits":  # the most common: read first
        # digits, maybe with a currency prefix
        num_start = m.start("num")
        before = text[num_start - 1] if num_start > 0 else " "
        if (
            before.isalpha()
            or before in "_/#@:"
            or (before in "-‐" and num_start > 1 and text[num_start - 2].isalpha())
        ):
            return None  # COVID-19, F-16, G7, 24/7, #3, 10:53
        num = m.group("num")
        if len(num) <= 3 and num.isdigit() and _SPACED_DECIMAL_AFTER.match(text, m.end("num")):
            return None  # "1 234,5": a European decimal, read neither whole nor in part
        stop = m.end()
        currency = None
        cur = m.group("cur")
        if cur:
            currency = _CURRENCY_SYMBOLS.get(_fold(cur.strip()))
            if currency is None:
                currency = _CURRENCY_WORDS.get(_fold(cur.strip()))
        if (
            len(num) == 3
            and before in _GROUP_SPACE_CHARS
            and num.isdigit()
            and (lead := _SPACED_LEAD_BEFORE.search(text, max(0, num_start - 5), num_start))
            and not _day_of_month(text, lead.start(), int(lead.group("lead")))
        ):
            return None  # the rest of a spaced run not read as one number ("3 100 times")
        # Groups joined by spaces: one number, or a short number and what follows.
        split = -1 if num.isdigit() else _space_split(num)
        if split > 0 and not _spaced_is_one(text, num_start, split=split):
            if not _day_of_month(text, num_start, int(num[:split])):
                return None  # neither one number nor surely two: read from the next group
            num = num[:split]  # the day is read (and dropped) alone, then the count
            stop = num_start + split
        value = _digits_value(num)
        fraction = 0.0
        if stop == m.end() and m.group("vulgar"):
            fraction = _VULGAR_FRACTIONS[m.group("vulgar")]
        elif stop == m.end() and m.group("mixed"):
            over, _, under = m.group("mixed").partition("/")
            if int(over) < int(under) and len(num) <= 3 and num.isdigit():
                fraction = int(over) / int(under)
            else:
                stop = m.end("num")  # "3 5/4", "In 2022 1/2 of ...": no mixed number
        if fraction:
            value = _tidy(value + fraction)
        bare = num.isdigit() and currency is None and not fraction
        unit = f"currency:{currency}" if currency else None
        return _with_unit(text, s, stop, value, kind="digits", unit=unit, bare=bare, end=end)
    if group == "slash":
        over, under = int(m.group("over")), int(m.group("under"))
        before = text[s - 1] if s > 0 else " "
        if over >= under or before.isalpha() or before in "_#@:-‐":
            return None
        if not _reads_as_share(text, s, m.end(), end):
            return None  # a date ("on 3/4"), a score or a ratio: no figure
        if _FRACTION_RANGE_BEFORE.search(text, max(0, s - 30), s):
            return None  # "between 1/4 and 1/2 of": not an exact half
        return _Number(s, m.end(), _tidy(over / under), "share", unit="percent")
    if group == "vulgar_share":
        if not _reads_as_share(text, s, m.end(), end):
            return None
        return _Number(s, m.end(), _tidy(_VULGAR_FRACTIONS[m.group()]), "share", unit="percent")
    if group == "every":
        ordinal = _fold(re.search(r"\s(\w+)\s", m.group()).group(1))  # type: ignore[union-attr]
        n = _ORDINALS.get(ordinal) or int(re.sub(r"\D", "", ordinal) or 0)
        last = _fold(m.group().split()[-1])
        if not n or last in _TIME_UNITS or last in ("time", "other", "one"):
            return None
        return _Number(s, m.end(), _tidy(1 / n), "share", unit="percent",
                       population=POPULATIONS.get(last, "people"))  # fmt: skip
    if group == "oneinn":
        parts = re.split(r"\s+(?:in|out\s+of|of)\s+(?:every\s+)?", m.group(), flags=re.IGNORECASE)
        a = parse_number(parts[0])
        b = parse_number(parts[1])
        if not a or not b or a >= b:
            return None
        return _Number(s, m.end(), _tidy(a / b), "share", unit="percent")
    if group == "byfraction" and not _BY_BEFORE.search(text, max(0, s - 30), s):
        return None  # "a third party", "two quarters in a row": no share of anything
    if group in ("fraction", "byfraction"):
        words = re.split(r"[\s-]+", _fold(m.group()))
        if len(words) == 1:
            share = 0.5
        else:
            num = 1 if words[0] in ("a", "one") else _UNITS_WORDS[words[0]]
            share = num / _ORDINALS[words[1].rstrip("s").replace("halve", "half")]
        point = _POINT_AFTER_FRACTION.match(text, m.end(), end)
        if point is not None:
            # "a quarter of a percentage point", "half a point": a share of one point
            return _Number(s, point.end(), _tidy(share / 100), "words", unit="percent")
        return _Number(s, m.end(), _tidy(share), "share", unit="percent")
    if group == "vague":
        key = _fold(m.group())
        if key not in VAGUE:
            return None
        low, high = VAGUE[key]
        money = _CURRENCY_OF_AFTER.match(text, m.end(), end)
        if money is not None and not (
            _fold(money.group(1)) == "pounds" and _OF_AFTER.match(text, money.end())
        ):  # "millions of dollars" (not "hundreds of pounds of explosives")
            code = _CURRENCY_WORDS[_fold(money.group(1))]
            return _Number(s, money.end(), low, "vague", high=high, unit=f"currency:{code}")
        return _Number(s, m.end(), low, "vague", high=high)
    if group == "words":
        worded, consumed = _parse_words(m.group())
        if worded is None or consumed == 0:
            return None
        number = _with_unit(
            text, s, s + consumed, worded, kind="words", unit=None, bare=False, end=end
        )
        several = _SEVERAL_BEFORE.search(text, max(0, s - 24), s)
        if (
            number is not None
            and several is not None
            and number.kind == "words"
            and _SCALES_ONLY.fullmatch(m.group(), 0, consumed)
        ):
            # "several thousand", "a few hundred dollars": some of the unit, as
            # "thousands" reads; "a couple of hundred" two-odd of it
            top = 3 if "couple" in _fold(several.group()) else 10
            some = (2 * number.value, top * number.value - 1)
            if _fold(m.group()[:consumed]) == "dozen":
                some = VAGUE["dozens"]
            return attrs.evolve(
                number, start=several.start(), value=some[0], kind="vague", high=some[1]
            )
        return number
    return None


def _space_split(num: str) -> int:
    """Where the first group space of a digit number is (-1 when it has none)."""
    for at, ch in enumerate(num[:4]):
        if ch in _GROUP_SPACE_CHARS:
            return at
    return -1


def _spaced_is_one(text: str, start: int, *, split: int) -> bool:
    """
    Whether digit groups joined by spaces, starting at `text[start]` with a lead group of
    *split* digits, are one number.

    Not when the lead group is a day after a month ("March 3 120 people") or follows a
    phone-number word or another digit group ("0800 123 456"); otherwise they are, whatever
    space joins them (plain, no-break, thin, narrow no-break). A plain-spaced pair that is
    really two numbers ("scored 3 100 times") is then misread: rarer in news than counts
    written "45 000 fans", "3 200 families" or "12 000, 14 500 and 9 000 people".

    Examples:
        >>> text = "About 3 500 people fled; 12 45 300"
        >>> _spaced_is_one(text, 6, split=1)
        True
        >>> text = "On March 3 120 people"
        >>> _spaced_is_one(text, 9, split=1)
        False
    """
    before = text[max(0, start - 40) : start]
    if _day_of_month(text, start, int(text[start : start + split])):
        return False  # a day of the month, then a count
    run = _RUN_BEFORE.search(before)
    in_run = run is not None and not (  # "On March 3 120 000 people": a day, then the count
        run.group("group")
        and _day_of_month(text, start - len(before) + run.start(), int(run.group("group")))
    )
    phone = bool(_LETTER.search(before) and _PHONE_BEFORE.search(before))
    # Part of a phone number or a table row; otherwise one number, whatever space joins
    # the groups: "45 000 fans", "3 200 families", "12 000, 14 500 and 9 000 people",
    # "100 000 to 150 000".
    return not (in_run or phone)


def _day_of_month(text: str, start: int, lead: int) -> bool:
    """
    Whether the number *lead* written at *start* is a day right after a month name.

    Not when a day comes before the month already ("On 12 March 2 300 people").

    Examples:
        >>> text = "On March 3 120 people; on 12 March 2 300 people"
        >>> _day_of_month(text, 9, 3), _day_of_month(text, 34, 2)
        (True, False)
    """
    if lead > 31:
        return False
    month = _MONTH_BEFORE.search(text, max(0, start - 12), start)
    return month is not None and not _DAY_BEFORE_MONTH.search(
        text, max(0, month.start() - 10), month.start()
    )


def _reads_as_share(text: str, start: int, stop: int, end: int) -> bool:
    """
    Whether a fraction in digits or a fraction character is a share of something.

    It is when "of" follows it ("3/4 of the buildings") or a qualifier other than a range
    word comes right before it ("nearly 1/3"); otherwise a "3/4" may be a date, a score
    or a ratio.

    Examples:
        >>> text = "about 3/4 were lost; 3/4 of the homes; on 3/4 it rained"
        >>> [_reads_as_share(text, at, at + 3, len(text)) for at in (6, 21, 42)]
        [True, True, False]
    """
    if _OF_AFTER.match(text, stop, min(end, stop + 8)):
        return True
    before = text[max(0, start - 24) : start]
    lead = before.rstrip()
    if not (lead[-1:].isalpha() or lead[-1:] in (".", "~")) or _MONTH_BEFORE.search(before):
        return False
    q = _QUALIFIER_BEFORE.search(before)
    return q is not None and _QUALIFIERS_BEFORE[_fold(q.group("q"))] is not Qualifier.RANGE


def _with_unit(
    text: str,
    start: int,
    pos: int,
    value: float,
    *,
    kind: str,
    unit: str | None,
    bare: bool,
    end: int,
) -> _Number | None:
    """Read a scale, currency, percent sign or measure right after the number."""
    # Every scale, percent sign, currency word and measure starts with a letter, "%" or
    # "(" (after at most one space), and the words with one of _UNIT_STARTS: anything
    # else ends the number here, cheaply.
    follow = text[pos : min(end, pos + 12)]
    spaced = follow[:1] in (" ", "\u00a0")
    if spaced:
        follow = follow[1:]
    if not (follow[:1].isalpha() or follow[:1] in ("%", "(")) or (
        spaced and follow.isascii() and not follow.lower().startswith(_UNIT_STARTS)
    ):
        return _Number(start, pos, value, kind, unit=unit, bare_digits=bare)
    metric = None
    if kind == "digits":
        after = _AFTER_DIGITS.match(text, pos, end)
        if after is not None and after.group("scale"):
            word = _fold(after.group("scale").strip())
            attached = not after.group("scale")[0].isspace()
            # "50m" without a currency is metres unless people follow ("3m people").
            if word in ("m", "b") and unit is None:
                people = text[after.end("scale") : after.end("scale") + 12].lower()
                if not _PEOPLE_AFTER_SCALE.match(people):
                    word = ""
            if word and (attached or len(word) > 2 or unit is not None):
                value = _tidy(value * _DIGIT_SCALES[word])
                pos = after.end("scale")
                bare = False
    if pos < end and text[pos].isalpha() and kind == "digits":
        tail = _LETTERS_AFTER.match(text, pos)
        suffix = tail.group().lower() if tail else ""
        if (
            suffix not in ("km", "kg", "mi", "ft", "ha", "pc", "t", "bp", "bps")
            and suffix not in _MEASURES
        ):
            return None  # 5G, 3rd, 1990s, 4x4
    percent = _PERCENT_AFTER.match(text, pos, end)
    if percent is not None:
        share = value / 10_000 if percent.group("bp") else value / 100  # 50 basis points: 0.5%
        return _Number(start, percent.end(), _tidy(share), kind, unit="percent")
    if unit is None and (cents := _SUBUNIT_AFTER.match(text, pos, end)) is not None:
        # "45 cents a share", "312 pence": hundredths of the currency
        code = _SUBUNITS[_fold(cents.group(1))]
        return _Number(start, cents.end(), _tidy(value / 100), kind, unit=f"currency:{code}")
    if unit is None:
        currency = _CURRENCY_AFTER.match(text, pos, end)
        if (
            currency is not None
            and _fold(currency.group(1)) == "pounds"
            and not any(ch.isalpha() for ch in text[start:pos])  # "1.2 billion pounds"
            and _WEIGHT_VERB_BEFORE.search(text, max(0, start - 16), start)
        ):
            # "lost 40 pounds", "weighs 200 pounds": a weight, not money
            return _Number(start, currency.end(), value, kind, unit="lb", metric="weight")
        if currency is not None:
            code = _CURRENCY_WORDS[_fold(currency.group(1))]
            return _Number(start, currency.end(), value, kind, unit=f"currency:{code}")
        measure = _MEASURE_AFTER.match(text, pos, end)
        if measure is not None and not measure.group().lstrip().startswith("("):
            unit, metric = _MEASURES[_fold(measure.group(1))]
            if unit in ("mm", "in") and _CALIBRE_AFTER.match(text, measure.end()):
                return None  # "a 9mm handgun", "155mm shells": a calibre names the weapon
            bare = False
    return _Number(start, pos, value, kind, unit=unit, metric=metric, bare_digits=bare)


def _is_not_a_figure(text: str, number: _Number, lo: int) -> bool:
    """
    Return whether the number is a year, date, time, age, address, label or id.

    Notes:
        Each pattern is tried only when the characters next to the number allow it to
        match (most start or end with a letter, a sign or a space), so a number between
        other numbers ("12, 45, 300") is read with a few character tests, not twenty
        searches.
    """
    s, e = number.start, number.end
    kind = number.kind
    if kind in ("share", "vague"):
        return False
    before = text[max(lo, s - 24) : s]
    after = text[e : e + 40]
    a0 = after[:1]  # the character right after the number
    a_word = after.lstrip()[:1].isalpha()  # the next non-space character is a letter
    a_space = a0.isspace()
    b1 = before[-1:]  # the character right before the number
    # "$" in a pattern also matches before a final newline: the character before that.
    b1_end = before[-2:-1] if b1 == "\n" else b1
    b_core = before.rstrip()[-1:]  # the last non-space character before the number
    b_word = b1.isspace() and b_core.isalpha()  # a word, then spaces, then the number
    # The word before and the start of the word after, in lower case, when plain ASCII
    # letters: patterns that need other words there are not tried (None: try them all).
    word_before = _plain_word_before(before) if b_core.isalpha() else None
    head = after.lstrip()[:8]
    word_after = head.lower() if head.isascii() else None
    digits = kind == "digits"
    unit = number.unit
    if (
        unit is None
        and (a0 in (":", ".") or (a_word and (word_after is None or word_after[:1] in "apguoh")))
        and _TIME_AFTER.match(after)
    ):
        return True
    if digits and (
        (a0 == "/" and _SLASH_AFTER.match(after))  # 9/11, 24/7
        or (b1_end in ("-", ".") and _GROUP_BEFORE.search(before))  # last group of 800-273-8255
        or (a0 in ("-", ".") and _GROUPS_AFTER.match(after))  # the first group of 2022-03-02
        or (
            b1_end in ("-", ".") and _DASH_BEFORE.search(before) and _DASH_AFTER.match(after)
        )  # a middle group
        or (number.bare_digits and e - s >= 8)  # ids and timestamps
        or (number.bare_digits and e - s >= 2 and text[s] == "0")  # "0018", "000", "07"
    ):
        return True
    if (
        digits
        and a0 == ","
        and number.value < 120
        and b1.isspace()
        and (_NAME_COMMA_BEFORE.search(before) or _PERSON_COMMA_BEFORE.search(before))
    ):
        return True  # "Jimmy Tompkins, 31, said", "the suspect, 22, was": an age in apposition
    if kind == "words" and text[s].isupper():
        lead = text[max(lo, s - 4) : s]
        sentence_start = s == lo or _SENTENCE_START_BEFORE.search(lead)
        if not sentence_start and not _QUOTE_OR_LINE_BEFORE.search(lead):
            return True  # "Ground Zero", "the Big Ten": a number word inside a name
    if (
        number.value <= 31
        and unit is None
        and (
            (
                b1.isspace()
                and (
                    b_core == "."
                    or (b_core.isalpha() and (word_before is None or word_before in _MONTH_WORDS))
                )
                and _MONTH_BEFORE.search(before)
            )
            or (
                a_word
                and (word_after is None or word_after[:1] in "snrtojfmad")
                and _MONTH_AFTER.match(after)
            )
        )
    ):
        return not before.rstrip().lower().endswith("may") or before.rstrip().endswith("May")
    if (
        (
            b_word
            and (word_before is None or word_before in _AGE_WORDS)
            and _AGE_BEFORE.search(before)
        )
        or (
            # the last of a list of ages: "children aged 5 and 7", "ages 4, 6 or 9"
            (word_before in ("and", "or", "to") or (word_before or "").isdigit())
            and _AGE_LIST_BEFORE.search(before)
        )
        or (
            (a_space or a0 == "-")
            and ("y" in after[1:4] or "Y" in after[1:4])
            and _AGE_AFTER.match(after)
        )
        or (a0 == "-" and after[1:2].isspace() and _SUSPENDED_AGE_AFTER.match(after))
    ):
        return True
    if a0 in ("-", "‐") and _HYPHENATED_AFTER.match(after):
        return True  # a 24-hour period, a five-storey building
    if (
        a_space
        and a_word
        and (word_after is None or word_after.startswith("times"))
        and _TIMES_AFTER.match(after)
        and not _HIT_BEFORE.search(text[max(lo, s - 60) : s])
    ):
        return True  # "three times higher"
    if (
        unit is None
        and a_space
        and a_word
        and (word_after is None or word_after.startswith(_DURATION_STARTS))
        and _DURATION_AFTER.match(after)
    ):
        return True  # durations: "in 24 hours", "three days"
    if unit is None and a_space and "A" <= head[:1] <= "Z" and _ADDRESS_AFTER.match(after):
        return True
    if (
        digits
        and (
            b_core in (".", "#")
            or (b_core.isalpha() and (word_before is None or word_before in _LABEL_WORDS))
        )
        and _LABEL_BEFORE.search(before)
    ):
        return True
    if (
        digits
        and number.value in _POWERS_OF_TEN
        and b_core.isalpha()
        and _PER_BEFORE.search(before)
    ):
        return True  # "2.3 per 100,000 people": the base of a rate, no count
    if (
        digits
        and (
            (b_core in ("+", "(") and _OPEN_BEFORE.search(before) and _PHONE_NEXT.match(after))
            or (
                a0 in _PHONE_JOINS
                and _PHONE_GROUPS_AFTER.match(after)
                # "100 000-150 000": a range of spaced thousands, not phone groups
                and not (_SPACED_RUN.fullmatch(text, s, e) and _SPACED_RANGE_AFTER.match(after))
            )
            or (
                number.bare_digits
                and 2 <= e - s <= 4
                and b1 in _GROUP_SPACE_CHARS
                and before[-2:-1].isdecimal()
                and (
                    _PHONE_TWO_BEFORE.search(before)
                    or (_PHONE_ONE_BEFORE.search(before) and _PHONE_ONE_AFTER.match(after))
                )
            )  # the middle or last group of "12 45 300", "020 7946 0018"
            or (
                a0 in _PHONE_JOINS
                and _PHONE_DASH_AFTER.match(after)
                and _LETTER.search(before)  # the word "call", "phone" ...
                and _PHONE_BEFORE.search(before)
            )
        )
    ):
        return True  # phone numbers
    if number.bare_digits and 1000 <= number.value <= 2100 and e - s == 4:
        # A four-digit number with no separator is a year unless it counts something.
        follow = _YEAR_FOLLOW.match(after)
        qualified = _QUALIFIER_BEFORE.search(text[max(lo, s - 20) : s])
        counted = follow is not None and (
            follow.group(1) in POPULATIONS
            or _METRIC_FORMS.get(follow.group(1), "revenue") not in _MONEY_METRICS
        )
        if not (counted or (qualified and qualified.group("q").lower() not in ("from", "between"))):
            return True
    if (
        digits
        and unit is None
        and (view := before[:-1] if b1 == "\n" else before)[-1:] == " "
        and (
            word_before is None
            or view[-len(word_before) - 1].isupper()  # "Apollo", not "and"
            or view[-len(word_before)].isupper()  # "iPhone"
        )
        and _may_end_a_name(view)
    ):
        # "Belgrade 2", "Apollo 11": a capitalised word right before names a thing.
        prev = _NAME_BEFORE.search(before)
        if prev is not None and prev.group(1).lower() not in _WEEKDAYS_AND_FUNCTION:
            at_sentence_start = _NAME_AT_START_BEFORE.search(before)
            follow = _NEXT_WORD.match(after)
            counted = follow is not None and (
                follow.group(1) in POPULATIONS
                or follow.group(1) in _METRIC_FORMS
                or follow.group(1) in ("more", "other", "others", "of")
            )
            if not counted and not at_sentence_start:
                return True
    if kind == "words":
        word = text[s:e].lower()
        if word in ("one", "an", "a"):
            after_l = after.lower()
            if _ONE_OF_AFTER.match(after_l):
                return True
            if _DETERMINER_BEFORE.search(before.lower()):
                return True
            follow = _NEXT_TWO_WORDS.match(after_l)
            words_after = [w for w in (follow.groups() if follow else ()) if w]
            counted = any(w in POPULATIONS or w in _METRIC_FORMS for w in words_after[:2]) or (
                words_after[:1] in (["more"], ["other"], ["others"])
            )
            active = _ACTIVE_BEFORE.search(text[max(lo, s - 40) : s])
            qualified = _QUALIFIER_BEFORE.search(text[max(lo, s - 20) : s])
            if not (counted or active or qualified):
                return True
    return False


def _plain_word_before(before: str) -> str | None:
    """
    The last word of *before* in lower case, when it is up to 20 ASCII letters.

    A pattern that ends in one of its own words, then spaces, can match only when that
    word is this one; None when the word is something else (try the pattern).
    """
    word = before.rstrip()[-21:].rsplit(None, 1)[-1]
    return word.lower() if len(word) <= 20 and word.isascii() and word.isalpha() else None


def _may_end_a_name(before: str) -> bool:
    """Whether the word before the final space of *before* can hold a capital letter."""
    word = before[:-1].rstrip("0123456789")
    return word[-1:].isalnum() or word[-1:] in ("_", "'", "’")


# --------------------------------------------------------------------------- context


@attrs.frozen
class _Stops:
    """
    Where sentences stop and tally words stand in `text[lo:hi]`, each found once.

    Every candidate number reads a window of up to 200 characters either side; finding
    the sentence stops in each window again would cost the window's length per number,
    which on text made of numbers is most of the time. The stops are found once and each
    window is then bounded by a binary search.

    `_SENTENCE_STOP` matches a newline, or a stop sign followed by spaces and a capital
    letter. A stop sign can never be inside another match (a match holds one stop sign,
    then only spaces, quotes and a letter), so the stop-sign matches in any slice are the
    ones found over the whole range that lie inside the slice, and a newline matches by
    itself wherever a stop-sign match does not swallow it.

    Tally words are looked for only in the windows before the numbers, each stretch of
    text once (a case-blind search of the whole text would cost more than the windows of
    sparse numbers in prose).
    """

    ends: list[int]  # ends of the stop-sign matches, increasing
    starts: list[int]  # their starts
    newlines: list[int]  # where the newlines are
    # Where a tally word may start (_TALLY_HINT: no word boundaries), increasing: any
    # _TALLY_HINT match in a window before a number starts at a listed place or at most
    # _TALLY_HINT_LONGEST after one.
    tallies: list[int]

    @classmethod
    def read(cls, text: str, lo: int, hi: int, numbers: Iterable[_Number]) -> _Stops:
        """Find the stops in text[lo:hi] and the tally words before the *numbers*."""
        starts: list[int] = []
        ends: list[int] = []
        for m in _STOP_SIGN.finditer(text, lo, hi):
            starts.append(m.start())
            ends.append(m.end())
        newlines: list[int] = []
        at = text.find("\n", lo, hi)
        while at >= 0:
            newlines.append(at)
            at = text.find("\n", at + 1, hi)
        # Each number looks for a tally word in at most the 200 characters before it.
        tallies: list[int] = []
        begin = stop = lo
        for number in numbers:
            if number.start - 200 - _TALLY_HINT_LONGEST > stop:
                if stop > begin:
                    tallies.extend(m.start() for m in _TALLY_HINT.finditer(text, begin, stop))
                begin = max(lo, number.start - 200 - _TALLY_HINT_LONGEST)
            stop = number.start
        if stop > begin:
            tallies.extend(m.start() for m in _TALLY_HINT.finditer(text, begin, stop))
        return cls(ends, starts, newlines, tallies)

    def last_end(self, left: int, stop: int) -> int:
        """The end of the last `_SENTENCE_STOP` match in text[left:stop], or -1."""
        end = -1
        k = bisect.bisect_right(self.ends, stop) - 1
        if k >= 0 and self.starts[k] >= left:
            end = self.ends[k]
        k = bisect.bisect_left(self.newlines, stop) - 1
        if k >= 0 and self.newlines[k] >= left:
            end = max(end, self.newlines[k] + 1)
        return end

    def first_start(self, start: int, stop: int) -> int:
        """The start of the first `_SENTENCE_STOP` match in text[start:stop], or -1."""
        first = -1
        k = bisect.bisect_left(self.starts, start)
        if k < len(self.starts) and self.ends[k] <= stop:
            first = self.starts[k]
        k = bisect.bisect_left(self.newlines, start)
        if k < len(self.newlines) and self.newlines[k] < stop:
            first = self.newlines[k] if first < 0 else min(first, self.newlines[k])
        return first

    def may_tally(self, left: int, stop: int) -> bool:
        """
        Whether a tally word may lie in text[left:stop] (False: it surely does not).

        *stop* is where a number starts and *left* at most 200 characters before it.
        """
        k = bisect.bisect_left(self.tallies, left - _TALLY_HINT_LONGEST)
        return k < len(self.tallies) and self.tallies[k] < stop


def _sentence_bounds(stops: _Stops, s: int, e: int, lo: int, hi: int) -> tuple[int, int]:
    """Return a bounded window around [s, e) that stays inside the sentence."""
    left = max(lo, s - 200)
    last = stops.last_end(left, s)
    if last >= 0:
        left = last - 1
    right = min(hi, e + 200)
    first = stops.first_start(e, right)
    if first >= 0:
        right = first + 1
    return left, right


def _population_after(text: str, pos: int, stop: int) -> tuple[str | None, str | None, int]:
    """
    Read the words after a number: (population, metric noun, end of the population words).

    Skips "of", "of its", "of the" and up to four adjectives ("modern fire and rescue
    vehicles"), stopping at punctuation, verbs and metric words.
    """
    limit = min(stop, pos + 80)
    first = text[pos:limit].lstrip()[:1]
    if not first or first.isdecimal() or not (first.isalnum() or first == "_"):
        return None, None, pos  # a digit or a sign comes first: no words to read
    population = None
    adjective_population = None
    metric = None
    end = pos
    # Up to ten words are read, but most numbers are settled by the first one or two.
    found = _WORD.finditer(text, pos, limit)
    tokens = [(m.group(), m.start(), m.end()) for m in itertools.islice(found, 2)]
    complete = len(tokens) < 2
    i = 0
    skipped = 0
    while True:
        if not complete and i + 2 > len(tokens):
            tokens.extend((m.group(), m.start(), m.end()) for m in itertools.islice(found, 8))
            complete = True
        if not (i < len(tokens) and skipped <= 5):
            break
        word = tokens[i][0].lower().rstrip("'’")
        pair = f"{word} {tokens[i + 1][0].lower()}" if i + 1 < len(tokens) else ""
        if pair in _POPULATION_PAIRS:
            population = _POPULATION_PAIRS[pair]
            end = tokens[i + 1][2]
            break
        if word in _COUNT_NOUN_METRICS or (word in ("dead", "wounded", "injured") and i == 0):
            if word in _COUNT_NOUN_METRICS:
                metric = _METRIC_FORMS.get(word)
                if word in ("refugees", "protesters", "demonstrators", "marchers", "evacuees"):
                    population = "people"
                end = tokens[i][2]
            break
        if word in POPULATIONS:
            population = POPULATIONS[word]
            if word in ("civilian",) and i + 1 < len(tokens):
                adjective_population = population
                population = None
                i += 1
                skipped += 1
                continue
            end = tokens[i][2]
            if word in ("protesters", "demonstrators", "marchers", "refugees"):
                metric = _METRIC_FORMS.get(word)
            break
        if word in ("of", "its", "the", "their", "his", "her", "our", "these", "those", "them"):
            if word != "of" and skipped == 0:
                break
            if word == "of" and any(
                t[0].lower() not in ("of", "the", "its", "their") for t in tokens[:i]
            ):
                break  # "thousands of acres of surface mines": a second noun phrase
            i += 1
            skipped += 1
            continue
        if word in _METRIC_FORMS and word not in POPULATIONS:
            # "rescue vehicles", "fire and rescue vehicles": a noun used as a modifier
            if not complete:
                tokens.extend((m.group(), m.start(), m.end()) for m in itertools.islice(found, 8))
                complete = True
            ahead = [t[0].lower() for t in tokens[i + 1 : i + 4]]
            head = next((w for w in ahead if w in POPULATIONS), None)
            if head is None or any(not w.isalpha() for w in ahead[: ahead.index(head)]):
                break
            i += 1
            skipped += 1
            continue
        if word == "and" and skipped > 0:
            i += 1
            skipped += 1
            continue
        if not word.isalpha() or word in _WEEKDAYS_AND_FUNCTION or word in _COUNTED_WORDS_END:
            break  # "voters in 11 states | will cast ballots": the counted words end
        if (
            word == "vote"
            and skipped
            and (
                tokens[i - 1][0].lower() in ("the", "popular")
                # "of vote counting systems": a modifier, not the head noun
                or (
                    tokens[i - 1][0].lower() == "of"
                    and (
                        i + 1 >= len(tokens)
                        or not tokens[i + 1][0][:1].islower()
                        or tokens[i + 1][0] in _WEEKDAYS_AND_FUNCTION
                    )
                )
            )
        ):
            population, end = "votes", tokens[i][2]  # "52% of the vote", not "would vote"
            break
        if word in ("more", "other", "further", "additional"):
            i += 1
            skipped += 1
            continue
        # an adjective or a noun modifier; keep looking for the head noun
        if word in ("and",) or word.isalpha():
            i += 1
            skipped += 1
            continue
        break
    if population is None and adjective_population is not None:
        population = adjective_population
    return population, metric, end


def _metric_forward(text: str, pos: int, stop: int, next_start: int | None) -> str | None:
    """The first metric word after the number in its clause, unless it belongs to the next one."""
    for m in _METRIC_WORD.finditer(text, pos, stop):
        word = _fold(m.group())
        metric = _METRIC_FORMS[word]
        if next_start is not None and m.end() <= next_start:
            gap = text[m.end() : next_start]
            if _fold(gap.strip()) in _QUALIFIERS_BEFORE or not gap.strip():
                return None  # "... and injured at least 120": the verb takes the next number
        if metric in _MONEY_METRICS and metric != "jobs":
            continue
        if metric in ("population", "launched", "supplied") and not word.startswith("inhab"):
            continue
        if word in (
            "hit",
            "hits",
            "shelling",
            "saved",
            "saving",
            "rescue",
            "supply",
            "cost",
            "price",
            "employ",
            "employs",
            "employed",
            "employing",
            "shares",
            "stock",
            "recalled",
        ):
            continue  # these count the number only as an active verb right before it
        return metric
    return None


def _metric_backward(
    text: str, left: int, start: int, stops: _Stops | None = None
) -> tuple[str | None, str | None, bool]:
    """
    Read what is counted from the words before the number.

    Returns (metric, population, immediate): immediate when the word right before the
    number is an active verb ("killing four", "put out more than 400"). *stops*, when
    given, covers text[left:start] and says cheaply when no tally word stands there.
    """
    window = text[max(left, start - 60) : start]
    # The verb ends in a letter and is followed by spaces up to the number.
    active = (
        _ACTIVE_BEFORE.search(window)
        if window[-1:].isspace() and window.rstrip()[-1:].isalpha()
        else None
    )
    if active is not None:
        word = _fold(active.group("verb"))
        if (word not in _COUNT_NOUN_METRICS or word == "casualties") and word not in (
            "deaths",
            "death",
            "dead",
            "injuries",
            "wounds",
        ):
            return _METRIC_FORMS[word], None, True
    if stops is not None and not stops.may_tally(left, start):
        return None, None, False
    far = text[left:start]
    tally = earlier = None
    for found in _TALLY_WORDS.finditer(far):
        tally, earlier = found, tally
    if tally is None:
        return None, None, False
    metric, population = _tally_metric(far, tally)
    if metric is None and earlier is not None and _fold(tally.group()) == "among":
        # "the toll among children rose to 41": the tally before "among" says what
        metric, before = _tally_metric(far, earlier)
        population = population or before
    return metric, population, False


def _tally_metric(far: str, tally: re.Match[str]) -> tuple[str | None, str | None]:
    """
    Read (metric, population) of a tally word found in *far*, the text before a number.

    The noun right before the tally names the metric first ("death toll", "injury
    tally"); then the words after it up to a preposition, a clause or the tally's verb
    ("the number of people evacuated | from the valley"); then the tally's own default (a
    toll counts the dead). Words after that end describe the event ("the toll from the
    quake that struck ..."): they give a metric only to a tally with no default ("the
    number of homes in the area that were damaged"), and never a population.

    Examples:
        >>> far = "The death toll from the quake that struck the town rose to "
        >>> _tally_metric(far, _TALLY_WORDS.search(far))
        ('killed', None)
    """
    word = _SPACES.sub(" ", _fold(tally.group()))
    metric = None
    modifier = _TALLY_MODIFIER_BEFORE.search(far, max(0, tally.start() - 20), tally.start())
    if modifier is not None:
        metric = _TALLY_MODIFIERS.get(_fold(modifier.group(1)))
    end = _TALLY_COMPLEMENT_END.search(far, tally.end())
    stop = len(far) if end is None else end.start()
    if word == "among":
        # "among the dead", "among those evacuated": the counted words come first; in
        # "among residents the storm displaced" the words describe a group
        head = _AMONG_THE.match(far, tally.end())
        if head is not None:
            metric = _first_counted(far, tally.end(), head.end())
    else:
        metric = metric or _first_counted(far, tally.end(), stop) or _TALLY_DEFAULTS.get(word)
        metric = metric or _first_counted(far, tally.end(), len(far))
    population = None
    for m in _LOWER_WORD.finditer(far[tally.end() : stop].lower()):
        if m.group() in POPULATIONS:
            population = POPULATIONS[m.group()]
            break
    return metric, population


def _first_counted(far: str, start: int, stop: int) -> str | None:
    """
    The first metric in far[start:stop] a tally can count (money is read elsewhere).

    Examples:
        >>> _first_counted("number of paid staff evacuated", 0, 31)
        'evacuated'
    """
    for m in _METRIC_WORD.finditer(far, start, stop):
        metric = _METRIC_FORMS[_fold(m.group())]
        if metric not in _MONEY_METRICS or metric == "jobs":
            return metric
    return None


def _tally_across_aside(
    text: str, sentence_left: int, previous_end: int, start: int
) -> tuple[str | None, str | None]:
    """
    Read a tally whose noun phrase an aside with a figure splits from the number.

    In "the death toll from the storm, which destroyed 300 homes, rose to 21" an aside
    opens after the tally (a comma, a bracket or a dash) and closes after the figure
    before: the tally before that aside counts this number.

    Examples:
        >>> text = "The toll of the storm, which hit 30 towns, rose to 21."
        >>> _tally_across_aside(text, 0, text.index(" towns"), text.index("21"))
        ('killed', None)
    """
    if not _ASIDE_END.match(text, previous_end, start):
        return None, None
    far = text[sentence_left:previous_end]
    tally = None
    for found in _TALLY_WORDS.finditer(far):
        tally = found
    if tally is None or not _ASIDE_OPEN.search(far, tally.end()):
        return None, None
    return _tally_metric(far, tally)


def _money_metric(text: str, left: int, start: int, end: int, right: int) -> str | None:
    """For money and shares: the nearest company metric before the number, or after it."""
    window = text[max(left, start - 50) : start]
    if _LOST_BEFORE.search(window) and not _PERCENT_AFTER.search(text, start, end):
        return "loss"  # "the company lost £1.2bn" (a share lost is a fall, not a loss)
    noun = _MONEY_NOUN_AFTER.match(text, end, min(right, end + 40))
    if noun is not None:
        return _METRIC_FORMS[_fold(noun.group("noun"))]  # "a $2.5bn investment", "a £310m loss"
    found = None
    for m in _METRIC_WORD.finditer(window):
        metric = _METRIC_FORMS[_fold(m.group())]
        if metric == "investment" and _RAISED_TO_AFTER.match(window, m.end()):
            continue  # "raised gradually to 30 dollars", "raised by": a level, not money raised
        if metric in _MONEY_METRICS:
            found = metric
    if found:
        return found
    after = re.match(
        r"\s{1,3}(?:in|of)\s{1,3}(?:annual\s{1,3}|net\s{1,3}|new\s{1,3})?([a-z]+)",
        text[end : min(right, end + 40)],
    )
    if after is not None and after.group(1) in _METRIC_FORMS:
        metric = _METRIC_FORMS[after.group(1)]
        if metric in _MONEY_METRICS:
            return metric
    return None


# --------------------------------------------------------------------------- assembling


# Every word a qualifier, a change verb, an active verb (with what may follow it), "home
# to", "city of", "a" or "compared with" can end with: a number after any other word is none of these.
_LAST_WORDS_BEFORE = frozenset(
    [
        *(key.split()[-1] for key in _QUALIFIERS_BEFORE),
        *(form.split()[-1] for form in _METRIC_FORMS),
        *(
            word
            for pattern in (
                _CHANGE_BEFORE,
                _ACTIVE_BEFORE,
                _HOME_TO_BEFORE,
                _A_BEFORE,
                _LEVEL_FROM_BEFORE,
                _ESTIMATE_VERB_BEFORE,
                _DRAW_BEFORE,
                _JOB_VERB_BEFORE,
                _SUBSET_GAP,
            )
            for word in re.findall(r"[a-z]+", pattern.pattern)
        ),
    ]
)
# Signs and spaces between numbers in lists and tables.
_SEPARATORS = " \t\n\r,;:.()[]-–—/\"'"
# Words after a number that change its reading: "or more", "or so", "four more", "four
# others", "further", "three times".
_WORDS_AFTER = ("or", "more", "other", "further", "times", "point")


def _quiet_before(lead: str) -> bool:
    """
    Whether no qualifier, change verb or active verb can end right before a number.

    *lead* is the text before the number (at most 60 characters, trailing spaces
    removed). Those phrases end in a letter (or ".", "~") followed by spaces, and their
    last word is one of `_LAST_WORDS_BEFORE`.
    """
    last = lead[-1:]
    if not last.isalpha():
        return last not in (".", "~")
    word = lead[-21:].rsplit(None, 1)[-1]
    return (
        len(word) <= 20
        and word.isascii()
        and word.isalpha()
        and word.lower() not in _LAST_WORDS_BEFORE
    )


def _quiet_after(head: str) -> bool:
    """Whether *head*, the text after a number, starts with none of `_WORDS_AFTER`."""
    return head.isascii() and not head.lower().startswith(_WORDS_AFTER)


def find_figures(text: str, start: int = 0, end: int | None = None) -> list[Figure]:
    """
    Return every figure in `text[start:end]`, left to right.

    Spans are absolute offsets into *text*; each figure's `text` is exactly
    `text[span.start:span.end]`, qualifier words included ("more than 2,000").

    Args:
        text: The text to read.
        start: Where to start reading.
        end: Where to stop reading (default: the end of the text).

    Returns:
        The figures, with metric, population, unit and change filled where the words say
        so.

    Notes:
        One compiled scanner finds the candidates; each is read on a bounded window around
        it, so the time is linear in the length of the text.

    Examples:
        >>> [str(f) for f in find_figures("At least 25 people were killed and 120 injured.")]
        ['at least 25 people killed', '120 people injured']
    """
    hi = len(text) if end is None else min(end, len(text))
    lo = max(0, start)
    numbers = [n for n in _candidates(text, lo, hi) if not _is_not_a_figure(text, n, lo)]
    if not numbers:
        return []  # no figure, and no "the same number" without one before it
    stops = _Stops.read(text, lo, hi, numbers)
    figures: list[Figure] = []
    previous: Figure | None = None
    previous_end = lo
    # Where the tally of the sentence stands when the figure before counted its event
    # ("the death toll from two earthquakes ... rose to 7,800"): the next figure may read it.
    event_left: int | None = None
    i = 0
    while i < len(numbers):
        number = numbers[i]
        # the tally of an event counted just before is open to this number only
        after_event, event_left = event_left, None
        consumed = 1
        if (
            number.kind == "digits"
            and number.start - 2 >= lo
            and text[number.start - 1] in ("-", "–", "—")
            and text[number.start - 2].isdecimal()
            and (i == 0 or numbers[i - 1].end != number.start - 1)
        ):
            i += 1  # the end of "March 1-8" or "3-1" whose start is no figure
            continue
        if (
            number.kind == "digits"
            and text[number.end : number.end + 1] in (".", ")")
            and text[number.end + 1 : number.end + 2].isspace()
            and (number.start == lo or text[number.start - 1] == "\n")
        ):
            i += 1  # a numbered list item: "2. U.N. panel rules ..."
            continue
        left, right = _sentence_bounds(stops, number.start, number.end, lo, hi)
        sentence_left, left = left, max(left, previous_end)
        # ---- ranges: "between 30 and 40", "30 to 40", "30-40", "two or three"
        low: float | None = number.value
        high: float | None = number.high if number.high is not None else number.value
        fig_start, fig_end = number.start, number.end
        unit = number.unit
        is_range = False
        if i + 1 < len(numbers) and number.kind in ("digits", "words"):
            nxt = numbers[i + 1]
            gap = text[number.end : nxt.start]  # "-", "to", "and", "or", spaced
            join = (
                _RANGE_JOIN.fullmatch(text, number.end, nxt.start)
                if len(gap) <= 9 and gap.strip().lower() in ("-", "–", "—", "to", "and", "or")
                else None
            )
            if (
                join is not None
                and nxt.kind == number.kind
                # "5-10%" and "$5-6bn" share one unit; "12% to 310 million" does not
                and (nxt.unit == unit or unit is None or (nxt.unit is None and unit != "percent"))
                and not (
                    # "rose 12% to 310 million": a change, then the level reached
                    unit is not None
                    and _fold(join.group("join")) == "to"
                    and (
                        _CHANGE_VERB_BEFORE.search(text[max(lo, number.start - 24) : number.start])
                        # "raised its rate by 50 basis points to 5.25%"
                        or (
                            nxt.unit is not None
                            and _unit_words(text, number) != _unit_words(text, nxt)
                            and _BY_BEFORE.search(text, max(lo, number.start - 30), number.start)
                        )
                    )
                )
                and not (
                    # "the death toll rose by 12 to 45": a tally's change, then its level
                    # ("expected to rise by 10 to 20", "rose by 2 to 3 degrees" stay ranges)
                    unit is None
                    and nxt.unit is None
                    and _fold(join.group("join")) == "to"
                    and _PAST_CHANGE_BY.search(text, max(lo, number.start - 24), number.start)
                    and (
                        _TALLY_NEAR.search(text, max(lo, number.start - 60), number.start)
                        # "jobless claims fell by 9,000 to 210,000": a level far above the
                        # change, not the top of a range
                        or nxt.value >= 4 * number.value
                    )
                )
            ):
                word = _fold(join.group("join"))
                ok = (
                    word == "and"
                    and _BETWEEN_BEFORE.search(text[max(lo, number.start - 12) : number.start])
                ) or (
                    word in ("to", "-", "–", "—", "or")
                    and (
                        not _FROM_BEFORE.search(text[max(lo, number.start - 8) : number.start])
                        or _RANGE_FROM_BEFORE.search(
                            text[max(lo, number.start - 24) : number.start]
                        )
                        # "from 3,000 to 5,000 people are expected": no verb moves it
                        or not _CHANGE_FROM_BEFORE.search(
                            text, max(lo, number.start - 60), number.start
                        )
                    )
                )
                a, b = number.value, nxt.value
                if ok:
                    raw_a, raw_b = _raw_value(text, number), _raw_value(text, nxt)
                    if raw_b and raw_a == a and b != raw_b and a < raw_b:
                        # "between 1 and 2 million", "$5-6bn": the second's scale applies
                        a = _tidy(a * (b / raw_b))
                if ok and a < b:
                    low, high = a, b
                    fig_end = nxt.end
                    unit = nxt.unit or unit
                    is_range = True
                    consumed = 2
                elif ok and word in ("-", "–", "—") and a >= b:
                    i += 2  # a score or an id ("3-1"), not a figure
                    continue
        # ---- a plain count (tables, results, data dumps, "300 and 7 people"): when no
        # word before it can qualify it or name a change, an active verb or a tally, and
        # none after it names a unit, a metric, "or more", "more" or "times", read it at
        # once; the general reading below would find nothing more.
        if (
            not is_range
            and number.kind == "digits"
            and unit is None
            and number.metric is None
            and (previous is None or previous.change is None)
            and text[fig_end : fig_end + 1] not in ("+", "-")
            and _quiet_before(text[max(left, fig_start - 60) : fig_start].rstrip())
            and _quiet_after(head := text[fig_end : fig_end + 12].lstrip()[:8])
            and not _gapped(text, previous, fig_start, fig_end)
        ):
            if head[:1].isdecimal() or not (head[:1].isalnum() or head[:1] in ("", "_")):
                # A digit or a sign comes next: no words to read (as _population_after).
                population, noun_metric, pop_end = None, None, fig_end
            else:
                population, noun_metric, pop_end = _population_after(text, fig_end, right)
            nxt_start = numbers[i + 1].start if i + 1 < len(numbers) else None
            stop = min(right, pop_end + 130)
            if nxt_start is not None:
                stop = max(pop_end, min(stop, nxt_start))
            if (
                noun_metric is None
                and population not in ("strikes", "jobs")
                and not stops.may_tally(left, fig_start)
                and (
                    not text[pop_end:stop].strip(_SEPARATORS)  # no word: no metric word
                    or _metric_forward(text, pop_end, stop, nxt_start) is None
                )
            ):
                i += 1
                try:
                    figure = Figure(
                        low=low,
                        high=high,
                        text=text[fig_start:fig_end],
                        span=Span(fig_start, fig_end),
                        population=population,
                    )
                except ValueError:
                    continue
                figures.append(figure)
                previous = figure
                previous_end = fig_end
                continue
        # ---- the qualifier before or after
        qualifier = Qualifier.EXACT if number.kind != "vague" else Qualifier.RANGE
        # A qualifier ends in a letter, "." or "~", then at most spaces up to the number.
        lead = text[max(left, number.start - 24) : number.start].rstrip()[-1:]
        q = (
            _QUALIFIER_BEFORE.search(text, max(left, number.start - 24), number.start)
            if lead.isalpha() or lead in (".", "~")
            else None
        )
        low_inclusive = high_inclusive = True
        if q is not None:
            qual = _QUALIFIERS_BEFORE[_fold(q.group("q"))]
            if qual is Qualifier.RANGE and not is_range:
                qual = None  # type: ignore[assignment]
            if qual is not None:
                qualifier = qual
                fig_start = q.start()
                if number.kind == "vague" and qual is not Qualifier.RANGE:
                    if qual in (Qualifier.MORE_THAN, Qualifier.AT_LEAST):
                        high = None
                    elif qual in (Qualifier.AT_MOST, Qualifier.LESS_THAN):
                        low = None
                        high = number.high
        elif is_range:
            qualifier = Qualifier.RANGE
        follow = text[fig_end : fig_end + 1]  # "or more", "+", "-plus" start with these
        if qualifier is Qualifier.EXACT and not is_range and (follow.isspace() or follow in "+-"):
            after_q = _QUALIFIER_AFTER.match(text, fig_end, min(hi, fig_end + 12))
            if after_q is not None and after_q.end() <= hi:
                if after_q.group("more") or after_q.group("plus"):
                    qualifier = Qualifier.AT_LEAST
                else:
                    qualifier = Qualifier.APPROXIMATELY
                fig_end = after_q.end()
        if (
            number.kind in ("words",)
            and qualifier is Qualifier.EXACT
            and _HALF_A.match(text[number.start : number.end])
        ):
            qualifier = Qualifier.APPROXIMATELY
        if is_range:
            qualifier = (
                Qualifier.RANGE
                if qualifier in (Qualifier.EXACT, Qualifier.RANGE, Qualifier.APPROXIMATELY)
                else qualifier
            )
        value = number.value
        if qualifier is Qualifier.MORE_THAN:
            low, high, low_inclusive = (value, None, False)
        elif qualifier is Qualifier.AT_LEAST:
            low, high = value, None
        elif qualifier is Qualifier.AT_MOST:
            low, high = None, (high if high is not None else value)
        elif qualifier is Qualifier.LESS_THAN:
            low, high, high_inclusive = (
                None,
                (number.value if number.kind != "vague" else high),
                False,
            )
        elif qualifier is Qualifier.APPROXIMATELY and not is_range and number.kind != "vague":
            low = high = value
        if number.kind == "vague" and qualifier is Qualifier.APPROXIMATELY:
            qualifier = Qualifier.RANGE
        # ---- "four more", "four others"
        more = (
            _MORE_AFTER.match(text[fig_end : fig_end + 12])
            if text[fig_end : fig_end + 1].isspace()
            else None
        )
        additional = False
        if more is not None:
            follow = text[fig_end + more.end() : fig_end + more.end() + 6].lower()
            if not follow.startswith(" than"):
                additional = True
                if more.group(1).lower() != "other":
                    fig_end += more.end()
        # ---- change
        change: Change | None = None
        lead = text[max(left, fig_start - 48) : fig_start]  # a verb, then spaces
        c = (
            _CHANGE_BEFORE.search(text, max(left, fig_start - 48), fig_start)
            if lead[-1:].isspace() and lead.rstrip()[-1:].isalpha()
            else None
        )
        if c is not None and not (
            # "sank about 40 nautical miles off the coast": where, not how much
            (
                unit in _TAKEN_OVER_UNITS
                and unit != "percent"
                and _PLACE_AFTER_MEASURE.match(text, fig_end)
            )
            or (_fold(c.group("verb") or "") == "up" and qualifier is Qualifier.AT_MOST)
            # "shot down 17 drones", "rounded up 30 suspects": a phrasal verb, no change
            or (
                _fold(c.group("verb") or "") in ("up", "down")
                and _PHRASAL_BEFORE.search(text, max(left, c.start() - 16), c.start())
            )
            # "could rise above 50", "fell below 5%": a level crossed, not an amount
            or (q is not None and _fold(q.group("q")) in ("above", "below"))
        ):
            verb = _fold(c.group("verb") or c.group("verb2"))
            if (
                verb not in _CHANGE_NEEDS_BY
                or c.group("by")
                or c.group("by2")
                # "shares lost 3%", "the index added 1.2%" (not "cut 5% of its staff")
                or (
                    unit == "percent"
                    and verb in ("lost", "shed", "added")
                    and not _OF_AFTER.match(text, fig_end)
                )
            ):
                change = Change.DECREASE if verb in _DECREASE_WORDS else Change.INCREASE
        after_change = (
            _CHANGE_AFTER.match(text, fig_end, min(hi, fig_end + 30))
            if change is None and text[fig_end + 1 : fig_end + 2].isalpha()
            else None
        )
        if (
            change is None
            and after_change is not None
            and (
                _A_BEFORE.search(text[max(left, fig_start - 4) : fig_start])
                # "closed 4.2% higher", "ended 3% lower"
                or (unit == "percent" and _fold(after_change.group("word")) in ("higher", "lower"))
            )
        ):
            word = _fold(after_change.group("word"))
            change = (
                Change.DECREASE
                if word in ("drop", "fall", "decline", "decrease", "cut", "reduction", "lower")
                else Change.INCREASE
            )
        # ---- what is counted
        metric = number.metric
        population = number.population
        nxt_start = numbers[i + consumed].start if i + consumed < len(numbers) else None
        pop_after, noun_metric, pop_end = _population_after(text, fig_end, right)
        if population is None:
            population = pop_after
        if metric is None and noun_metric is not None:
            back, _, immediate = _metric_backward(text, left, fig_start, stops)
            metric = back if immediate and back is not None else noun_metric
            if metric in _PEOPLE_NOUN_METRICS and unit is None:
                # "Dozens of demonstrators were arrested", "40 refugees drowned": a verb of
                # the clause says more of what happened to them than the noun does
                stop = min(right, pop_end + 60)
                if nxt_start is not None:
                    stop = max(pop_end, min(stop, nxt_start))
                later = _metric_forward(text, pop_end, stop, nxt_start)
                if later in HUMAN_METRICS and later not in _PEOPLE_NOUN_METRICS:
                    metric = later
        if (unit is not None and unit.startswith("currency:")) or (
            unit == "percent" and number.kind != "share"
        ):
            metric = metric or _money_metric(text, left, fig_start, fig_end, right)
            if metric is None and unit == "percent":
                back, pop_back, _ = _metric_backward(text, left, fig_start, stops)
                if back == "population" and not _TALLY_VERB_BEFORE.search(
                    text, max(left, fig_start - 30), fig_start
                ):
                    back = None  # "half the world's population and nearly half its economy"
                metric = back
                population = population or pop_back
        across_aside = False  # the metric comes from a tally before an aside
        if metric is None and (unit is None or unit == "percent"):
            back, pop_back, immediate = _metric_backward(text, left, fig_start, stops)
            if back is None and after_event is not None and sentence_left <= after_event < left:
                # "the death toll from two earthquakes ... rose to 7,800": past the event
                back, pop_back, _ = _metric_backward(text, after_event, fig_start)
            pop_back_used = False
            governs = _TALLY_VERB_BEFORE.search(text, max(left, fig_start - 30), fig_start)
            if back == "population" and governs is None:
                back = None  # "half the world's population and nearly half its economy"
            if back is None and governs is not None and sentence_left < left:
                across_aside = True
                # "the death toll from the storm, which destroyed 300 homes, rose to 21":
                # the tally stands before the figure in the aside
                back, pop_back = _tally_across_aside(text, sentence_left, left, fig_start)
            if (
                back is None
                and pop_back is not None
                and governs is not None
                and _fold(governs.group().strip()) != "of"  # "the bloc of 500 million"
            ):
                # "the number of migrants crossing the Channel reached 29,437": who, though
                # no verb says what happened to them
                pop_back_used = True
            if immediate:
                metric = back
            elif back is not None and governs is not None:
                # "the death toll rose to 21 as fires destroyed homes": the tally is what
                # the number is the level of; the words after it are another clause
                metric = back
                pop_back_used = True
                if (
                    qualifier is Qualifier.EXACT
                    and not is_range
                    and number.kind != "vague"
                    and _fold(governs.group().split()[0]) in _PASSING_VERBS
                ):
                    # "the death toll has passed 500": above 500, not 500
                    qualifier, low, high, low_inclusive = (
                        Qualifier.MORE_THAN,
                        number.value,
                        None,
                        False,
                    )
            else:
                stop = min(right, pop_end + 130)
                if nxt_start is not None:
                    stop = max(pop_end, min(stop, nxt_start))
                forward = _metric_forward(text, pop_end, stop, nxt_start)
                if forward is not None:
                    metric = forward
                elif back is not None:
                    metric = back
                    pop_back_used = True
            if population is None and pop_back_used:
                population = pop_back
            if (
                metric is None
                and text[fig_end : fig_end + 1].isspace()
                and _TIMES_NEXT.match(text[fig_end : fig_end + 8])
            ):
                metric, population = "hits", "strikes"
            if metric is None and unit == "percent" and _CONTAINED_AFTER.match(text, fig_end):
                metric = "contained"  # "the blaze was 45% contained"
            lead = text[max(left, fig_start - 30) : fig_start]
            if metric is None and lead[-1:].isspace() and lead.rstrip()[-1:].isalpha():
                pop_metric = _HOME_TO_BEFORE.search(lead)
                if pop_metric is not None:
                    metric = "population"
                elif population in _PEOPLE and _DRAW_BEFORE.search(lead):
                    metric = "participants"  # "the march drew 40,000 people"
                elif (
                    population is None
                    and _DRAW_BEFORE.search(lead)
                    and (
                        _CROWD_NOUN_AFTER.match(text, fig_end)
                        or _TO_PLACE_AFTER.match(text, fig_end)
                    )
                ):
                    # "drew 60,000 fans", "drew hundreds of thousands to Washington"
                    metric, population = "participants", "people"
            if (
                metric is None
                and _JOB_VERB_BEFORE.search(lead)
                and (
                    _JOB_NOUN_AFTER.match(text, fig_end, right)
                    or (unit == "percent" and _WORKFORCE_AFTER.match(text, fig_end, right))
                )
            ):
                metric = "jobs"  # "eliminate 4,000 positions", "cut 5% of its workforce"
        if metric is None and change is not None:
            for m in _METRIC_WORD.finditer(text, max(left, fig_start - 50), fig_start):
                metric = _METRIC_FORMS[_fold(m.group())]
        event_count = _EVENT_COUNT_BEFORE.search(text, max(left, fig_start - 40), fig_start)
        if event_count is not None:
            # "the death toll from two earthquakes that struck": the number counts the event
            # the tally is of; its verbs count nothing, and the tally counts the next figure
            metric, event_left = None, event_count.start()
        if metric in ("hits",) and population is None:
            population = "strikes"
        if population in ("strikes",) and metric is None:
            metric = "hits"
        if population == "jobs":
            metric, population = metric or "jobs", None
        # ---- another level of the figure before: "rose from 41 to 58", "58, up from 41"
        if (
            metric is None
            and previous is not None
            and previous.span is not None
            and (previous.metric is not None or (population is None and previous.population))
            and previous.unit == unit
            and _levels_of_one_quantity(text, previous.span, fig_start, lo)
        ):
            # "12.4 million passengers in 2023, up from 9.1 million": what the first counts
            metric = previous.metric
            population = population or previous.population
        # ---- "put the toll at 21 and the injured at 40": a group named right before "at"
        if population is None or population == "people":
            # It wins over a verb read later in the sentence: "put the dead at 40 and the
            # number of homes destroyed at 1,200".
            named = _THE_COUNTED_AT.search(text, max(left, fig_start - 40), fig_start)
            if named is not None:
                metric = _METRIC_FORMS[_fold(named.group("word"))]
        # ---- a rival estimate: "police put the crowd at 8,000, while organisers claimed 25,000"
        if (
            metric is None
            and previous is not None
            and previous.span is not None
            and previous.metric is not None
            and previous.unit == unit
            and population in (None, previous.population)
            and _rival_estimate(text, previous.span, fig_start)
        ):
            metric = previous.metric
            population = population or previous.population
        # ---- inherit across coordination: "killed five and wounded seven", "four more"
        if (
            previous is not None
            and previous.span is not None
            and (  # only then can the previous figure lend anything
                (population is None and (additional or _same_kind(metric, previous.metric)))
                or (additional and metric is None)
                or (metric is None and previous.change is not None)
                or (metric is None and change is not None)
                or (metric is None and previous.metric is not None)
            )
            and text[previous.span.end : fig_start].count(".") == 0
            and fig_start - previous.span.end < 90
        ):
            gap = text[previous.span.end : fig_start]
            coordinated = not _SENTENCE_STOP.search(gap)
            if (
                coordinated
                and population is None
                and not across_aside
                and (additional or _same_kind(metric, previous.metric))
            ):
                population = previous.population
            if coordinated and metric is None and _SUBSET_GAP.fullmatch(gap):
                metric = previous.metric  # "rose to 21, including six children"
            if coordinated and metric is None and _BRINGING_TOTAL_GAP.search(gap):
                # "300 new cases, bringing the total to 4,100"
                metric = previous.metric
                population = population or previous.population
            if coordinated and additional and metric is None:
                metric = previous.metric
            if (
                coordinated
                and metric is None
                and previous.change is not None
                and _TO_LEVEL_GAP.fullmatch(gap)
            ):
                metric = previous.metric
            if (
                coordinated
                and metric is None
                and change is not None
                and previous.change is None
                and _CHANGE_OF_LEVEL_GAP.fullmatch(gap)
            ):
                metric = previous.metric  # "revenue of $4.1 billion, up 12%"
            if (
                coordinated
                and metric is None
                and change is not None
                and previous.unit == unit
                and _SHARED_SUBJECT_GAP.fullmatch(gap)
            ):
                metric = previous.metric  # "prices rose 4% in March and fell 2% in April"
        if (
            metric is not None
            and previous is not None
            and previous.span is not None
            and previous.metric is None
            and previous.unit == unit
            and figures
            and figures[-1] is previous
            and _SUBSET_GAP.fullmatch(text, previous.span.end, fig_start)
            and _ASIDE_CLOSE_AFTER.match(text, pop_end)
        ):
            # "at least 21 people, including six children, were killed": the verb after
            # the aside counts the whole as well as the part
            figures[-1] = previous = attrs.evolve(previous, metric=metric)
        # The figure just before, when it counts nothing yet and this one's metric may go
        # back to it: both plain counts (no unit, no change), the earlier one's end.
        bare_end = (
            previous.span.end
            if metric is not None
            and unit is None
            and change is None
            and previous is not None
            and previous.span is not None
            and previous.metric is None
            and previous.unit in (None, "percent")
            and previous.change is None
            and figures
            and figures[-1] is previous
            else None
        )
        if (
            bare_end is not None
            and previous is not None
            and previous.population is None
            and _PART_OF_GAP.fullmatch(text, bare_end, fig_start)
            and (previous.high or 0) <= (low or 0)
            and (verb_after := _PASSIVE_VERB_AFTER.match(text, pop_end)) is not None
            and not (verb_after.group("w") and _METRIC_WORD.fullmatch(verb_after.group("w")))
        ):
            # "About 300 of the 1,200 workers were laid off": the verb counts the part;
            # the whole only says who.
            if population is None and metric in HUMAN_METRICS:
                population = "people"
            figures[-1] = previous = attrs.evolve(previous, metric=metric, population=population)
            metric = None
        if (
            population is not None
            and metric is None  # "Three of the 12 people killed were children" says who after
            and unit is None
            and previous is not None
            and previous.span is not None
            and previous.population is None
            and previous.unit in (None, "percent")
            and figures
            and figures[-1] is previous
            and _PART_OF_GAP.fullmatch(text, previous.span.end, fig_start)
            and (previous.unit is not None or (previous.high or 0) <= (low or 0))
        ):
            # "won 303 of the 543 seats", "fewer than 10 of the 180 passengers", "40% of
            # the 2,000 staff": the part counts what its whole counts.
            figures[-1] = previous = attrs.evolve(previous, population=population)
        if (
            metric is not None
            and bare_end is not None
            and previous is not None
            and previous.unit is None
            and previous.population is not None
            and _PAIR_GAP.fullmatch(text, bare_end, fig_start)
            and not _OF_WHICH_AFTER.match(text, fig_end)  # "35 drones, 60 of which were"
        ):
            # "12 soldiers and 30 civilians were killed": the verb counts them all, back
            # along the list while each opens its clause ("employs 300 workers and 40
            # managers were hurt" does not).
            k, first, end, start = len(figures) - 1, None, fig_start, fig_start
            while k >= 0:
                part = figures[k]
                if (
                    part.metric is not None
                    or part.population is None
                    or part.unit is not None
                    or part.change is not None
                    or part.span is None
                    or not _PAIR_GAP.fullmatch(text, part.span.end, end)
                ):
                    break
                if _CLAUSE_OPEN_BEFORE.search(text, max(0, part.span.start - 24), part.span.start):
                    first, start = k, part.span.start  # the list may go on further back
                end, k = part.span.start, k - 1
            if first is not None:
                for j in range(first, len(figures)):
                    figures[j] = attrs.evolve(figures[j], metric=metric)
                whole = figures[first - 1] if first > 0 else None
                if (
                    whole is not None
                    and whole.span is not None
                    and whole.metric is None
                    and whole.unit is None
                    and _SUBSET_GAP.fullmatch(text, whole.span.end, start)
                    and _ASIDE_CLOSE_AFTER.match(text, pop_end)
                ):
                    # "Some 40 people, including 12 children and 3 teachers, were hurt"
                    figures[first - 1] = attrs.evolve(whole, metric=metric)
                previous = figures[-1]
        if (
            previous is not None
            and metric is None
            and change is None
            and population is None
            and _gapped(text, previous, fig_start, fig_end, unit)
        ):
            # "12 people were killed in Paris and 30 in Lyon", "rose 4% in March and 5% in
            # April", "lost £1.2bn in 2020 and £300m in 2021": the same count, its verb and
            # noun left out, so all the first one says of it holds.
            metric, change = previous.metric, previous.change
            population = previous.population
            if unit is None and previous.unit in _TAKEN_OVER_UNITS:
                # "burned 4,000 hectares in Oregon and 1,200 in Idaho", "rose 0.3
                # percentage points in May and 0.2 in June"
                unit = previous.unit
                if unit == "percent":
                    low = None if low is None else _tidy(low / 100)
                    high = None if high is None else _tidy(high / 100)
        if unit is None and (
            (
                previous is not None
                and previous.span is not None
                and previous.unit == "percent"
                and (previous.metric in _RATE_METRICS or previous.population in ("votes", "voters"))
                and (points := _POINTS_AFTER.match(text, fig_end)) is not None
                and _SENTENCE_STOP.search(text, previous.span.end, fig_start) is None
            )
            # "fell 8 points to 23.7%": the points of the share they lead to
            or (points := _POINTS_TO_SHARE_AFTER.match(text, fig_end)) is not None
        ):
            # "support at 28%, down three points": points of a rate are percentage points
            unit, fig_end = "percent", points.end()
            low = None if low is None else _tidy(low / 100)
            high = None if high is None else _tidy(high / 100)
            if previous is not None and previous.unit == "percent":
                metric = metric or previous.metric
        if (
            population is None
            and previous is not None
            and previous.span is not None
            and previous.population is not None
            and _OF_WHICH_AFTER.match(text, fig_end)
            and _SENTENCE_STOP.search(text, previous.span.end, fig_start) is None
            and fig_start - previous.span.end < 60
        ):
            population = previous.population  # "35 drones, 60 of which were intercepted"
        if metric in HUMAN_METRICS and population is None:
            population = "people"
        if metric == "population" and population is None:
            population = "people"
        if qualifier is Qualifier.EXACT and number.kind == "share" and number.population:
            population = number.population
        try:
            figure = Figure(
                low=low,
                high=high,
                low_inclusive=low_inclusive,
                high_inclusive=high_inclusive,
                qualifier=qualifier,
                text=text[fig_start:fig_end],
                span=Span(fig_start, fig_end),
                metric=metric,
                population=population,
                unit=unit,
                change=change,
            )
        except ValueError:
            i += consumed
            continue
        # A conversion in brackets is the same figure in another unit: it keeps the
        # qualifier, metric and change of the one it converts ("roughly 50 kilometres (30
        # miles)", "a net loss of 52.1 billion yen ($350 million)").
        if (
            previous is not None
            and previous.span is not None
            and figure.unit is not None
            and previous.unit is not None
            and previous.unit != "percent"
            and figure.unit.startswith("currency:") == previous.unit.startswith("currency:")
            and _CONVERSION_GAP.fullmatch(text, previous.span.end, fig_start)
        ):
            figure = attrs.evolve(
                figure,
                metric=figure.metric or previous.metric,
                change=figure.change or previous.change,
            )
            if figure.qualifier is Qualifier.EXACT and previous.qualifier is not Qualifier.EXACT:
                scale = figure.value
                figure = attrs.evolve(
                    figure,
                    qualifier=previous.qualifier,
                    low=None if previous.low is None else scale,
                    high=None if previous.high is None else scale,
                    low_inclusive=previous.low_inclusive,
                    high_inclusive=previous.high_inclusive,
                )
        figures.append(figure)
        previous = figure
        previous_end = fig_end
        i += consumed
    return _with_repeats(text, figures, lo, hi)


def _gapped(
    text: str, previous: Figure | None, start: int, end: int, unit: str | None = None
) -> bool:
    """
    Whether the number at [start, end) with *unit* is a count of what *previous* counts,
    its verb and noun left out: "12 people were killed in Paris and 30 in Lyon", "... on
    Monday and 30 on Tuesday", "rose 4% in March and 5% in April".

    The previous figure must say something to lend (a metric, a population or a change)
    and be of the same unit, or of a measure the bare number takes over ("4,000 hectares
    in Oregon and 1,200 in Idaho").

    Examples:
        >>> text = "12 people were killed in Paris and 30 in Lyon."
        >>> previous = Figure.exact(12, metric="killed", span=Span(0, 2))
        >>> _gapped(text, previous, 35, 37), _gapped("12 were killed and 30 years on", previous, 19, 21)
        (True, False)
    """
    return (
        previous is not None
        and previous.span is not None
        and (
            previous.metric is not None
            or previous.population is not None
            or previous.change is not None
        )
        and (previous.unit == unit or (unit is None and previous.unit in _TAKEN_OVER_UNITS))
        and start - previous.span.end < 90
        and _GAPPED_GAP.search(text, previous.span.end, start) is not None
        and _GAPPED_AFTER.match(text, end) is not None
        and _SENTENCE_STOP.search(text, previous.span.end, start) is None
    )


def _same_kind(metric: str | None, other: str | None) -> bool:
    """
    Whether two metrics count the same kind of thing, so one may lend the other its population.

    "12 civilians were killed and 30 injured" (people), "600 homes were destroyed and
    1,400 damaged" (buildings); "five people were killed and 40 homes destroyed" not.

    Examples:
        >>> _same_kind("destroyed", "damaged"), _same_kind("killed", "destroyed")
        (True, False)
    """
    return (metric in HUMAN_METRICS and other in HUMAN_METRICS) or (
        metric in _DAMAGE_METRICS and other in _DAMAGE_METRICS
    )


def _rival_estimate(text: str, previous: Span, start: int) -> bool:
    """
    Whether the figure at *start* is another source's estimate of the figure at *previous*.

    A verb of saying or estimating comes right before it, with no metric of its own, in
    the same sentence a short way on: "police put the crowd at 8,000, while organisers
    claimed 25,000", "officials said 30 were arrested; activists said 45".

    Examples:
        >>> text = "Police counted 8,000 marchers, but organisers claimed 25,000."
        >>> _rival_estimate(text, Span(15, 20), text.index("25,000"))
        True
    """
    gap = text[previous.end : start]
    return (
        len(gap) <= 140
        and _STOP_SIGN.search(gap) is None
        and "\n" not in gap
        and _RIVAL_SEPARATOR.search(gap) is not None
        and _ESTIMATE_VERB_BEFORE.search(gap) is not None
    )


def _levels_of_one_quantity(text: str, previous: Span, start: int, lo: int) -> bool:
    """
    Whether the figure at *start* is another level of the figure at *previous*.

    "rose from 41 to 58" (the first after "from", the second after "to"), "58 on Monday,
    up from 41", "$9.8 billion from $8.7 billion": one quantity at two times.

    Examples:
        >>> text = "The toll rose from 41 to 58."
        >>> _levels_of_one_quantity(text, Span(19, 21), 25, 0)
        True
    """
    gap = text[previous.end : start]
    if len(gap) > 60 or _SENTENCE_STOP.search(gap):
        return False
    if _TO_GAP.fullmatch(gap):
        return _FROM_BEFORE.search(text[max(lo, previous.start - 8) : previous.start]) is not None
    return _LEVEL_FROM_BEFORE.search(gap) is not None or _LEVEL_AGAIN_GAP.fullmatch(gap) is not None


def _with_repeats(text: str, figures: list[Figure], lo: int, hi: int) -> list[Figure]:
    """Add "the same number" figures: the interval of the figure before it in the sentence."""
    repeats: list[Figure] = []
    for m in _SAME_NUMBER.finditer(text, lo, hi):
        before = [f for f in figures if f.span is not None and f.span.end <= m.start()]
        if not before or before[-1].span is None:
            continue
        previous = before[-1]
        assert previous.span is not None
        if _SENTENCE_STOP.search(text, previous.span.end, m.start() + 1):
            continue
        back, _, immediate = _metric_backward(text, previous.span.end, m.start())
        forward = _metric_forward(text, m.end(), min(hi, m.end() + 60), None)
        metric = back if immediate else (forward or previous.metric)
        repeats.append(
            attrs.evolve(
                previous,
                text=m.group(),
                span=Span(m.start(), m.end()),
                metric=metric,
                change=None,
            )
        )
    if not repeats:
        return figures
    return sorted([*figures, *repeats], key=lambda f: f.span.start if f.span else 0)


def _unit_words(text: str, number: _Number) -> str:
    """
    The words and signs of a number's unit, as written: "basis points" in "by 50 basis
    points to 5.25%" differs from the "%" of the level after it.

    Examples:
        >>> _unit_words("50 basis points", _Number(0, 15, 0.005, "digits", unit="percent"))
        'basispoints'
    """
    return _NOT_UNIT_CHARS.sub("", text[number.start : number.end]).lower()


def _raw_value(text: str, number: _Number) -> float | None:
    """
    The value of the digits of a number and their fraction, before any scale word.

    Examples:
        >>> _raw_value("1½ million", _Number(0, 10, 1_500_000, "digits"))
        1.5
    """
    piece = text[number.start : number.end]
    m = _DIGITS_ANYWHERE.search(piece)
    if m is None:
        return None
    value = _digits_value(m.group())
    tail = _FRACTION_TAIL.match(piece, m.end())
    if tail is not None and tail.group("vulgar"):
        value = _tidy(value + _VULGAR_FRACTIONS[tail.group("vulgar")])
    elif tail is not None and int(tail.group("over")) < int(tail.group("under")):
        value = _tidy(value + int(tail.group("over")) / int(tail.group("under")))
    return value


def extract_figures(text: str, *, published: object = None) -> list[Figure]:
    """
    Return every figure in a sentence or a text, without attribution.

    Args:
        text: The words to read.
        published: The publication date (accepted for symmetry with `extract`; figures
            do not depend on it).

    Raises:
        TypeError: If *text* is not a str.

    Examples:
        >>> [f.text for f in extract_figures("More than 2,000 civilians have been killed.")]
        ['More than 2,000']
        >>> f = extract_figures("Revenue rose 12% to $6bn.")
        >>> [(x.low, x.unit, x.change and x.change.value) for x in f]
        [(0.12, 'percent', 'increase'), (6000000000, 'currency:USD', None)]
    """
    given: object = text
    if not isinstance(given, str):
        msg = f"extract_figures needs a str, got {type(given).__name__}"
        raise TypeError(msg)
    del published
    return find_figures(text)
