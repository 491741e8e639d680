"""
Extraction at scale: across the cores of one machine, and across a Dask cluster.

Extraction is pure CPU work on one text at a time, so it spreads over processes without
sharing anything. Writes do not: the SQLite store is written by one process only (the
caller), which keeps it safe. `extract_many` sends records to a process pool in chunks
(so pickling is paid once per chunk, not per article), keeps a bounded number of chunks in
flight, and yields outcomes in input order as they come back.

Beyond one machine, `extract_bag` maps extraction over a `dask.bag` of records and
`link_bag` finds the relations between claims group by group of documents, the groups
joined by the claim graph's own blocks (what a figure counts, of whom, where) and the few
rules that reach across blocks; the result is the same as linking everything in one
`ClaimGraph`. `write_jsonl_shards` and `write_parquet` write the documents where a store
can import them. The Dask path needs the `claimtrack[dask]` extra (and Parquet
`claimtrack[parquet]`).
"""

from __future__ import annotations

import importlib
import os
import time
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import attrs

from claimtrack.errors import ClaimtrackError, ExtractionError, MissingDependencyError
from claimtrack.ingest import InputRecord, find_inputs, read_file, record_from_mapping
from claimtrack.model import Document, Link

__all__ = [
    "Outcome",
    "extract_bag",
    "extract_many",
    "extract_record",
    "link_bag",
    "read_parquet",
    "records_bag",
    "resolve_workers",
    "write_jsonl_shards",
    "write_parquet",
]

Context = Mapping[str, Any] | None


@attrs.frozen
class Outcome:
    """
    What extraction made of one record: a document, or the reason it failed.

    `seconds` is the time extraction took in the process that ran it, `cpu` the processor
    time it used there (less than `seconds` when other work shares the cores).
    """

    record: InputRecord
    document: Document | None = None
    error: str | None = None
    seconds: float = 0.0
    cpu: float = 0.0

    @property
    def ok(self) -> bool:
        """
        Whether extraction produced a document.
        """
        return self.document is not None


def resolve_workers(workers: int) -> int:
    """
    Return how many processes *workers* asks for: 0 means every core.

    Examples:
        >>> resolve_workers(3)
        3
        >>> resolve_workers(0) == (os.cpu_count() or 1)
        True
    """
    if workers < 0:
        msg = f"workers must be 0 (all cores) or more, got {workers}"
        raise ClaimtrackError(msg)
    return workers or os.cpu_count() or 1


def extract_record(record: InputRecord, context: Context = None) -> Document:
    """
    Extract the claims of one record.

    Raises:
        ClaimtrackError: What extraction raises for an impossible option.
    """
    if record.document is not None:
        return record.document
    from claimtrack.extract import extract

    kwargs = record.extract_kwargs()
    text = kwargs.pop("text")
    if context:
        kwargs["context"] = context
    document: Document = extract(text, **kwargs)
    return document


_Result = tuple[Document | None, str | None, float, float]
"""What a worker sends back for one record: document, error, seconds, CPU seconds."""


def _run(record: InputRecord, context: Context) -> _Result:
    start, cpu = time.perf_counter(), time.process_time()
    document, detail = None, None
    try:
        document = extract_record(record, context)
    except Exception as exc:  # one bad article must not stop the batch
        detail = str(exc) or type(exc).__name__
        if not isinstance(exc, ClaimtrackError):
            detail = f"{type(exc).__name__}: {detail}"
    return document, detail, time.perf_counter() - start, time.process_time() - cpu


def _extract_chunk(chunk: list[InputRecord], context: Context) -> list[_Result]:
    """Run in a worker: extract a chunk of records. The records themselves do not travel
    back: the caller holds them."""
    return [_run(record, context) for record in chunk]


def _chunks(records: Iterable[InputRecord], size: int) -> Iterator[list[InputRecord]]:
    chunk: list[InputRecord] = []
    for record in records:
        chunk.append(record)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def extract_many(
    records: Iterable[InputRecord],
    *,
    workers: int = 1,
    context: Context = None,
    chunksize: int = 4,
) -> Iterator[Outcome]:
    """
    Extract every record, in this process or across *workers* processes; yield outcomes
    in input order.

    A record whose extraction fails yields an `Outcome` with its `error` and the batch goes
    on. Records are read lazily: at most about `2 * workers` chunks are in flight.

    Args:
        records: The records to extract.
        workers: 1 runs in this process; more uses a process pool; 0 uses every core.
        context: Passed to `extract` for every record (phrases naming dates).
        chunksize: Records sent to a worker at a time.

    Examples:
        >>> from claimtrack.ingest import InputRecord
        >>> records = [InputRecord("The agency said 11 people died.", origin="a.txt")]
        >>> [(o.record.origin, len(o.document.claims)) for o in extract_many(records)]
        [('a.txt', 1)]
    """
    count = resolve_workers(workers)
    if count == 1:
        for record in records:
            yield Outcome(record, *_run(record, context))
        return
    pending: deque[tuple[list[InputRecord], Future[list[_Result]]]] = deque()

    def collect() -> list[Outcome]:
        chunk, future = pending.popleft()
        try:
            done = future.result()
        except BrokenProcessPool:
            origins = ", ".join(r.origin for r in chunk)
            msg = (
                f"an extraction process died (out of memory?) while reading {origins}; "
                "rerun with one worker to see which article"
            )
            raise ExtractionError(msg) from None
        return [Outcome(record, *result) for record, result in zip(chunk, done, strict=True)]

    with ProcessPoolExecutor(max_workers=count) as pool:
        for chunk in _chunks(records, max(1, chunksize)):
            pending.append((chunk, pool.submit(_extract_chunk, chunk, context)))
            if len(pending) >= 2 * count:
                yield from collect()
        while pending:
            yield from collect()


# --------------------------------------------------------------------------- Dask


def _require_dask() -> Any:
    try:
        import dask.bag
    except ImportError:
        msg = "the Dask path needs dask; install it with pip install 'claimtrack[dask]'"
        raise MissingDependencyError(msg) from None
    return dask.bag


def _as_record(item: InputRecord | Mapping[str, Any] | str) -> InputRecord:
    if isinstance(item, InputRecord):
        return item
    if isinstance(item, str):
        return InputRecord(item)
    return record_from_mapping(item)


def _extract_partition(items: Iterable[Any], context: Context) -> list[Document]:
    documents = []
    for item in items:
        record = _as_record(item)
        try:
            documents.append(extract_record(record, context))
        except ClaimtrackError as exc:
            msg = f"{record.origin}: {exc}"
            raise ExtractionError(msg) from exc
    return documents


def records_bag(paths: Iterable[str | os.PathLike[str]], *, partition_size: int = 16) -> Any:
    """
    Return a `dask.bag` of the records under *paths* (files and folders, as `claimtrack
    ingest` reads them); files are read by the workers.

    Raises:
        MissingDependencyError: Without the `claimtrack[dask]` extra.
        InputError: If a path does not exist.
    """
    bag = _require_dask()
    files = [str(p) for p in find_inputs(paths)]
    return bag.from_sequence(files, partition_size=partition_size).map(read_file).flatten()


def extract_bag(records: Any, *, context: Context = None) -> Any:
    """
    Map extraction over a `dask.bag` of records; return a bag of `Document`s.

    Items may be `InputRecord`s, mappings with the fields `claimtrack ingest` reads from
    JSON (`text`, `published`, `publisher`, `url`, `title`, `credits`) or plain strings.
    Each partition is extracted in one task, so the cost of shipping a task is paid once
    per partition.

    Raises:
        ExtractionError: When the bag is computed, naming the record that failed.

    Examples:
        >>> import dask.bag as db
        >>> records = [{"text": "The agency said 11 people died.", "publisher": "Wire"}]
        >>> docs = extract_bag(db.from_sequence(records)).compute(scheduler="sync")
        >>> [(d.source.publisher, len(d.claims)) for d in docs]
        [('Wire', 1)]
    """
    _require_dask()
    return records.map_partitions(_extract_partition, context)


# ---- linking by blocks


@attrs.frozen
class _LinkSummary:
    """What the client needs of a document to plan linking: small, no text."""

    source_id: str
    keys: frozenset[str]
    skeleton: Document
    speakers: tuple[str, ...]


def _link_summary(document: Document) -> _LinkSummary:
    """
    Run in a worker: the blocks a document's claims fall in, and a skeleton of the
    document holding only what name resolution needs.
    """
    from claimtrack.graph.relations import iter_facts, text_key

    keys: set[str] = set()
    speakers: list[str] = []
    skeleton_claims = []
    for claim in document.claims:
        facts = iter_facts(claim.figures, claim.place)
        keys.update("f:" + "\x1f".join(fact) for fact in facts)
        words = text_key(claim.content)
        if len(words) >= 12:  # the graph compares wordings only this long
            keys.add("t:" + words)
        attribution = claim.attribution
        who = attribution.speaker or attribution.organization
        if not facts and who is not None:
            speakers.append(who.name)
        skeleton_claims.append(
            attrs.evolve(
                claim,
                content="",
                content_span=None,
                sentence_span=None,
                attribution=attrs.evolve(attribution, speaker_span=None, cue_span=None),
            )
        )
    # mypy types a converter=tuple field as Iterable[_T_co] when it checks this module alone.
    skeleton = attrs.evolve(document, text="", claims=tuple(skeleton_claims), warnings=())  # type: ignore[arg-type, unused-ignore]
    return _LinkSummary(document.id, frozenset(keys), skeleton, tuple(speakers))


def _components(summaries: list[_LinkSummary], resolver: Any) -> dict[str, str]:
    """Union the documents that share a block, a wording or a speaker of figure-less claims."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    owner: dict[str, str] = {}
    for summary in summaries:
        sid = summary.source_id
        find(sid)
        keys = set(summary.keys)
        keys.update("o:" + resolver.canonical(name) for name in summary.speakers)
        for key in keys:
            first = owner.setdefault(key, sid)
            a, b = find(first), find(sid)
            if a != b:
                parent[max(a, b)] = min(a, b)
    return {sid: find(sid) for sid in parent}


def _link_component(item: tuple[str, list[Document]], resolver: Any, options: Any) -> list[Any]:
    """Run in a worker: link one component's documents with the global name resolution."""
    from claimtrack.graph import ClaimGraph

    _, documents = item
    graph = ClaimGraph(**options)
    graph.add_many(documents)
    graph.resolver = resolver
    graph.link()
    return list(graph.relations())


def link_bag(
    documents: Any,
    *,
    aliases: Mapping[str, Iterable[str]] | None = None,
    tolerance: float = 0.1,
    window_days: int = 0,
    revision_hours: float = 3.0,
) -> list[Link]:
    """
    Find the relations between the claims of a bag of documents, linking independent
    groups of documents in parallel; return the links a single `ClaimGraph` finds.

    The claim graph compares claims only inside a block (one fact: what is counted, of
    whom, where), besides repeats of the same words, unattributed summaries inside one
    document, and repeats by one speaker of words without figures. Documents that share
    none of these can never relate, so each group of documents joined by them is linked
    on its own, in one task. Who is who (the `Resolver`'s clusters of names) is decided
    once over every document's names, so every group sees the same speakers.

    Args:
        documents: A `dask.bag` of `Document`s.
        aliases: Alias tables, as for `ClaimGraph`.
        tolerance: As for `ClaimGraph`.
        window_days: As for `ClaimGraph`.
        revision_hours: As for `ClaimGraph`.

    Returns:
        Every link (claim relations, speakers, outlets), sorted by kind, then ends.

    Notes:
        One pass over the bag collects each document's blocks and names (no text); the
        client unions documents that share a block and clusters names; a second pass
        groups documents by component (`foldby`) and links each group. A corpus about one
        story is one group; a corpus of many stories splits into as many groups.
    """
    _require_dask()
    from claimtrack.graph import ClaimGraph

    options = {
        "aliases": aliases,
        "tolerance": tolerance,
        "window_days": window_days,
        "revision_hours": revision_hours,
    }
    summaries: list[_LinkSummary] = documents.map(_link_summary).compute()
    names = ClaimGraph(aliases)
    names.add_many(s.skeleton for s in summaries)
    resolver = names.resolver
    component = _components(summaries, resolver)
    groups = documents.map(lambda d: (component[d.id], d)).foldby(
        lambda pair: pair[0],
        lambda acc, pair: [*acc, pair[1]],
        [],
        lambda a, b: a + b,
        [],
    )
    found = groups.map(_link_component, resolver, options).flatten().compute()
    return sorted(found, key=lambda link: (link.kind.value, link.a, link.b, link.why))


def _document_line(document: Document) -> str:
    from claimtrack.serialize import to_json

    return to_json(document)


def write_jsonl_shards(documents: Any, directory: str | os.PathLike[str]) -> list[Path]:
    """
    Write a bag of documents as JSON Lines shards, one per partition
    (`part-00000.jsonl`, ...); return their paths.

    Every line is a tagged `Document` (`claimtrack.serialize.to_json`), so the shards go
    into a store with `claimtrack ingest DIRECTORY` without extracting again.
    """
    _require_dask()
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    names = documents.map(_document_line).to_textfiles(
        str(folder / "part-*.jsonl"), name_function=lambda i: f"{i:05d}", encoding="utf-8"
    )
    return sorted(Path(n) for n in names)


_PARQUET_COLUMNS = (
    ("id", "string"),
    ("published", "string"),
    ("publisher", "string"),
    ("url", "string"),
    ("claims", "int64"),
    ("document", "string"),
)


def _write_parquet_part(documents: Iterable[Document], path: str) -> str:
    """Run in a worker: write one partition's documents to one Parquet file."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [
        {
            "id": d.id,
            "published": d.source.published.isoformat() if d.source.published else None,
            "publisher": d.source.publisher,
            "url": d.source.url,
            "claims": len(d.claims),
            "document": _document_line(d),
        }
        for d in documents
    ]
    schema = pa.schema([(name, getattr(pa, kind)()) for name, kind in _PARQUET_COLUMNS])
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path)
    return path


def write_parquet(documents: Any, directory: str | os.PathLike[str]) -> list[Path]:
    """
    Write a bag of documents as Parquet files, one per partition, each written by the
    worker that holds the partition (a shared file system on a cluster); return their
    paths.

    Columns: `id`, `published`, `publisher`, `url`, `claims` (how many) and `document`
    (the tagged JSON of the whole document, which `read_parquet` reads back). Needs the
    `claimtrack[parquet]` extra.
    """
    _require_dask()
    try:
        import pyarrow  # noqa: F401  # fail here, not in a worker
    except ImportError:
        msg = "Parquet output needs pyarrow; install it with pip install 'claimtrack[parquet]'"
        raise MissingDependencyError(msg) from None
    # dask's own type hints are partial; treat its API as untyped.
    dask: Any = importlib.import_module("dask")
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    tasks = [
        dask.delayed(_write_parquet_part)(part, str(folder / f"part-{index:05d}.parquet"))
        for index, part in enumerate(documents.to_delayed())
    ]
    return [Path(p) for p in dask.compute(*tasks)]


def read_parquet(path: str | os.PathLike[str]) -> Iterator[Document]:
    """
    Yield the documents of Parquet files written by `write_parquet` (a file or a folder).
    """
    try:
        import pyarrow.parquet as pq
    except ImportError:
        msg = "Parquet input needs pyarrow; install it with pip install 'claimtrack[parquet]'"
        raise MissingDependencyError(msg) from None
    from claimtrack.serialize import from_json

    root = Path(path)
    files = sorted(root.glob("*.parquet")) if root.is_dir() else [root]
    for file in files:
        for text in pq.read_table(file, columns=["document"]).column("document").to_pylist():
            yield from_json(text, Document)
