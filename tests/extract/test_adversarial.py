"""
Hostile input for the text and attribution layers: each must return, with valid spans.

Each text is about 1 MB. There are no timing asserts here (benchmarks/extract_speed.py
measures scaling); a quadratic rule would still make these tests unbearably slow.
"""

from __future__ import annotations

import pytest

from claimtrack.extract.attribution import find_attributions
from claimtrack.extract.text import find_quotes, quote_warnings, split_sentences

MB = 1_000_000

HOSTILE = {
    "straight_quotes": '"' * 100_000 + "x" * (MB - 100_000),
    "curly_quotes": "“" * 50_000 + "”" * 50_000 + " said he." * 100_000,
    "endless_quote": "“" + "they said that it rained and " * (MB // 29),
    "no_punctuation": "the mayor said that " * (MB // 20),
    "digits_only": "1234567890" * (MB // 10),
    "repeated_cues": "said " * (MB // 5),
    "according_to": "according to " * (MB // 13),
    "control_characters": "\x00\x01\x02\x1b said \x7f" * (MB // 12),
    "apostrophes": "Kyiv’s mayor's '" * (MB // 16),
    "one_paragraph_per_char": "\n\n".join(["“a” he said"] * (MB // 13)),
    "commas": "Smith, " * (MB // 7) + "said.",
    "colons": "Governor: " * (MB // 10),
}


def check(text: str) -> None:
    for att in find_attributions(text):
        for span in (att.content_span, att.sentence_span, att.cue_span, att.source_span):
            assert span is None or 0 <= span.start <= span.end <= len(text)
    for q in find_quotes(text):
        assert 0 <= q.span.start <= q.span.end <= len(text)
    for s in split_sentences(text):
        assert 0 <= s.start <= s.end <= len(text)
    for w in quote_warnings(text):
        assert w.span is None or w.span.end <= len(text)


class TestHostileInput:
    @pytest.mark.parametrize("name", sorted(HOSTILE))
    def test_returns_with_valid_spans(self, name: str) -> None:
        """A megabyte of hostile text is processed and every span is valid."""
        check(HOSTILE[name])

    def test_empty_and_blank(self) -> None:
        """Empty and blank texts give nothing at all."""
        for text in ("", " ", "\n\n\n", "\x00"):
            assert [] == find_attributions(text)
            assert [] == quote_warnings(text)

    def test_endless_quote_warns(self) -> None:
        """A quotation that never closes is reported once."""
        assert 1 == len(quote_warnings(HOSTILE["endless_quote"]))
