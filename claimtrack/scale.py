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

As `claimtrack ingest` does, the Dask path reports what it cannot read or extract and goes
on: an item of a bag is a record (or a document) or an `InputFailure` saying which input
failed and why. `ok` and `failures` split a bag, `tally` counts it; `extract_bag` passes
failures through, `link_bag` skips them and the writers write them to `failures.csv`
beside the documents.
"""

from __future__ import annotations

import csv
import enum
import importlib
import os
import time
import warnings
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
    "FAILURES_FILE",
    "FailureKind",
    "InputFailure",
    "Outcome",
    "extract_bag",
    "extract_many",
    "extract_record",
    "failures",
    "is_failure",
    "link_bag",
    "ok",
    "read_parquet",
    "records_bag",
    "resolve_workers",
    "tally",
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


def _attempt(record: InputRecord, context: Context) -> Document | Exception:
    """Extract one record; return its document, or the exception that stopped it."""
    try:
        return extract_record(record, context)
    except Exception as exc:  # one bad article must not stop the batch
        return exc


def _detail(error: Exception) -> str:
    """The message for an extraction error: a claimtrack error's own, others' with their type."""
    detail = str(error) or type(error).__name__
    if not isinstance(error, ClaimtrackError):
        detail = f"{type(error).__name__}: {detail}"
    return detail


def _run(record: InputRecord, context: Context) -> _Result:
    start, cpu = time.perf_counter(), time.process_time()
    # Only the message travels back from a pool worker: exceptions need not pickle.
    outcome = _attempt(record, context)
    document, detail = (
        (None, _detail(outcome)) if isinstance(outcome, Exception) else (outcome, None)
    )
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


class FailureKind(enum.Enum):
    """
    The step at which an input of a bag failed.
    """

    READ = "read"
    """The file or record cannot be read: missing, not UTF-8, malformed JSON, no text."""
    DEPENDENCY = "dependency"
    """An optional extra is not installed where the input was read (HTML without
    `claimtrack[html]`) or extracted (extraction raised `MissingDependencyError`)."""
    EXTRACT = "extract"
    """Extraction raised on the record (any error but a missing extra)."""


@attrs.frozen
class InputFailure:
    """
    An input of a bag that came to nothing: where it was read, why, and at which step.

    `origin` says where, as `InputRecord.origin` does: the file, or the file and line or
    record (`feed.jsonl line 3`, `list.json record 2`). `error` is the message
    `claimtrack ingest` prints for it, which names the origin too.

    Examples:
        >>> failure = InputFailure("feed.jsonl line 3", "feed.jsonl line 3: not valid JSON")
        >>> failure.kind, is_failure(failure)
        (<FailureKind.READ: 'read'>, True)
    """

    origin: str
    error: str
    kind: FailureKind = attrs.field(default=FailureKind.READ, converter=FailureKind)


def is_failure(item: object) -> bool:
    """
    Whether an item of a bag is an `InputFailure` (rather than a record or a document).
    """
    return isinstance(item, InputFailure)


def _failure(origin: str, error: Exception, kind: FailureKind = FailureKind.READ) -> InputFailure:
    if isinstance(error, MissingDependencyError):
        kind = FailureKind.DEPENDENCY
    return InputFailure(origin, str(error) or type(error).__name__, kind)


def _read_items(path: str) -> list[InputRecord | InputFailure]:
    """
    Run in a worker: the records of one file, as `claimtrack ingest` reads them.

    A file that cannot be read is one failure; a record of a JSON or JSON Lines file that
    cannot be read is a failure after the file's other records.
    """
    errors: list[tuple[str, ClaimtrackError]] = []
    try:
        items: list[InputRecord | InputFailure] = [*read_file(path, errors=errors)]
    except ClaimtrackError as exc:
        return [_failure(path, exc)]
    items.extend(_failure(where, exc) for where, exc in errors)
    return items


def _origin(item: object) -> str:
    """Where a mapping of a bag came from, for messages: its url, when it has one."""
    url = item.get("url") if isinstance(item, Mapping) else None
    return str(url or "<record>")


def _as_record(item: InputRecord | Mapping[str, Any] | str) -> InputRecord:
    if isinstance(item, InputRecord):
        return item
    if isinstance(item, str):
        return InputRecord(item)
    return record_from_mapping(item, _origin(item))


def _extract_partition(items: Iterable[Any], context: Context) -> list[Document | InputFailure]:
    done: list[Document | InputFailure] = []
    for item in items:
        if isinstance(item, InputFailure):
            done.append(item)
            continue
        try:
            record = _as_record(item)
        except ClaimtrackError as exc:
            done.append(_failure(_origin(item), exc))
            continue
        outcome = _attempt(record, context)
        if not isinstance(outcome, Exception):
            done.append(outcome)
            continue
        # The exception itself, not its message, says the step: a missing extra is a
        # dependency failure wherever it is raised.
        kind = (
            FailureKind.DEPENDENCY
            if isinstance(outcome, MissingDependencyError)
            else FailureKind.EXTRACT
        )
        message = f"{record.origin}: {_detail(outcome)}"
        done.append(InputFailure(record.origin, message, kind))
    return done


def records_bag(paths: Iterable[str | os.PathLike[str]], *, partition_size: int = 16) -> Any:
    """
    Return a `dask.bag` of the records under *paths* (files and folders, as `claimtrack
    ingest` reads them); files are read by the workers.

    What cannot be read is an `InputFailure` in the bag, and the rest is read: a path that
    does not exist, a file that cannot be read (not UTF-8, not JSON, HTML without the
    `claimtrack[html]` extra), or one record of a `.json` list or line of a `.jsonl` file
    (after the file's other records).

    Args:
        paths: Files and folders; folders are walked here, files read by the workers.
        partition_size: Files per partition.

    Raises:
        MissingDependencyError: Without the `claimtrack[dask]` extra.

    Examples:
        >>> bag = records_bag(["no/such/file.txt"])
        >>> bag.compute(scheduler="sync")
        [InputFailure(origin='no/such/file.txt', error='no/such/file.txt: cannot read the file: No such file or directory', kind=<FailureKind.READ: 'read'>)]
    """
    bag = _require_dask()
    files: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.exists():
            files.extend(str(p) for p in find_inputs([path]))
        else:  # left to a worker, which reports it as it reports any unreadable file
            files.append(str(path))
    return bag.from_sequence(files, partition_size=partition_size).map(_read_items).flatten()


def extract_bag(records: Any, *, context: Context = None) -> Any:
    """
    Map extraction over a `dask.bag` of records; return a bag of `Document`s and
    `InputFailure`s, in the order of the records.

    Items may be `InputRecord`s, mappings with the fields `claimtrack ingest` reads from
    JSON (`text`, `published`, `publisher`, `url`, `title`, `credits`) or plain strings.
    Failures (from `records_bag`) pass through; a record that cannot be extracted, or a
    mapping that is not a record, becomes one, and the others are extracted. Each
    partition is extracted in one task, so the cost of shipping a task is paid once per
    partition.

    Examples:
        >>> import dask.bag as db
        >>> records = [{"text": "The agency said 11 people died.", "publisher": "Wire"},
        ...            {"url": "https://example.org/empty", "body": ""}]
        >>> items = extract_bag(db.from_sequence(records)).compute(scheduler="sync")
        >>> [(d.source.publisher, len(d.claims)) for d in items if not is_failure(d)]
        [('Wire', 1)]
        >>> [f.origin for f in items if is_failure(f)]
        ['https://example.org/empty']
    """
    _require_dask()
    return records.map_partitions(_extract_partition, context)


def ok(bag: Any) -> Any:
    """
    Return the items of a bag that are not failures: its records or documents.

    Examples:
        >>> import dask.bag as db
        >>> bag = db.from_sequence(["an article", InputFailure("b.txt", "b.txt: unreadable")])
        >>> ok(bag).compute(scheduler="sync")
        ['an article']
    """
    return bag.remove(is_failure)


def failures(bag: Any) -> Any:
    """
    Return the `InputFailure`s of a bag.

    Examples:
        >>> import dask.bag as db
        >>> bag = db.from_sequence(["an article", InputFailure("b.txt", "b.txt: unreadable")])
        >>> [f.origin for f in failures(bag).compute(scheduler="sync")]
        ['b.txt']
    """
    return bag.filter(is_failure)


def _kind(item: object) -> str:
    return item.kind.value if isinstance(item, InputFailure) else "ok"


def tally(bag: Any, **compute: Any) -> dict[str, int]:
    """
    Count the items of a bag that are not failures (`ok`) and the failures of each kind,
    in one pass; keyword arguments go to `compute` (`scheduler="sync"`).

    Examples:
        >>> import dask.bag as db
        >>> bag = db.from_sequence(["an article", InputFailure("b.txt", "b.txt: unreadable")])
        >>> tally(bag, scheduler="sync")
        {'ok': 1, 'read': 1, 'dependency': 0, 'extract': 0}
    """
    counts = dict(bag.map(_kind).frequencies().compute(**compute))
    return {key: counts.get(key, 0) for key in ("ok", *(kind.value for kind in FailureKind))}


def _split(items: Iterable[Any]) -> tuple[list[Any], list[InputFailure]]:
    kept: list[Any] = []
    failed: list[InputFailure] = []
    for item in items:
        (failed if isinstance(item, InputFailure) else kept).append(item)
    return kept, failed


# ---- linking by blocks


@attrs.frozen
class _LinkSummary:
    """What the client needs of a document to plan linking: small, no text."""

    source_id: str
    keys: frozenset[str]
    skeleton: Document
    speakers: tuple[str, ...]
    # (role, place, day) of each claim by an unnamed office ("the mayor"), whose holder
    # the graph may know from another document.
    offices: tuple[tuple[str, str, object], ...] = ()


def _link_summary(document: Document) -> _LinkSummary:
    """
    Run in a worker: the blocks a document's claims fall in, and a skeleton of the
    document holding only what name resolution needs.
    """
    from claimtrack.graph.core import office_of
    from claimtrack.graph.nested import nested_places
    from claimtrack.graph.relations import iter_facts, text_key

    keys: set[str] = set()
    speakers: list[str] = []
    offices: list[tuple[str, str, object]] = []
    published = document.source.published
    skeleton_claims = []
    for claim in document.claims:
        facts = iter_facts(claim.figures, claim.place)
        keys.update("f:" + "\x1f".join(fact) for fact in facts)
        # Tallies for places inside places (a city's against its country's).
        for fact in facts:
            keys.update(
                "n:" + "\x1f".join((fact[0], fact[1], place, fact[3]))
                for place in nested_places(fact)
            )
        words = text_key(claim.content)
        if len(words) >= 12:  # the graph compares wordings only this long
            keys.add("t:" + words)
        attribution = claim.attribution
        who = attribution.speaker or attribution.organization
        office = office_of(claim)
        if office is not None:
            keys.add("o:" + office[2])  # "the mayor" of a place: the graph's origin
            when = claim.said_on or (published.date() if published is not None else None)
            offices.append((office[0], office[1], when))
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
    return _LinkSummary(document.id, frozenset(keys), skeleton, tuple(speakers), tuple(offices))


def _plan_item(item: Document | InputFailure) -> _LinkSummary | InputFailure:
    """Run in a worker: a document's link summary; a failure as it is, to be counted."""
    return item if isinstance(item, InputFailure) else _link_summary(item)


def _inputs(count: int) -> str:
    """ "1 failed input", "3 failed inputs"."""
    return f"{count} failed input" + ("" if count == 1 else "s")


def _skipped_message(failed: list[InputFailure]) -> str:
    """What `link_bag` says of the failures it skipped: how many, the first few, what next."""
    shown = ", ".join(f.origin for f in failed[:3])
    if len(failed) > 3:
        shown += f" and {len(failed) - 3} more"
    return (
        f"link_bag skipped {_inputs(len(failed))} ({shown}); their claims are not "
        "linked. failures(bag) lists them, tally(bag) counts them by kind, and "
        "link_bag(ok(bag)) links without this warning"
    )


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
        for role, where, when in summary.offices:
            holder = resolver.describe(role, where, when)  # as `ClaimGraph._office` does
            if holder is not None:
                keys.add("o:" + resolver.label(holder))
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

    Failures are not linked, but not silently: the first pass, which runs anyway, brings
    back the bag's `InputFailure`s with the summaries, and a `UserWarning` says how many
    were skipped and names the first few. `failures(bag)` lists them all; pass `ok(bag)`
    to link the documents of a bag whose failures you have dealt with, without a warning.

    Args:
        documents: A `dask.bag` of `Document`s; `InputFailure`s in it are skipped, with a
            warning.
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

    Examples:
        >>> import dask
        >>> import dask.bag as db
        >>> from claimtrack.ingest import InputRecord
        >>> reports = ["Police said 40 people were killed in Carrow.",
        ...            "Hospital officials said 52 people were killed in Carrow."]
        >>> documents = [extract_record(InputRecord(text, published="2025-08-12"))
        ...              for text in reports]
        >>> gone = InputFailure("c.txt", "c.txt: cannot read the file")
        >>> bag = db.from_sequence([*documents, gone], npartitions=2)
        >>> with dask.config.set(scheduler="sync"), warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     links = link_bag(bag)
        >>> print(caught[0].message)
        link_bag skipped 1 failed input (c.txt); their claims are not linked. ...
        >>> sorted({link.kind.value for link in links})
        ['conflicts', 'published_in', 'said_by']
    """
    _require_dask()
    from claimtrack.graph import ClaimGraph

    options = {
        "aliases": aliases,
        "tolerance": tolerance,
        "window_days": window_days,
        "revision_hours": revision_hours,
    }
    # Failures ride along in the first pass, so counting them costs no extra compute.
    summaries, failed = _split(documents.map(_plan_item).compute())
    if failed:
        warnings.warn(_skipped_message(failed), UserWarning, stacklevel=2)
    documents = ok(documents)
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


FAILURES_FILE = "failures.csv"
"""The file beside the shards or Parquet files that lists the failures not written."""


def _report_failures(folder: Path, failed: list[InputFailure]) -> None:
    """
    List *failed* in the folder's failures file (CSV: origin, kind, error) and warn how
    many there were; with none, remove a list left by an earlier run.
    """
    listing = folder / FAILURES_FILE
    if not failed:
        listing.unlink(missing_ok=True)
        return
    with listing.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(("origin", "kind", "error"))
        writer.writerows((f.origin, f.kind.value, f.error) for f in failed)
    verb = "was" if len(failed) == 1 else "were"
    msg = f"{_inputs(len(failed))} {verb} not written; {listing} lists them"
    warnings.warn(msg, UserWarning, stacklevel=3)


def _write_jsonl_part(items: Iterable[Any], path: str) -> list[InputFailure]:
    """Run in a worker: write one partition's documents as JSON Lines; return its failures."""
    documents, failed = _split(items)
    with Path(path).open("w", encoding="utf-8") as file:
        # As dask's to_textfiles writes them: no newline after the last line.
        file.write("\n".join(_document_line(d) for d in documents))
    return failed


def write_jsonl_shards(documents: Any, directory: str | os.PathLike[str]) -> list[Path]:
    """
    Write a bag of documents as JSON Lines shards, one per partition
    (`part-00000.jsonl`, ...); return their absolute paths.

    A relative *directory* is taken from the caller's current folder, not each worker's.

    Every line is a tagged `Document` (`claimtrack.serialize.to_json`), so the shards go
    into a store with `claimtrack ingest DIRECTORY` without extracting again.

    Failures in the bag are not written: they are listed in `failures.csv` in the same
    folder (`origin`, `kind`, `error`; `claimtrack ingest` does not read `.csv` files) and
    a `UserWarning` says how many. Without failures no such file is left there.
    """
    _require_dask()
    # dask's own type hints are partial; treat its API as untyped.
    dask: Any = importlib.import_module("dask")
    # Absolute, as the workers see it: on a cluster they may run in another folder.
    folder = Path(directory).absolute()
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"part-{i:05d}.jsonl" for i in range(documents.npartitions)]
    tasks = [
        dask.delayed(_write_jsonl_part)(part, str(path))
        for part, path in zip(documents.to_delayed(), paths, strict=True)
    ]
    _report_failures(folder, [f for part in dask.compute(*tasks) for f in part])
    return paths


_PARQUET_COLUMNS = (
    ("id", "string"),
    ("published", "string"),
    ("publisher", "string"),
    ("url", "string"),
    ("claims", "int64"),
    ("document", "string"),
)


def _write_parquet_part(items: Iterable[Any], path: str) -> tuple[str, list[InputFailure]]:
    """Run in a worker: write one partition's documents to one Parquet file; return its
    path and its failures."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    documents, failed = _split(items)
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
    return path, failed


def write_parquet(documents: Any, directory: str | os.PathLike[str]) -> list[Path]:
    """
    Write a bag of documents as Parquet files, one per partition, each written by the
    worker that holds the partition (a shared file system on a cluster); return their
    absolute paths.

    A relative *directory* is taken from the caller's current folder, not each worker's.

    Columns: `id`, `published`, `publisher`, `url`, `claims` (how many) and `document`
    (the tagged JSON of the whole document, which `read_parquet` reads back). Needs the
    `claimtrack[parquet]` extra. Failures in the bag are not written but listed in
    `failures.csv`, as `write_jsonl_shards` does.
    """
    _require_dask()
    try:
        import pyarrow  # noqa: F401  # fail here, not in a worker
    except ImportError:
        msg = "Parquet output needs pyarrow; install it with pip install 'claimtrack[parquet]'"
        raise MissingDependencyError(msg) from None
    # dask's own type hints are partial; treat its API as untyped.
    dask: Any = importlib.import_module("dask")
    # Absolute, as the workers see it: on a cluster they may run in another folder.
    folder = Path(directory).absolute()
    folder.mkdir(parents=True, exist_ok=True)
    tasks = [
        dask.delayed(_write_parquet_part)(part, str(folder / f"part-{index:05d}.parquet"))
        for index, part in enumerate(documents.to_delayed())
    ]
    written = dask.compute(*tasks)
    _report_failures(folder, [f for _, failed in written for f in failed])
    return [Path(p) for p, _ in written]


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
