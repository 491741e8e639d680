"""
The cue lexicon: the words that attribute a statement, a belief or an intention to someone.

Compiled by hand from general English usage in news copy (reporting verbs, verbs of
belief, intention and evidence), not from any annotated corpus. Every form is written
lower case; look words up with `cue_kind(word.lower())`.

Examples:
    >>> cue_kind("said"), cue_kind("according"), cue_kind("table")
    ('speech', 'multiword', None)
    >>> "told" in RECIPIENT_CUES
    True
"""

from __future__ import annotations

__all__ = [
    "ADVERBS",
    "AUXILIARIES",
    "CLAUSE_OPENERS",
    "CUE_FORMS",
    "FIGURE_CUES",
    "GERUND_CUES",
    "PASSIVE_CUES",
    "RECIPIENT_CUES",
    "SOURCE_NOUNS",
    "TITLE_WORDS",
    "cue_kind",
    "lemma",
]


def _wordlist(text: str) -> list[str]:
    """The whitespace-separated words of *text*, in order."""
    return text.split()


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of *text*, as a set (lexicons read better as prose)."""
    return frozenset(text.split())


def _regular(base: str) -> tuple[str, str, str, str]:
    """The base, 3rd person, past and -ing forms of a regular verb."""
    if base.endswith("ee"):
        return base, base + "s", base + "d", base + "ing"
    if base.endswith("e"):
        return base, base + "s", base + "d", base[:-1] + "ing"
    if base.endswith("y") and base[-2] not in "aeiou":
        return base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"
    if base.endswith(("s", "sh", "ch", "x", "z")):
        return base, base + "es", base + "ed", base + "ing"
    return base, base + "s", base + "ed", base + "ing"


# Verbs of saying and writing; (base, 3rd person, past, -ing) where irregular.
_SPEECH_IRREGULAR = [
    ("say", "says", "said", "saying"),
    ("tell", "tells", "told", "telling"),
    ("write", "writes", "wrote", "writing"),
    ("tweet", "tweets", "tweeted", "tweeting"),
    ("admit", "admits", "admitted", "admitting"),
    ("commit", "commits", "committed", "committing"),
    ("put", "puts", "put", "putting"),
    ("retweet", "retweets", "retweeted", "retweeting"),
    ("speak", "speaks", "spoke", "speaking"),
    ("post", "posts", "posted", "posting"),
    ("forecast", "forecasts", "forecast", "forecasting"),
    ("regret", "regrets", "regretted", "regretting"),
    ("rebut", "rebuts", "rebutted", "rebutting"),
    ("brag", "brags", "bragged", "bragging"),
]
_SPEECH_REGULAR = _wordlist("""
add announce argue assert claim comment complain concede confirm contend declare deny
estimate explain insist maintain mention note observe predict proclaim promise
reiterate remark repeat reply report respond reveal state stress suggest testify vow
warn write acknowledge affirm allege answer boast brag caution charge cite counter
disclose emphasize emphasise inform joke lament marvel muse object pledge pronounce
recall recount relate reassure retort scoff shout sneer speculate swear urge whisper
assure accuse ask blame criticize criticise praise question dismiss reject defend
recommend demand threaten concede indicate highlight underscore mock slam blast decry
condemn denounce applaud hail welcome counsel advise declare conclude posit theorize
acknowledge confess explain clarify elaborate continue
decline describe refuse propose express discuss characterize characterise label
dub brand mention recommend acknowledge accept
tout chide bemoan reaffirm deride portray depict liken quote
remind echo chant yell reference assail
""")
# Verbs of belief, knowledge, intention, evidence and stance, which PolNeAR-style
# attribution counts too.
_COGNITION_IRREGULAR = [
    ("think", "thinks", "thought", "thinking"),
    ("know", "knows", "knew", "knowing"),
    ("find", "finds", "found", "finding"),
    ("show", "shows", "showed", "showing"),
    ("feel", "feels", "felt", "feeling"),
    ("see", "sees", "saw", "seeing"),
    ("hold", "holds", "held", "holding"),
    ("plan", "plans", "planned", "planning"),
    ("fear", "fears", "feared", "fearing"),
    ("seek", "seeks", "sought", "seeking"),
    ("foresee", "foresees", "foresaw", "foreseeing"),
]
_COGNITION_REGULAR = _wordlist("""
believe doubt expect hope want wish suspect assume agree disagree worry imagine
figure guess reckon understand realize realise recognize recognise fear intend
consider regard support oppose back endorse favor favour prefer seek vow aim
decide agree
wonder anticipate imply remember
""")

# Multi-word cues, keyed by their first word: the words that must follow it.
MULTIWORD_CUES: dict[str, tuple[tuple[str, ...], ...]] = {
    "according": (("to",),),
    "pointed": (("out",), ("to",)),
    "points": (("out",), ("to",)),
    "pointing": (("out",), ("to",)),
    "point": (("out",),),
    "called": (("for",), ("on",)),
    "calls": (("for",), ("on",)),
    "calling": (("for",), ("on",)),
    "call": (("for",), ("on",)),
    "went": (("on", "to", "say"),),
    "goes": (("on", "to", "say"),),
    "made": (("clear",),),
    "makes": (("clear",),),
    "summed": (("up",),),
    "spelled": (("out",),),
    "warned": (("of",),),
    "referring": (("to",),),
    "referred": (("to",),),
    "refers": (("to",),),
    "talked": (("about",),),
    "talking": (("about",),),
    "asked": (("about",), ("for",)),
    # Prepositions PolNeAR-style attribution keeps in the cue: "agreed with X",
    # "responded to X", "complained about X".
    **dict.fromkeys(_wordlist("agree agrees agreed agreeing"), (("with",),)),
    **dict.fromkeys(_wordlist("respond responds responded responding"), (("to",),)),
    **dict.fromkeys(
        _wordlist("""
            worry worries worried worrying complain complains complained complaining
            joke jokes joked joking brag brags bragged bragging wrote writes write
            """),
        (("about",),),
    ),
    **dict.fromkeys(_wordlist("boast boasts boasted boasting"), (("of",), ("about",))),
}

# Verbs that take the person spoken to before their content: "told reporters that".
RECIPIENT_CUES = _words(
    "tell tells told telling inform informs informed informing assure assures assured "
    "assuring remind reminds reminded reminding warn warns warned warning ask asks asked "
    "asking promise promises promised promising"
)
# Participles that open a second claim of the same speaker: "..., adding that ...".
GERUND_CUES = _words(
    "adding saying noting warning arguing explaining insisting stressing claiming "
    "suggesting stating declaring predicting telling calling urging acknowledging "
    "accusing citing describing writing announcing pointing estimating emphasizing "
    "emphasising asking promising vowing reporting confirming denying conceding "
    "recalling complaining asserting referring responding comparing echoing mocking "
    "praising criticizing criticising blaming defending questioning touting putting"
)
# Verbs that attribute only when their object is a bare figure answering another one in
# the sentence: "..., while the governor gave four", "police counted 30,000".
FIGURE_CUES = _words("give gives gave giving count counts counted counting tally tallies tallied")
# Past participles that report without a source: "is reported to have", "is said to".
PASSIVE_CUES = _words(
    "reported said believed thought expected alleged rumored rumoured understood known "
    "feared estimated claimed considered suspected seen projected"
)
# Auxiliaries kept in the cue span: "has claimed", "is reported".
AUXILIARIES = _words(
    "has have had is are was were be been will would could might may must should shall "
    "did does do 's ’s 've ’ve 'd ’d"
)
# Adverbs that may stand between a speaker and a cue ("also said", "later told").
ADVERBS = _words("""
    also later earlier previously repeatedly recently then once publicly privately again
    reportedly separately further often frequently still now subsequently initially
    first last already never always even just since ultimately quickly immediately
    flatly openly bluntly sharply angrily firmly simply explicitly specifically
    separately repeatedly falsely wrongly correctly rightly long not n't
    """)
# Words after which a clause (and so a possible source) starts.
CLAUSE_OPENERS = _words("""
    that and but while as because when after before if although though since whereas
    so yet or nor where whether until unless once than
    """)
# Words that name a role; a name after them is the speaker ("Mayor Vadym Boichenko").
TITLE_WORDS = _words("""
    mayor governor president minister secretary spokesman spokeswoman spokesperson
    senator sen sen. rep rep. representative gov gov. gen gen. general chief director head
    chairman chairwoman chair commander commissioner ambassador prosecutor judge
    justice attorney lawyer officer official analyst adviser advisor aide leader
    premier chancellor king queen prince pope mr mr. mrs mrs. ms ms. dr dr. prof prof.
    deputy vice acting former lt lt. col col. capt capt. sgt sgt. maj maj. adm adm.
    councillor councilman councilwoman speaker sheriff superintendent inspector
    economist strategist pollster professor editor columnist correspondent reporter
    candidate nominee congressman congresswoman lawmaker founder ceo cfo executive
    manager administrator coordinator envoy representative rev rev. hon hon.
    """)
# Nouns that stand for an unnamed source ("officials say", "sources said").
SOURCE_NOUNS = _words("""
    officials official sources source authorities police witnesses residents experts
    analysts observers critics supporters aides advisers people reports media
    investigators prosecutors officers spokesman spokeswoman spokesperson statement
    report ministry government military army
    """)

CUE_FORMS: dict[str, str] = {}
for _forms in _SPEECH_IRREGULAR:
    for _form in _forms:
        CUE_FORMS[_form] = "speech"
for _base in _SPEECH_REGULAR:
    for _form in _regular(_base):
        CUE_FORMS.setdefault(_form, "speech")
for _forms in _COGNITION_IRREGULAR:
    for _form in _forms:
        CUE_FORMS.setdefault(_form, "cognition")
for _base in _COGNITION_REGULAR:
    for _form in _regular(_base):
        CUE_FORMS.setdefault(_form, "cognition")
for _word in MULTIWORD_CUES:
    CUE_FORMS.setdefault(_word, "multiword")
# Forms that are far more often nouns or other words than cues in news copy.
for _noise in (
    "states",
    "post",
    "posts",
    "report",
    "reports",
    "answer",
    "answers",
    "plan",
    "plans",
    "charge",
    "charges",
    "back",
    "backs",
    "figure",
    "figures",
    "call",
    "point",
    "points",
    "pointing",
    "calling",
    "goes",
    "went",
    "made",
    "makes",
    "summed",
    "spelled",
    "hold",
    "holding",
    "see",
    "seeing",
    "feel",
    "feeling",
    "know",
    "knowing",
    "found",
    "finding",
    "showing",
    "aim",
    "aims",
    "aiming",
    "aimed",
    "object",
    "objects",
    "counter",
    "counters",
    "blast",
    "blasts",
    "slam",
    "slams",
    "regard",
    "regards",
    "support",
    "favor",
    "favour",
    "relate",
    "relates",
    "related",
    "relating",
    "charged",
    "hope",
    "fear",
    "wish",
    "doubt",
    "question",
    "questions",
    "welcome",
    "commit",
    "commits",
    "committed",
    "committing",
    "speaking",
    "spoke",
    "speak",
    "speaks",
    "indicate",
    "counsel",
    "state",
    "stated",
    "stating",
    "concluding",
    "concluded",
    "held",
    "saw",
    "feeling",
    "guess",
    "figured",
    "tweet",
    "tweets",
    "comment",
    "comments",
    "remark",
    "remarks",
    "note",
    "holds",
    "posted",
    "posting",
    "repeat",
    "repeats",
    "promise",
    "promises",
    "reply",
    "replies",
    "estimate",
    "estimates",
    "claim",
    "claims",
    "warning",
    "counsel",
    "advise",
    "regarding",
    "regarded",
):
    CUE_FORMS.pop(_noise, None)
# Forms put back on purpose: common reporting uses that the noise list removed.
CUE_FORMS.update(
    {
        "found": "cognition",
        "concluded": "speech",
        "stated": "speech",
        "pointing": "multiword",
        "points": "multiword",
        "pointed": "multiword",
        "called": "speech",
        "calls": "speech",
        "calling": "speech",
        "warning": "speech",
        "read": "speech",
        "reads": "speech",
        "went": "multiword",
        "goes": "multiword",
        "made": "multiword",
        "makes": "multiword",
        "plans": "cognition",
        "backs": "cognition",
        "hopes": "cognition",
        "fears": "cognition",
        "supports": "cognition",
        "referring": "multiword",
        "referred": "multiword",
        "refers": "multiword",
        "talked": "multiword",
        "talking": "multiword",
        "stating": "speech",
    }
)

_LEMMAS: dict[str, str] = {}
for _forms in _SPEECH_IRREGULAR + _COGNITION_IRREGULAR:
    for _form in _forms:
        _LEMMAS[_form] = _forms[0]
for _base in _SPEECH_REGULAR + _COGNITION_REGULAR:
    for _form in _regular(_base):
        _LEMMAS.setdefault(_form, _base)


def cue_kind(word: str) -> str | None:
    """
    Return what kind of cue the lower-case *word* is, or None.

    Kinds: `speech` (said, wrote), `cognition` (believes, wants, found) and `multiword`
    (the first word of "according to", "pointed out", "called for").

    Examples:
        >>> cue_kind("claimed"), cue_kind("believes"), cue_kind("pointed")
        ('speech', 'cognition', 'multiword')
    """
    return CUE_FORMS.get(word)


def lemma(word: str) -> str:
    """
    Return the base form of a cue word ("said" -> "say"), or the word itself.

    Examples:
        >>> lemma("told"), lemma("warned"), lemma("table")
        ('tell', 'warn', 'table')
    """
    return _LEMMAS.get(word, word)
