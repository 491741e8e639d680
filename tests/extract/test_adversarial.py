"""
Hostile input for the text and attribution layers and for the whole `extract`: each must
return, with valid spans.

Each text is about 1 MB (300 kB for `extract`). There are no timing asserts here (benchmarks/extract_speed.py
measures scaling); a quadratic rule would still make these tests unbearably slow.
"""

from __future__ import annotations

import pytest

from claimtrack.extract.attribution import find_attributions
from claimtrack.extract.pipeline import extract
from claimtrack.extract.text import find_quotes, quote_warnings, split_sentences

MB = 1_000_000
# The size of the texts given to the whole extractor.
EXTRACT_SIZE = 300_000

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


def extract_text(name: str) -> str:
    """The hostile text *name* cut to `EXTRACT_SIZE` characters."""
    return HOSTILE[name][:EXTRACT_SIZE]


class TestHostileExtract:
    @pytest.mark.parametrize("name", sorted(HOSTILE))
    def test_spans_are_valid(self, name: str) -> None:
        """The whole extractor returns on 300 kB of hostile text with every span inside it."""
        text = extract_text(name)
        doc = extract(text)
        spans = [
            span
            for claim in doc.claims
            for span in (
                claim.content_span,
                claim.sentence_span,
                claim.attribution.cue_span,
                claim.attribution.speaker_span,
                *(f.span for f in claim.figures),
            )
            if span is not None
        ]
        spans += [w.span for w in doc.warnings if w.span is not None]
        assert [] == [s for s in spans if not 0 <= s.start <= s.end <= len(text)]
        assert text == doc.text

    def test_contents_are_their_spans(self) -> None:
        """Each claim's content is the text its span covers, even in a million tiny paragraphs."""
        text = extract_text("one_paragraph_per_char")
        doc = extract(text)
        assert doc.claims
        assert [] == [c for c in doc.claims if c.content != c.content_span.of(text)]

    def test_endless_quote_warns(self) -> None:
        """A quotation that never closes is reported once in the document's warnings."""
        doc = extract(extract_text("endless_quote"))
        expected = ["unbalanced_quote"]
        assert expected == [w.code for w in doc.warnings]

    def test_control_characters_warn(self) -> None:
        """Control characters are counted and the first one located."""
        text = extract_text("control_characters")
        doc = extract(text)
        warning = next(w for w in doc.warnings if w.code == "control_characters")
        expected = (0, str(sum(1 for ch in text if ch in "\x00\x01\x02\x1b\x7f")))
        assert expected == (warning.span.start, warning.message.split()[3])

    def test_digits_only_has_no_claims(self) -> None:
        """A run of digits with no words is no claim."""
        expected = ()
        assert expected == extract(extract_text("digits_only")).claims

    def test_repeated_cues_have_no_claims(self) -> None:
        """Cue words alone, with no speaker or content, make no claims."""
        expected = ()
        assert expected == extract(extract_text("repeated_cues")).claims
