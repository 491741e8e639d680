"""
Tests for claimtrack.scale: process-pool extraction and the Dask path.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from claimtrack.errors import ClaimtrackError
from claimtrack.ingest import InputRecord, read_file, read_paths
from claimtrack.scale import extract_many, extract_record, resolve_workers

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"


def _records() -> list[InputRecord]:
    return list(read_paths([EXAMPLES]))


class TestResolveWorkers:
    def test_zero_means_all_cores(self) -> None:
        """0 asks for every core."""
        assert (os.cpu_count() or 1) == resolve_workers(0)

    def test_negative(self) -> None:
        """A negative count is refused."""
        with pytest.raises(ClaimtrackError, match="got -1"):
            resolve_workers(-1)


class TestExtractMany:
    def test_pool_matches_one_process(self) -> None:
        """Two processes give the same documents, in input order, as one."""
        records = _records()
        alone = [o.document for o in extract_many(records, workers=1)]
        pooled = [o.document for o in extract_many(records, workers=2, chunksize=3)]
        assert alone == pooled
        assert [r.origin for r in records] == [
            o.record.origin for o in extract_many(records, workers=2, chunksize=3)
        ]

    def test_failure_does_not_stop_the_batch(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A record whose extraction raises yields its error; the others still extract."""
        import claimtrack.scale

        real = claimtrack.scale.extract_record

        def flaky(record: InputRecord, context: object = None) -> object:
            if "boom" in record.text:
                raise ValueError("cannot parse")
            return real(record)

        monkeypatch.setattr(claimtrack.scale, "extract_record", flaky)
        records = [InputRecord("The agency said 11 people died."), InputRecord("boom")]
        records.append(records[0])
        outcomes = list(extract_many(records, workers=1))
        assert [True, False, True] == [o.ok for o in outcomes]
        assert "ValueError: cannot parse" == outcomes[1].error

    def test_context_reaches_extract(self) -> None:
        """The context mapping is passed through to extraction without error."""
        record = InputRecord(
            "The mayor said on Monday that the storm killed six people.", published="2025-04-16"
        )
        (outcome,) = extract_many([record], context={"the storm": "2025-04-12"})
        assert outcome.error is None


class TestExtractRecord:
    def test_already_extracted(self) -> None:
        """A record carrying its document is not extracted again."""
        (record,) = _records()[:1]
        document = extract_record(record)
        again = InputRecord(record.text, document=document)
        assert document is extract_record(again)


class TestShards:
    def test_jsonl_shards_round_trip(self, tmp_path: Path) -> None:
        """Shards written from a bag read back as the same documents, unextracted."""
        db = pytest.importorskip("dask.bag")
        from claimtrack.scale import extract_bag, write_jsonl_shards

        import dask

        records = _records()
        bag = extract_bag(db.from_sequence(records, npartitions=3))
        with dask.config.set(scheduler="sync"):
            paths = write_jsonl_shards(bag, tmp_path / "shards")
        assert 3 == len(paths)
        back = [r.document for p in paths for r in read_file(p)]
        expected = [extract_record(r) for r in records]
        assert expected == back

    def test_parquet_round_trip(self, tmp_path: Path) -> None:
        """Parquet files written from a bag read back as the same documents."""
        db = pytest.importorskip("dask.bag")
        pytest.importorskip("pyarrow")
        from claimtrack.scale import extract_bag, read_parquet, write_parquet

        import dask

        records = _records()[:4]
        bag = extract_bag(db.from_sequence(records, npartitions=2))
        with dask.config.set(scheduler="sync"):
            write_parquet(bag, tmp_path / "pq")
        assert [extract_record(r) for r in records] == list(read_parquet(tmp_path / "pq"))


class TestExtractBag:
    def test_mappings_and_records(self) -> None:
        """Bags of mappings and of records extract to the same documents."""
        db = pytest.importorskip("dask.bag")
        from claimtrack.scale import extract_bag

        mapping = {"text": "The agency said 11 people died.", "publisher": "Wire"}
        record = InputRecord(mapping["text"], publisher="Wire")
        docs = extract_bag(db.from_sequence([mapping, record])).compute(scheduler="sync")
        assert docs[0] == docs[1]
        assert "Wire" == docs[0].source.publisher
