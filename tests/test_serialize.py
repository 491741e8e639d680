"""
Tests for JSON and JSON Lines: lossless round-trips and clear errors on bad input.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

from claimtrack import (
    Attribution,
    AttributionMode,
    Claim,
    Document,
    Figure,
    Organization,
    OrgKind,
    Person,
    SerializationError,
    Source,
    Span,
    from_json,
    read_jsonl,
    to_json,
    write_jsonl,
)
from claimtrack.serialize import structure, unstructure
from tests.strategies import documents, model_objects


def _claim() -> Claim:
    source = Source(id="src-1", published="2022-03-02T09:00:00+02:00", credits=["AFP"])
    org = Organization("Kharkiv", OrgKind.LOCAL_GOVERNMENT)
    return Claim(
        "clm-1",
        "at least five people were killed",
        Span(0, 32),
        source,
        Attribution(Person("Ihor Terekhov"), "mayor", org, "said", AttributionMode.INDIRECT),
        figures=[Figure.at_least(5, metric="killed", population="people")],
        said_on="2022-03-02",
    )


class TestJson:
    @settings(max_examples=300)
    @given(model_objects)
    def test_round_trip_is_lossless(self, obj: Any) -> None:
        """from_json(to_json(x)) == x for every model object."""
        assert obj == from_json(to_json(obj))

    def test_round_trip_keeps_int_figures_int(self) -> None:
        """Whole numbers come back as ints, not floats."""
        assert isinstance(from_json(to_json(Figure.exact(2000))).low, int)

    def test_speaker_carries_its_type(self) -> None:
        """A speaker says whether it is a person or an organization."""
        data = unstructure(_claim())
        assert "person" == data["attribution"]["speaker"]["type"]
        org_claim = Claim(
            "c", "x", None, Source(id="s"), Attribution(Organization("Police", OrgKind.POLICE))
        )
        assert "organization" == unstructure(org_claim)["attribution"]["speaker"]["type"]

    def test_datetimes_are_iso(self) -> None:
        """Datetimes and dates are ISO 8601 strings."""
        data = unstructure(_claim())
        assert ("2022-03-02T09:00:00+02:00", "2022-03-02") == (
            data["source"]["published"],
            data["said_on"],
        )

    def test_explicit_class(self) -> None:
        """JSON without a type key reads with cls=."""
        assert Span(1, 2) == from_json('{"start": 1, "end": 2}', Span)

    def test_wrong_explicit_class(self) -> None:
        """A tagged object read as another class is refused."""
        with pytest.raises(SerializationError, match="is a Span, not a Figure"):
            from_json(to_json(Span(1, 2)), Figure)

    @pytest.mark.parametrize(
        ("text", "message"),
        [
            ("not json", "not valid JSON"),
            ("[1, 2]", "expected a JSON object"),
            ('{"start": 1}', "no '_type' key"),
            ('{"_type": "Banana"}', "unknown '_type' 'Banana'"),
            ('{"_type": "Span", "start": 5, "end": 3}', "before it starts"),
            ('{"_type": "Figure", "low": 5, "high": 3}', "low 5 is above high 3"),
            ('{"_type": "Figure", "low": "five"}', "expected a number"),
            ('{"_type": "Span", "start": 1, "end": 2, "extra": 1}', "extra"),
            ('{"_type": "Source", "id": "s", "published": "2022-03-02T10:00:00"}', ""),
            ('{"_type": "Source", "id": "s", "published": "soon"}', "'soon'"),
        ],
    )
    def test_bad_input_gives_serialization_error(self, text: str, message: str) -> None:
        """Bad JSON gives a SerializationError that says what is wrong."""
        if not message:
            # An ISO string without an offset is read as UTC (documented), not refused.
            assert "+00:00" in from_json(text).published.isoformat()
            return
        with pytest.raises(SerializationError, match=message):
            from_json(text)

    def test_speaker_without_type_is_refused(self) -> None:
        """A speaker object must say what it is."""
        data = unstructure(_claim())
        del data["attribution"]["speaker"]["type"]
        with pytest.raises(SerializationError, match="type 'person' or 'organization'"):
            structure(data, Claim)

    def test_non_model_object_is_refused(self) -> None:
        """to_json only writes claimtrack objects."""
        with pytest.raises(SerializationError, match="got dict"):
            to_json({"a": 1})


class TestJsonLines:
    @given(documents())
    def test_round_trip_in_memory(self, doc: Document) -> None:
        """A document survives a JSON Lines round trip."""
        buffer = io.StringIO()
        assert 2 == write_jsonl([doc, doc.source], buffer)
        buffer.seek(0)
        assert [doc, doc.source] == list(read_jsonl(buffer))

    def test_round_trip_through_a_file(self, tmp_path: Path) -> None:
        """Objects written to a path read back equal, one per line."""
        path = tmp_path / "claims.jsonl"
        claim = _claim()
        write_jsonl([claim, claim.source], path)
        assert 2 == len(path.read_text(encoding="utf-8").splitlines())
        assert [claim, claim.source] == list(read_jsonl(path))

    def test_bad_line_is_named(self, tmp_path: Path) -> None:
        """A bad line is reported with its file and line number."""
        path = tmp_path / "bad.jsonl"
        path.write_text(to_json(Span(0, 1)) + "\n\n{oops\n", encoding="utf-8")
        with pytest.raises(SerializationError, match=r"bad\.jsonl line 3: not valid JSON"):
            list(read_jsonl(path))

    def test_blank_lines_are_skipped(self) -> None:
        """Blank lines between records are ignored."""
        buffer = io.StringIO("\n" + to_json(Span(0, 1)) + "\n\n")
        assert [Span(0, 1)] == list(read_jsonl(buffer))
