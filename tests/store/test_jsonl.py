"""
Tests for the JSON Lines interchange of a whole store: lossless round-trips, the header,
and bad files that import nothing.
"""

from __future__ import annotations

import contextlib
import json
import tempfile
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrack import (
    Claim,
    Document,
    Link,
    Relation,
    SchemaVersionError,
    SerializationError,
    Verdict,
)
from claimtrack.errors import DuplicateSourceError
from claimtrack.serialize import write_jsonl
from claimtrack.store import ClaimStatus, Store
from claimtrack.store.jsonl import JSONL_VERSION
from tests.store.helpers import article
from tests.strategies import documents, words


class StandInGraph:
    """The few ClaimGraph methods save_relations calls, with fixed answers."""

    def __init__(self, store: Store) -> None:
        self._claims = store.claims()

    def link(self) -> None:
        """Nothing to compute."""

    def relations(self) -> Iterator[Link]:
        first, second = self._claims[0], self._claims[3]
        yield Link(first.id, second.id, Relation.CORROBORATES, why="same toll, two outlets")

    def claims(self) -> list[Claim]:
        return self._claims

    def status(self, claim: Claim) -> str:
        return "corroborated" if claim in self._claims[:1] + self._claims[3:4] else "unverified"


def _round_trip(store: Store) -> Store:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "store.jsonl"
        store.export_jsonl(path)
        copy = Store()
        copy.import_jsonl(path)
    return copy


def _same(a: Store, b: Store) -> None:
    assert list(a.documents()) == list(b.documents())
    assert a.history() == b.history()
    assert a.relations() == b.relations()
    assert list(a.statuses()) == list(b.statuses())
    assert a.count() == b.count()


class TestRoundTrip:
    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(docs=st.lists(documents(), max_size=4), data=st.data())
    def test_export_import_is_lossless(self, docs: list[Document], data: st.DataObject) -> None:
        """Any documents and decisions survive export and import into a fresh store."""
        with Store() as store:
            stored = []
            for doc in docs:  # drawn ids may clash: keep what the store accepts
                with contextlib.suppress(DuplicateSourceError):
                    if store.add(doc):
                        stored.append(doc)
            claim_ids = [c.id for d in stored for c in d.claims]
            if claim_ids:
                for _ in range(data.draw(st.integers(0, 3))):
                    claim_id = data.draw(st.sampled_from(claim_ids))
                    store.assess(
                        claim_id,
                        data.draw(st.sampled_from(Verdict)),
                        by=data.draw(words),
                        note=data.draw(st.text(max_size=30)),
                        reliability=data.draw(st.none() | st.sampled_from("ABCDEF")),
                    )
                    if data.draw(st.booleans()):
                        store.undo_assessment(claim_id, by=data.draw(words))
            names = sorted({p.name for d in stored for p in d.people})
            if len(names) >= 2:
                store.merge(names[0], names[1], by=data.draw(words), note=data.draw(st.text()))
                if data.draw(st.booleans()):
                    store.split(names[1], by="desk")
            with _round_trip(store) as copy:
                _same(store, copy)

    def test_relations_and_statuses(self) -> None:
        """Cached relations and statuses are exported, imported and used by unverified."""
        with Store() as store:
            store.add_many(article(n) for n in range(2))
            assert 1 == store.save_relations(StandInGraph(store))  # type: ignore[arg-type]
            assert [ClaimStatus(store.claims()[0].id, "corroborated")] == list(store.statuses())[:1]
            assert 4 == len(store.unverified())
            with _round_trip(store) as copy:
                _same(store, copy)
                assert [Relation.CORROBORATES] == [
                    link.kind for link in copy.relations("corroborates")
                ]
                assert 4 == len(copy.unverified())

    def test_import_twice_is_a_no_op(self, tmp_path: Path) -> None:
        """Importing the same export again adds nothing."""
        path = tmp_path / "store.jsonl"
        with Store() as store:
            store.add_many(article(n) for n in range(3))
            claim_id = store.claims()[0].id
            store.assess(claim_id, "verified", by="desk")
            store.undo_assessment(claim_id, by="desk")
            assert 6 == store.export_jsonl(path)
        with Store() as copy:
            first = copy.import_jsonl(path)
            again = copy.import_jsonl(path)
            assert {"documents": 3, "history": 2, "relations": 0, "statuses": 0} == first
            assert {"documents": 0, "history": 0, "relations": 0, "statuses": 0} == again
            assert 2 == len(copy.history())

    def test_header_line(self, tmp_path: Path) -> None:
        """The first line names the schema, its version and what follows."""
        path = tmp_path / "store.jsonl"
        with Store() as store:
            store.add(article(1))
            store.export_jsonl(path)
        header = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
        assert ("StoreHeader", "claimtrack.store", JSONL_VERSION) == (
            header["_type"],
            header["schema"],
            header["version"],
        )
        assert {"documents": 1, "claims": 3, "history": 0, "relations": 0} == header["counts"]


class TestBadFiles:
    def _export(self, tmp_path: Path) -> list[str]:
        path = tmp_path / "store.jsonl"
        with Store() as store:
            store.add_many(article(n) for n in range(3))
            store.export_jsonl(path)
        return path.read_text(encoding="utf-8").splitlines()

    def test_bad_line_imports_nothing(self, tmp_path: Path) -> None:
        """A broken line anywhere stops the import before anything is stored."""
        lines = self._export(tmp_path)
        lines[-1] = lines[-1][:40]
        path = tmp_path / "broken.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        with Store() as store:
            with pytest.raises(SerializationError, match="line 4"):
                store.import_jsonl(path)
            assert 0 == store.count()["documents"]

    def test_not_an_export(self, tmp_path: Path) -> None:
        """Plain JSON Lines of documents, without the header, are refused."""
        lines = self._export(tmp_path)
        path = tmp_path / "documents.jsonl"
        path.write_text("\n".join(lines[1:]) + "\n", encoding="utf-8")
        with (
            Store() as store,
            pytest.raises(SerializationError, match="not a claimtrack store export"),
        ):
            store.import_jsonl(path)

    def test_newer_version(self, tmp_path: Path) -> None:
        """An export from a newer claimtrack raises SchemaVersionError."""
        lines = self._export(tmp_path)
        header = json.loads(lines[0])
        header["version"] = JSONL_VERSION + 1
        lines[0] = json.dumps(header)
        path = tmp_path / "newer.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        with Store() as store, pytest.raises(SchemaVersionError, match="newer"):
            store.import_jsonl(path)

    def _conflicting_line(self, tmp_path: Path, document: Document) -> str:
        path = tmp_path / "one.jsonl"
        write_jsonl([document], path)
        return path.read_text(encoding="utf-8").strip()

    def test_conflict_with_the_store_imports_nothing(self, tmp_path: Path) -> None:
        """A document that differs from the stored one under its source id stops the import first."""
        self._export(tmp_path)
        path = tmp_path / "store.jsonl"
        with Store() as store:
            store.add(article(1, killed=50))
            before = store.count()
            with pytest.raises(DuplicateSourceError) as caught:
                store.import_jsonl(path)
            assert before == store.count()
        message = str(caught.value)
        assert message.startswith(f"{path} record 3: source id 'src-flood-1' already holds")
        assert "the text differs" in message

    def test_conflict_inside_the_file_imports_nothing(self, tmp_path: Path) -> None:
        """Two different documents under one source id in a file: nothing is imported."""
        lines = self._export(tmp_path)
        lines.insert(4, self._conflicting_line(tmp_path, article(0, killed=60)))
        path = tmp_path / "doubled.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        with Store() as store:
            with pytest.raises(
                DuplicateSourceError,
                match=r"record 5: source id 'src-flood-0' already holds a different document "
                r"at .* record 2 \(the text differs",
            ):
                store.import_jsonl(path)
            assert 0 == store.count()["documents"]

    def test_claim_id_clash_inside_the_file_imports_nothing(self, tmp_path: Path) -> None:
        """A claim id used by two sources in a file: nothing is imported."""
        lines = self._export(tmp_path)
        first = article(0).claims[0]
        other = article(7)
        reused = attrs.evolve(other, claims=(attrs.evolve(other.claims[0], id=first.id),))
        lines.insert(4, self._conflicting_line(tmp_path, reused))
        path = tmp_path / "clash.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        with Store() as store:
            with pytest.raises(DuplicateSourceError, match=f"record 5: claim id {first.id!r}"):
                store.import_jsonl(path)
            assert 0 == store.count()["documents"]

    def test_same_document_twice_in_the_file(self, tmp_path: Path) -> None:
        """The same document on two lines is imported once."""
        lines = self._export(tmp_path)
        lines.insert(4, lines[1])
        path = tmp_path / "repeated.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        with Store() as store:
            assert 3 == store.import_jsonl(path)["documents"]

    def test_same_document_in_another_form_in_the_file(self, tmp_path: Path) -> None:
        """A later record equal to an earlier one (another UTC offset) is the same document."""
        lines = self._export(tmp_path)
        utc = article(0, published="2023-06-07T05:30:00+00:00")
        assert utc == article(0)
        lines.insert(4, self._conflicting_line(tmp_path, utc))
        path = tmp_path / "offsets.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        with Store() as store:
            assert 3 == store.import_jsonl(path)["documents"]
            assert article(0) == store.document("src-flood-0")

    def test_conflict_stored_during_the_import(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A conflict the check could not see (another process) keeps the documents before it."""
        self._export(tmp_path)
        with Store() as store:
            store.add(article(1, killed=50))
            monkeypatch.setattr(Store, "_precheck", lambda *args: None)
            with pytest.raises(
                DuplicateSourceError, match=r"record 3: .*another process"
            ) as caught:
                store.import_jsonl(tmp_path / "store.jsonl")
            assert "src-flood-1" == caught.value.source_id
            assert ["src-flood-1", "src-flood-0"] == [d.id for d in store.documents()]

    def test_missing_file(self, tmp_path: Path) -> None:
        """A missing export is a StoreError naming the file."""
        from claimtrack import StoreError

        with Store() as store, pytest.raises(StoreError, match=r"missing\.jsonl"):
            store.import_jsonl(tmp_path / "missing.jsonl")
