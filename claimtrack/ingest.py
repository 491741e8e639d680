"""
Reading inputs: plain text, JSON and JSON Lines records, HTML pages and folders of them.

Every reader turns a file into `InputRecord`s: the text to extract claims from and what
is known of its source (publication date, publisher, URL, title, wire credits). A record
carries no claims yet; `claimtrack.extract.extract(**record.extract_kwargs())` makes a
`Document` of it, in this process or in a worker (records are small and pickle cheaply).

Formats, chosen by file suffix:

- `.txt` (and `.text`, `.md`): the whole file is one article. It may open with a
  ` date YYYY-MM-DD ` header (kept in the text; extraction skips it) or with front matter
  between `---` lines holding `key: value` pairs (`date`, `publisher`, `url`, `title`,
  `credits`), which is read and removed.
- `.json`: one object or a list of objects; `.jsonl`: one object a line (a line holding a
  whole tagged `Document`, as `claimtrack.scale.write_jsonl_shards` writes, is taken as
  already extracted). An object holds
  `text` (or `body`, `content`) or `file` (a path relative to the JSON file, which must
  resolve inside the JSON file's folder: `../x.txt`, an absolute path elsewhere or a
  symbolic link out of the folder is refused as a bad record), and may hold
  `published` (or `date`, `publication_date`), `publisher` (or `outlet`, `source`),
  `url`, `title` (or `headline`) and `credits` (or `credit`, `wire`).
- `.html` and `.htm`: the main text of the page, found by trafilatura (the
  `claimtrack[html]` extra), with its date, site name, URL and title.

Directories are walked recursively in sorted order. A JSON manifest in a directory that
names its articles by `file` claims those files, so they are not read twice.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs
import pendulum

from claimtrack.dates import read_front_matter, read_header
from claimtrack.errors import ClaimtrackError, InputError, MissingDependencyError
from claimtrack.model import Document, SourceKind, to_datetime

__all__ = [
    "SUFFIXES",
    "InputRecord",
    "find_inputs",
    "parse_text",
    "read_file",
    "read_paths",
    "record_from_mapping",
]

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
SUFFIXES = TEXT_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES
"""Every file suffix `find_inputs` picks up in a directory."""

# Field names other tools use for the same things, first match wins.
_TEXT_KEYS = ("text", "body", "content", "article")
_DATE_KEYS = ("published", "date", "publication_date", "published_at", "datetime")
_PUBLISHER_KEYS = ("publisher", "outlet", "source", "site_name", "sitename")
_URL_KEYS = ("url", "link", "url_of_real_source", "source_url")
_TITLE_KEYS = ("title", "headline")
_CREDIT_KEYS = ("credits", "credit", "wire")


def _credits(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        parts = [p.strip() for p in value.split(",")]
        return tuple(p for p in parts if p and p.lower() not in {"none", "null"})
    if isinstance(value, (list, tuple)):
        return tuple(str(v).strip() for v in value if v and str(v).strip())
    return (str(value),)


def _opt_datetime(value: object) -> pendulum.DateTime | None:
    return None if value is None or value == "" else to_datetime(value)


@attrs.frozen
class InputRecord:
    """
    One article to extract claims from, with what is known of its source.

    `origin` says where it was read ("news/a.txt", "feed.jsonl line 3") for messages.

    Examples:
        >>> r = InputRecord("The river rose.", published="2025-03-04", publisher="Wire")
        >>> r.published.isoformat(), r.extract_kwargs()["publisher"]
        ('2025-03-04T00:00:00+00:00', 'Wire')
    """

    text: str
    published: pendulum.DateTime | None = attrs.field(default=None, converter=_opt_datetime)
    publisher: str | None = None
    url: str | None = None
    title: str | None = None
    credits: tuple[str, ...] = attrs.field(default=(), converter=_credits)
    kind: SourceKind | None = attrs.field(
        default=None, converter=attrs.converters.optional(SourceKind)
    )
    origin: str = "<record>"
    document: Document | None = attrs.field(default=None, repr=False)
    """Set for a document already extracted (a JSON Lines shard): no need to extract again."""

    def extract_kwargs(self) -> dict[str, Any]:
        """
        Return the keyword arguments `claimtrack.extract.extract` takes for this record.
        """
        return {
            "text": self.text,
            "published": self.published,
            "publisher": self.publisher,
            "title": self.title,
            "url": self.url,
            "kind": self.kind,
            "credits": self.credits or None,
        }

    def with_defaults(
        self, *, publisher: str | None = None, published: object = None
    ) -> InputRecord:
        """
        Return the record with *publisher* and *published* filled in where it lacks them.

        Examples:
            >>> InputRecord("x", publisher="A").with_defaults(publisher="B").publisher
            'A'
        """
        changes: dict[str, Any] = {}
        if self.publisher is None and publisher is not None:
            changes["publisher"] = publisher
        if self.published is None and published is not None:
            changes["published"] = published
        return attrs.evolve(self, **changes) if changes else self


def parse_text(text: str, origin: str = "<text>") -> InputRecord:
    """
    Read one article from plain text with an optional date header or front matter.

    The ` date YYYY-MM-DD ` header stays in the text (extraction skips it and its offsets
    stay valid); front matter is removed from the text.

    Raises:
        InputError: If the header or front matter holds a date that is not a date.

    Examples:
        >>> r = parse_text(" date 2025-03-04 The river rose overnight.")
        >>> r.published.date().isoformat(), r.text[:6]
        ('2025-03-04', ' date ')
        >>> r = parse_text("---\\ntitle: Flood\\npublisher: Valley Post\\n---\\nIt rained.")
        >>> r.title, r.publisher, r.text
        ('Flood', 'Valley Post', 'It rained.')
    """
    fields: dict[str, Any] = {}
    try:
        front, offset = read_front_matter(text)
        fields.update(front)
        text = text[offset:]
        published, _ = read_header(text)
    except ClaimtrackError as exc:
        msg = f"{origin}: {exc}"
        raise InputError(msg) from None
    if published is not None and _first(fields, _DATE_KEYS) is None:
        fields["date"] = published
    return record_from_mapping({**fields, "text": text}, origin)


def _first(data: Mapping[str, Any], keys: Iterable[str]) -> Any:
    for key in keys:
        value = data.get(key)
        if value not in (None, ""):
            return value
    return None


def record_from_mapping(
    data: Mapping[str, Any], origin: str = "<record>", *, base: Path | None = None
) -> InputRecord:
    """
    Build a record from a JSON object (see the module docstring for the field names).

    Args:
        data: The object.
        origin: Where it was read, for messages.
        base: The folder a `file` field is relative to (the current folder when None).
            The file must be inside it, links and `..` followed.

    Raises:
        InputError: If the object has no text, names a file that cannot be read or that
            is outside *base*, or holds a date that is not a date.

    Examples:
        >>> r = record_from_mapping({"body": "Rain.", "outlet": "Valley Post",
        ...                          "date": "2025-03-04", "wire": "AP"})
        >>> r.publisher, r.credits, r.published.day
        ('Valley Post', ('AP',), 4)
    """
    if not isinstance(data, Mapping):  # JSON gives any value; the hint is what we expect
        msg = f"{origin}: expected a JSON object, got {type(data).__name__}"  # type: ignore[unreachable]
        raise InputError(msg)
    text = _first(data, _TEXT_KEYS)
    if text is None and data.get("file"):
        path = _locate(base or Path(), str(data["file"]), origin)
        text = _read_text_file(path)
        origin = str(path)
        # The file itself may carry a date header the manifest lacks.
        if _first(data, _DATE_KEYS) is None:
            data = {**data, "date": parse_text(text, origin).published}
    if not isinstance(text, str) or not text.strip():
        msg = f"{origin}: the record has no text (expected one of {', '.join(_TEXT_KEYS)} or file)"
        raise InputError(msg)
    kind = data.get("kind")
    try:
        return InputRecord(
            text=text,
            published=_first(data, _DATE_KEYS),
            publisher=_first(data, _PUBLISHER_KEYS),
            url=_first(data, _URL_KEYS),
            title=_first(data, _TITLE_KEYS),
            credits=_first(data, _CREDIT_KEYS),
            kind=kind or None,
            origin=origin,
        )
    except (ClaimtrackError, ValueError) as exc:
        msg = f"{origin}: {exc}"
        raise InputError(msg) from None


def _locate(base: Path, name: str, origin: str) -> Path:
    """
    Find the file a manifest names: beside the manifest, else the one file of that name
    below it (manifests often sit beside an `articles/` folder).

    The file must be inside *base*: a feed may come from anywhere, and must not make us
    read `../../../etc/passwd`, an absolute path elsewhere or a symbolic link out of the
    folder. The check is on the resolved path (`..` and links followed), before reading.
    The path returned is *base* joined with the resolved path below it, so that one file
    gets one origin however the manifest names it ("a.txt" found below, or
    "articles/../articles/a.txt").

    Raises:
        InputError: If the name resolves outside *base*, naming *origin* and the path.
    """
    try:
        root = base.resolve()
        path = base / name
        if not path.exists() and not Path(name).is_absolute():
            below = _files_below(root).get(Path(name).as_posix(), [])
            path = below[0] if len(below) == 1 else path
        resolved = path.resolve()
    except (OSError, ValueError, RuntimeError) as exc:  # a NUL byte, a loop of links
        msg = f"{origin}: cannot use file {name!r}: {exc}"
        raise InputError(msg) from None
    if not resolved.is_relative_to(root):
        msg = (
            f"{origin}: refused file {name!r}: it resolves to {resolved}, outside the "
            f"feed's folder {root}; a feed may name only files inside its folder"
        )
        raise InputError(msg)
    return base / resolved.relative_to(root)


@functools.lru_cache(maxsize=16)
def _files_below(base: Path) -> dict[str, list[Path]]:
    """Every file under *base* by its name and by its path tails, read once per folder."""
    index: dict[str, list[Path]] = {}
    for path in sorted(base.rglob("*")):
        if path.is_file():
            parts = path.relative_to(base).parts
            for i in range(1, len(parts)):
                index.setdefault("/".join(parts[i:]), []).append(path)
    return index


_Errors = list[tuple[str, ClaimtrackError]]
"""Where a record was read, and why it could not be."""


def _read_text_file(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        msg = f"{path}: cannot read the file: {exc.strerror or exc}"
        raise InputError(msg) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        msg = f"{path}: not UTF-8 text (byte {exc.start} is {data[exc.start]:#04x})"
        raise InputError(msg) from None


def _read_json(path: Path, errors: _Errors | None = None) -> list[InputRecord]:
    try:
        data = json.loads(_read_text_file(path))
    except json.JSONDecodeError as exc:
        msg = f"{path}: not valid JSON: {exc}"
        raise InputError(msg) from None
    items = data if isinstance(data, list) else [data]
    records = []
    for number, item in enumerate(items, start=1):
        where = f"{path} record {number}"
        try:
            records.append(record_from_mapping(item, where, base=path.parent))
        except ClaimtrackError as exc:
            if errors is None:
                raise
            errors.append((where, exc))
    return records


def _read_jsonl(path: Path, errors: _Errors | None = None) -> list[InputRecord]:
    records = []
    for number, line in enumerate(_read_text_file(path).splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path} line {number}"
        try:
            records.append(_jsonl_record(line, where, path.parent))
        except ClaimtrackError as exc:
            if errors is None:
                raise
            errors.append((where, exc))
    return records


def _jsonl_record(line: str, where: str, base: Path) -> InputRecord:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        msg = f"{where}: not valid JSON: {exc}"
        raise InputError(msg) from None
    if isinstance(data, dict) and data.get("_type") == "Document":
        return _extracted(line, where)
    return record_from_mapping(data, where, base=base)


def _extracted(line: str, where: str) -> InputRecord:
    """A line of a shard written by `claimtrack.scale.write_jsonl_shards`."""
    from claimtrack.serialize import from_json

    try:
        document = from_json(line, Document)
    except ClaimtrackError as exc:
        msg = f"{where}: {exc}"
        raise InputError(msg) from None
    source = document.source
    return InputRecord(
        document.text,
        published=source.published,
        publisher=source.publisher,
        url=source.url,
        title=source.title,
        credits=source.credits,
        kind=source.kind,
        origin=where,
        document=document,
    )


def _read_html(path: Path) -> InputRecord:
    try:
        import trafilatura
    except ImportError:
        msg = (
            f"{path}: reading HTML needs trafilatura; install it with "
            "pip install 'claimtrack[html]'"
        )
        raise MissingDependencyError(msg) from None
    html = _read_text_file(path)
    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    if not text or not text.strip():
        msg = f"{path}: no article text found in the page"
        raise InputError(msg)
    meta = trafilatura.extract_metadata(html)
    fields: dict[str, Any] = {"text": text}
    if meta is not None:
        fields.update(
            date=getattr(meta, "date", None),
            publisher=getattr(meta, "sitename", None),
            url=getattr(meta, "url", None),
            title=getattr(meta, "title", None),
        )
    return record_from_mapping(fields, str(path))


def read_file(
    path: str | os.PathLike[str], *, errors: list[tuple[str, ClaimtrackError]] | None = None
) -> list[InputRecord]:
    """
    Read the records of one file, by its suffix.

    Args:
        path: The file.
        errors: When given, a record of a `.json` list or a line of a `.jsonl` file that
            cannot be read is appended here as (where, error), where being "feed.jsonl
            line 3" or "list.json record 2", and the other records are read; otherwise
            the first such error is raised. A file that cannot be read at all raises
            either way.

    Raises:
        InputError: If the file cannot be read or its suffix is not one claimtrack reads.
        MissingDependencyError: For HTML without the `claimtrack[html]` extra.

    Examples:
        >>> read_file("no/such/file.txt")
        Traceback (most recent call last):
        ...
        claimtrack.errors.InputError: no/such/file.txt: cannot read the file: No such file or directory
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in JSON_SUFFIXES:
        return _read_json(path, errors)
    if suffix in JSONL_SUFFIXES:
        return _read_jsonl(path, errors)
    if suffix in HTML_SUFFIXES:
        return [_read_html(path)]
    if suffix in TEXT_SUFFIXES or not path.is_file():
        return [parse_text(_read_text_file(path), str(path))]
    msg = f"{path}: cannot read {suffix or 'suffix-less'} files; expected one of {', '.join(sorted(SUFFIXES))}"
    raise InputError(msg)


def _manifest_files(path: Path) -> set[Path]:
    """The article files a JSON manifest names by `file` (empty when it names none)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return set()  # reported when the manifest itself is read
    items = data if isinstance(data, list) else [data]
    claimed: set[Path] = set()
    for item in items:
        if isinstance(item, dict) and item.get("file") and not _first(item, _TEXT_KEYS):
            try:
                claimed.add(_locate(path.parent, str(item["file"]), str(path)).resolve())
            except InputError:
                continue  # reported when the manifest itself is read
    return claimed


def find_inputs(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """
    Return the files to read for *paths*: files as given, directories walked recursively.

    In a directory, only files with a known suffix are taken (hidden files and folders are
    skipped), and files named by a JSON manifest beside or above them are left to it.

    Raises:
        InputError: If a path does not exist.
    """
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            candidates = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            claimed: set[Path] = set()
            for candidate in candidates:
                if candidate.suffix.lower() in JSON_SUFFIXES:
                    claimed |= _manifest_files(candidate)
            found.extend(c for c in candidates if c.resolve() not in claimed)
        elif path.exists():
            found.append(path)
        else:
            msg = f"{path}: no such file or directory"
            raise InputError(msg)
    return found


def read_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    publisher: str | None = None,
    published: object = None,
    errors: list[tuple[str, ClaimtrackError]] | None = None,
) -> Iterator[InputRecord]:
    """
    Yield the records of every file under *paths*, with defaults filled in.

    Args:
        paths: Files and directories.
        publisher: The publisher of records that name none.
        published: The publication date of records that give none.
        errors: When given, a file that cannot be read is appended here as
            (path, error) and reading goes on; otherwise the error is raised.

    Raises:
        InputError: If a path does not exist, or a file cannot be read and *errors* is None.
    """
    for path in find_inputs(paths):
        try:
            records = read_file(path)
        except ClaimtrackError as exc:
            if errors is None:
                raise
            errors.append((str(path), exc))
            continue
        for record in records:
            yield record.with_defaults(publisher=publisher, published=published)
