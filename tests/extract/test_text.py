"""
Tests for claimtrack.extract.text: paragraphs, sentences, quotations and quote warnings.
"""

from __future__ import annotations

from hypothesis import given, settings

from claimtrack.extract.text import (
    find_quotes,
    normalize_quotes,
    quote_warnings,
    split_paragraphs,
    split_sentences,
)
from claimtrack.model import Span
from tests.strategies import news_texts


def texts(text: str, spans: list[Span]) -> list[str]:
    return [s.of(text) for s in spans]


class TestSplitParagraphs:
    def test_blank_lines(self) -> None:
        """Blank lines separate paragraphs and surrounding space is trimmed."""
        text = "  Shelling hit the city.\n\n\n  The mayor spoke.  \n"
        assert ["Shelling hit the city.", "The mayor spoke."] == texts(text, split_paragraphs(text))

    def test_single_line_breaks(self) -> None:
        """Copy without blank lines is split at every line break."""
        text = "One.\nTwo.\nThree."
        assert ["One.", "Two.", "Three."] == texts(text, split_paragraphs(text))

    def test_start_offset(self) -> None:
        """Spans index the whole text when reading starts later."""
        text = "HEADER\n\nBody text."
        spans = split_paragraphs(text, start=8)
        assert [Span(8, 18)] == spans

    def test_empty(self) -> None:
        """Empty and blank texts have no paragraphs."""
        assert [] == split_paragraphs("") + split_paragraphs(" \n\n \n")


class TestSplitSentences:
    def test_abbreviations_and_initials(self) -> None:
        """Titles, months, initials and acronyms do not end a sentence."""
        text = "Gov. Oleh Synehubov spoke on Aug. 30 in the U.S. Embassy. John F. Kennedy did not."
        assert [
            "Gov. Oleh Synehubov spoke on Aug. 30 in the U.S. Embassy.",
            "John F. Kennedy did not.",
        ] == texts(text, split_sentences(text))

    def test_closing_quote_ends_sentence(self) -> None:
        """A full stop inside closing marks ends the sentence before the next capital."""
        text = "He said “enough.” Then he left."
        assert ["He said “enough.”", "Then he left."] == texts(text, split_sentences(text))

    def test_lower_case_after_stop(self) -> None:
        """A full stop followed by a lower-case word does not end the sentence."""
        text = "The toll rose to 5 p.m. figures of nine."
        assert [text] == texts(text, split_sentences(text))

    def test_keep_spans(self) -> None:
        """Boundaries inside kept spans (quotations) are ignored."""
        text = "“Kharkiv stands. We will rebuild,” the mayor said. Then silence."
        quote = find_quotes(text)[0].span
        assert [
            "“Kharkiv stands. We will rebuild,” the mayor said.",
            "Then silence.",
        ] == texts(text, split_sentences(text, keep=[quote]))

    def test_never_across_paragraphs(self) -> None:
        """A paragraph break ends a sentence even without punctuation."""
        text = "Death toll rises to 60\n\nRescuers searched all night."
        assert ["Death toll rises to 60", "Rescuers searched all night."] == texts(
            text, split_sentences(text)
        )


class TestFindQuotes:
    def test_curly_double(self) -> None:
        """The inner span excludes the marks and keeps the trailing comma."""
        text = "“Children are dying every hour,” it said."
        q = find_quotes(text)[0]
        assert ("Children are dying every hour,", True) == (q.inner.of(text), q.closed)

    def test_straight_double(self) -> None:
        """Straight marks open after a space and close before one."""
        text = 'The governor said: "At least four people died." He added more.'
        assert ["At least four people died."] == [q.inner.of(text) for q in find_quotes(text)]

    def test_apostrophes_are_not_marks(self) -> None:
        """Apostrophes inside words never open or close a quotation."""
        text = "The country’s emergency service and Moscow's army; Kyiv's mayor spoke."
        assert [] == find_quotes(text)

    def test_nested_single(self) -> None:
        """Single marks inside a double quotation are a nested quotation."""
        text = "“He told us ‘stay inside’ twice,” she said."
        found = [(q.inner.of(text), q.nested) for q in find_quotes(text)]
        assert [("He told us ‘stay inside’ twice,", False), ("stay inside", True)] == found

    def test_british_single_quotes(self) -> None:
        """Top-level single quotation marks count when they close in the paragraph."""
        text = "‘We are preparing,’ he wrote. Kyiv’s defences held."
        assert ["We are preparing,"] == [q.inner.of(text) for q in find_quotes(text)]

    def test_paragraph_continuation(self) -> None:
        """An open quotation reopened in the next paragraph is marked as reopened."""
        text = "“We will hold the city.\n\n“We will not leave,” he said."
        found = [(q.inner.of(text), q.closed, q.reopened) for q in find_quotes(text)]
        assert [("We will hold the city.", False, False), ("We will not leave,", True, True)] == (
            found
        )

    def test_doubled_single_marks(self) -> None:
        """Two straight single marks stand for a double one."""
        text = "''We are ready,'' said Mr. Rhodes."
        assert ["We are ready,"] == [q.inner.of(text) for q in find_quotes(text)]


class TestQuoteWarnings:
    def test_unclosed_at_end(self) -> None:
        """A quotation open at the end of the text is reported with its span."""
        text = "“We will win, the mayor said."
        warnings = quote_warnings(text)
        assert [("unbalanced_quote", Span(0, len(text)))] == [(w.code, w.span) for w in warnings]

    def test_news_style_continuation_is_fine(self) -> None:
        """An open quotation continued in the next paragraph is not reported."""
        assert [] == quote_warnings("“First part.\n\n“Second part,” he said.")

    def test_open_then_plain_paragraph(self) -> None:
        """A quotation left open before a plain paragraph is reported."""
        text = "“First part.\n\nThe mayor then left."
        assert 1 == len(quote_warnings(text))


class TestNormalizeQuotes:
    def test_one_for_one(self) -> None:
        """Curly marks become straight ones and the length never changes."""
        text = "“It’s ‘over’,” she said «now»."
        out = normalize_quotes(text)
        assert (len(text), '"It\'s \'over\'," she said "now".') == (len(out), out)


class TestProperties:
    @settings(max_examples=300, deadline=None)
    @given(news_texts)
    def test_spans_inside_text(self, text: str) -> None:
        """Every paragraph, sentence and quotation span lies inside the text."""
        spans = split_paragraphs(text) + split_sentences(text)
        for q in find_quotes(text):
            spans += [q.span, q.inner]
            assert q.span.contains(q.inner)
        spans += [w.span for w in quote_warnings(text) if w.span is not None]
        assert all(0 <= s.start <= s.end <= len(text) for s in spans)
