"""
Text helpers for extraction: paragraphs, sentences and quotations, in one linear pass.

News copy marks quotations in several ways: straight and curly double marks, single marks
(British style, or nested inside double ones), and quotations that run over several
paragraphs (the closing mark is left off at each paragraph end and the next paragraph
reopens with an opening mark). Apostrophes ("country’s", "Moscow's") are not quote marks.

Every function returns `Span`s into the text *as given*, never into a normalised copy, and
runs in time linear in the length of the text, whatever the text holds.
"""

from __future__ import annotations

import functools
import re

import attrs

from claimtrack.model import DocumentWarning, Span

__all__ = [
    "Quote",
    "find_quotes",
    "normalize_quotes",
    "quote_warnings",
    "sentences_in",
    "split_paragraphs",
    "split_sentences",
]


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of *text*, as a set (lexicons read better as prose)."""
    return frozenset(text.split())


# Double quotation marks. Curly ones say which way they face; the straight one does not.
OPEN_DOUBLE = "“„«"
CLOSE_DOUBLE = "”»"
STRAIGHT_DOUBLE = '"'
# Single marks, used at the top level by British copy and nested inside double quotes.
OPEN_SINGLE = "‘‹"
CLOSE_SINGLE = "’›"
STRAIGHT_SINGLE = "'"
ALL_MARKS = OPEN_DOUBLE + CLOSE_DOUBLE + STRAIGHT_DOUBLE + OPEN_SINGLE + CLOSE_SINGLE + "'"

# A blank line (possibly holding spaces) separates paragraphs.
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n\s*")
# Any line break separates paragraphs in copy that never leaves a blank line.
_LINE_BREAK = re.compile(r"\n\s*")
# A sentence ends at . ! ? (or an ellipsis), possibly followed by closing marks or
# brackets, then whitespace. One stop character only: in a run of stops ("?!", "...")
# the match starts at the last one, and a long run without a following space is never
# rescanned from every position. A line break inside a paragraph also ends a sentence
# (a headline or a dateline on its own line).
# (The stop sign or newline comes first, outside the alternation, so the engine skips
# straight to them.)
_SENTENCE_END = re.compile(r"[.!?…\n](?:(?<=[.!?…])[\"”’'»)\]]*\s+|(?<=\n)\s*)")
# What may open the next sentence: a capital, a digit or an opening mark or bracket.
_SENTENCE_START = re.compile(r"[\"“‘'«(\[]*[A-Z0-9À-Þ]")
# The word (with internal dots, as in "U.S") just before a candidate boundary.
_WORD_BEFORE = re.compile(r"[\w.]{1,12}$")
# Abbreviations after which a full stop does not end the sentence (lower case, no dot).
_ABBREVIATIONS = _words("""
    mr mrs ms dr prof sen rep gov gen lt col capt sgt maj adm cmdr st jr sr rev hon
    pres supt insp det cpl pvt fr messrs mme mlle
    jan feb mar apr jun jul aug sep sept oct nov dec
    no nos vol pp ca approx est dept univ inc corp ltd co bros vs etc al fig op
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss
    mo mont neb nev okla ore pa tenn tex va vt wash wis wyo
    """)
# Whitespace, for trimming spans without copying text.
_SPACE = frozenset(" \t\n\r\f\v\u00a0\u2009\u200a\u202f\u3000")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Move *start* and *end* inwards past whitespace."""
    while start < end and (text[start] in _SPACE or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in _SPACE or text[end - 1].isspace()):
        end -= 1
    return start, end


def split_paragraphs(text: str, start: int = 0) -> list[Span]:
    """
    Split *text* into paragraphs, trimmed of surrounding whitespace.

    Paragraphs are separated by blank lines; copy that never leaves a blank line is split
    at every line break instead.

    Args:
        text: The whole text.
        start: Where to start reading; spans still index into *text*.

    Returns:
        The non-empty paragraphs, in order.

    Examples:
        >>> text = "First line.\\n\\nSecond one.\\n"
        >>> [s.of(text) for s in split_paragraphs(text)]
        ['First line.', 'Second one.']
    """
    return list(_paragraphs(text, max(0, min(start, len(text)))))


@functools.lru_cache(maxsize=2)
def _paragraphs(text: str, start: int) -> tuple[Span, ...]:
    """`split_paragraphs`, once per text: the quotations, the attributions and the
    sentences of one text all read its paragraphs (only the last texts are kept)."""
    breaks = _BLANK_LINE if _BLANK_LINE.search(text, start) else _LINE_BREAK
    spans: list[Span] = []
    pos = start
    for match in breaks.finditer(text, start):
        a, b = _trim(text, pos, match.start())
        if b > a:
            spans.append(Span(a, b))
        pos = match.end()
    a, b = _trim(text, pos, len(text))
    if b > a:
        spans.append(Span(a, b))
    return tuple(spans)


def _is_abbreviation(text: str, stop: int) -> bool:
    """Whether the full stop at *stop* closes an abbreviation or an initial."""
    if text[stop] != ".":
        return False
    match = _WORD_BEFORE.search(text, max(0, stop - 12), stop)
    if match is None:
        return False
    word = match.group().lower()
    if not word or not word[-1].isalnum():
        return False
    if "." in word:  # "U.S." or "a.m.": an acronym with inner dots
        return True
    if len(word) == 1 and word.isalpha():  # an initial: "John F. Kennedy"
        return True
    return word in _ABBREVIATIONS


def split_sentences(
    text: str, start: int = 0, *, end: int | None = None, keep: list[Span] | None = None
) -> list[Span]:
    """
    Split *text* into sentences, trimmed of whitespace, never across a paragraph.

    A sentence ends at `.`, `!`, `?` or `…` (with any closing quote marks) followed by
    whitespace and a capital, a digit or an opening mark; not after a known abbreviation
    ("Mr.", "Gov.", "Aug.") or an initial.

    Args:
        text: The whole text.
        start: Where to start reading; spans still index into *text*.
        end: Where to stop reading (the end of the text by default).
        keep: Spans (quotations, say) that must not be cut: a boundary inside one of
            them is ignored. Give them sorted by start.

    Returns:
        The sentences, in order.

    Examples:
        >>> text = "Mr. Smith said so. “It rained. We left,” he wrote.\\nNext."
        >>> [s.of(text) for s in split_sentences(text)]
        ['Mr. Smith said so.', '“It rained.', 'We left,” he wrote.', 'Next.']
        >>> from claimtrack.model import Span
        >>> [s.of(text) for s in split_sentences(text, keep=[Span(19, 39)])]
        ['Mr. Smith said so.', '“It rained. We left,” he wrote.', 'Next.']
    """
    stop = len(text) if end is None else max(0, min(end, len(text)))
    start = max(0, min(start, stop))
    spans: list[Span] = []
    for para in split_paragraphs(text, start):
        if para.start >= stop:
            break
        spans.extend(sentences_in(text, para.start, min(para.end, stop), keep or []))
    return spans


def sentences_in(text: str, start: int, end: int, keep: list[Span]) -> list[Span]:
    """
    Split the stretch `text[start:end]` (one paragraph) into sentences.

    Args:
        text: The whole text.
        start: Where the paragraph starts.
        end: Where it ends.
        keep: Sorted spans that must not be cut (only those near the paragraph matter).

    Examples:
        >>> text = "It rained. We left."
        >>> [s.of(text) for s in sentences_in(text, 0, len(text), [])]
        ['It rained.', 'We left.']
    """
    spans: list[Span] = []
    k = _first_ending_after(keep, start)
    pos = start
    for match in _SENTENCE_END.finditer(text, start, end):
        cut = match.end()
        newline = text[match.start()] == "\n"
        if not newline and cut < end and not _SENTENCE_START.match(text, cut):
            continue
        if (
            not newline
            and _is_abbreviation(text, match.start())
            and match.end() - match.start() == 2
        ):
            continue
        while k < len(keep) and keep[k].end <= match.start():
            k += 1
        if k < len(keep) and keep[k].start < match.start() and cut < keep[k].end:
            continue
        a, b = _trim(text, pos, cut)
        if b > a:
            spans.append(Span(a, b))
        pos = cut
    a, b = _trim(text, pos, end)
    if b > a:
        spans.append(Span(a, b))
    return spans


def _first_ending_after(spans: list[Span], offset: int) -> int:
    """Index of the first span in sorted *spans* that ends after *offset* (bisection)."""
    lo, hi = 0, len(spans)
    while lo < hi:
        mid = (lo + hi) // 2
        if spans[mid].end <= offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


@attrs.frozen
class Quote:
    """
    One quotation, or the part of it inside one paragraph.

    `span` covers the marks, `inner` the words between them. `closed` is False when the
    paragraph ended before a closing mark; `reopened` is True when the paragraph opened
    with a mark that continues a quotation left open in the previous one. `nested` is
    True for a quotation inside another.

    Examples:
        >>> text = "“We are ready,” he said."
        >>> q = find_quotes(text)[0]
        >>> q.inner.of(text), q.closed
        ('We are ready,', True)
    """

    span: Span
    inner: Span
    paragraph: int
    closed: bool = True
    reopened: bool = False
    nested: bool = False
    double: bool = True


def _opens(text: str, i: int) -> bool:
    """Whether an ambiguous straight mark at *i* opens (rather than closes) a quote."""
    before = text[i - 1] if i > 0 else " "
    width = 2 if text.startswith("''", i) else 1
    after = text[i + width] if i + width < len(text) else " "
    if after.isspace():
        return False
    return before.isspace() or before in "([{—–-/:;" or before in OPEN_DOUBLE + OPEN_SINGLE


def _is_apostrophe(text: str, i: int) -> bool:
    """Whether the single mark at *i* sits inside a word ("country’s", "rock 'n' roll")."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isalnum() and after.isalnum()


def find_quotes(text: str, start: int = 0) -> list[Quote]:
    """
    Find the quotations in *text*, paragraph by paragraph.

    A double quotation left open at the end of a paragraph stops there (`closed` False);
    when the next paragraph opens with a mark it is a continuation (`reopened` True).
    Single marks count as quotation marks at the top level only when an opening one
    is matched by a closing one in the same paragraph; an apostrophe between letters
    never counts.

    Args:
        text: The whole text.
        start: Where to start reading; spans still index into *text*.

    Returns:
        Top-level quotations and nested ones (`nested` True), sorted by start.

    Examples:
        >>> text = "“He said ‘no’ twice,” she said. It’s Moscow's call."
        >>> [(q.inner.of(text), q.nested) for q in find_quotes(text)]
        [('He said ‘no’ twice,', False), ('no', True)]
        >>> text = "“We will fight.\\n\\n“We will win,” he said."
        >>> [(q.inner.of(text), q.closed, q.reopened) for q in find_quotes(text)]
        [('We will fight.', False, False), ('We will win,', True, True)]
    """
    quotes: list[Quote] = []
    open_last = False  # the previous paragraph ended inside a double quotation
    for p_index, para in enumerate(split_paragraphs(text, start)):
        dq: int | None = None  # where the open double quotation starts
        dq_width = 1  # how many characters its opening mark takes
        sq: int | None = None  # where an open single quotation starts
        reopened = False
        first = True
        # Only visit quote-mark characters: a linear scan with str.find over a set is
        # slower than one regex pass.
        for m in _MARK.finditer(text, para.start, para.end):
            i = m.start()
            ch = text[i]
            if m.end() - i == 2:
                # Two straight single marks stand for a double one in some copy ('').
                ch = STRAIGHT_DOUBLE
            if ch in OPEN_DOUBLE or ch in CLOSE_DOUBLE or ch == STRAIGHT_DOUBLE:
                if dq is None:
                    is_open = ch in OPEN_DOUBLE or (ch == STRAIGHT_DOUBLE and _opens(text, i))
                    if ch == STRAIGHT_DOUBLE and not is_open and i == para.start:
                        is_open = True
                    if is_open:
                        dq = i
                        dq_width = m.end() - i
                        sq = None
                        reopened = first and open_last and i == para.start
                else:
                    closes = ch in CLOSE_DOUBLE or (
                        ch == STRAIGHT_DOUBLE and not (_opens(text, i) and i - dq > 1)
                    )
                    if ch in OPEN_DOUBLE:
                        closes = False
                    if closes:
                        width = dq_width
                        quotes.append(
                            Quote(
                                Span(dq, m.end()),
                                Span(dq + width, i),
                                p_index,
                                reopened=reopened,
                            )
                        )
                        dq = None
                        sq = None
                        reopened = False
            elif not _is_apostrophe(text, i):
                is_open = ch in OPEN_SINGLE or (ch == STRAIGHT_SINGLE and _opens(text, i))
                if sq is None:
                    if is_open:
                        sq = i
                elif not is_open or ch in CLOSE_SINGLE:
                    after = text[i + 1] if i + 1 < len(text) else " "
                    if not after.isalnum():
                        quotes.append(
                            Quote(
                                Span(sq, i + 1),
                                Span(sq + 1, i),
                                p_index,
                                nested=dq is not None,
                                double=False,
                            )
                        )
                        sq = None
            first = False
        open_last = dq is not None
        if dq is not None:
            quotes.append(
                Quote(Span(dq, para.end), Span(dq + dq_width, para.end), p_index, False, reopened)
            )
    quotes.sort(key=lambda q: (q.span.start, -q.span.end))
    # A single-quoted stretch wholly inside a double quotation is nested; a top-level
    # single quote overlapping a double one is dropped (it was an apostrophe).
    result: list[Quote] = []
    outer: Quote | None = None
    for q in quotes:
        if outer is not None and q.span.start < outer.span.end:
            if outer.span.contains(q.span):
                result.append(attrs.evolve(q, nested=True))
            continue
        if q.nested:
            continue
        result.append(q)
        outer = q
    return result


# Any quote mark, straight or curly.
_MARK = re.compile("''|[" + re.escape(ALL_MARKS) + "]")

_NORMALISE = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "«": '"',
        "»": '"',
        "‘": "'",
        "’": "'",
        "‹": "'",
        "›": "'",
        "\u00a0": " ",
    }
)


def normalize_quotes(text: str) -> str:
    """
    Return *text* with curly quote marks made straight, one character for one.

    Offsets stay valid: every character maps to exactly one character.

    Examples:
        >>> normalize_quotes("“Kyiv’s mayor”")
        '"Kyiv\\'s mayor"'
    """
    return text.translate(_NORMALISE)


def quote_warnings(
    text: str, start: int = 0, *, quotes: list[Quote] | None = None
) -> list[DocumentWarning]:
    """
    Report quotations that are never closed, for a document's warnings.

    A quotation left open at a paragraph end is normal news style when the next paragraph
    reopens it; it is reported only when the next paragraph does not, or the text ends.

    Args:
        text: The whole text.
        start: Where to start reading; spans still index into *text*.
        quotes: The quotations `find_quotes(text, start)` gives, when the caller has
            them already (they are found again otherwise).

    Examples:
        >>> [w.code for w in quote_warnings("“We will win, he said.")]
        ['unbalanced_quote']
        >>> quote_warnings("“We will fight.\\n\\n“We will win,” he said.")
        []
    """
    found = find_quotes(text, start) if quotes is None else quotes
    quotes = [q for q in found if not q.nested]
    warnings: list[DocumentWarning] = []
    for index, q in enumerate(quotes):
        if q.closed:
            continue
        following = quotes[index + 1] if index + 1 < len(quotes) else None
        if following is not None and following.reopened:
            continue
        snippet = text[q.span.start : q.span.start + 40]
        msg = f"quotation opened at character {q.span.start} ({snippet!r}) is never closed"
        warnings.append(DocumentWarning("unbalanced_quote", msg, q.span))
    return warnings
