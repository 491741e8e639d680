"""
The `claimtrack` command: a thin layer over the library.

Every command opens the SQLite store given by `--db` (default `claimtrack.db` in the
working directory, or `$CLAIMTRACK_DB`). Data goes to standard output, progress and
messages to standard error. Exit codes: 0 done, 1 claimtrack refused (an unknown claim
id, a file that could not be read, a document the store would not take), 2 a usage error
(a bad option, a bad date).
"""

from __future__ import annotations

import collections
import json
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import attrs
import click
import pendulum

from claimtrack.errors import (
    ClaimtrackError,
    DuplicateSourceError,
    InputError,
    UnknownDocumentError,
)
from claimtrack.model import Claim, Link, Verdict, to_date

__all__ = ["main"]

F = TypeVar("F", bound=Callable[..., Any])

DEFAULT_DB = "claimtrack.db"
WRITE_BATCH = 16
"""Documents written per transaction by `claimtrack ingest`."""
WRITE_SECONDS = 2.0
"""Longest wait before documents read are written, however few."""
REPORT_FORMATS = ("html", "markdown", "json", "csv")
EXPORT_FORMATS = ("prov-json", "prov-n", "claimreview", "graphml", "gexf", "jsonl")
FILTER_NAMES = ("speaker", "organization", "place", "metric", "since", "until", "min_value")


def _version() -> str:
    from claimtrack import __version__

    return __version__


# --------------------------------------------------------------------------- plumbing


class _Group(click.Group):
    """A group that turns ClaimtrackError into a message on stderr and exit status 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ClaimtrackError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(1)


class _DateType(click.ParamType):  # type: ignore[type-arg]  # generic only from click 8.2
    """A calendar date, YYYY-MM-DD."""

    name = "date"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, pendulum.Date):
            return value
        try:
            return to_date(str(value))
        except ClaimtrackError:
            self.fail(f"{value!r} is not a date; use YYYY-MM-DD", param, ctx)


DATE = _DateType()


def _context_pairs(values: Iterable[str]) -> dict[str, pendulum.Date]:
    pairs: dict[str, pendulum.Date] = {}
    for value in values:
        phrase, sep, day = value.rpartition("=")
        if not sep or not phrase.strip():
            msg = f"--context takes PHRASE=YYYY-MM-DD, got {value!r}"
            raise click.BadParameter(msg, param_hint="--context")
        try:
            pairs[phrase.strip()] = to_date(day)
        except ClaimtrackError:
            msg = f"{day!r} in {value!r} is not a date; use YYYY-MM-DD"
            raise click.BadParameter(msg, param_hint="--context") from None
    return pairs


def _db_option(func: F) -> F:
    return click.option(
        "--db",
        type=click.Path(dir_okay=False),
        default=DEFAULT_DB,
        envvar="CLAIMTRACK_DB",
        show_default=True,
        help="The SQLite store.",
    )(func)


def _filter_options(func: F) -> F:
    options = [
        click.option("--speaker", help="Only claims by this person or organization."),
        click.option("--organization", help="Only claims made for this organization."),
        click.option("--place", help="Only claims about this place."),
        click.option("--metric", help="Only claims with a figure of this metric (killed, ...)."),
        click.option("--since", type=DATE, help="Only claims made on or after this date."),
        click.option("--until", type=DATE, help="Only claims made on or before this date."),
        click.option("--min-value", type=float, help="Only claims with a figure this large."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _filters(values: dict[str, Any]) -> dict[str, Any]:
    return {name: values[name] for name in FILTER_NAMES if values.get(name) is not None}


def _open_store(db: str, *, write: bool = False, create: bool = False) -> Any:
    """Open the store at *db*: read-only unless *write*; it must exist unless *create*."""
    from claimtrack.store import Store

    if not create and not Path(db).exists():
        msg = f"{db}: no claimtrack database here; run claimtrack ingest first or pass --db"
        raise InputError(msg)
    return Store(db, readonly=not (write or create))


def _stderr_console() -> Any:
    from rich.console import Console

    # Soft wrap: a message is one line, whatever the terminal width (greppable logs).
    return Console(stderr=True, soft_wrap=True)


# --------------------------------------------------------------------------- formatting


def _emit_claims(claims: list[Claim], fmt: str, title: str, graph: Any = None) -> None:
    """Print claims as JSON (whole objects), CSV (the export's flat records) or a table."""
    if fmt == "json":
        from claimtrack.serialize import unstructure

        click.echo(json.dumps([unstructure(c) for c in claims], ensure_ascii=False, indent=2))
        return
    from claimtrack.export.records import claim_record

    records = [claim_record(graph, c) for c in claims]
    if fmt == "csv":
        from claimtrack.report.tabular import render_csv

        click.echo(render_csv(records), nl=False)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{title} ({len(records)})", show_lines=False)
    columns = {
        "claim_id": "id",
        "said_on": "said on",
        "speaker": "speaker",
        "content": "content",
        "figures": "figures",
        "publisher": "publisher",
    }
    for key, header in columns.items():
        # Ids and dates stay whole (they are copied into other commands); words wrap.
        table.add_column(header, overflow="fold", no_wrap=key in {"claim_id", "said_on"})
    for record in records:
        table.add_row(*(str(record[key] or "") for key in columns))
    Console(soft_wrap=False).print(table)


def _says(claim: Claim) -> str:
    """Who says what, in a few words: the speaker and the figures (else the words)."""
    who = claim.attribution.speaker_name or "unattributed"
    what = "; ".join(str(f) for f in claim.figures) or claim.content
    return f"{who}: {what}"


def _link_words(link: Link) -> str:
    extra = f" (ratio {link.ratio:.2f})" if link.ratio is not None and link.ratio != 1 else ""
    why = f": {link.why}" if link.why else ""
    return f"{link.a} {link.kind.value} {link.b}{extra}{why}"


# --------------------------------------------------------------------------- commands


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(version=_version(), prog_name="claimtrack")
def main() -> None:
    """
    Track claims and their sources across news articles.

    \b
    Examples:
      claimtrack ingest examples/articles
      claimtrack claims --unverified --place "Haldane Falls"
      claimtrack report --format html -o report.html
    """


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@_db_option
@click.option("--publisher", help="Publisher of files that name none.")
@click.option(
    "--published",
    "--date",
    "published",
    type=DATE,
    help="Publication date of files that give none.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Extraction processes; 0 uses every core.",
)
@click.option(
    "--context",
    "contexts",
    multiple=True,
    metavar="PHRASE=YYYY-MM-DD",
    help="A phrase naming a day (repeatable), e.g. 'the attack=2025-04-13'.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
def ingest(
    *,
    paths: tuple[str, ...],
    db: str,
    publisher: str | None,
    published: pendulum.Date | None,
    workers: int,
    contexts: tuple[str, ...],
    quiet: bool,
) -> None:
    """
    Read articles, extract their claims and store them.

    PATHS are .txt files (with a `date YYYY-MM-DD` header or front matter), .json and
    .jsonl records, .html pages, or directories of them (read recursively). A file that
    cannot be read, or an article the store refuses (a changed version of one stored under
    the same url), is reported and the batch goes on; exit status 1 says some failed.

    \b
    Examples:
      claimtrack ingest examples/articles
      claimtrack ingest feed.jsonl --publisher "Valley Post" --workers 0
      claimtrack ingest notes.txt --date 2025-04-14 --context "the storm=2025-04-12"
    """
    context = _context_pairs(contexts)
    summary = run_ingest(
        paths,
        db=db,
        publisher=publisher,
        published=published,
        workers=workers,
        context=context,
        quiet=quiet,
    )
    if summary.failures:
        sys.exit(1)


@attrs.define
class IngestSummary:
    """
    What one ingest run did, for the summary line and for callers.

    Examples:
        >>> IngestSummary(files=2, added=1, already=1, claims=4).describe()
        '2 files read, 1 documents added, 1 already stored, 4 claims, 0 failures'
    """

    files: int = 0
    records: int = 0
    added: int = 0
    already: int = 0
    claims: int = 0
    failures: list[tuple[str, str]] = attrs.Factory(list)

    def describe(self) -> str:
        """
        The summary line.
        """
        return (
            f"{self.files} files read, {self.added} documents added, "
            f"{self.already} already stored, {self.claims} claims, "
            f"{len(self.failures)} failures"
        )


def _refusal(store: Any, document: Any, error: DuplicateSourceError) -> str:
    """
    Say why the store refused *document* and what to do, without add_many's positions.
    """
    from claimtrack.store.sqlite import differences

    source_id = error.source_id or document.source.id
    try:
        stored = store.document(source_id)
    except UnknownDocumentError:
        # Not its source id, then: one of its claim ids belongs to another source.
        return (
            f"not stored: a claim id of source id {source_id!r} is already stored under "
            "another source; claim ids must be unique (extraction derives them from the "
            "source id, so extract the article again rather than edit its source)"
        )
    url = f" ({document.source.url})" if document.source.url else ""
    return (
        f"not stored: a different version of source id {source_id!r}{url} is already stored "
        f"({differences(stored, document)}); give this version its own url (source id) "
        "to keep both"
    )


def run_ingest(
    paths: Iterable[str],
    *,
    db: str,
    publisher: str | None = None,
    published: object = None,
    workers: int = 1,
    context: dict[str, pendulum.Date] | None = None,
    quiet: bool = False,
) -> IngestSummary:
    """
    Ingest *paths* into the store at *db*, reporting progress and failures on stderr.
    """
    from rich.markup import escape
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    from claimtrack.ingest import find_inputs, read_file
    from claimtrack.scale import extract_many

    console = _stderr_console()
    summary = IngestSummary()
    files = find_inputs(paths)
    # Outcomes come back in input order; this queue says, for each record sent, whether
    # it was its file's last (the progress bar counts files).
    last_of_file: collections.deque[bool] = collections.deque()
    progress = Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console,
        disable=quiet or not console.is_terminal,
        transient=True,
    )
    task = progress.add_task("ingesting", total=len(files))

    def records() -> Iterator[Any]:
        for path in files:
            summary.files += 1
            bad: list[tuple[str, ClaimtrackError]] = []
            try:
                # A bad record of a feed is reported; the feed's other records are read.
                found = read_file(path, errors=bad)
            except ClaimtrackError as exc:
                bad.append((str(path), exc))
                found = []
            for where, error in bad:
                summary.failures.append((where, str(error)))
                console.print(f"[red]skipped[/red] {escape(str(error))}", highlight=False)
            if not found:
                progress.advance(task)
            for index, record in enumerate(found):
                last_of_file.append(index == len(found) - 1)
                yield record.with_defaults(publisher=publisher, published=published)

    with progress, _open_store(db, create=True) as store:
        claims_before = store.count()["claims"]
        # The documents waiting to be written, each with where it was read.
        batch: list[tuple[str, Any]] = []
        flushed = time.monotonic()

        def flush() -> None:
            # One transaction per small batch: four times faster than one per document,
            # and an interrupted run loses at most one batch.
            nonlocal flushed
            start = 0
            while start < len(batch):
                # add_many stores what comes before a refused document and stops there;
                # go on after it. Each round starts further on, so a batch of refusals
                # costs one pass, not one per refusal.
                rest = (batch[index][1] for index in range(start, len(batch)))
                try:
                    added = store.add_many(rest, batch_size=len(batch) - start)
                except DuplicateSourceError as exc:
                    if exc.position is None or exc.stored is None:
                        raise
                    summary.added += exc.stored
                    summary.already += exc.position - exc.stored
                    origin, document = batch[start + exc.position]
                    reason = _refusal(store, document, exc)
                    summary.failures.append((origin, reason))
                    console.print(
                        f"[red]refused[/red] {escape(origin)}: {escape(reason)}", highlight=False
                    )
                    start += exc.position + 1
                    continue
                summary.added += added
                summary.already += len(batch) - start - added
                break
            batch.clear()
            flushed = time.monotonic()

        try:
            for outcome in extract_many(records(), workers=workers, context=context or None):
                last = last_of_file.popleft()
                summary.records += 1
                if outcome.document is None:
                    summary.failures.append((outcome.record.origin, outcome.error or "failed"))
                    console.print(
                        f"[red]failed[/red] {escape(outcome.record.origin)}: {escape(outcome.error or '')}",
                        highlight=False,
                    )
                else:
                    batch.append((outcome.record.origin, outcome.document))
                    if len(batch) >= WRITE_BATCH or time.monotonic() - flushed > WRITE_SECONDS:
                        flush()
                if last:
                    progress.advance(task)
        except KeyboardInterrupt:
            flush()  # keep what was read before the interruption
            raise
        flush()
        summary.claims = store.count()["claims"] - claims_before
    if not quiet:
        console.print(summary.describe(), highlight=False)
    return summary


@main.command()
@_db_option
@_filter_options
@click.option("--unverified", is_flag=True, help="Only claims no independent source backs.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv"]),
    default="table",
    show_default=True,
)
def claims(db: str, unverified: bool, fmt: str, **options: Any) -> None:
    """
    List stored claims.

    \b
    Examples:
      claimtrack claims --speaker "Miriam Kowalczyk"
      claimtrack claims --unverified --metric killed --since 2025-04-14
      claimtrack claims --min-value 1000 --format csv > claims.csv
    """
    filters = _filters(options)
    graph = None
    with _open_store(db) as store:
        if unverified:
            # Derived now from the stored documents and decisions, never a stale cache.
            graph = store.graph(progress=_stderr_console().is_terminal)
            found = list(graph.unverified(**filters))
        else:
            found = list(store.claims(**filters))
    _emit_claims(found, fmt, "unverified claims" if unverified else "claims", graph)


@main.command()
@_db_option
@_filter_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
)
def conflicts(db: str, fmt: str, **options: Any) -> None:
    """
    List pairs of claims whose figures contradict each other.

    \b
    Examples:
      claimtrack conflicts
      claimtrack conflicts --place Valencia --format json
    """
    filters = _filters(options)
    with _open_store(db) as store:
        graph = store.graph(progress=_stderr_console().is_terminal)
        links = list(graph.conflicts(**filters))
        pairs = [(link, graph.claim(link.a), graph.claim(link.b)) for link in links]
    if fmt == "json":
        from claimtrack.export.records import claim_record
        from claimtrack.serialize import unstructure

        data = [
            {"link": unstructure(link), "a": claim_record(graph, a), "b": claim_record(graph, b)}
            for link, a, b in pairs
        ]
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"conflicts ({len(pairs)})")
    for column in ("claim", "says", "against", "says", "ratio"):
        table.add_column(column, overflow="fold", no_wrap=column in {"claim", "against"})
    for link, a, b in pairs:
        ratio = "" if link.ratio is None else f"{link.ratio:.2f}"
        table.add_row(a.id, _says(a), b.id, _says(b), ratio)
    Console().print(table)


@main.command()
@click.argument("claim_id")
@_db_option
def show(claim_id: str, db: str) -> None:
    """
    Show one claim: its words, sentence, source, relations and history.

    \b
    Example:
      claimtrack show clm-0123456789abcdef
    """
    from claimtrack.export.records import claim_record

    with _open_store(db) as store:
        claim = store.claim(claim_id)
        graph = store.graph(progress=_stderr_console().is_terminal)
        relations = [
            link for link in graph.relations() if claim_id in (link.a, link.b) and link.a != link.b
        ]
        history = [entry for entry in store.history() if _concerns(entry, claim_id)]
        text = store.document(claim.source.id).text
    record = claim_record(graph, claim)
    lines = [f"claim     {claim.id}", f"status    {record['status']}"]
    for key in ("said_on", "speaker", "role", "organization", "cue", "mode", "place", "figures"):
        if record[key]:
            lines.append(f"{key.replace('_', ' '):<9} {record[key]}")
    lines.append(f"content   {claim.content}")
    if claim.sentence_span is not None:
        lines.append(f"sentence  {claim.sentence_span.of(text)}")
    source = claim.source
    lines.append(
        "source    "
        + ", ".join(
            part
            for part in (
                source.publisher,
                source.published.date().isoformat() if source.published else None,
                source.title,
                source.url,
            )
            if part
        )
    )
    if source.credits:
        lines.append(f"credits   {', '.join(source.credits)}")
    lines.append(f"relations ({len(relations)})")
    lines.extend(f"  {_link_words(link)}" for link in relations)
    lines.append(f"history ({len(history)})")
    lines.extend(f"  {_history_words(entry)}" for entry in history)
    click.echo("\n".join(lines))


def _history_words(entry: Any) -> str:
    """One line for a store history entry: when, what, by whom, the verdict and why."""
    parts = []
    at = getattr(entry, "at", None)
    if at is not None:
        parts.append(at.to_datetime_string() if hasattr(at, "to_datetime_string") else str(at))
    action = getattr(entry, "action", None)
    if action is not None:
        parts.append(str(getattr(action, "value", action)))
    assessment = getattr(entry, "assessment", None)
    if assessment is not None:
        parts.append(assessment.verdict.value)
        if assessment.grade:
            parts.append(f"({assessment.grade})")
    by = getattr(entry, "by", None)
    if by:
        parts.append(f"by {by}")
    note = getattr(entry, "note", None) or getattr(assessment, "note", None)
    if note:
        parts.append(f"— {note}")
    return " ".join(parts) if parts else repr(entry)


def _concerns(entry: Any, claim_id: str) -> bool:
    """Whether a history entry is about *claim_id*."""
    assessment = getattr(entry, "assessment", None)
    return claim_id in (
        getattr(entry, "target", None),
        getattr(entry, "other", None),
        getattr(assessment, "claim_id", None),
    )


def _grade(value: str | None) -> tuple[str | None, int | None]:
    if value is None:
        return None, None
    grade = value.strip().upper()
    if len(grade) != 2 or grade[0] not in "ABCDEF" or grade[1] not in "123456":
        msg = f"grade {value!r} is not an Admiralty grade: a letter A-F and a digit 1-6, as B2"
        raise click.BadParameter(msg, param_hint="--grade")
    return grade[0], int(grade[1])


@main.command()
@click.argument("claim_id")
@_db_option
@click.option(
    "--verdict", required=True, type=click.Choice([v.value for v in Verdict]), help="The verdict."
)
@click.option("--by", "by", required=True, help="Who assesses.")
@click.option("--note", default="", help="Why.")
@click.option("--grade", help="Admiralty grade: source reliability A-F, credibility 1-6 (B2).")
def assess(*, claim_id: str, db: str, verdict: str, by: str, note: str, grade: str | None) -> None:
    """
    Record a verdict on a claim (it overrides the derived status; kept in the history).

    \b
    Example:
      claimtrack assess clm-0123456789abcdef --verdict verified \\
          --by "news desk" --note "matches the agency's list" --grade B2
    """
    reliability, credibility = _grade(grade)
    extra: dict[str, Any] = {}
    if reliability is not None:
        extra = {"reliability": reliability, "credibility": credibility}
    with _open_store(db, write=True) as store:
        store.assess(claim_id, Verdict(verdict), by=by, note=note, **extra)
    click.echo(f"{claim_id}: {verdict} by {by}" + (f" ({grade.upper()})" if grade else ""))


@main.command()
@click.argument("name_a")
@click.argument("name_b")
@_db_option
@click.option("--by", "by", required=True, help="Who merges.")
@click.option("--note", default="", help="Why they are the same.")
def merge(name_a: str, name_b: str, db: str, by: str, note: str) -> None:
    """
    Say that two names are the same person or organization.

    \b
    Example:
      claimtrack merge "Anton Varga" "Antal Varga" --by desk --note "same director"
    """
    with _open_store(db, write=True) as store:
        store.merge(name_a, name_b, by=by, note=note)
    click.echo(f"merged {name_b!r} into {name_a!r}")


def _write_output(text: str, output: str | None) -> None:
    if output is None or output == "-":
        click.echo(text, nl=not text.endswith("\n"))
        return
    path = Path(output)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        msg = f"{output}: cannot write the file: {exc.strerror or exc}"
        raise InputError(msg) from None
    click.echo(f"wrote {output}", err=True)


@main.command()
@_db_option
@_filter_options
@click.option(
    "--format", "fmt", type=click.Choice(REPORT_FORMATS), default="html", show_default=True
)
@click.option("-o", "--output", help="Where to write the report (default: standard output).")
@click.option("--title", help="The report's title.")
@click.option(
    "--rows",
    type=click.Choice(["claims", "figures"]),
    default="claims",
    show_default=True,
    help="CSV only: one row per claim or per figure.",
)
def report(
    *, db: str, fmt: str, output: str | None, title: str | None, rows: str, **options: Any
) -> None:
    """
    Write an attribution report: who said what, what conflicts, what stands unverified.

    \b
    Examples:
      claimtrack report --format html -o report.html
      claimtrack report --format markdown --place "Haldane Falls"
    """
    from claimtrack.report import report as make_report

    with _open_store(db) as store:
        text = make_report(store, format=fmt, title=title, rows=rows, **_filters(options))
    _write_output(text, output)


@main.command()
@_db_option
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False))
def export(db: str, fmt: str, output: str) -> None:
    """
    Export the claim graph: W3C PROV, schema.org ClaimReview, GraphML, GEXF, or the
    whole store as JSON Lines (which `claimtrack` can import again).

    \b
    Examples:
      claimtrack export --format prov-json -o claims.prov.json
      claimtrack export --format graphml -o claims.graphml
      claimtrack export --format jsonl -o store.jsonl
    """
    Path(output).parent.mkdir(parents=True, exist_ok=True)
    with _open_store(db) as store:
        if fmt == "jsonl":
            store.export_jsonl(output)
        else:
            from claimtrack import export as exports

            graph = store.graph(progress=_stderr_console().is_terminal)
            writers: dict[str, Callable[[], object]] = {
                "prov-json": lambda: exports.write_prov(graph, output, format="json"),
                "prov-n": lambda: exports.write_prov(graph, output, format="provn"),
                "claimreview": lambda: exports.write_claimreview(graph, output),
                "graphml": lambda: exports.write_graphml(graph, output),
                "gexf": lambda: exports.write_gexf(graph, output),
            }
            writers[fmt]()
    click.echo(f"wrote {output}", err=True)


def _default_examples() -> Path:
    here = Path(__file__).resolve().parent
    candidates = (
        Path("examples/articles"),  # run from a checkout
        here.parent / "examples" / "articles",  # an editable install
        here / "examples" / "articles",  # a wheel that ships them as package data
    )
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    msg = (
        "cannot find the bundled examples (examples/articles); run from the repository "
        "or pass a folder of articles"
    )
    raise InputError(msg)


@main.command()
@click.argument("path", required=False, type=click.Path(exists=True, file_okay=False))
@_db_option
@click.option("--out", default="out", show_default=True, help="Folder for the HTML report.")
@click.option("--workers", type=click.IntRange(min=0), default=1, show_default=True)
def demo(path: str | None, db: str, out: str, workers: int) -> None:
    """
    Run the main job on a folder of articles (the bundled examples by default): ingest
    them, link their claims, write an HTML attribution report and summarise it.

    \b
    Examples:
      claimtrack demo
      claimtrack demo examples/articles --db claimtrack.db --out out
    """
    from claimtrack.report import report as make_report

    folder = Path(path) if path else _default_examples()
    summary = run_ingest([str(folder)], db=db, workers=workers)
    with _open_store(db, write=True) as store:
        graph = store.graph(progress=_stderr_console().is_terminal)
        # Cache the derived relations and statuses so that plain store queries see them.
        store.save_relations(graph)
        unverified = list(graph.unverified())
        conflicting = list(graph.conflicts())
        html = make_report(graph, format="html", title=f"Claims in {folder.name}")
    target = Path(out) / "report.html"
    _write_output(html, str(target))
    lines = [
        f"{len(unverified)} unverified claims, {len(conflicting)} conflicts "
        f"(store: {db}, {summary.added} new documents)."
    ]
    shown = 5
    for claim in unverified[:shown]:
        who = claim.attribution.speaker_name or "unattributed"
        lines.append(f"  unverified  {who}: {claim.content}")
    if len(unverified) > shown:
        lines.append(f"  ... and {len(unverified) - shown} more: claimtrack claims --unverified")
    for link in conflicting[:shown]:
        a, b = graph.claim(link.a), graph.claim(link.b)
        lines.append(f"  conflict    {_says(a)}  vs  {_says(b)}")
    if len(conflicting) > shown:
        lines.append(f"  ... and {len(conflicting) - shown} more: claimtrack conflicts")
    lines.append(f"Report: {target}")
    click.echo("\n".join(lines))
    if summary.failures:
        sys.exit(1)


if __name__ == "__main__":  # python -m claimtrack.cli
    main()
