"""
Tests for claimtrack.scale: process-pool extraction and the Dask path.
"""

from __future__ import annotations

import csv
import json
import os
import sys
import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from claimtrack.errors import ClaimtrackError, ExtractionError, MissingDependencyError
from claimtrack.ingest import InputRecord, read_file, read_paths
from claimtrack.model import Document, Link
from claimtrack.scale import (
    FAILURES_FILE,
    FailureKind,
    InputFailure,
    extract_many,
    extract_record,
    is_failure,
    resolve_workers,
)

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"


def _records() -> list[InputRecord]:
    return list(read_paths([EXAMPLES]))


# Wire copy written for these tests: three short reports, each with figures.
WIRE = [
    {
        "text": "Firefighters said 40 homes were destroyed when the blaze crossed the "
        "ridge above Carrow on Tuesday.",
        "publisher": "Tri-County Wire",
        "published": "2025-08-12",
        "url": "https://wire.example/carrow-fire",
    },
    {
        "text": "The county sheriff said at least 212 residents were evacuated overnight, "
        "and officials said three bridges were closed.",
        "publisher": "Tri-County Wire",
        "published": "2025-08-13",
        "url": "https://wire.example/carrow-evacuation",
    },
    {
        "text": "Harbor Freight Lines said on Thursday that it would cut 350 jobs at its "
        "Dunmore depot by the end of the year.",
        "publisher": "Coastal Business Desk",
        "published": "2025-08-14",
        "url": "https://business.example/harbor-jobs",
    },
]


def _record(mapping: dict[str, str]) -> InputRecord:
    from claimtrack.ingest import record_from_mapping

    return record_from_mapping(mapping)


def _write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _sync() -> Any:
    import dask

    return dask.config.set(scheduler="sync")


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

    def test_jsonl_shards_list_failures(self, tmp_path: Path) -> None:
        """Failures are not written as lines but listed in failures.csv, with a warning."""
        db = pytest.importorskip("dask.bag")
        from claimtrack.scale import extract_bag, write_jsonl_shards

        missing = InputFailure("gone.txt", "gone.txt: cannot read the file", FailureKind.READ)
        bag = extract_bag(db.from_sequence([WIRE[0], missing, WIRE[1]], npartitions=2))
        with _sync(), pytest.warns(UserWarning, match="1 failed input was not written"):
            paths = write_jsonl_shards(bag, tmp_path / "shards")
        back = [r.document for p in paths for r in read_file(p)]
        assert [extract_record(_record(m)) for m in WIRE[:2]] == back
        with (tmp_path / "shards" / FAILURES_FILE).open(encoding="utf-8", newline="") as file:
            rows = list(csv.reader(file))
        assert [["origin", "kind", "error"], ["gone.txt", "read", missing.error]] == rows

    def test_no_failures_no_listing(self, tmp_path: Path) -> None:
        """Writing a bag without failures removes a failures.csv left by an earlier run."""
        db = pytest.importorskip("dask.bag")
        from claimtrack.scale import extract_bag, write_jsonl_shards

        folder = tmp_path / "shards"
        folder.mkdir()
        (folder / FAILURES_FILE).write_text("origin,kind,error\n", encoding="utf-8")
        with _sync():
            write_jsonl_shards(extract_bag(db.from_sequence(WIRE[:1])), folder)
        assert not (folder / FAILURES_FILE).exists()

    def test_parquet_lists_failures(self, tmp_path: Path) -> None:
        """Parquet output skips failures and lists them in failures.csv."""
        db = pytest.importorskip("dask.bag")
        pytest.importorskip("pyarrow")
        from claimtrack.scale import extract_bag, read_parquet, write_parquet

        items = [InputFailure("a.html", "a.html: needs trafilatura", "dependency"), *WIRE]
        bag = extract_bag(db.from_sequence(items, npartitions=2))
        with _sync(), pytest.warns(UserWarning, match="1 failed input"):
            write_parquet(bag, tmp_path / "pq")
        assert [extract_record(_record(m)) for m in WIRE] == list(read_parquet(tmp_path / "pq"))
        text = (tmp_path / "pq" / FAILURES_FILE).read_text(encoding="utf-8")
        assert "a.html,dependency,a.html: needs trafilatura" == text.splitlines()[1]


class TestRelativeFolder:
    @pytest.mark.parametrize("writer", ["write_jsonl_shards", "write_parquet"])
    def test_workers_elsewhere(
        self, writer: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A relative folder is the caller's: workers that run in another folder write there."""
        db = pytest.importorskip("dask.bag")
        pytest.importorskip("pyarrow")
        import claimtrack.scale

        caller, worker = tmp_path / "caller", tmp_path / "worker"
        caller.mkdir()
        worker.mkdir()
        part = "_write_jsonl_part" if writer == "write_jsonl_shards" else "_write_parquet_part"
        real = getattr(claimtrack.scale, part)

        def elsewhere(items: Iterable[Any], path: str) -> Any:
            os.chdir(worker)  # as a cluster worker started in another folder
            return real(items, path)

        monkeypatch.chdir(caller)
        monkeypatch.setattr(claimtrack.scale, part, elsewhere)
        bag = db.from_sequence([extract_record(_record(m)) for m in WIRE], npartitions=2)
        with _sync():
            paths = getattr(claimtrack.scale, writer)(bag, "out")
        suffix = paths[0].suffix
        expected = [caller / "out" / f"part-{i:05d}{suffix}" for i in range(2)]
        assert expected == paths
        assert expected == sorted((caller / "out").iterdir())
        assert not (worker / "out").exists()


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

    def test_failures_pass_through(self) -> None:
        """A failure in the bag comes out unchanged, in its place among the documents."""
        db = pytest.importorskip("dask.bag")
        from claimtrack.scale import extract_bag

        failure = InputFailure("b.txt", "b.txt: not UTF-8 text (byte 0 is 0xff)")
        items = extract_bag(db.from_sequence([WIRE[0], failure, WIRE[1]])).compute(scheduler="sync")
        assert [False, True, False] == [is_failure(i) for i in items]
        assert failure == items[1]

    def test_extraction_error_is_a_failure(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A record whose extraction raises becomes a failure naming it; the others extract."""
        db = pytest.importorskip("dask.bag")
        import claimtrack.scale
        from claimtrack.scale import extract_bag

        real = claimtrack.scale.extract_record

        def refuse_jobs(record: InputRecord, context: object = None) -> Document:
            if "jobs" in record.text:
                msg = "no figure reader for this text"
                raise ExtractionError(msg)
            return real(record)

        monkeypatch.setattr(claimtrack.scale, "extract_record", refuse_jobs)
        items = extract_bag(db.from_sequence(WIRE, npartitions=2)).compute(scheduler="sync")
        expected = InputFailure(
            "https://business.example/harbor-jobs",
            "https://business.example/harbor-jobs: no figure reader for this text",
            FailureKind.EXTRACT,
        )
        assert expected == items[2]
        assert [real(_record(m)) for m in WIRE[:2]] == items[:2]

    def test_missing_extra_is_a_dependency_failure(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Extraction that raises MissingDependencyError is a dependency failure, not extract."""
        db = pytest.importorskip("dask.bag")
        import claimtrack.scale
        from claimtrack.scale import extract_bag

        def need_extra(record: InputRecord, context: object = None) -> Document:
            msg = "this reader needs spacy; install it with pip install 'claimtrack[nlp]'"
            raise MissingDependencyError(msg)

        monkeypatch.setattr(claimtrack.scale, "extract_record", need_extra)
        (item,) = extract_bag(db.from_sequence(WIRE[:1])).compute(scheduler="sync")
        expected = InputFailure(
            "https://wire.example/carrow-fire",
            "https://wire.example/carrow-fire: this reader needs spacy; "
            "install it with pip install 'claimtrack[nlp]'",
            FailureKind.DEPENDENCY,
        )
        assert expected == item

    def test_mapping_without_text(self) -> None:
        """A mapping with no text is a read failure, named by its url."""
        db = pytest.importorskip("dask.bag")
        from claimtrack.scale import extract_bag

        bad = {"url": "https://wire.example/empty", "headline": "Nothing here"}
        (item,) = extract_bag(db.from_sequence([bad])).compute(scheduler="sync")
        assert ("https://wire.example/empty", FailureKind.READ) == (item.origin, item.kind)
        assert "the record has no text" in item.error


EVENTS = Path(__file__).resolve().parents[1] / ".." / "shared" / "fixtures" / "events"


def _sorted_links(links: Iterable[Link]) -> list[Link]:
    return sorted(links, key=lambda link: (link.kind.value, link.a, link.b, link.why))


class TestRecordsBag:
    def test_reads_like_ingest(self) -> None:
        """A bag of the records under a folder holds what read_paths reads."""
        pytest.importorskip("dask.bag")
        from claimtrack.scale import records_bag

        bag = records_bag([EXAMPLES], partition_size=3)
        assert _records() == bag.compute(scheduler="sync")

    def test_missing_file(self, tmp_path: Path) -> None:
        """A missing file is a failure naming it and the reason; the rest are read."""
        pytest.importorskip("dask.bag")
        from claimtrack.scale import records_bag

        files = sorted(EXAMPLES.glob("*.txt"))[:3]
        missing = tmp_path / "deleted-before-reading.txt"
        items = records_bag([files[0], missing, *files[1:]], partition_size=2).compute(
            scheduler="sync"
        )
        expected = InputFailure(
            str(missing), f"{missing}: cannot read the file: No such file or directory"
        )
        assert expected == items[1]
        assert list(read_paths(files)) == [i for i in items if not is_failure(i)]

    def test_malformed_line_among_good_ones(self, tmp_path: Path) -> None:
        """A malformed JSON Lines record is a failure naming file and line; the good records
        of the same file extract claim for claim as they do alone."""
        pytest.importorskip("dask.bag")
        from claimtrack.scale import extract_bag, failures, ok, records_bag

        lines = [json.dumps(m) for m in WIRE]
        feed = _write_jsonl(tmp_path / "feed.jsonl", [lines[0], '{"text": "cut off', *lines[1:]])
        clean = _write_jsonl(tmp_path / "clean.jsonl", lines)
        bag = extract_bag(records_bag([feed]))
        with _sync():
            documents = ok(bag).compute()
            (failure,) = failures(bag).compute()
        expected = [extract_record(r) for r in read_file(clean)]
        assert expected == documents
        assert [c for d in expected for c in d.claims] == [c for d in documents for c in d.claims]
        assert (f"{feed} line 2", FailureKind.READ) == (failure.origin, failure.kind)
        assert failure.error.startswith(f"{feed} line 2: not valid JSON: Unterminated string")

    def test_json_record_without_text(self, tmp_path: Path) -> None:
        """A record of a JSON list without text is a failure after the file's good records."""
        pytest.importorskip("dask.bag")
        from claimtrack.scale import records_bag

        listing = tmp_path / "list.json"
        listing.write_text(json.dumps([WIRE[0], {"title": "No body"}, WIRE[1]]), "utf-8")
        items = records_bag([listing]).compute(scheduler="sync")
        assert [False, False, True] == [is_failure(i) for i in items]
        assert f"{listing} record 2" == items[2].origin
        assert "the record has no text" in items[2].error

    def test_file_outside_the_feed(self, tmp_path: Path) -> None:
        """A record naming a file outside its feed's folder is a read failure; nothing leaks."""
        pytest.importorskip("dask.bag")
        from claimtrack.scale import records_bag

        (tmp_path / "private.txt").write_text("Not for the feed: 99 secrets.", "utf-8")
        feed = tmp_path / "feed"
        feed.mkdir()
        lines = [json.dumps(WIRE[0]), json.dumps({"file": "../private.txt"})]
        path = _write_jsonl(feed / "feed.jsonl", lines)
        items = records_bag([path]).compute(scheduler="sync")
        assert [False, True] == [is_failure(i) for i in items]
        assert (f"{path} line 2", FailureKind.READ) == (items[1].origin, items[1].kind)
        assert items[1].error.startswith(f"{path} line 2: refused file '../private.txt'")

    def test_undecodable_file(self, tmp_path: Path) -> None:
        """A file that is not UTF-8 is one failure saying which byte."""
        pytest.importorskip("dask.bag")
        from claimtrack.scale import records_bag

        latin = tmp_path / "latin1.txt"
        latin.write_bytes(
            "Der B\u00fcrgermeister sagte, 40 H\u00e4user brannten.".encode("latin-1")
        )
        (item,) = records_bag([latin]).compute(scheduler="sync")
        assert InputFailure(str(latin), f"{latin}: not UTF-8 text (byte 5 is 0xfc)") == item

    def test_html_without_the_extra(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """HTML read where trafilatura is missing is a dependency failure, not a crash."""
        pytest.importorskip("dask.bag")
        from claimtrack.scale import records_bag

        monkeypatch.setitem(sys.modules, "trafilatura", None)
        page = tmp_path / "page.html"
        page.write_text("<html><body><p>Officials said 12 people died.</p></body></html>")
        (item,) = records_bag([page]).compute(scheduler="sync")
        assert (str(page), FailureKind.DEPENDENCY) == (item.origin, item.kind)
        assert "pip install 'claimtrack[html]'" in item.error


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

    def test_places_inside_places(self) -> None:
        """A city's tally and its country's, in different documents, are linked together."""
        db = pytest.importorskip("dask.bag")
        import dask

        from claimtrack.graph import ClaimGraph
        from claimtrack.scale import link_bag

        documents = [
            extract_record(
                InputRecord(
                    "At least 40 people were killed in Kharkiv, the mayor Ihor Terekhov said.",
                    published="2022-03-07T10:00:00Z",
                    publisher="City Wire",
                )
            ),
            extract_record(
                InputRecord(
                    "Fifteen people were killed across Ukraine, the ministry said.",
                    published="2022-03-07T12:00:00Z",
                    publisher="Capital News",
                )
            ),
        ]
        graph = ClaimGraph()
        graph.add_many(documents)
        assert [] != graph.conflicts()
        with dask.config.set(scheduler="sync"):
            links = link_bag(db.from_sequence(documents, npartitions=2))
        assert _sorted_links(graph.relations()) == links

    def test_unnamed_office_in_two_documents(self) -> None:
        """ "The mayor" of one city in two reports is one origin, in groups as in one graph."""
        db = pytest.importorskip("dask.bag")
        import dask

        from claimtrack.graph import ClaimGraph
        from claimtrack.scale import link_bag

        texts = [
            "The mayor said the bridge over the river in Lviv would reopen on Monday.",
            "The bridge across the river in Lviv will reopen on Monday, the mayor said.",
        ]
        documents = [
            extract_record(
                InputRecord(text, published="2022-03-07T10:00:00Z", publisher=f"Outlet {i}")
            )
            for i, text in enumerate(texts)
        ]
        graph = ClaimGraph()
        graph.add_many(documents)
        assert [] != list(graph.relations("repeats"))
        with dask.config.set(scheduler="sync"):
            links = link_bag(db.from_sequence(documents, npartitions=2))
        assert _sorted_links(graph.relations()) == links

    def test_office_named_in_another_document(self) -> None:
        """ "The mayor" whose holder another report names groups with that report (review M2)."""
        db = pytest.importorskip("dask.bag")
        import dask

        from claimtrack.graph import ClaimGraph
        from claimtrack.scale import link_bag

        records = [
            InputRecord(
                "Lviv mayor Andriy Sadovyi said the bridge over the river would reopen on Monday.",
                published="2024-05-13T10:00:00Z",
                publisher="North",
            ),
            InputRecord(
                "The bridge over the river in Lviv will reopen on Monday, the mayor said.",
                published="2024-05-14T10:00:00Z",
                publisher="South",
            ),
        ]
        documents = [extract_record(r) for r in records]
        graph = ClaimGraph()
        graph.add_many(documents)
        assert [] != list(graph.relations("repeats"))
        with dask.config.set(scheduler="sync"):
            links = link_bag(db.from_sequence(documents, npartitions=1))
        assert _sorted_links(graph.relations()) == links

    def test_failures_are_skipped(self) -> None:
        """Failures in the bag do not change the links."""
        db = pytest.importorskip("dask.bag")
        import dask

        from claimtrack.scale import link_bag

        documents: list[Any] = [extract_record(r) for r in _records()]
        with dask.config.set(scheduler="sync"):
            expected = link_bag(db.from_sequence(documents, npartitions=2))
            documents.insert(1, InputFailure("x.txt", "x.txt: cannot read the file"))
            with pytest.warns(UserWarning, match="skipped 1 failed input "):
                assert expected == link_bag(db.from_sequence(documents, npartitions=2))

    def test_one_failure_warns(self) -> None:
        """A bag with one failed input warns once, naming the count, the input and failures()."""
        db = pytest.importorskip("dask.bag")
        from claimtrack.scale import link_bag

        documents: list[Any] = [extract_record(_record(m)) for m in WIRE]
        documents.insert(2, InputFailure("feed.jsonl line 3", "feed.jsonl line 3: not JSON"))
        with _sync(), warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            link_bag(db.from_sequence(documents, npartitions=2))
        expected = (
            "link_bag skipped 1 failed input (feed.jsonl line 3); their claims are not "
            "linked. failures(bag) lists them, tally(bag) counts them by kind, and "
            "link_bag(ok(bag)) links without this warning"
        )
        assert [(UserWarning, expected)] == [(w.category, str(w.message)) for w in caught]
        assert __file__ == caught[0].filename

    def test_many_failures_named_in_part(self) -> None:
        """Five failures of every kind are counted; the first three are named."""
        db = pytest.importorskip("dask.bag")
        from claimtrack.scale import extract_bag, link_bag

        failed = [InputFailure(f"{n}.txt", f"{n}.txt: unreadable") for n in "abcd"]
        items = [*failed, WIRE[0], {"url": "https://wire.example/empty", "body": ""}]
        with _sync(), pytest.warns(UserWarning) as caught:
            link_bag(extract_bag(db.from_sequence(items, npartitions=3)))
        (message,) = [str(w.message) for w in caught]
        assert message.startswith(
            "link_bag skipped 5 failed inputs (a.txt, b.txt, c.txt and 2 more);"
        )

    @pytest.mark.parametrize("failing", [False, True])
    def test_no_warning(self, failing: bool) -> None:
        """A clean bag, or ok() of a bag with failures, links without a warning."""
        db = pytest.importorskip("dask.bag")
        from claimtrack.scale import link_bag, ok

        items: list[Any] = [extract_record(_record(m)) for m in WIRE]
        if failing:
            items.append(InputFailure("x.txt", "x.txt: cannot read the file"))
        bag = db.from_sequence(items, npartitions=2)
        with _sync(), warnings.catch_warnings():
            warnings.simplefilter("error", UserWarning)
            links = link_bag(ok(bag) if failing else bag)
        assert [] != links


class TestInputFailure:
    def test_kind_from_its_value(self) -> None:
        """The kind may be given as its string value."""
        assert FailureKind.EXTRACT == InputFailure("a", "a: boom", "extract").kind

    def test_pickles(self) -> None:
        """A failure travels between processes unchanged."""
        import pickle

        failure = InputFailure("feed.jsonl line 2", "feed.jsonl line 2: not valid JSON")
        assert failure == pickle.loads(pickle.dumps(failure))


def _mixed_bag() -> Any:
    db = pytest.importorskip("dask.bag")
    return db.from_sequence(
        [
            "The agency said 11 people died.",
            InputFailure("a.txt", "a.txt: cannot read the file"),
            InputFailure("b.html", "b.html: needs trafilatura", "dependency"),
            "Officials said 40 homes burned.",
        ],
        npartitions=2,
    )


class TestOk:
    def test_keeps_the_rest(self) -> None:
        """Everything but failures, in order."""
        from claimtrack.scale import ok

        expected = ["The agency said 11 people died.", "Officials said 40 homes burned."]
        assert expected == ok(_mixed_bag()).compute(scheduler="sync")


class TestFailures:
    def test_keeps_failures(self) -> None:
        """Only the failures, in order."""
        from claimtrack.scale import failures

        assert ["a.txt", "b.html"] == [
            f.origin for f in failures(_mixed_bag()).compute(scheduler="sync")
        ]


class TestTally:
    def test_counts_by_kind(self) -> None:
        """One count for the good items and one per failure kind, zeros included."""
        from claimtrack.scale import tally

        expected = {"ok": 2, "read": 1, "dependency": 1, "extract": 0}
        assert expected == tally(_mixed_bag(), scheduler="sync")


@pytest.mark.slow
class TestLocalCluster:
    def test_cluster_matches_one_process(self) -> None:
        """On a two-process LocalCluster, extraction and linking match one process exactly,
        and a missing file is counted as a failure."""
        db = pytest.importorskip("dask.bag")
        distributed = pytest.importorskip("distributed")
        from claimtrack.graph import ClaimGraph
        from claimtrack.scale import extract_bag, link_bag, records_bag, tally

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
            # Failures travel between the processes too.
            counts = tally(extract_bag(records_bag([EXAMPLES, EXAMPLES / "gone.txt"])))

        assert [d.id for d in expected_documents] == [d.id for d in documents]
        assert [c for d in expected_documents for c in d.claims] == [
            c for d in documents for c in d.claims
        ]
        assert expected_links == links
        assert {"ok": len(_records()), "read": 1, "dependency": 0, "extract": 0} == counts
