"""
Attribution structure: who is said to have said what, found by rules in one linear pass.

For every claim this module finds three spans: the *source* (the words naming the
speaker), the *cue* (the words that attribute: "said", "according to", "has claimed") and
the *content* (the claimed words), and how they are tied together (`AttributionMode`).
It does not decide who a pronoun or "its mayor" refers to; the speaker layer on top does.

The text is read paragraph by paragraph and sentence by sentence, with quotations first
masked out so that a cue word inside a quotation never counts. Each sentence is cut into
word tokens once; the rules then look a bounded number of tokens either side of each cue,
so the whole pass is linear in the length of the text.

Conventions (those of the project's fixtures):

- the content of a direct quotation is the inside of its marks, trailing comma included;
- the content of reported speech is the reported clause, without a leading "that" and
  without the sentence's final full stop;
- `source_span` names the speaker ("Roman Semenukha" in "the region’s deputy governor,
  Roman Semenukha,"); `speaker_phrase_span` holds the whole phrase;
- a quotation with no cue of its own continues the previous speaker (`continues`);
- a content a speaker interrupts ("As the vote nears, Stone says, the number ... will
  shrink") is the words after the speaker; the words before follow it as its `lead`;
- a bare figure answering a rival one ("..., while the governor gave four", "police
  counted 9,000") is a claim of its own, cued by "gave" or "counted" only then.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator

import attrs

from claimtrack.extract import cues as _cues
from claimtrack.extract.text import Quote, find_quotes, sentences_in, split_paragraphs
from claimtrack.model import AttributionMode, Span

__all__ = ["RawAttribution", "find_attributions"]


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of *text*, as a set (lexicons read better as prose)."""
    return frozenset(text.split())


@attrs.frozen
class RawAttribution:
    """
    One attribution as written: where its content, cue and source are.

    Attributes:
        content_span: The claimed words (inside the marks for a quotation; the reported
            clause otherwise, without a leading "that").
        cue_span: The attributing words ("said", "has claimed", "according to"), or None
            for a quotation that continues the previous speaker.
        source_span: The words naming the speaker: the name when the phrase gives one
            ("Vadym Boichenko" in "Mayor Vadym Boichenko"), else the phrase ("its
            mayor", "it", "officials"); None when unattributed or continuing.
        mode: Direct, indirect, according_to, unattributed or mixed.
        sentence_span: The sentence (or quotation paragraph) the claim comes from.
        continues: True for a quotation with no cue that belongs to the previous speaker.
        paragraph: The index of the paragraph, counting from 0.
        speaker_phrase_span: The whole phrase naming the speaker, appositive included
            ("the region’s deputy governor, Roman Semenukha").
        quote_spans: The quotations (marks included) inside the content.
        lead: True for the first part of a content that a speaker interrupts ("As the
            vote nears" in "As the vote nears, Stone says, the number ... will shrink"):
            it follows the attribution whose content it begins, as a continuation
            (`continues`), and is no claim of its own.

    Examples:
        >>> text = "The service said on Tuesday that 500 people had been rescued."
        >>> a = find_attributions(text)[0]
        >>> a.source_span.of(text), a.cue_span.of(text), a.content_span.of(text)
        ('The service', 'said', '500 people had been rescued')
        >>> a.mode
        <AttributionMode.INDIRECT: 'indirect'>
    """

    content_span: Span
    cue_span: Span | None
    source_span: Span | None
    mode: AttributionMode
    sentence_span: Span
    continues: bool = False
    paragraph: int = 0
    speaker_phrase_span: Span | None = None
    quote_spans: tuple[Span, ...] = ()
    lead: bool = False


# An initial or a title with its full stop ("C.", "Mr."), a number with separators
# ("2,383", "1.4"), a word (with inner apostrophes, hyphens,
# dots or ampersands: "country’s", "U.S", "AT&T") or one other non-space character.
# Each inner group needs a digit or word character after its joiner, so the engine
# never backtracks more than one character.
# It is the pattern
#   \b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Jr|Sr|Prof|Rev|Capt|Maj|Adm)\.
#   |\d+(?:[.,]\d+)+|\w+(?:[’'\-.&]\w+)*|[^\w\s]
# written with the first character taken before the alternation (so the engine skips
# spaces at once instead of trying four branches there), each branch then checking that
# character by a look-behind: (?<!\w.) is the word boundary before it, (?<=M)(?:r|rs)
# "Mr" and "Mrs", and so on.
_TOKEN = re.compile(
    r"\S(?:"
    r"(?<=[A-Z])(?<!\w.)(?:(?<=M)(?:r|rs|s|aj)|(?<=D)r|(?<=S)(?:t|en|gt|r)|(?<=R)(?:ep|ev)"
    r"|(?<=G)(?:ov|en)|(?<=L)t|(?<=C)(?:ol|apt)|(?<=J)r|(?<=P)rof|(?<=A)dm)?\."
    r"|(?<=\d)\d*(?:[.,]\d+)+|(?<=\w)\w*(?:[’'\-.&]\w+)*|(?<=[^\w\s]))"
)

_QUOTE = "\x00q"  # the lower-case form of a token standing for a whole quotation

# Prepositions and time words that open an adverbial between a cue and its content
# ("said on Tuesday that", "wrote in an online post").
_ADVERBIAL_OPENERS = _words("""
    on in at during via through from with over after before late early last this
    yesterday today tonight earlier later overnight recently previously again
    monday tuesday wednesday thursday friday saturday sunday
    """)
# Openers after which a name belongs to the adverbial ("on CNN", "via Telegram").
_PREPOSITIONS = _words("on in at via through from with over to during")
# Words that may follow such an opener inside the adverbial.
_ADVERBIAL_WORDS = _words("""
    a an the his her its their our statement interview video
    post message briefing conference press news online television tv radio telegram
    twitter facebook instagram channel account app messaging speech address letter
    call phone meeting appearance rally tweet show broadcast evening morning afternoon
    night week weekend month year day time earlier late early last next written
    emailed email release remarks remark comments comment op-ed editorial blog social
    media platform podcast hearing session debate summit website site page daily
    weekly televised recorded separate joint brief short new own official update
    hall town city headquarters studio studios chamber capital report quarterly annual
    filing results
    """)
# Words that show a token run is a clause rather than a speaker phrase.
_NOT_IN_SOURCE = _words("""
    is are was were be been being am has have had do does did will would could should
    can may might must not n't no by into onto upon there here so very
    """)
# Participles that name who asked the speakers: "economists polled by Reuters".
_POLLED = _words("polled surveyed canvassed questioned interviewed compiled")
_DETERMINERS = _words(
    "the a an this that these those his her its their our my your some many most "
    "several two three four five other another each every one both all any no"
)
# Words that cannot end a speaker phrase.
_ARTICLES = _words("the a an this these those his her its their our my your")
# Words that never stand inside a speaker phrase on its left edge.
_RUN_STOPS = _words("with what where how why whom")
_PERSONAL = _words("he she it they we i you")
_TIMES = _words(
    "monday tuesday wednesday thursday friday saturday sunday week weekend month year "
    "morning afternoon evening night day"
)
# Pronouns that can be a whole speaker phrase.
_PRONOUNS = _words("he she it they we i you who which")
# Punctuation that closes a speaker phrase on its left.
_HARD_STOPS = frozenset([*';:—–[]{}!?"“”‘«»', "--", "...", "…", _QUOTE])
_FINAL = frozenset(".!?…;:")
# Final punctuation left out of a reported clause (a question keeps its mark).
_DROPPED_FINAL = frozenset(".…;:")
_CONTENT_STOPS = frozenset(_cues.GERUND_CUES | {"according"})
# Comparisons after "far" or "well" that set a claim against another figure: the
# writer's words ("..., far below the 100 reported earlier").
_COMPARATIVES = _words(
    "below above short less fewer more lower higher behind ahead beyond under over"
)
# Words after a comma that open the writer's contrast, which ends a reported clause
# ("said 40 were hurt, but the road stayed open", "..., compared with 30 a year ago").
_COMMA_STOPS = _words("but compared whereas although")
# Finite forms of the commonest reporting verbs: after a comma they are a main verb.
_FINITE_SPEECH = _words("said says told tells added adds wrote writes argued argues noted notes")
# Longest speaker phrase, in tokens, without and with an appositive.
_MAX_SOURCE = 14
_MAX_APPOSITIVE = 30
# Longest clause read back from a passive cue, in tokens.
_MAX_CLAUSE = 80
# Longest tail ("on Tuesday", "in a statement") after a cue that closes a sentence.
_MAX_TAIL = 9


@attrs.define
class _Unit:
    """A sentence with its tokens: quotations stand as single tokens."""

    text: str
    span: Span
    paragraph: int
    starts: list[int]
    ends: list[int]
    lows: list[str]
    quotes: dict[int, Quote]  # token index -> quotation
    quote_tokens: list[int]  # the keys of `quotes`, sorted

    _stops: list[int] | None = None
    _passive: list[int] | None = None
    _counts: tuple[int, int] | None = None
    # Whether the sentence before reported a figure ("Organisers said 100,000 marched.
    # Police gave 18,000."): a bare figure here may answer it.
    rival: bool = False

    def __len__(self) -> int:
        return len(self.starts)

    def stops(self) -> list[int]:
        """Sorted token indices where a reported clause ends (computed once)."""
        if self._stops is None:
            lows = self.lows
            n = len(lows)
            self._stops = [
                k
                for k in range(n)
                if lows[k] == ";"
                or (lows[k] == "," and k + 1 < n and lows[k + 1] in _CONTENT_STOPS)
                or (
                    lows[k] == ","
                    and k + 2 < n
                    and lows[k + 1] in {"far", "well"}
                    and lows[k + 2] in _COMPARATIVES
                )
                or (lows[k] == "," and k + 1 < n and lows[k + 1] in _COMMA_STOPS)
                # '... “expanded the party,” claiming ...': the quotation holds the comma.
                or (k > 0 and lows[k - 1] == _QUOTE and lows[k] in _cues.GERUND_CUES)
                or (
                    lows[k] in {"and", "but"}
                    and k + 1 < n
                    and _cues.cue_kind(lows[k + 1]) == "speech"
                )
                # "Lee, who said he votes Democratic, said ...": the main verb after the
                # relative clause ends the clause's content.
                or (lows[k] == "," and k + 1 < n and lows[k + 1] in _FINITE_SPEECH)
            ]
        return self._stops

    def counts(self) -> tuple[int, int]:
        """How many cue words (of kinds other than figure-only) and numbers it holds."""
        if self._counts is None:
            cues_in = sum(
                1 for low in self.lows if low in _CUE_WORDS and _cues.cue_kind(low) is not None
            )
            self._counts = (cues_in, sum(1 for low in self.lows if _is_number(low)))
        return self._counts

    def passive_stops(self) -> list[int]:
        """Sorted token indices of the clause openers that end a passive report."""
        if self._passive is None:
            self._passive = [k for k, low in enumerate(self.lows) if low in _PASSIVE_STOPS]
        return self._passive

    def cap(self, i: int) -> bool:
        """Whether token *i* starts with a capital letter."""
        return self.text[self.starts[i]].isupper()

    def word(self, i: int) -> bool:
        return self.lows[i][0].isalnum()

    def span_of(self, i: int, j: int) -> Span:
        """The span from token *i* to token *j* (exclusive)."""
        return Span(self.starts[i], self.ends[j - 1])


def _tokenize(text: str, span: Span, paragraph: int, quotes: list[Quote]) -> _Unit:
    starts: list[int] = []
    ends: list[int] = []
    lows: list[str] = []
    qmap: dict[int, Quote] = {}
    pos = span.start
    for q in quotes:
        _add_tokens((starts, ends, lows), text, pos, q.span.start)
        qmap[len(starts)] = q
        starts.append(q.span.start)
        ends.append(q.span.end)
        lows.append(_QUOTE)
        pos = q.span.end
    _add_tokens((starts, ends, lows), text, pos, span.end)
    return _Unit(text, span, paragraph, starts, ends, lows, qmap, sorted(qmap))


def _add_tokens(
    unit: tuple[list[int], list[int], list[str]], text: str, start: int, end: int
) -> None:
    """Append the tokens between *start* and *end* to *unit* (whole lists at once: hot)."""
    starts, ends, lows = unit
    matches = list(_TOKEN.finditer(text, start, end))
    starts.extend([m.start() for m in matches])
    ends.extend([m.end() for m in matches])
    lows.extend([m.group().lower() for m in matches])


@attrs.frozen
class _Cue:
    first: int  # first token of the cue (auxiliaries included)
    head: int  # the cue word itself
    last: int  # one past the last cue token
    kind: str


# The words `_find_cues` stops at: the cue words and the adverb "reportedly".
_CUE_WORDS = frozenset(_cues.CUE_FORMS) | {"reportedly"}
# Words that report only with "that" after them ("charged that", not "charged with").
_THAT_ONLY = frozenset(
    w
    for w in _words(
        "charged charges protested protests showing ruled rules signaled signalled hinted "
        "hints determined learned"
    )
    if w not in _CUE_WORDS
)
# ... and the verbs that attribute only a bare figure ("while the governor gave four").
_SCANNED = _CUE_WORDS | _cues.FIGURE_CUES | _THAT_ONLY
# The tokens `_find_cues` stops at: those, and "in" (a poll's "in a CNN poll").
_SCANNED_OR_IN = _SCANNED | {"in"}

# Number words a bare figure may be written in ("gave four", "put it at a dozen").
_NUMBER_WORDS = _words("""
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
    eighty ninety hundred hundreds thousand thousands million millions billion billions
    dozen dozens half
    """)
# Words that may lead a bare figure after its verb: "gave only four", "gave a death toll
# of 12", "counted fewer than 3,000", "gave the number as 40".
_FIGURE_LEAD = _words("""
    at least most about around roughly nearly almost some only just up to as many few
    more fewer less than over under close a an the its their his her own higher lower
    figure number toll total count tally estimate death casualty final official of
    $ € £ ¥
    """)
# Clause ends after a bare figure and its noun ("gave four, while ...").
_FIGURE_END = frozenset({",", ";", ":", "—", "–", "-", "--", _QUOTE} | _FINAL)
# Longest lead before, and noun after, a bare figure, in tokens.
_MAX_FIGURE_LEAD = 5
_MAX_FIGURE_NOUN = 3


# A digit: a content holding one reports a figure.
_FIGURE_DIGIT = re.compile(r"\d")


def _is_number(low: str) -> bool:
    """Whether a lower-case token is a number ("30,000", "4.1bn", "four")."""
    return low in _NUMBER_WORDS or any(ch.isdigit() for ch in low)


def _figure_object(u: _Unit, i: int) -> int | None:
    """
    Where the bare figure that is the object of a verb ending before token *i* ends
    ("four" in "gave four, while"), or None when the object is anything else ("gave
    four reasons for the delay", "gave a speech").
    """
    n = len(u)
    j = i
    while j < n and j - i < _MAX_FIGURE_LEAD and u.lows[j] in _FIGURE_LEAD:
        j += 1
    if j >= n or not _is_number(u.lows[j]):
        return None
    while j < n and (_is_number(u.lows[j]) or u.lows[j] in {"%", "bn", "m", "k"}):
        j += 1
    k = j
    while k < n and k - j < _MAX_FIGURE_NOUN and u.word(k) and not u.cap(k):
        if u.lows[k] in _cues.CLAUSE_OPENERS or u.lows[k] in _SCANNED:
            break
        if u.lows[k] in {"in", "at"} and k + 1 < n and u.cap(k + 1):
            return j  # "gave 18,000 in Paris": the place of the figure
        if u.lows[k] in _PREPOSITIONS or u.lows[k] in {"for", "of", "to"}:
            return None  # "gave 500 tickets to fans": an object of its own
        k += 1
    if k < n and u.lows[k] not in _FIGURE_END and u.lows[k] not in _cues.CLAUSE_OPENERS:
        return None
    return j


def _answers_figure(u: _Unit, head: int, end: int) -> bool:
    """
    Whether the sentence holds another cue and another figure than the object
    `[head, end)` of a figure-only verb, or the sentence before reported a figure: the
    object then answers a rival figure.
    """
    if u.rival:
        return True
    cues_in, numbers_in = u.counts()
    inside = sum(1 for k in range(head, end) if _is_number(u.lows[k]))
    return cues_in > 0 and numbers_in > inside


# Words before a figure (or a figure and its noun) that make the reporting verb after it
# a participle: "far below the 100 reported earlier", "than the 40 deaths counted".
_BEFORE_PARTICIPLE = _words("""
    the those these of than below above beyond over under from to with against
    """)


def _after_figure(u: _Unit, i: int) -> bool:
    """Whether cue *i* is a participle after a figure: "the 100 reported earlier"."""
    k = i - 1
    if k > 0 and not _is_number(u.lows[k]) and u.word(k) and not u.cap(k):
        k -= 1  # "the 40 deaths reported"
    if k < 0 or not _is_number(u.lows[k]) or not any(ch.isdigit() for ch in u.lows[k]):
        return False
    return k == 0 or u.lows[k - 1] in _BEFORE_PARTICIPLE


# Nouns that name a poll: "in a CNN poll", "in recent surveys".
_POLL_NOUNS = _words("poll polls survey surveys polling")
# Words that may follow a poll's noun in its phrase: "a poll released Monday", "a survey
# of 1,000 voters", "polls in Iowa", "a CBS News poll last month".
_POLL_TAIL = _words("""
    released published conducted taken carried out of from by for in among last this
    earlier late early on
    """)
# Longest run of words before a poll's noun ("the latest NBC News/Wall Street Journal"),
# and after it ("released on Monday by Quinnipiac University"), in tokens.
_MAX_POLL_LEAD = 9
_MAX_POLL_TAIL = 8


def _poll_phrase(u: _Unit, i: int) -> int | None:
    """
    Where the poll phrase starting at token *i* ends ("a CNN national poll", "the polls",
    "a survey released Monday"), or None when the words from *i* name no poll: only
    determiners, names, numbers and modifiers may stand before the poll's noun.
    """
    n = len(u)
    j = i
    while j < n and j - i < _MAX_POLL_LEAD and u.lows[j] not in _POLL_NOUNS:
        low = u.lows[j]
        if not (u.word(j) or low in {"/", "-", "&"} or _is_number(low)):
            return None
        if (
            low in _CUE_WORDS
            or low in _cues.CLAUSE_OPENERS
            or low in _NOT_IN_SOURCE
            or low in _PREPOSITIONS
            or low in {"of", "for", "to", "by", "he", "she", "it", "they", "we", "i", "you"}
        ):
            return None
        j += 1
    if j >= n or u.lows[j] not in _POLL_NOUNS:
        return None
    j += 1
    end = j
    # Its tail: a participle, a time, a sample or a pollster, each word bounded.
    k = j
    while k < n and k - j < _MAX_POLL_TAIL:
        low = u.lows[k]
        if low in _POLL_TAIL or low in _TIMES or _is_name_token(u, k) or _is_number(low):
            k += 1
            if low not in _POLL_TAIL:
                end = k  # the tail ends on its last content word, not "of" or "by"
            continue
        if low in _ARTICLES or low in {"registered", "likely", "voters", "adults", "people"}:
            k += 1
            if low not in _ARTICLES:
                end = k
            continue
        break
    return end


def _find_cues(u: _Unit) -> list[_Cue]:
    found: list[_Cue] = []
    n = len(u)
    i = 0
    # Only the tokens that can be cues are looked at; *i* is where reading may resume.
    for at in [k for k, low in enumerate(u.lows) if low in _SCANNED_OR_IN]:
        if at < i:
            continue
        i = at
        low = u.lows[i]
        if low == "in":
            # "In a CNN poll, ...", "... in the latest polls": the poll is the source.
            if _poll_phrase(u, i + 1) is not None:
                found.append(_Cue(i, i, i + 1, "poll"))
            i += 1
            continue
        kind = _cues.cue_kind(low)
        if low in _THAT_ONLY:
            if (
                i + 1 < len(u)
                and u.lows[i + 1] == "that"
                and u.lows[i - 1 if i else 0] not in _ARTICLES
            ):
                kind = "speech"  # "charged that ...", "protested that ..."
            else:
                i += 1
                continue
        if low in _cues.FIGURE_CUES:
            # "..., while the governor gave four": a cue only for a figure answering another.
            end = _figure_object(u, i + 1)
            if end is not None and _answers_figure(u, i, end) and (not i or u.lows[i - 1] != "to"):
                found.append(_Cue(_cue_first(u, i), i, i + 1, "figure"))
            i += 1
            continue
        if kind is None:
            found.append(_Cue(i, i, i + 1, "adverb"))  # "reportedly"
            i += 1
            continue
        last = i + 1
        if kind == "multiword":
            last = 0
            for follow in _cues.MULTIWORD_CUES.get(low, ()):
                if tuple(u.lows[i + 1 : i + 1 + len(follow)]) == follow:
                    last = i + 1 + len(follow)
                    break
            if not last:
                i += 1
                continue
        else:
            for follow in _cues.MULTIWORD_CUES.get(low, ()):
                if tuple(u.lows[i + 1 : i + 1 + len(follow)]) == follow:
                    last = i + 1 + len(follow)
                    break
        prev = u.lows[i - 1] if i else ""
        # "the report", "a claim", "to say": a noun or an infinitive, not a cue.
        if prev in _ARTICLES or prev in {"a", "an", "another", "each", "every", "no"}:
            i = last
            continue
        if prev == "to" and low not in {"according"}:
            i = last
            continue
        if low in _BEFORE_PUNCT_ONLY and (
            last < n and u.lows[last] not in {",", ":", _QUOTE} | _FINAL
        ):
            i = last
            continue
        if low in {"put", "puts", "putting"} and "at" not in u.lows[last : last + 8]:
            i = last  # "put the toll at 40", not "put their stamp on"
            continue
        if low in {"show", "shows"} and (prev in _SHOW_KINDS or prev.endswith(("’s", "'s"))):
            i = last  # "a radio show", "CNN’s show", "The Daily Show"
            continue
        if low.endswith("ing") and last < n and u.lows[last] == "by":
            i = last  # "(Reporting by Ann Lee; Writing by ...)": a credit line
            continue
        if low.endswith("ed") and last < n and u.lows[last] == "by" and prev not in _BE:
            i = last  # "the 200,000 claimed by unions": a participle, not a report
            continue
        if low.endswith("ed") and _after_figure(u, i):
            i = last  # "far below the 100 reported earlier": a participle, not a report
            continue
        if (
            low.endswith("ed")
            and i > 0
            and any(ch.isdigit() for ch in prev)
            and last < n
            and u.word(last)
            and not u.cap(last)
            and u.lows[last] not in _cues.CLAUSE_OPENERS | {"to", "by"}
            and _cues.cue_kind(u.lows[last]) is None
        ):
            i = last  # "4,051 pledged delegates": an adjective
            continue
        if low in _NEEDS_THAT and (last >= n or u.lows[last] not in {"that", ",", ":", _QUOTE}):
            i = last  # "maintained their lead", not "maintained that ..."
            continue
        if low == "called" and _names_a_thing(u, i, last):
            i = last  # "a new group called Black Votes Matter": a name, not a report
            continue
        if low in _NEEDS_CLAUSE and prev in {"help", "helps", "helped", "helping"}:
            i = last  # "helped found the group": to establish, not to discover
            continue
        if low in _NEEDS_CLAUSE and (last >= n or u.lows[last] in _OBJECT_PRONOUNS):
            i = last  # "found itself playing host", "found it online": no report
            continue
        if low in _NOUN_UNLESS_TO and (last >= n or u.lows[last] != "to"):
            i = last  # "the tax plans would", not "she plans to"
            continue
        if _in_aside(u, i, last):
            i = last
            continue
        found.append(_Cue(_cue_first(u, i), i, last, kind))
        i = last
    return found


# Negations kept in a cue: "did not mention", "never cited", "doesn't want".
_NEGATIONS = _words("""
    not never cannot don't doesn't didn't won't wouldn't hasn't haven't hadn't isn't
    aren't wasn't weren't can't couldn't shouldn't
    """) | {
    w.replace("'", "’")
    for w in _words(
        "don't doesn't didn't won't wouldn't hasn't haven't hadn't isn't aren't wasn't weren't can't couldn't shouldn't"
    )
}


# Words before "show" that make it a programme: "a radio show", "talk shows".
_SHOW_KINDS = _words("""
    radio tv television talk reality daily nightly night morning evening tonight award
    awards game cable news same late-night comedy quiz chat variety road trade air car
    fashion art horse dog
    """)
# Cue forms that attribute only with a clause, a colon or a quotation after them.
_NEEDS_THAT = _words("maintain maintains maintained maintaining")
# Cue forms that report nothing with a pronoun object ("found itself", "found it").
_NEEDS_CLAUSE = _words("found find finds")
_OBJECT_PRONOUNS = _words("it him them itself himself herself themselves myself ourselves")
# Cue forms that are plural nouns unless an infinitive follows ("plans to run").
_NOUN_UNLESS_TO = _words("plans")


def _names_a_thing(u: _Unit, i: int, last: int) -> bool:
    """
    Whether "called" at token *i* names a thing after a common noun ("a group called
    Black Votes Matter", "a party called “Anti-Prom”"): a participle, not a report.
    """
    if i < 2 or last >= len(u) or not (u.cap(last) or u.lows[last] == _QUOTE):
        return False
    prev = u.lows[i - 1]
    if (
        not prev.isalpha()
        or u.cap(i - 1)
        or prev in _cues.ADVERBS
        or prev in _cues.AUXILIARIES
        or prev in _PRONOUNS
        or prev in _cues.SOURCE_NOUNS
        or prev in _cues.TITLE_WORDS
    ):
        return False
    return any(u.lows[k] in _DETERMINERS for k in range(max(0, i - 4), i - 1))


def _cue_first(u: _Unit, head: int) -> int:
    """
    The first token of the cue whose word is *head*: its auxiliaries and negation go
    with it ("has claimed", "did not mention", "did not directly respond").
    """
    first = head
    while first > 0 and head - first < 4:
        low = u.lows[first - 1]
        if low in _cues.AUXILIARIES or low in _NEGATIONS:
            first -= 1
        elif (
            low.endswith("ly")
            and first > 1
            and head - first < 3
            and u.lows[first - 2] in _NEGATIONS
        ):
            first -= 1  # "did not directly respond": an adverb after the negation
        else:
            break
    # An adverb with no negation before it stays out: "said quickly" is not a cue.
    while first < head and u.lows[first].endswith("ly"):
        first += 1
    return first


def _in_aside(u: _Unit, i: int, last: int) -> bool:
    """
    Whether cue *i* opens a relative aside that the sentence's own cue follows: in "The
    assembly, which called the march, said 80,000 took part" "called" is background.
    """
    if (
        i < 2
        or u.lows[i - 1] not in {"which", "who"}
        or u.lows[i - 2] != ","
        or u.lows[i] in _PLAIN_REPORTING
    ):
        return False
    n = len(u)
    for k in range(last, min(n - 1, last + 12)):
        if u.lows[k] in _HARD_STOPS or u.lows[k] == _QUOTE:
            return False
        if u.lows[k] == ",":
            # The aside closes; a cue (after at most two auxiliaries) must come next.
            j = k + 1
            while j < n and j - k <= 2 and u.lows[j] in _cues.AUXILIARIES:
                j += 1
            return j < n and u.lows[j] in _PLAIN_REPORTING
    return False


# Plain reporting verbs: an aside's own such verb ("who said ..., resigned") is kept.
_PLAIN_REPORTING = _words("said says told tells added adds stated announced reported claimed")


def _is_name_token(u: _Unit, i: int) -> bool:
    return u.cap(i) and u.word(i)


def _source_left(u: _Unit, end: int, floor: int) -> tuple[int, int] | None:
    """
    Find the speaker phrase ending just before token *end*, not reaching below *floor*.

    Returns the token range `[start, stop)` or None.
    """
    j = end
    while (
        j > floor
        and end - j < 4
        and (u.lows[j - 1] in _cues.ADVERBS or (j < end and u.lows[j - 1] in _cues.AUXILIARIES))
    ):
        j -= 1
    stop = j
    if stop <= floor:
        return None
    if u.lows[stop - 1] == ",":
        # "the region’s deputy governor, Roman Semenukha, claimed": an appositive.
        k = stop - 1
        inner_start = k
        while inner_start > floor and u.lows[inner_start - 1] not in {","} | _HARD_STOPS:
            inner_start -= 1
            if k - inner_start > _MAX_APPOSITIVE:
                return None
        if inner_start <= floor or u.lows[inner_start - 1] != ",":
            return None
        head = _source_run(u, inner_start - 1, floor, _MAX_SOURCE)
        if head is None or head[0] == head[1]:
            return None
        if u.lows[head[0]] in _PRONOUNS - {"who", "which"}:
            return None
        if k - inner_start <= 3 and all(
            u.lows[x] in _DISCOURSE_WORDS for x in range(inner_start, k)
        ):
            return head  # "Officials, however, said": the aside is the writer's
        if u.lows[inner_start] in _ASIDE_OPENERS:
            # "Trump, in Kentucky, said": the writer's circumstance, not the speaker's.
            return _coordinated(u, head, floor)
        return _earlier_segments(u, head[0], k, floor), stop - 1
    run = _source_run(u, stop, floor, _MAX_SOURCE)
    if run is None or run[0] == run[1]:
        return None
    return _coordinated(u, run, floor)


# Words opening an aside between a speaker and the cue that is not part of the speaker
# phrase: a circumstance ("Trump, in Kentucky, said", "De Blasio, speaking on radio,
# called"). A relative clause ("Cox, who runs the lobby, says") stays in the phrase.
_ASIDE_OPENERS = _words("in at on during after before speaking for while")
# Discourse adverbials set off by commas between a speaker and the cue.
_DISCOURSE_WORDS = _words("""
    however though meanwhile too also in fact turn instead for example instance of course
    then still moreover nonetheless nevertheless likewise similarly indeed though again
    """)


def _earlier_segments(u: _Unit, start: int, close: int, floor: int) -> int:
    """
    Where a speaker phrase with several commas starts: "Harry Bond, 30, of Raleigh,"
    and "Ann Lee, a teacher from Monsey, New York," name their speaker in the first
    segment. *start* is where the segment before the last appositive starts, *close*
    the phrase's closing comma. Earlier segments are taken only back to a name that
    opens the clause; otherwise *start* stands.
    """
    at = start
    for _ in range(3):
        if at - 1 <= floor or u.lows[at - 1] != ",":
            return start
        prev = _source_run(u, at - 1, floor, _MAX_SOURCE)
        if prev is None or prev[0] == prev[1] or close - prev[0] > _MAX_APPOSITIVE:
            return start
        at = prev[0]
        opens = at in {0, floor} or u.lows[at - 1] in _HARD_STOPS | _cues.CLAUSE_OPENERS
        if opens:
            # A name of two to four words ("In Kyiv," and "However," are not speakers,
            # nor is a clause that happens to hold names).
            if (
                2 <= prev[1] - at <= 4
                and all(_is_name_token(u, x) for x in range(at, prev[1]))
                and u.lows[at] not in _ADVERBIAL_OPENERS | _INTRODUCERS
            ):
                return at
            return start
    return start


# Words that may make up the first of two coordinated speakers ("Current and former
# officials", "Sanders and his supporters", "Neither Cruz nor Christie").
_CONJUNCT_WORDS = _DETERMINERS | _words("both neither either current former many other")
# Tokens after which a coordinated speaker phrase may start.
_CONJUNCT_OPEN = frozenset({","} | _HARD_STOPS | _cues.CLAUSE_OPENERS) - {"and", "or", "nor"}


def _coordinated(u: _Unit, run: tuple[int, int], floor: int) -> tuple[int, int]:
    """
    Widen a speaker phrase over a coordinated first speaker: "Mr. Autor and Mr. Hanson
    said". The first conjunct must be names, determiners, roles or source nouns and
    start the clause, so "The plan failed and officials said" keeps "officials".
    """
    i = run[0]
    if i - 1 <= floor or u.lows[i - 1] not in {"and", "or", "nor"}:
        return run
    j = k = i - 1
    while (
        k > floor
        and j - k < 5
        and (
            _is_name_token(u, k - 1)
            or u.lows[k - 1] in _CONJUNCT_WORDS
            or u.lows[k - 1] in _cues.TITLE_WORDS
            or u.lows[k - 1] in _cues.SOURCE_NOUNS
            or u.lows[k - 1].endswith(("’s", "'s"))
        )
    ):
        k -= 1
    if k < j and (k in {0, floor} or u.lows[k - 1] in _CONJUNCT_OPEN):
        return k, run[1]
    return run


# Adverbs that open a clause before its speaker ("Then he said", "Even allies say").
_LEADING_ADVERBS = _words("then even just only first still now also later so yet")


def _is_acronym(u: _Unit, i: int) -> bool:
    """Whether token *i* is written in capitals ("WHO", "IT"): a name, not a pronoun."""
    word = u.text[u.starts[i] : u.ends[i]]
    return len(word) > 1 and word.isupper()


def _source_run(u: _Unit, end: int, floor: int, limit: int) -> tuple[int, int] | None:
    i = end
    while i > floor:
        low = u.lows[i - 1]
        if low in _HARD_STOPS or low in {",", "-"} or low in _RUN_STOPS:
            break  # a spaced hyphen is a dash: "NEW YORK - Donald Trump said"
        if low in _cues.CLAUSE_OPENERS and (low != "that" or not u.cap(i - 1)):
            break
        if low in _PRONOUNS and i < end and not _is_acronym(u, i - 1):
            break
        i -= 1
        if end - i > limit:
            return None
    # "Then he said", "Even some allies say": a leading adverb is the writer's.
    while end - i > 1 and u.lows[i] in _LEADING_ADVERBS:
        i += 1
    if i == end:
        return None
    if end - i > 1 and u.lows[end - 1] in _PRONOUNS and not _is_acronym(u, end - 1):
        return end - 1, end  # "naturally he said", "critics who say" (not "the WHO said")
    for k in range(i + 1, end - 1):
        # "Beck on Wednesday said": the time is not part of the speaker.
        if u.lows[k] in {"on", "last", "this", "earlier", "late"} and u.lows[k + 1] in _TIMES:
            end = k
            break
    for k in range(i, end):
        if u.lows[k].endswith(("n’t", "n't")):
            return None  # "Clinton doesn’t recognize": a negated verb, not a speaker
        if u.lows[k] == "by" and k > i and u.lows[k - 1] in _POLLED:
            continue  # "Analysts polled by LSEG": the poll's taker names the speakers
        if u.lows[k] in _NOT_IN_SOURCE or (
            _cues.cue_kind(u.lows[k]) == "speech"
            and not u.cap(k)
            and not (u.lows[k] == "called" and _names_a_thing(u, k, k + 1))
        ):
            return None
    if u.lows[end - 1] in _ARTICLES:
        return None
    return i, end


def _skip_adverbial(u: _Unit, i: int, stop: int) -> int:
    """Skip "on Tuesday", "in a statement", "in an online video" starting at token *i*."""
    rounds = 0
    while i < stop and rounds < 4 and u.lows[i] in _ADVERBIAL_OPENERS:
        rounds += 1
        j = i + 1
        taken = 0
        names = u.lows[i] in _PREPOSITIONS
        while (
            j < stop
            and taken < 6
            and (
                u.lows[j] in _ADVERBIAL_WORDS
                or (names and _is_name_token(u, j))
                or u.lows[j].isdigit()
                or (names and j in u.quotes and _is_title(u, u.quotes[j]))
            )
        ):
            j += 1
            taken += 1
        if u.lows[j - 1] in _DETERMINERS and j - 1 > i:
            return i  # "believe in a better system": not an adverbial after all
        if taken == 0 and u.lows[i] in {"on", "in", "at", "with", "from", "over", "through"}:
            return i
        i = j
    return i


# Short words a title may hold in lower case ("Meet the Press", "State of the Union").
_TITLE_SMALL = _words("the of a an and in on for to at with")
# Longest quoted title, in words, read as part of an adverbial.
_MAX_TITLE = 6


def _is_title(u: _Unit, quote: Quote) -> bool:
    """Whether a quotation is a short title ("Meet the Press"), not a quoted claim."""
    words = u.text[quote.inner.start : quote.inner.end].strip(" ,.").split()
    return (
        0 < len(words) <= _MAX_TITLE
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in _TITLE_SMALL for w in words)
    )


def _skip_recipient(u: _Unit, i: int, stop: int) -> int:
    """Skip the person spoken to: "told reporters", "told Ukrainian broadcasters"."""
    for k in range(i, min(stop, i + 12)):
        if u.lows[k] == "that":
            return k
        # "told reporters, adding that ...": the "that" after a comma is another clause's.
        if u.lows[k] in _HARD_STOPS or u.lows[k] == ",":
            break
    j = i
    while j < stop and j - i < 8:
        low = u.lows[j]
        if low in _RECIPIENT_NOUNS and low not in _DETERMINERS:
            return j + 1  # "reporters", "Ukrainian broadcasters"
        if _is_name_token(u, j) or low.endswith(("’s", "'s")):
            j += 1
            continue
        if low in _DETERMINERS and j == i:
            j += 1
            continue
        if low in _RECIPIENT_MODIFIERS and j > i:
            j += 1  # "a news conference", "a press briefing"
            continue
        break
    return j


_RECIPIENT_NOUNS = _words("""
    reporters journalists broadcasters lawmakers supporters voters crowd audience
    viewers listeners readers host anchor interviewer reporter journalist members
    people students workers residents delegates colleagues staff officials committee
    senators congress parliament assembly rally council board court jury him her them
    us me you briefing conference meeting hearing gathering session summit forum
    analysts investors shareholders
    """)
# Lower-case words that may stand between a determiner and the gathering spoken to.
_RECIPIENT_MODIFIERS = _words("news press media public town")


_BEFORE_PUNCT_ONLY = frozenset(
    {"continue", "continues", "continued", "continuing", "read", "reads"}
)
# Conjunctions that open a clause of its own, with its own speaker.
_SUBORDINATORS = _words("while although though whereas")
# Conjunctions that join a second speaker's clause: "..., while others said".
_JOINING = _words("while but and whereas although though")
_PASSIVE_STOPS = frozenset({"as", "while", "when", "after", "because"})


def _content_end(u: _Unit, i: int, passive: bool = False) -> int:
    """Token index where a forward content starting at *i* ends."""
    n = len(u)
    stops = u.stops()
    k = bisect.bisect_left(stops, i)
    # Stops that need at least one content token before them; a comma before a
    # participle ("..., adding") may end an empty content.
    while k < len(stops) and stops[k] == i and u.lows[i] != ",":
        k += 1
    end = stops[k] if k < len(stops) else n
    if passive:
        p = u.passive_stops()
        m = bisect.bisect_right(p, i)
        if m < len(p):
            end = min(end, p[m])
    if end < n:
        if u.lows[end] == "and" and end > i and u.lows[end - 1] == ",":
            end -= 1
        return end
    while n > i and u.lows[n - 1] in _DROPPED_FINAL:
        n -= 1
    return n


# Forms of "be": "was reported by" stays a cue, "the 200,000 claimed by unions" does not.
_BE = _words("is are was were be been being")
# Words that may follow a cue at the end of its sentence, opening a clause of the
# writer's: "..., Christie said when asked whether ...".
_TAIL_OPENERS = _words("because as but while and when after before")
# After "CONTENT, the agency said," a comma and one of these go on with the speaker's own
# figures: "..., AFAD said, with at least 2,323 people injured" (a claim of its own).
_SPEAKER_TAIL = _words("with including bringing taking raising pushing up down")
# ... and these with the writer's words: "..., the ministry said, far below the 200,000
# claimed by unions", "..., the governor said, and more bodies were expected".
_WRITER_TAIL = _words(
    "far well and but while although though whereas in on at after despite amid ahead "
    "below above beyond short compared against"
)


def _tail_is_short(u: _Unit, i: int, recipient: bool = False) -> int | None:
    """If tokens from *i* hold only an adverbial before the sentence ends, return the end."""
    n = len(u)
    if recipient:
        i = _skip_recipient(u, i, n)
    j = _skip_adverbial(u, i, n)
    k = j
    while k < n and u.lows[k] in _FINAL | {",", _QUOTE} and u.lows[k] != ",":
        k += 1
    if k >= n:
        return j
    if u.lows[j] == "," and j + 1 < n and u.lows[j + 1] in _CONTENT_STOPS | {"because", "as"}:
        return j
    if u.lows[j] == "," and j + 1 < n and u.lows[j + 1] in _SPEAKER_TAIL | _WRITER_TAIL:
        return j
    if u.lows[j] == "," and j + 1 < n and u.lows[j + 1].endswith("ing") and not u.cap(j + 1):
        return j  # "..., he said, wiping sweat off his face": the writer's scene
    if u.lows[j] == "," and j + 1 < n and u.lows[j + 1] == _QUOTE:
        # "“We will rebuild,” he said, “and sooner than you think.”": the quotation
        # after the cue continues the one before it.
        k = j + 2
        while k < n and u.lows[k] in _FINAL:
            k += 1
        if k >= n:
            return j
    if j > i and u.lows[j - 1] == _QUOTE and u.lows[j] in _CONTENT_STOPS:
        return j  # 'said on “Meet the Press,” adding': the title's mark holds the comma
    if u.lows[j] in _TAIL_OPENERS and j - i <= _MAX_TAIL:
        return j
    return None


# Words that make the words after "“...,” he said" a clause of their own rather than the
# writer's circumstances ("by telephone", "at a rally in Ohio"): verbs of being and
# having, modals, "that", and subject pronouns.
_CLAUSE_MARKERS = (
    _words("""
    is are was were be been am has have had do does did will would could should can may
    might must that he she it they we i you there
    """)
    | _CUE_WORDS
)
# Longest such circumstance, in tokens.
_MAX_WRITER_TAIL = 16


# Finite verbs that make a comma-separated segment a clause ("the river will flood").
_FINITE = _words("is are was were will would could should can may might must has have had")
# Words that open a relative clause inside an appositive ("a hydrologist who has ...").
_RELATIVES = _words("who whom whose which that")


def _is_clause(u: _Unit, i: int) -> bool:
    """Whether the segment from token *i* to the next comma has a finite verb of its own."""
    for k in range(i, min(len(u), i + _MAX_WRITER_TAIL)):
        low = u.lows[k]
        if low in _RELATIVES or low == "," or low in _HARD_STOPS or low in _FINAL:
            return False
        if low in _FINITE:
            return True
    return False


def _after_quotation(u: _Unit, opens: int) -> bool:
    """Whether the speaker phrase at token *opens* follows a quotation ("“...,” he said")."""
    return u.lows[opens - 1] == _QUOTE or (
        opens > 1 and u.lows[opens - 1] == "," and u.lows[opens - 2] == _QUOTE
    )


def _writer_tail(u: _Unit, i: int, recipient: bool = False) -> int | None:
    """
    After "“...,” he said", where the writer's circumstances end ("by telephone", "at a
    rally in Ohio"): the first comma or final mark, when the words before it hold no
    clause of their own. None when they do ("“...,” he said the mayor had left").
    """
    n = len(u)
    if recipient:
        i = _skip_recipient(u, i, n)
    k = i
    while k < n and k - i <= _MAX_WRITER_TAIL:
        low = u.lows[k]
        if low in {",", ";", _QUOTE} or low in _FINAL:
            return k
        if _that_time(u, k):
            k += 2  # "in his speech that night": a time, not a clause
            continue
        if low in _CLAUSE_MARKERS or low.endswith(("n’t", "n't")):
            return None
        k += 1
    return k if k >= n else None


def _has_figure_word(u: _Unit, i: int, j: int) -> bool:
    """Whether tokens *i* to *j* hold a digit: a tail worth a claim of its own."""
    return any(any(ch.isdigit() for ch in u.lows[k]) for k in range(i, j))


def _content_span(u: _Unit, i: int, j: int) -> tuple[Span, AttributionMode, tuple[Span, ...]]:
    """The content from token *i* to *j*, and whether it is a quotation or holds one."""
    while j > i and u.lows[j - 1] in {",", ":"}:
        j -= 1
    while i < j and u.lows[i] in {",", ":", "that"}:
        i += 1
    if i >= j:
        # Nothing but punctuation and "that" ("according to X, that"): an empty content
        # at the cue's end, which `find_attributions` drops.
        at = u.ends[j - 1] if 0 < j <= len(u.ends) else u.span.start
        return Span(at, at), AttributionMode.INDIRECT, ()
    keys = u.quote_tokens
    lo, hi = bisect.bisect_left(keys, i), bisect.bisect_left(keys, j)
    quotes = tuple(u.quotes[k].span for k in keys[lo:hi])
    if j - i == 1 and i in u.quotes:
        return u.quotes[i].inner, AttributionMode.DIRECT, quotes
    if j - i == 2 and i in u.quotes and u.lows[i + 1] in {",", "."}:
        return u.quotes[i].inner, AttributionMode.DIRECT, quotes
    mode = AttributionMode.MIXED if quotes else AttributionMode.INDIRECT
    # A trailing medium after the last quotation ('called it “absurd” in a tweet').
    j = _without_medium(u, keys[hi - 1] + 1, j) if quotes else _without_medium(u, i + 1, j)
    return u.span_of(i, j), mode, quotes


# Nouns of the medium a statement was made in: a trailing phrase holding one modifies
# the cue, not the content ("called the plan reckless in a tweet on Sunday").
_MEDIA = _words("""
    tweet tweets statement interview interviews post message briefing conference rally
    speech video appearance broadcast podcast hearing op-ed email letter release
    remarks facebook twitter instagram telegram
    """)
# Longest such phrase, in tokens.
_MAX_MEDIUM = 10


def _without_medium(u: _Unit, i: int, j: int) -> int:
    """
    Where a content ending at *j* ends without a trailing medium ("in a tweet"), which
    starts at *i* or later.
    """
    k = j
    cut = j
    medium = False
    while k > i and j - k < _MAX_MEDIUM:
        low = u.lows[k - 1]
        if not (
            low in _ADVERBIAL_WORDS
            or low in _ADVERBIAL_OPENERS
            or low in _MEDIA
            or low in _TIMES
            or _is_name_token(u, k - 1)
            or low.isdigit()
            or low.endswith(("’s", "'s"))
        ):
            break
        medium = medium or low in _MEDIA
        k -= 1
        if low in {"in", "on", "at", "during", "via", "through"} and medium:
            cut = k
    return cut


def _name_in(u: _Unit, a: int, b: int) -> Span:
    """The speaker's name inside the phrase tokens `[a, b)`, or the whole phrase."""
    segments: list[tuple[int, int]] = []
    s = a
    for k in range(a, b):
        if u.lows[k] == ",":
            segments.append((s, k))
            s = k + 1
    segments.append((s, b))
    for x, y in segments:
        if y > x and all(_is_name_token(u, k) for k in range(x, y)):
            return _strip_titles(u, x, y)
    x, y = segments[0]
    return _strip_titles(u, x, y)


def _strip_titles(u: _Unit, a: int, b: int) -> Span:
    last_title = -1
    for k in range(a, b):
        if u.lows[k] in _cues.TITLE_WORDS:
            last_title = k
    if a <= last_title < b - 1 and all(_is_name_token(u, k) for k in range(last_title + 1, b)):
        return u.span_of(last_title + 1, b)
    return u.span_of(a, b)


def _make(
    u: _Unit,
    content: tuple[Span, AttributionMode, tuple[Span, ...]],
    cue: tuple[int, int] | None,
    source: tuple[int, int] | None,
    mode: AttributionMode | None = None,
) -> RawAttribution:
    span, found_mode, quotes = content
    source_span = phrase = None
    if source is not None:
        phrase = u.span_of(*source)
        source_span = _name_in(u, *source)
    return RawAttribution(
        content_span=span,
        cue_span=None if cue is None else u.span_of(*cue),
        source_span=source_span,
        mode=found_mode if mode is None or found_mode is AttributionMode.DIRECT else mode,
        sentence_span=u.span,
        paragraph=u.paragraph,
        speaker_phrase_span=phrase,
        quote_spans=quotes,
    )


# Words that cannot open a speaker phrase after an inverted cue ("said on Tuesday").
_NOT_AFTER_INVERTED = frozenset(
    _ADVERBIAL_OPENERS | _NOT_IN_SOURCE | _cues.CLAUSE_OPENERS | _cues.ADVERBS
) - {"once"}


def _source_right(u: _Unit, i: int) -> tuple[int, int] | None:
    """The speaker phrase just after an inverted cue: "..., said the official"."""
    n = len(u)
    if i >= n or not u.word(i) or u.lows[i] in _NOT_AFTER_INVERTED:
        return None
    j = i
    appositive = False
    while j < n and j - i < _MAX_APPOSITIVE:
        low = u.lows[j]
        if low in _HARD_STOPS or low in _FINAL:
            break
        if low == "," and (j + 1 >= n or u.lows[j + 1] in _CONTENT_STOPS | {"that"}):
            break
        if low == "," and (u.lows[j + 1] in _CLAUSE_MARKERS or _is_clause(u, j + 1)):
            break  # "..., said Ann Doyle, the river will flood": a clause, not an appositive
        if (
            low == ","
            and u.lows[j + 1] in {"who", "which"}
            and any(w in _CUE_WORDS for w in u.lows[j + 2 : j + 5])
        ):
            break  # "said Ann Ross, who noted that ...": the aside is a claim of its own
        if low in _ADVERBIAL_OPENERS and j > i and not u.cap(j):
            # Inside an appositive a preposition usually belongs to it ("a professor at
            # the university"); after a comma, or before a time, it is the writer's.
            if not appositive or u.lows[j - 1] == "," or low not in _PREPOSITIONS:
                break
            if j + 1 < n and (u.lows[j + 1] in _TIMES or u.lows[j + 1] in _ADVERBIAL_OPENERS):
                break
        if low == ",":
            appositive = True
        j += 1
    while j > i and u.lows[j - 1] == ",":
        j -= 1
    return (i, j) if j > i else None


def _attribute_unit(u: _Unit) -> list[RawAttribution]:
    found: list[RawAttribution] = []
    n = len(u)
    floor = 0  # no speaker phrase reaches below this token
    back_floor = 0  # no content before its speaker starts below this token
    back_start = 0  # where the last content before its speaker started
    used_until = 0
    outer = -1  # where the last forward content began (for attributions nested in it)
    nests = 0  # attributions read inside it so far
    if (headline := _headline_speaker(u)) is not None:
        return [headline]
    cues_found = _find_cues(u)
    speech_heads = [c.head for c in cues_found if c.kind == "speech"]
    # Commas that open a later speaker phrase ("..., the official said"): a reported
    # clause before them ends there.
    breaks: list[int] = []
    for cue in cues_found:
        left = _source_left(u, cue.first, 0)
        if left is not None and left[0] > 0 and u.lows[left[0] - 1] in {",", _QUOTE}:
            breaks.append(left[0] - 1)
        elif left is not None and left[0] > 0 and u.lows[left[0] - 1] in _SUBORDINATORS:
            # "... Friday night when he told ...": a new clause with its own speaker.
            breaks.append(left[0] - 1)
        elif (
            left is not None
            and left[0] > 1
            and u.lows[left[0] - 1] in _JOINING
            and u.lows[left[0] - 2] == ","
        ):
            breaks.append(left[0] - 2)
        elif (
            left is not None
            and left[0] > 0
            and u.lows[left[0] - 1] in {"and", "but"}
            and cue.kind == "speech"
        ):
            # "one in three said ... and one in four said ...": a second speaker.
            breaks.append(left[0] - 1)
    breaks.sort()
    for cue in cues_found:
        if cue.first < used_until:
            if (
                nests < _MAX_NESTED
                and outer >= 0
                and (u.lows[cue.head] in _NESTED_CUES or _after_subordinate_speaker(u, cue, outer))
                and cue.first > outer
                and used_until - cue.last <= _MAX_CLAUSE + _MAX_TAIL
            ):
                nested = _nested(u, cue, outer, used_until)
                if nested is not None:
                    found.append(nested)
                    nests += 1
            continue
        head = u.lows[cue.head]
        cue_range = (cue.first, cue.last)
        if cue.kind == "adverb":  # "reportedly": the clause around it, unattributed
            a = _clause_start(u, cue.first, floor)
            b = _cut(breaks, a, _content_end(u, cue.last))
            found.append(
                _make(u, _content_span(u, a, b), cue_range, None, AttributionMode.UNATTRIBUTED)
            )
            used_until = b
            continue
        if cue.kind == "poll":
            poll = _poll(u, cue, back_floor, speech_heads)
            if poll is not None:
                found.append(poll[0])
                floor = back_floor = max(floor, poll[1])
                used_until = max(cue.last, poll[1])
            continue
        if head == "according":
            according, new_floor = _according(u, cue, back_floor, back_start)
            found.extend(according)
            floor = back_floor = max(floor, new_floor)
            used_until = max(cue.last, new_floor)
            continue
        # A passive with its agent: "The deaths were confirmed by the health ministry."
        # The subject is what was said, the agent who said it.
        if (
            cue.first < cue.head
            and u.lows[cue.first] in {"is", "are", "was", "were", "been", "be"}
            and cue.last < n
            and u.lows[cue.last] == "by"
        ):
            agent = _source_right(u, cue.last + 1)
            a = _clause_start(u, cue.first, floor)
            if agent is not None and cue.first > a:
                found.append(_make(u, _content_span(u, a, cue.first), cue_range, agent))
                floor = back_floor = used_until = agent[1]
            continue
        # Passive reports: "is reported to have killed", "is said to".
        if (
            cue.first < cue.head
            and u.lows[cue.first] in {"is", "are", "was", "were", "been", "be"}
            and head in _cues.PASSIVE_CUES
            and cue.last < n
            and u.lows[cue.last] in {"to", "that"}
        ):
            a = _clause_start(u, cue.first, floor)
            b = _cut(breaks, a, _content_end(u, cue.last, passive=True))
            if u.lows[cue.last] == "that":
                a = cue.last + 1
            found.append(
                _make(u, _content_span(u, a, b), cue_range, None, AttributionMode.UNATTRIBUTED)
            )
            used_until = b
            continue
        source = _source_left(u, cue.first, floor)
        # "..., adding that ...": a second claim by the speaker of the previous one.
        if (
            source is None
            and head in _cues.GERUND_CUES
            and cue.first > 0
            and u.lows[cue.first - 1] in {",", _QUOTE}
        ):
            a = _after_cue(u, cue)
            b = _content_end(u, a)
            if b > a:
                prev = found[-1] if found else None
                found.append(
                    attrs.evolve(
                        _make(u, _content_span(u, a, b), cue_range, None),
                        source_span=prev.source_span if prev else None,
                        speaker_phrase_span=prev.speaker_phrase_span if prev else None,
                    )
                )
                used_until = b
            continue
        # "... and said four more people had been hurt": the same speaker again.
        if source is None and cue.first > floor and u.lows[cue.first - 1] in {"and", "but"}:
            a = _after_cue(u, cue)
            b = _content_end(u, a)
            subject = _subject(u, floor)
            if b > a and (found or subject is not None):
                made = _make(u, _content_span(u, a, b), cue_range, subject)
                if subject is None:
                    made = attrs.evolve(
                        made,
                        source_span=found[-1].source_span,
                        speaker_phrase_span=found[-1].speaker_phrase_span,
                    )
                found.append(made)
                used_until = b
                floor = b
            continue
        if source is not None:
            opens = source[0]
            tail = _tail_is_short(u, cue.last, head in _cues.RECIPIENT_CUES)
            if tail is None and opens > back_floor and _after_quotation(u, opens):
                tail = _writer_tail(u, cue.last, head in _cues.RECIPIENT_CUES)
            elif (
                tail is not None
                and tail + 1 < n
                and u.lows[tail] in {",", ":"}
                and u.lows[tail + 1] == _QUOTE
                and not _after_quotation(u, opens)
            ):
                tail = None  # "At the rally, Beck said: “...”": the quotation is the content
            if tail is not None and opens > back_floor and u.lows[opens - 1] in {",", _QUOTE}:
                # "CONTENT, the official said on Tuesday." The content may hold an
                # attribution of its own ("X plans to ..., Welch said").
                end = opens - 1 if u.lows[opens - 1] == "," else opens
                start = _backward_start(u, back_floor, end)
                if end > start:
                    found.append(_make(u, _content_span(u, start, end), cue_range, source))
                    floor = back_floor = used_until = tail
                    back_start = start
                    # "..., the office stressed, because ...": the reason is the
                    # speaker's too.
                    if tail + 2 < n and u.lows[tail] == "," and u.lows[tail + 1] == "because":
                        b = _cut(breaks, tail + 2, _content_end(u, tail + 2))
                        if b > tail + 2:
                            found.append(_make(u, _content_span(u, tail + 2, b), cue_range, source))
                            floor = back_floor = used_until = b
                    # "..., AFAD said, with at least 2,323 people injured": the speaker's
                    # figures go on after the cue.
                    elif tail + 2 < n and u.lows[tail] == "," and u.lows[tail + 1] in _SPEAKER_TAIL:
                        b = _cut(breaks, tail + 1, _content_end(u, tail + 1))
                        if b > tail + 1 and _has_figure_word(u, tail + 1, b):
                            found.append(_make(u, _content_span(u, tail + 1, b), cue_range, source))
                            floor = back_floor = used_until = b
                    continue
            a = _after_cue(u, cue)
            b = _cut(breaks, a, _content_end(u, a))
            if (
                source[1] - source[0] == 1
                and u.lows[source[0]] in {"who", "which"}
                and source[0] > 0
                and u.lows[source[0] - 1] == ","
            ):
                # "Police, who had put the turnout at 12,500, stood by ...": the aside's
                # content ends with the aside.
                # (Not when a cue follows: it would read the aside as its content.)
                close = next((k for k in range(a + 1, b) if u.lows[k] == ","), b)
                if close + 1 < b and u.lows[close + 1] not in _CUE_WORDS:
                    b = close
            if b > a:
                found.append(_make(u, _content_span(u, a, b), cue_range, source))
                # "As the vote nears, Stone says, the number ...": the words before the
                # interrupting speaker are the content's first part.
                opens = source[0]
                if (
                    opens - 1 > back_floor
                    and u.lows[opens - 1] == ","
                    and a > cue.last
                    and u.lows[a - 1] == ","
                    and u.lows[a] != _QUOTE
                ):
                    start = _backward_start(u, back_floor, opens - 1)
                    if opens - 1 > start and not _is_scene(u, start, opens - 1):
                        found.append(
                            attrs.evolve(
                                _make(u, _content_span(u, start, opens - 1), None, None),
                                continues=True,
                                lead=True,
                            )
                        )
                used_until = b
                relative = u.lows[source[0]] in {"who", "which"} and source[0] - 1 > floor
                if not (
                    relative and b + 1 < n and u.lows[b] == "," and u.lows[b + 1] in _FINITE_SPEECH
                ):
                    # (In "Lee, who said ..., said ...", the main cue still reads its
                    # speaker phrase from the left, relative clause and all.)
                    floor = b
                outer, nests = a, 0
            continue
        # Inverted: "“...,” said Caddell." / "..., says one aide."
        if (
            cue.first > back_floor
            and u.lows[cue.first - 1] in {",", _QUOTE}
            and head not in _cues.GERUND_CUES
        ):
            right = _source_right(u, cue.last)
            if right is not None:
                end = cue.first - 1 if u.lows[cue.first - 1] == "," else cue.first
                start = _backward_start(u, back_floor, end)
                if end > start:
                    lead = _make(u, _content_span(u, start, end), cue_range, right)
                    rest = right[1] + 1
                    b = _cut(breaks, rest, _content_end(u, rest)) if rest < n else rest
                    if (
                        rest < n
                        and u.lows[right[1]] == ","
                        and b > rest
                        and lead.mode is AttributionMode.INDIRECT
                        and u.lows[rest] != _QUOTE
                    ):
                        # "Unless rivals quit, said Ann Doyle, it is very hard to ...": the
                        # words after the speaker go on with the content.
                        found.append(_make(u, _content_span(u, rest, b), cue_range, right))
                        found.append(
                            attrs.evolve(
                                lead,
                                cue_span=None,
                                source_span=None,
                                speaker_phrase_span=None,
                                continues=True,
                                lead=True,
                            )
                        )
                        floor = back_floor = used_until = b
                    else:
                        found.append(lead)
                        floor = back_floor = used_until = right[1]
                    back_start = start
            continue
        # "Warning that the river was still rising, the agency said: ..." and
        # "Asked whether he would run, Reid said ...": the speaker is the main clause's.
        opening = cue.first == floor or (
            head == "asked" and cue.first > 0 and u.lows[cue.first - 1] == "when"
        )
        if opening and (head in _cues.GERUND_CUES or head == "asked"):
            a = _after_cue(u, cue)
            b = a
            while b < n and u.lows[b] != "," and b - a < _MAX_CLAUSE:
                b += 1
            while b > a and u.lows[b - 1] in _DROPPED_FINAL:
                b -= 1
            if b > a:
                found.append(_make(u, _content_span(u, a, b), cue_range, None))
                floor = back_floor = b + 1
                used_until = b
    # "... Republican pollster Daron Shaw: “...”": a speaker and a colon before a quotation.
    taken = {a.content_span for a in found}
    for k in u.quote_tokens:
        if (
            k >= 2
            and u.lows[k - 1] == ":"
            and _is_name_token(u, k - 2)
            and u.quotes[k].inner not in taken
            and _cues.cue_kind(u.lows[k - 2]) is None
        ):
            run = _source_run(u, k - 1, 0, _MAX_SOURCE)
            if run is not None:
                found.append(
                    _make(u, _content_span(u, k, k + 1), (k - 1, k), run, AttributionMode.DIRECT)
                )
    # A participial claim with no source borrows the speaker of the nearest claim that
    # has one (two linear sweeps, not a search per claim).
    before: list[RawAttribution | None] = []
    last: RawAttribution | None = None
    for att in found:
        before.append(last)
        if att.source_span is not None:
            last = att
    last = None
    for index in range(len(found) - 1, -1, -1):
        att = found[index]
        if (
            att.source_span is None
            and att.mode is not AttributionMode.UNATTRIBUTED
            and not att.lead
        ):
            options = [o for o in (before[index], last) if o is not None]
            if options:
                near = min(
                    options, key=lambda o: abs(o.content_span.start - att.content_span.start)
                )
                found[index] = attrs.evolve(
                    att,
                    source_span=near.source_span,
                    speaker_phrase_span=near.speaker_phrase_span,
                )
        if found[index].source_span is not None and att.source_span is not None:
            last = att
    return found


# Cues read inside a reported clause: "Police said the mayor says the roads are shut".
# Only the plainest verbs: nesting every cue lowered precision far more than it raised
# recall (on PolNeAR train).
_NESTED_CUES = _words("said says say")
# At most this many inside one clause: each nested content runs to the clause's end, so
# more would make the claims' total length grow with the square of a run-on sentence.
_MAX_NESTED = 2


def _nested(u: _Unit, cue: _Cue, outer: int, end: int) -> RawAttribution | None:
    """
    An attribution inside the reported clause that starts at token *outer* and ends at
    *end*: "Police said the mayor says the roads are shut".
    """
    source = _source_left(u, cue.first, outer)
    if source is None:
        return None
    a = _after_cue(u, cue)
    b = min(end, _content_end(u, a))
    if b <= a or b - a > _MAX_CLAUSE:
        return None  # a nested clause that long is a run-on sentence, not a report
    # "the suspect, who officials said was 34, fled": inside a relative aside, the
    # nested content ends where the aside closes.
    lead = source[0] if u.lows[source[0]] in {"who", "which"} else source[0] - 1
    if lead > 0 and u.lows[lead] in {"who", "which"} and u.lows[lead - 1] == ",":
        b = next((k for k in range(a + 1, b) if u.lows[k] == ","), b)
    return _make(u, _content_span(u, a, b), (cue.first, cue.last), source)


# Conjunctions that open the writer's circumstance inside a reported clause: "said the
# road was shut when the mayor told reporters it was open".
_CIRCUMSTANTIAL = _words("when because after before since")


def _after_subordinate_speaker(u: _Unit, cue: _Cue, outer: int) -> bool:
    """Whether a speech cue inside a reported clause has a speaker after "when", "because"."""
    if cue.kind != "speech":
        return False
    left = _source_left(u, cue.first, outer)
    return left is not None and left[0] > outer and u.lows[left[0] - 1] in _CIRCUMSTANTIAL


def _cut(breaks: list[int], start: int, end: int) -> int:
    """End a clause starting at *start* at the first break after it (or at *end*)."""
    k = bisect.bisect_right(breaks, start + 1)
    return min(end, breaks[k]) if k < len(breaks) else end


def _clause_start(u: _Unit, end: int, floor: int) -> int:
    i = end
    while i > floor and end - i < _MAX_CLAUSE:
        low = u.lows[i - 1]
        if low in _cues.CLAUSE_OPENERS or low in _HARD_STOPS:
            break
        i -= 1
    while i < end and u.lows[i] in _DETERMINERS and i + 1 < end and u.lows[i + 1] == u.lows[i]:
        i += 1
    return i


def _subject(u: _Unit, floor: int) -> tuple[int, int] | None:
    """The sentence's subject when it is a short name: "Syniehubov published ... and warned"."""
    j = floor
    while (
        j < len(u)
        and j - floor < 6
        and (_is_name_token(u, j) or u.lows[j] in _DETERMINERS or u.lows[j] in _PRONOUNS)
    ):
        j += 1
    if j == floor or j >= len(u) or not u.word(j) or u.cap(j):
        return None
    return floor, j


# Words that open a short scene-setting phrase before a clause ("Since then,",
# "On Tuesday,", "Meanwhile,").
_INTRODUCERS = _words(
    "since then meanwhile however earlier later on in at by after before last this "
    "yesterday today overnight separately also still instead nevertheless nonetheless "
    "moreover indeed furthermore notably"
)


# Words that may open or make up a short scene-setting phrase of the writer's ("In the
# end,", "Six months ago,", "Still,").
_SCENE_WORDS = _words("so yet still even after all end ago then one point months years days weeks")


def _is_scene(u: _Unit, a: int, b: int) -> bool:
    """Whether tokens `[a, b)` are only a short phrase setting the scene ("In the end")."""
    return b - a <= 3 and all(
        u.lows[k] in _INTRODUCERS
        or u.lows[k] in _DISCOURSE_WORDS
        or u.lows[k] in _SCENE_WORDS
        or u.lows[k] in _TIMES
        or u.lows[k] in {"the", "a", "an"}
        or _is_number(u.lows[k])
        for k in range(a, b)
    )


def _backward_start(u: _Unit, floor: int, end: int) -> int:
    """Where a content that ends before its speaker starts: after any dateline."""
    if (
        floor == 0
        and len(u) > 1
        and u.lows[0].isalpha()
        and u.text[u.starts[0] : u.ends[0]].isupper()
    ):
        for k in range(1, min(end, 14)):
            if u.lows[k] in {"—", "–", "-", "--"}:
                return k + 1
    while floor < end and u.lows[floor] in {"and", "but", ","}:
        floor += 1
    # "Since then, rescuers have ...": a short opening adverbial is the writer's.
    if floor < end and u.lows[floor] in _INTRODUCERS:
        for k in range(floor + 1, min(end - 2, floor + 5)):
            if u.lows[k] == ",":
                return k + 1
            if not (
                u.word(k)
                and (
                    u.lows[k] in _ADVERBIAL_WORDS
                    or u.lows[k] in _TIMES
                    or _is_name_token(u, k)
                    or u.lows[k].isdigit()
                    or u.lows[k] in _INTRODUCERS
                )
            ):
                break
    return floor


def _after_cue(u: _Unit, cue: _Cue) -> int:
    n = len(u)
    i = cue.last
    if u.lows[cue.head] in _cues.RECIPIENT_CUES:
        i = _skip_recipient(u, i, n)
    i = _skip_adverbial(u, i, n)
    if _that_time(u, i):
        i += 2  # "said in his speech that night": a time, not the content's "that"
    i = _skip_to_that(u, i, n)
    i = _skip_topic(u, i, n)
    if i < n and u.lows[i] in {",", ":"}:
        i += 1
    if i < n and u.lows[i] == "that":
        i += 1
    return i


# Longest circumstance before a "that", in tokens.
_MAX_OBJECT = 8


def _that_time(u: _Unit, i: int) -> bool:
    """Whether token *i* opens a time ("that night", "that week"), not a clause."""
    n = len(u)
    return (
        i + 1 < n
        and u.lows[i] == "that"
        and u.lows[i + 1] in _TIMES
        and (i + 2 >= n or u.lows[i + 2] not in _FINITE)
    )


def _skip_topic(u: _Unit, i: int, stop: int) -> int:
    """
    Skip what a quotation is about: 'said of the senator, “She ...”', 'said about the
    plan: “...”'. Only before a quotation, which is then the content.
    """
    if i >= stop or u.lows[i] not in {"of", "about"}:
        return i
    for k in range(i + 1, min(stop - 1, i + _MAX_OBJECT + 2)):
        low = u.lows[k]
        if low in {",", ":"} and u.lows[k + 1] == _QUOTE:
            return k + 1
        if low in _FINAL or low in {";", _QUOTE} or low in _CLAUSE_MARKERS:
            break
    return i


def _skip_to_that(u: _Unit, i: int, stop: int) -> int:
    """
    Skip a circumstance before "that" which `_skip_adverbial` does not know: "said in a
    telephone interview that", "said for the first time that", "said, in a court
    filing, that". The words skipped hold no clause of their own.
    """
    if i >= stop or not (u.lows[i] in _ADVERBIAL_OPENERS or u.lows[i] in {"for", ","}):
        return i
    for k in range(i + 1, min(stop, i + _MAX_OBJECT + 2)):
        low = u.lows[k]
        if low == "that" and not _that_time(u, k):
            return k
        if low in _FINAL or low in {";", _QUOTE} or low in _CLAUSE_MARKERS:
            break
    return i


# Conjunctions that open a subordinate clause before "according to X, MAIN CLAUSE".
_LEADING_SUBORDINATORS = _words("while although though as when after before if because since")
_ACCORDING_STOPS = frozenset({",", ";"} | _FINAL | _HARD_STOPS) - {_QUOTE}


def _according(u: _Unit, cue: _Cue, floor: int, earlier: int) -> tuple[list[RawAttribution], int]:
    """
    "according to X" before or after its content.

    *earlier* is where the previous content-first claim of the sentence started: "“...,”
    he said, according to Reuters" attributes that whole report to Reuters.
    """
    n = len(u)
    cue_range = (cue.head, cue.last)
    j = cue.last
    while j < n and j - cue.last < _MAX_APPOSITIVE and u.lows[j] not in _ACCORDING_STOPS:
        j += 1
    if j == cue.last:
        return [], floor
    source = (cue.last, j)
    mode = AttributionMode.ACCORDING_TO
    before = u.lows[cue.head - 1] if cue.head > 0 else ""
    if before in {",", _QUOTE} and cue.head - earlier > 2:
        end = cue.head - 1 if before == "," else cue.head
        start = _backward_start(u, floor, end) if end - floor > 2 else earlier
        if (
            end > start
            and u.lows[start] in _LEADING_SUBORDINATORS
            and j + 1 < n
            and u.lows[j] == ","
            and (b := _content_end(u, j + 1)) > j + 1
        ):
            # "While most were marked confidential, according to an official, two were
            # upgraded": the clause before is the writer's frame; the report follows.
            main = _make(u, _content_span(u, j + 1, b), cue_range, source, mode)
            lead = attrs.evolve(
                _make(u, _content_span(u, start, end), None, None), continues=True, lead=True
            )
            return [main, lead], b
        if end > start:
            return [_make(u, _content_span(u, start, end), cue_range, source, mode)], j
        return [], j
    if j < n and u.lows[j] == ",":
        b = _content_end(u, j + 1)
        if b > j + 1:
            return [_make(u, _content_span(u, j + 1, b), cue_range, source, mode)], b
    return [], j


# Tokens that may close a poll phrase after its content: "... led by 9 points in a CNN
# poll." (a poll phrase followed by a verb is a speaker's: "voters in the poll said").
_POLL_CLOSERS = frozenset({",", ";", "—", "–", "--", ")"} | _FINAL)


def _any_between(sorted_heads: list[int], a: int, b: int) -> bool:
    """Whether some index of *sorted_heads* lies in `[a, b)` (a binary search)."""
    k = bisect.bisect_left(sorted_heads, a)
    return k < len(sorted_heads) and sorted_heads[k] < b


# Participles that describe a poll after its comma: "In a new poll, released Monday, ...".
_POLL_PARTICIPLES = _words("conducted released published taken carried")


def _poll(u: _Unit, cue: _Cue, floor: int, speech: list[int]) -> tuple[RawAttribution, int] | None:
    """
    A poll as the source of the figures it found: "In a CNN poll, Clinton led by 9
    points" or "Clinton led by 9 points in a CNN poll". None when the clause has a cue of
    its own ("In the poll, 60% said ...": the respondents speak; *speech* holds the
    sorted heads of the sentence's speech cues) or the words are not a clause.
    """
    n = len(u)
    end = _poll_phrase(u, cue.last)
    if end is None:
        return None
    source = (cue.last, end)
    cue_range = (cue.head, cue.last)
    mode = AttributionMode.ACCORDING_TO
    named = any(u.cap(k) for k in range(cue.last, end))
    opens = cue.head == floor or u.lows[cue.head - 1] in _HARD_STOPS | _FINAL | {"but", "and"}
    if opens and end < n and u.lows[end] == ",":
        a = end + 1
        if a < n and u.lows[a] in _POLL_PARTICIPLES:
            # "In the latest poll, conducted in May, ...": the participle is the poll's.
            k = a
            while k < n and k - a <= _MAX_POLL_TAIL and u.lows[k] not in _POLL_CLOSERS:
                k += 1
            if k < n and u.lows[k] == ",":
                source, a = (cue.last, k), k + 1
        b = _content_end(u, a)
        if b - a > 2 and (named or _has_figure_word(u, a, b)) and not _any_between(speech, a, b):
            return _make(u, _content_span(u, a, b), cue_range, source, mode), b
        return None
    if opens or (end < n and u.lows[end] not in _POLL_CLOSERS):
        return None
    start = _backward_start(u, floor, cue.head)
    if cue.head - start > _MAX_CLAUSE:
        return None  # a run-on clause: bounded, so a sentence of polls stays linear
    if u.lows[start] in _INTRODUCERS:
        # "In the fall of 2007, Clinton led ... in a CNN poll": the scene is the writer's.
        commas = [k for k in range(start, cue.head - 3) if u.lows[k] == ","]
        start = commas[-1] + 1 if commas else start
    if (
        cue.head - start < 3
        or not (named or _has_figure_word(u, start, cue.head))
        or not _has_clause_words(u, start, cue.head)
        or u.lows[start] in _SUBORDINATORS | _cues.CLAUSE_OPENERS | {"despite"}
        or _any_between(speech, start, cue.head)
    ):
        return None
    return _make(u, _content_span(u, start, cue.head), cue_range, source, mode), end


# Words that open a headline label or an interviewer's turn, not a speaker ("Q:",
# "The Latest:", "Watch:").
_NOT_HEADLINE_SPEAKERS = _words(
    "q so the watch video exclusive breaking update updated live just poll photos photo "
    "analysis opinion editorial note editor read listen related see also more here why "
    "what how when who where huffpollster correction clarification a email e-mail "
    "editor’s editor's editors contact"
)


# Lower-case words that a list of names or a tally may hold ("Smith and Jones", "1,769 of 2,383").
_LIST_WORDS = _words("and of the or")


def _has_clause_words(u: _Unit, a: int, b: int) -> bool:
    """
    Whether tokens `[a, b)` read as a statement: some lower-case word beyond "and", "of".
    A list of names ("Ann Ross, Tom Hale") or a tally ("1,769.") after a colon is no claim.
    """
    return any(
        u.lows[x][0].isalpha() and not u.cap(x) and u.lows[x] not in _LIST_WORDS
        for x in range(a, b)
    ) or any(x in u.quotes for x in range(a, b))


def _headline_speaker(u: _Unit) -> RawAttribution | None:
    """ "Trey Gowdy: Benghazi probe revealed ...": a name, a colon, then the claim."""
    n = len(u)
    for k in range(1, min(n, 7)):
        if u.lows[k] == ":":
            if n - k < 3 or u.lows[0] in _NOT_HEADLINE_SPEAKERS:
                return None
            if not all(_is_name_token(u, x) for x in range(k)):
                return None
            if not any(u.text[u.starts[x] + 1 : u.ends[x]].islower() for x in range(k)) and k < 2:
                return None  # "WATCH:" and other one-word capitals are labels
            end = _content_end(u, k + 1)
            if end <= k + 1 or not _has_clause_words(u, k + 1, end):
                return None
            return _make(u, _content_span(u, k + 1, end), (k, k + 1), (0, k))
        if not u.word(k):
            return None
    return None


def _headline(u: _Unit) -> RawAttribution | None:
    """ "Governor: attack kills 4", "Death toll rises to 60: official", "... - mayor"."""
    n = len(u)
    for k in range(min(n, 6)):
        if u.lows[k] == ":" and k > 0 and n - k > 3:
            if (
                u.lows[0] not in _NOT_HEADLINE_SPEAKERS
                and all(_is_name_token(u, x) or u.lows[x] in _cues.TITLE_WORDS for x in range(k))
                and _has_clause_words(u, k + 1, n)
            ):
                return _make(u, _content_span(u, k + 1, _content_end(u, k + 1)), (k, k + 1), (0, k))
            break
    for k in range(max(0, n - 4), n):
        if u.lows[k] in {":", "-", "—", "–"} and k > 3 and k + 1 < n:
            tail = range(k + 1, n)
            if all(
                u.lows[x] in _cues.TITLE_WORDS
                or u.lows[x] in _cues.SOURCE_NOUNS
                or _is_name_token(u, x)
                for x in tail
            ):
                content = _content_span(u, 0, k)
                return _make(u, content, (k, k + 1), (k + 1, n))
    return None


def _paragraph_units(text: str, para: Span, p_index: int, quotes: list[Quote]) -> Iterator[_Unit]:
    keep = [q.span for q in quotes]
    qi = 0
    for sent in _merge_trailing_cues(text, sentences_in(text, para.start, para.end, keep)):
        inside: list[Quote] = []
        while qi < len(quotes) and quotes[qi].span.start < sent.start:
            qi += 1
        k = qi
        while k < len(quotes) and quotes[k].span.end <= sent.end:
            inside.append(quotes[k])
            k += 1
        yield _tokenize(text, sent, p_index, inside)


def _merge_trailing_cues(text: str, sentences: list[Span]) -> list[Span]:
    """Join "“... fun!” Trump tweeted." when the cue was cut off after its quotation."""
    merged: list[Span] = []
    for sent in sentences:
        if merged and text[merged[-1].end - 1] in _CLOSING_MARKS:
            words = _TOKEN.findall(text, sent.start, min(sent.end, sent.start + 80))
            if len(words) <= 8 and any(_cues.cue_kind(w.lower()) for w in words):
                merged[-1] = Span(merged[-1].start, sent.end)
                continue
        merged.append(sent)
    return merged


# Longest quotation, in words, read as a scare quote inside a sentence ("the “big four”").
_MAX_SCARE = 2
_CLOSING_MARKS = frozenset("”\"'’»")


def find_attributions(
    text: str, start: int = 0, *, quotes: list[Quote] | None = None
) -> list[RawAttribution]:
    """
    Find every attribution in *text*: source, cue and content spans, and the mode.

    Args:
        text: The whole text.
        start: Where to start reading (after a header, say); spans index into *text*.
        quotes: The quotations `find_quotes(text, start)` gives, when the caller has
            them already (they are found again otherwise).

    Returns:
        The attributions in text order.

    Notes:
        Linear in the length of the text: each sentence is tokenized once and every rule
        looks a bounded number of tokens around a cue.

    Examples:
        >>> text = ("“We are preparing,” the mayor wrote. “Kyiv stands.”\\n\\n"
        ...         "Ten people were hurt, according to police.")
        >>> for a in find_attributions(text):
        ...     print(a.content_span.of(text), "|", a.mode.value, a.continues,
        ...           a.source_span and a.source_span.of(text))
        We are preparing, | direct False the mayor
        Kyiv stands. | direct True None
        Ten people were hurt | according_to False police
    """
    start = max(0, min(start, len(text)))
    found_quotes = find_quotes(text, start) if quotes is None else quotes
    all_quotes = [q for q in found_quotes if not q.nested]
    by_paragraph: dict[int, list[Quote]] = {}
    for q in all_quotes:
        by_paragraph.setdefault(q.paragraph, []).append(q)
    found: list[RawAttribution] = []
    last_speaker: RawAttribution | None = None
    pending: RawAttribution | None = None  # "Caddell continued:" awaiting its quotation
    rival = False  # whether the last sentence reported a figure
    for p_index, para in enumerate(split_paragraphs(text, start)):
        quotes = by_paragraph.get(p_index, [])
        for u in _paragraph_units(text, para, p_index, quotes):
            u.rival = rival
            # A content of nothing but punctuation and "that" is no claim.
            atts = [a for a in _attribute_unit(u) if a.content_span.end > a.content_span.start]
            rival = any(
                a.source_span is not None
                and _FIGURE_DIGIT.search(text, a.content_span.start, a.content_span.end) is not None
                for a in atts
            )
            used = {s for a in atts for s in a.quote_spans}
            used.update(a.content_span for a in atts)
            if not atts and (h := _headline(u)) is not None:
                atts = [h]
            # The words and quotations of the unit (counted only where there are quotations).
            word_count = (
                sum(1 for low in u.lows if low[0].isalnum()) + len(u.quotes) if u.quotes else 0
            )
            for k, q in u.quotes.items():
                if q.span in used or q.inner in used:
                    continue
                if (
                    k > 0
                    and (_is_name_token(u, k - 1) or u.lows[k - 1] in _PREPOSITIONS)
                    and (_is_title(u, q))
                ):
                    continue  # 'on MSNBC’s “Morning Joe,”': a title, not a quotation
                alone = word_count == 1
                after_claim = bool(atts) and any(a.mode is AttributionMode.DIRECT for a in atts)
                if not (alone or after_claim):
                    continue
                if not alone and len(text[q.inner.start : q.inner.end].split()) <= _MAX_SCARE:
                    continue  # 'the “big four”': a scare quote, not a quotation of its own
                if alone and pending is not None:
                    atts.append(
                        attrs.evolve(
                            pending,
                            content_span=q.inner,
                            mode=AttributionMode.DIRECT,
                            sentence_span=u.span,
                            paragraph=p_index,
                            quote_spans=(q.span,),
                        )
                    )
                    continue
                atts.append(
                    RawAttribution(
                        content_span=q.inner,
                        cue_span=None,
                        source_span=None,
                        mode=AttributionMode.DIRECT,
                        sentence_span=u.span,
                        continues=last_speaker is not None or bool(atts),
                        paragraph=p_index,
                        quote_spans=(q.span,),
                    )
                )
            pending = None
            if not atts and len(u) >= 2 and u.lows[-1] == ":":
                pending = _colon_cue(u)
            # Text order, but a lead right after the attribution it begins.
            after = {id(main): a for main, a in itertools.pairwise(atts) if a.lead}
            ordered: list[RawAttribution] = []
            for a in sorted((a for a in atts if not a.lead), key=lambda a: a.content_span.start):
                ordered.append(a)
                if id(a) in after:
                    ordered.append(after[id(a)])
            atts = ordered
            for a in atts:
                if a.source_span is not None:
                    last_speaker = a
            found.extend(atts)
    return found


def _colon_cue(u: _Unit) -> RawAttribution | None:
    """ "Caddell continued:" at the end of a paragraph: the next quotation is its content."""
    cues_found = _find_cues(u)
    if not cues_found:
        return None
    cue = cues_found[-1]
    source = _source_left(u, cue.first, 0)
    if source is None:
        return None
    return _make(u, (u.span, AttributionMode.DIRECT, ()), (cue.first, len(u)), source)
