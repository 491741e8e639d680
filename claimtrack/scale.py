"""
Extraction at scale: across the cores of one machine, and across a Dask cluster.

Extraction is pure CPU work on one text at a time, so it spreads over processes without
sharing anything. Writes do not: the SQLite store is written by one process only (the
caller), which keeps it safe. `extract_many` sends records to a process pool in chunks
(so pickling is paid once per chunk, not per article), keeps a bounded number of chunks in
flight, and yields outcomes in input order as they come back.

Beyond one machine, `extract_bag` maps extraction over a `dask.bag` of records and
`link_bag` finds the relations between claims block by block, partitioned by the same key
the claim graph uses to decide which claims can relate at all; the result is the same as
linking everything in one `ClaimGraph`. Both need the `claimtrack[dask]` extra.
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

import attrs

from claimtrack.errors import ClaimtrackError, MissingDependencyError
from claimtrack.ingest import InputRecord
from claimtrack.model import Document

__all__ = [
    "Outcome",
    "extract_many",
    "extract_record",
    "resolve_workers",
]

Context = Mapping[str, Any] | None


@attrs.frozen
class Outcome:
    """
    What extraction made of one record: a document, or the reason it failed.

    `seconds` is the time extraction took in the process that ran it.
    """

    record: InputRecord
    document: Document | None = None
    error: str | None = None
    seconds: float = 0.0

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
    from claimtrack.extract import extract

    kwargs = record.extract_kwargs()
    text = kwargs.pop("text")
    if context:
        kwargs["context"] = context
    document: Document = extract(text, **kwargs)
    return document


def _outcome(record: InputRecord, context: Context) -> Outcome:
    start = time.perf_counter()
    try:
        document = extract_record(record, context)
    except Exception as exc:  # one bad article must not stop the batch
        detail = str(exc) or type(exc).__name__
        if not isinstance(exc, ClaimtrackError):
            detail = f"{type(exc).__name__}: {detail}"
        return Outcome(record, error=detail, seconds=time.perf_counter() - start)
    return Outcome(record, document, seconds=time.perf_counter() - start)


def _extract_chunk(chunk: list[InputRecord], context: Context) -> list[Outcome]:
    """Run in a worker: extract a chunk of records."""
    return [_outcome(record, context) for record in chunk]


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
        >>> outcomes = list(extract_many([InputRecord("", origin="empty.txt")]))
        >>> len(outcomes)
        1
    """
    count = resolve_workers(workers)
    if count == 1:
        for record in records:
            yield _outcome(record, context)
        return
    chunks = _chunks(records, max(1, chunksize))
    pending: deque[Future[list[Outcome]]] = deque()
    with ProcessPoolExecutor(max_workers=count) as pool:
        for chunk in chunks:
            pending.append(pool.submit(_extract_chunk, chunk, context))
            if len(pending) >= 2 * count:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _require_dask() -> Any:
    try:
        import dask.bag
    except ImportError:
        msg = "the Dask path needs dask; install it with pip install 'claimtrack[dask]'"
        raise MissingDependencyError(msg) from None
    return dask.bag
