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
        import dask

        from claimtrack.scale import extract_bag, write_jsonl_shards

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
        import dask

        from claimtrack.scale import extract_bag, read_parquet, write_parquet

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


EVENTS = Path(__file__).resolve().parents[1] / ".." / "shared" / "fixtures" / "events"


def _sorted_links(links: object) -> list[object]:
    return sorted(links, key=lambda link: (link.kind.value, link.a, link.b, link.why))  # type: ignore[attr-defined]


class TestRecordsBag:
    def test_reads_like_ingest(self) -> None:
        """A bag of the records under a folder holds what read_paths reads."""
        pytest.importorskip("dask.bag")
        from claimtrack.scale import records_bag

        bag = records_bag([EXAMPLES], partition_size=3)
        assert _records() == bag.compute(scheduler="sync")


class TestLinkBag:
    def test_same_links_as_one_graph(self) -> None:
        """Linking by groups of documents gives every link one ClaimGraph gives."""
        db = pytest.importorskip("dask.bag")
        import dask

        from claimtrack.graph import ClaimGraph
        from claimtrack.scale import link_bag

        documents = [extract_record(r) for r in _records()]
        graph = ClaimGraph()
        graph.add_many(documents)
        with dask.config.set(scheduler="sync"):
            links = link_bag(db.from_sequence(documents, npartitions=4))
        assert _sorted_links(graph.relations()) == links
        assert any(link.kind.value == "conflicts" for link in links)


@pytest.mark.slow
class TestLocalCluster:
    def test_cluster_matches_one_process(self) -> None:
        """On a two-process LocalCluster, extraction and linking match one process exactly."""
        db = pytest.importorskip("dask.bag")
        distributed = pytest.importorskip("distributed")
        from claimtrack.graph import ClaimGraph
        from claimtrack.scale import extract_bag, link_bag

        paths = [EXAMPLES]
        if EVENTS.is_dir():
            paths.append(EVENTS / "articles.json")
        records = list(read_paths(paths))
        expected_documents = [extract_record(r) for r in records]
        graph = ClaimGraph()
        graph.add_many(expected_documents)
        expected_links = _sorted_links(graph.relations())

        with (
            distributed.LocalCluster(
                n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
            ) as cluster,
            distributed.Client(cluster),
        ):
            bag = extract_bag(db.from_sequence(records, npartitions=4))
            documents = bag.compute()
            links = link_bag(bag.persist())

        assert [d.id for d in expected_documents] == [d.id for d in documents]
        assert [c for d in expected_documents for c in d.claims] == [
            c for d in documents for c in d.claims
        ]
        assert expected_links == links
