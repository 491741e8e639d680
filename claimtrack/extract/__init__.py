"""
Extraction: text -> Document.

`extract` turns an article into a `Document` of claims (speaker, cue, content, figures,
dates, places); `extract_figures` reads only the figures. The layers underneath are
importable on their own: `claimtrack.extract.text` (paragraphs, sentences, quotations),
`claimtrack.extract.attribution` (source, cue and content spans), `figures`, `speakers`
and `places`.
"""

from __future__ import annotations

from claimtrack.extract.attribution import RawAttribution, find_attributions
from claimtrack.extract.figures import extract_figures
from claimtrack.extract.pipeline import extract
from claimtrack.extract.text import find_quotes, quote_warnings, split_paragraphs, split_sentences

__all__ = [
    "RawAttribution",
    "extract",
    "extract_figures",
    "find_attributions",
    "find_quotes",
    "quote_warnings",
    "split_paragraphs",
    "split_sentences",
]
